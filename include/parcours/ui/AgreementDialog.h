#pragma once

#include <QDialog>

#include <parcours/core/Agreement.h>
#include <parcours/ui/ConflictingSave.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class AgreementDialog;
class DateDialog;
} // namespace Ui

namespace parcours {

/** The tripartite agreement's terms (employer, price, payment) and dates; refusals show next to their fields. */
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const AgreementRecord&)>;
    AgreementDialog(QDate today, Submit submit, QWidget* parent = nullptr);
    ~AgreementDialog() override;

    void setRecord(const AgreementRecord& record, const QString& status);
    /// How to read the stored agreement and its status: a save that meets someone else's then asks what to do
    /// (ConflictPrompt) instead of only saying so.
    void setReload(std::function<Result<AgreementRecord>()> read, std::function<QString(const AgreementRecord&)> status);
    /// The record as typed (bilan and version of the edited one kept); the price only when it reads as one.
    AgreementRecord record() const;
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    std::unique_ptr<Ui::AgreementDialog> m_ui;
    QDate m_today;
    Submit m_submit;
    AgreementRecord m_record;
    FieldErrors m_errors;
    ConflictingSave<AgreementRecord> m_conflicts;
};

/** Asks for one date (the day the beneficiary signed the receipt); a refusal shows under it. */
class DateDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(QDate)>;
    DateDialog(const QString& title, const QString& prompt, QDate date, Submit submit, QWidget* parent = nullptr);
    ~DateDialog() override;
    void setDate(QDate date);
    void accept() override;

private:
    std::unique_ptr<Ui::DateDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

} // namespace parcours
