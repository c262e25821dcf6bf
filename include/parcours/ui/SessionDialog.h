#pragma once

#include <QDialog>

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
    Session session() const;
    /// How to read the stored session: a save that meets someone else's then asks what to do (ConflictPrompt).
    void setReload(std::function<Result<Session>()> read);
    Mode mode() const { return m_mode; }
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    void updateLogFields();

    std::unique_ptr<Ui::SessionDialog> m_ui;
    Mode m_mode;
    Submit m_submit;
    Session m_session;
    FieldErrors m_errors;
    ConflictingSave<Session> m_conflicts;
};

} // namespace parcours
