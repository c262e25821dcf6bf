#pragma once

#include <QDialog>

#include <parcours/core/FollowUpService.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class AbandonDialog;
class FollowUpOutcomeDialog;
} // namespace Ui

namespace parcours {

/** Records that a bilan was abandoned: the reason and the last day; refusals show next to their field. */
class AbandonDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const QString& reason, QDate date)>;
    AbandonDialog(const QString& prompt, QDate date, Submit submit, QWidget* parent = nullptr);
    ~AbandonDialog() override;
    void setReason(const QString& reason);
    void accept() override;
    const FieldErrors& errors() const { return m_errors; }

private:
    std::unique_ptr<Ui::AbandonDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

/** Records what came of a follow-up (done, declined, unreachable), the attempts made and notes, in one go. */
class FollowUpOutcomeDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const FollowUpChange& change)>;
    FollowUpOutcomeDialog(const QString& prompt, QDate today, Submit submit, QWidget* parent = nullptr);
    ~FollowUpOutcomeDialog() override;
    void setOutcome(FollowUpOutcome outcome);
    /// Adds an attempt to the list (as the "Add" button does with the fields beside it).
    void addAttempt(QDate date, ContactChannel channel);
    FollowUpChange change() const;
    /// The follow-up as read when the dialog opened (its notes shown, its version sent with the change), and how
    /// to read it again: a save that meets someone else's then asks what to do (ConflictPrompt).
    void setRecord(const FollowUpRecord& record, std::function<Result<FollowUpRecord>()> read);
    void accept() override;
    const FieldErrors& errors() const { return m_errors; }

private:
    bool settleConflict(const FollowUpChange& typed, const Error& conflict);

    std::unique_ptr<Ui::FollowUpOutcomeDialog> m_ui;
    std::optional<int> m_readVersion;
    std::function<Result<FollowUpRecord>()> m_read;
    Submit m_submit;
    FieldErrors m_errors;
    QList<ContactAttempt> m_attempts;
};

} // namespace parcours
