#pragma once

#include <QDialog>

#include <parcours/core/Bilan.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>
#include <parcours/ui/ConflictingSave.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class SessionDialog;
}

namespace parcours {

/** Plans a session, changes it, or logs what happened (status, actual length, notes). */
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Plan, Edit, Log };
    using Submit = std::function<Result<void>(const Session&)>;

    SessionDialog(Mode mode, Submit submit, QWidget* parent = nullptr);
    ~SessionDialog() override;

    void setSession(const Session& session);
    /// The bilan the session belongs to, and its other sessions: the phase list keeps only the phases its status
    /// allows (phasesAllowed), and a phase taken beyond its budget is said under the length (phaseOverBudget).
    void setBilan(const Bilan& bilan, const QList<Session>& sessions);
    Session session() const;
    /// How to read the stored session: a save that meets someone else's then asks what to do (ConflictPrompt).
    void setReload(std::function<Result<Session>()> read);
    Mode mode() const { return m_mode; }
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    void updateLogFields();
    void updateBudgetWarning();

    std::unique_ptr<Ui::SessionDialog> m_ui;
    Mode m_mode;
    Submit m_submit;
    Session m_session;
    Bilan m_bilan;
    QList<Session> m_sessions;
    FieldErrors m_errors;
    ConflictingSave<Session> m_conflicts;
};

} // namespace parcours
