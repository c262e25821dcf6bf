#pragma once

#include <parcours/core/BillingRepository.h>

namespace parcours {

class Database;
class SqlQuery;
class StoreEvents;

/** Billing over Qt Sql: funding_plan, funding_share, billing_counter, invoice, payment, financial_year_closure. */
class SqlBillingRepository final : public BillingRepository {
public:
    SqlBillingRepository(Database& database, StoreEvents& events);

    Result<std::optional<FundingPlan>> plan(qint64 bilanId) override;
    Result<void> savePlan(const FundingPlan& plan) override;

    Result<int> takeNumber(QStringView series, int fiscalYear) override;
    Result<QDate> lastIssued(InvoiceKind kind, int fiscalYear) override;
    Result<qint64> addInvoice(const Invoice& invoice) override;
    Result<InvoiceState> invoice(qint64 id) override;
    Result<QList<InvoiceState>> invoices(const InvoiceQuery& query) override;

    Result<qint64> addPayment(const Payment& payment) override;
    Result<Payment> payment(qint64 id) override;
    Result<QList<Payment>> payments(qint64 invoiceId) override;
    Result<void> removePayment(qint64 id, int version) override;

    Result<QList<int>> closedYears() override;
    Result<void> closeYear(int fiscalYear, QDate closedOn) override;

private:
    Result<QList<InvoiceState>> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds);
    Result<void> writeShares(const FundingPlan& plan);
    Database& m_database;
    StoreEvents& m_events;
};

} // namespace parcours
