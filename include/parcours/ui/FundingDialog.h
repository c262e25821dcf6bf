#pragma once

#include <QDialog>

#include <parcours/core/BillingService.h>
#include <parcours/ui/ConflictingSave.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class FundingDialog;
}

namespace parcours {

/**
 * A bilan's price and who pays it: the funders with their shares (a percentage or an amount each), the live split
 * of the price, the CPF co-payment exemption and the beneficiary's status for the BPF. Refusals show by their field.
 */
class FundingDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(std::optional<qint64> priceCents, const FundingPlan& plan)>;
    explicit FundingDialog(Submit submit, QWidget* parent = nullptr);
    ~FundingDialog() override;

    /// Shows the bilan's billing: its own price (empty when it is the default one) and its plan.
    void setFunding(const BillingOverview& overview, std::optional<qint64> defaultPrice);
    /// Adds a row for a funder.
    void addFunder(const FunderShare& share);
    int funderCount() const;
    /// The row's share as typed: "60 %" or "1 500,00".
    void setShareText(int row, const QString& text);
    const FieldErrors& errors() const { return m_errors; }
    /// What the split preview says (the amounts each funder pays, or why the price cannot be split).
    QString splitText() const;
    void accept() override;
    /// How to read the bilan's stored billing: a save that meets someone else's then asks what to do.
    void setReload(std::function<Result<BillingOverview>()> read);

private:
    /// The price and plan as typed, or every reason they cannot be read.
    QList<FieldError> read(std::optional<qint64>* price, FundingPlan* plan) const;
    void updateSplit();

    std::unique_ptr<Ui::FundingDialog> m_ui;
    Submit m_submit;
    FundingPlan m_plan;
    Client m_client;
    std::optional<qint64> m_defaultPrice;
    FieldErrors m_errors;
    ConflictingSave<BillingOverview> m_conflicts;
};

} // namespace parcours
