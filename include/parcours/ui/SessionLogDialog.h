#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/ui/FieldErrors.h>

#include <QDialog>

#include <memory>

namespace Ui {
class SessionLogDialog;
}

namespace parcours {

class Workspace;

/**
 * Logs a session: what happened (done, cancelled by whom, missed, moved to a new date), and for a session that took
 * place its length, where, the attendance proof (a scan of the signed sheet for a remote one), the personal work
 * declared, the documents handed over and the notes. Logging again opens the first log to edit it.
 */
class SessionLogDialog : public QDialog {
    Q_OBJECT
public:
    /// What the consultant says happened, as listed in the dialog.
    enum class Outcome {
        Done,
        CancelledByBeneficiary,
        CancelledByConsultant,
        NoShow,
        MovedByBeneficiary,
        MovedByConsultant
    };

    SessionLogDialog(Workspace& workspace, const BilanOverview& overview, qint64 sessionId, QWidget* parent = nullptr);
    ~SessionLogDialog() override;

    Outcome outcome() const;
    void setOutcome(Outcome outcome);
    const FieldErrors& errors() const { return m_errors; }
    /// The warning shown before saving when the values would pass the 24 h cap ("" when none).
    QString capWarning() const;

    void accept() override;

private:
    void load();
    void updateFields();
    void updateCapWarning();
    void attachScan();
    SessionLogDetails details() const;

    std::unique_ptr<Ui::SessionLogDialog> m_ui;
    Workspace& m_workspace;
    BilanOverview m_overview;
    Session m_session;
    SessionRecord m_record;
    std::optional<SessionScan> m_newScan;
    bool m_removeScan = false;
    FieldErrors m_errors;
};

} // namespace parcours
