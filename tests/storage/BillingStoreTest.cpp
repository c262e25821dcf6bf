// Invoices, credit notes, payments, closed years and the BPF over a real database, on SQLite and PostgreSQL.
#include "BillingTestSupport.h"
#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <parcours/core/BillingRepository.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class BillingStore : public BillingStoreTest {
protected:
    QList<qint64> invoice(qint64 bilanId, const InvoiceRequest& request = {})
    {
        const auto ids = billing->invoice(bilanId, request);
        EXPECT_TRUE(ids.ok()) << ids.error().message.toStdString();
        return ids.valueOr({});
    }
    int invoiceCount() { return int(billing->invoices({}).value().size()); }
};

} // namespace

TEST_P(BillingStore, AnInvoiceIsNumberedFromOneAndKeepsACopyOfWhatItPrints)
{
    const qint64 bilanId = bilan(Funding::Employer, 180000, "Lefèvre", "Société Exemple SA\n3 rue du Port\n69002 Lyon");
    QSignalSpy changed(&store().events(), &StoreEvents::billingChanged);
    const QList<qint64> ids = invoice(bilanId);
    ASSERT_EQ(ids.size(), 1);
    EXPECT_EQ(changed.count(), 1);
    const Invoice issued = state(ids[0]).invoice;
    EXPECT_EQ(issued.number, QStringLiteral("F-2026-0001"));
    EXPECT_EQ(issued.fiscalYear, 2026);
    EXPECT_EQ(issued.sequence, 1);
    EXPECT_EQ(issued.issuedOn, QDate(2026, 3, 16));
    EXPECT_EQ(issued.dueOn, QDate(2026, 4, 15)) << "30 days by default";
    EXPECT_EQ(issued.amountCents, 180000);
    EXPECT_EQ(issued.funder, FunderKind::Employer);
    EXPECT_EQ(issued.buyerName, QStringLiteral("Société Exemple SA")) << "the agreement's employer";
    EXPECT_EQ(issued.buyerAddress, QStringLiteral("3 rue du Port\n69002 Lyon"));
    EXPECT_EQ(issued.beneficiary, QStringLiteral("Zoé Lefèvre"));
    EXPECT_EQ(issued.sellerSiret, QStringLiteral("12345678900011"));
    EXPECT_EQ(issued.sellerDeclaration, QStringLiteral("84691234569"));
    EXPECT_TRUE(issued.vatMention.contains(QStringLiteral("261-4-4°")));
    EXPECT_EQ(issued.minutes, 24 * 60) << "the planned hours while no session is done";

    // Later changes of the settings leave the issued invoice as it was.
    ASSERT_TRUE(Settings(store().settings()).setValue(settingKeys::consultantName, QStringLiteral("Autre nom")).ok());
    EXPECT_EQ(state(ids[0]).invoice.sellerName, QStringLiteral("Céline Leca"));
    const QList<qint64> next = invoice(bilan(Funding::Personal, 90000, "Çelik"));
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(state(next[0]).invoice.number, QStringLiteral("F-2026-0002"));
    EXPECT_EQ(state(next[0]).invoice.buyerName, QStringLiteral("Zoé Çelik"));
}

TEST_P(BillingStore, AnIssuedInvoiceCannotBeChangedNorDeletedEvenBySql)
{
    const qint64 id = invoice(bilan(Funding::Personal, 90000)).value(0);
    ASSERT_GT(id, 0);
    EXPECT_FALSE(execStatement(store().database(), QStringLiteral("UPDATE invoice SET amount_cents = 1")).ok());
    EXPECT_FALSE(execStatement(store().database(), QStringLiteral("DELETE FROM invoice")).ok());
    EXPECT_EQ(state(id).invoice.amountCents, 90000);
    const auto removed = BilanService(store(), clock).remove(state(id).invoice.bilanId, true);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("ten years")));
}

TEST_P(BillingStore, SharesAreInvoicedToEachFunderWithTheCpfCoPayment)
{
    const qint64 bilanId = bilan(Funding::Cpf, 200000);
    FundingPlan plan = billing->overview(bilanId).value().plan;
    EXPECT_EQ(plan.version, 0) << "the default plan until one is saved";
    plan.shares[0].fixedCents = 150000;
    FunderShare personal;
    personal.kind = FunderKind::Personal;
    personal.basisPoints = 10000;
    plan.shares << personal;
    plan.traineeStatus = TraineeStatus::Employee;
    ASSERT_TRUE(billing->savePlan(plan).ok());
    const BillingOverview overview = billing->overview(bilanId).value();
    EXPECT_EQ(overview.plan.version, 1);
    EXPECT_EQ(overview.shareCents, (QList<qint64> { 150000, 50000 }));
    EXPECT_EQ(overview.copaymentCents, 10000) << "100 € by default";

    const QList<qint64> ids = invoice(bilanId);
    ASSERT_EQ(ids.size(), 2);
    const Invoice cpf = state(ids[0]).invoice;
    const Invoice own = state(ids[1]).invoice;
    EXPECT_EQ(cpf.buyerName, QStringLiteral("Caisse des Dépôts et Consignations"));
    EXPECT_EQ(cpf.amountCents, 150000);
    EXPECT_EQ(cpf.copaymentCents, 10000);
    EXPECT_EQ(cpf.totalCents, 200000);
    EXPECT_EQ(own.buyerName, QStringLiteral("Zoé Lefèvre"));
    EXPECT_EQ(own.amountCents, 50000);
    EXPECT_EQ(own.number, QStringLiteral("F-2026-0002"));
    const auto again = billing->invoice(bilanId);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already invoiced")));

    // Exempt from the co-payment: none on the next one.
    const qint64 exemptBilan = bilan(Funding::Cpf, 120000, "Nguyễn");
    FundingPlan exempt = billing->overview(exemptBilan).value().plan;
    exempt.copaymentExempt = true;
    ASSERT_TRUE(billing->savePlan(exempt).ok());
    EXPECT_EQ(state(invoice(exemptBilan).value(0)).invoice.copaymentCents, 0);

    FundingPlan stale = plan;
    stale.copaymentExempt = true;
    EXPECT_EQ(billing->savePlan(stale).error().code, ErrorCode::Conflict);
}

TEST_P(BillingStore, BadInputIsRefusedAndLeavesNoInvoiceNorGap)
{
    const qint64 unpriced = bilan(Funding::Personal, 0);
    const auto noPrice = billing->invoice(unpriced);
    ASSERT_FALSE(noPrice.ok());
    EXPECT_EQ(noPrice.error().field, QStringLiteral("price"));
    EXPECT_EQ(billing->invoice(unpriced, { std::nullopt, -5000, {} }).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(billing->invoice(unpriced, { std::nullopt, 0, {} }).error().code, ErrorCode::InvalidInput);
    const qint64 priced = bilan(Funding::Personal, 100000, "Çelik");
    EXPECT_FALSE(billing->invoice(priced, { std::nullopt, 100001, {} }).ok()) << "more than the price";
    EXPECT_FALSE(billing->invoice(priced, { 1, std::nullopt, {} }).ok()) << "no second funder";
    EXPECT_FALSE(billing->invoice(priced, { std::nullopt, std::nullopt, QDate(2026, 3, 17) }).ok()) << "tomorrow";
    const qint64 employer = bilan(Funding::Employer, 100000, "Haddad");
    const auto nobody = billing->invoice(employer);
    ASSERT_FALSE(nobody.ok()) << "an employer without a name cannot be invoiced";
    EXPECT_EQ(nobody.error().field, QStringLiteral("shares/0/name"));
    EXPECT_EQ(invoiceCount(), 0);

    // Without a seller, nothing can be invoiced.
    ASSERT_TRUE(Settings(store().settings()).setValue(settingKeys::consultantSiret, QString()).ok());
    EXPECT_EQ(billing->invoice(priced).error().field, QStringLiteral("settings"));
    setSeller(store());

    // With an amount given, an unpriced bilan is invoiced that amount; numbers start at 1: the refusals left no gap.
    const QList<qint64> ids = invoice(unpriced, { std::nullopt, 75050, {} });
    ASSERT_EQ(ids.size(), 1);
    EXPECT_EQ(state(ids[0]).invoice.number, QStringLiteral("F-2026-0001"));
    EXPECT_EQ(state(ids[0]).invoice.amountCents, 75050);
}

TEST_P(BillingStore, IssueDatesFollowNumbersWithoutAGapWhenOneIsRefused)
{
    const qint64 first = bilan(Funding::Personal, 100000);
    const qint64 second = bilan(Funding::Personal, 100000, "Çelik");
    ASSERT_EQ(invoice(first, { std::nullopt, std::nullopt, QDate(2026, 3, 10) }).size(), 1);
    const auto earlier = billing->invoice(second, { std::nullopt, std::nullopt, QDate(2026, 3, 5) });
    ASSERT_FALSE(earlier.ok());
    EXPECT_EQ(earlier.error().field, QStringLiteral("issued_on"));
    const QList<qint64> ids = invoice(second, { std::nullopt, std::nullopt, QDate(2026, 3, 12) });
    ASSERT_EQ(ids.size(), 1);
    EXPECT_EQ(state(ids[0]).invoice.number, QStringLiteral("F-2026-0002"));
}

TEST_P(BillingStore, CreditNotesCorrectAnInvoiceWithTheirOwnNumbers)
{
    const qint64 bilanId = bilan(Funding::Personal, 150000);
    const qint64 invoiceId = invoice(bilanId).value(0);
    EXPECT_EQ(billing->creditNote(invoiceId, 30000, QStringLiteral("   ")).error().field, QStringLiteral("reason"));
    const auto credit = billing->creditNote(invoiceId, 30000, QStringLiteral("Remise accordée"));
    ASSERT_TRUE(credit.ok()) << credit.error().message.toStdString();
    const InvoiceState note = state(credit.value());
    EXPECT_EQ(note.invoice.number, QStringLiteral("AV-2026-0001"));
    EXPECT_EQ(note.invoice.kind, InvoiceKind::CreditNote);
    EXPECT_EQ(note.invoice.correctsNumber, QStringLiteral("F-2026-0001"));
    EXPECT_EQ(note.invoice.buyerName, QStringLiteral("Zoé Lefèvre"));
    EXPECT_EQ(note.invoice.reason, QStringLiteral("Remise accordée"));
    EXPECT_EQ(state(invoiceId).creditedCents, 30000);
    EXPECT_EQ(state(invoiceId).balanceCents(), 120000);
    EXPECT_FALSE(billing->creditNote(invoiceId, 120001, QStringLiteral("Trop")).ok());
    EXPECT_FALSE(billing->creditNote(credit.value(), 100, QStringLiteral("Avoir d'avoir")).ok());

    // Cancelled in full, then invoiced again at the right price: what is left to invoice came back.
    ASSERT_TRUE(billing->creditNote(invoiceId, std::nullopt, QStringLiteral("Erreur de prix")).ok());
    EXPECT_EQ(state(invoiceId).balanceCents(), 0);
    EXPECT_EQ(billing->overview(bilanId).value().leftToInvoice(0), 150000);
    const QList<qint64> again = invoice(bilanId);
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(state(again[0]).invoice.number, QStringLiteral("F-2026-0002"));
}

TEST_P(BillingStore, PaymentsSettleInvoicesAndWhatIsLateIsListed)
{
    const qint64 early = invoice(bilan(Funding::Personal, 100000), { std::nullopt, std::nullopt, QDate(2026, 1, 5) }).value(0);
    const qint64 late = invoice(bilan(Funding::Personal, 80000, "Çelik"), { std::nullopt, std::nullopt, QDate(2026, 2, 2) }).value(0);
    const qint64 recent = invoice(bilan(Funding::Personal, 60000, "Haddad")).value(0);
    Payment payment;
    payment.invoiceId = early;
    payment.paidOn = QDate(2026, 1, 20);
    payment.amountCents = 40000;
    payment.method = PaymentMethod::Cheque;
    payment.reference = QStringLiteral("Chèque n° 0012345");
    const auto first = billing->addPayment(payment);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    payment.amountCents = 60001;
    const auto above = billing->addPayment(payment);
    ASSERT_FALSE(above.ok());
    EXPECT_TRUE(above.error().message.contains(QStringLiteral("F-2026-0001")));
    EXPECT_EQ(billing->payments(early).value().size(), 1) << "the refused payment left nothing";

    const QList<InvoiceState> unpaid = billing->invoices({ std::nullopt, std::nullopt, true }).value();
    ASSERT_EQ(unpaid.size(), 3);
    EXPECT_EQ(unpaid[0].balanceCents(), 60000);
    const QList<InvoiceState> overdue = billing->overdueAt(QDate(2026, 3, 16)).value();
    ASSERT_EQ(overdue.size(), 2) << "due 4 February and 4 March";
    EXPECT_EQ(overdue[0].invoice.id, early);
    EXPECT_EQ(overdue[1].invoice.id, late);
    EXPECT_TRUE(billing->overdueAt(QDate(2026, 1, 31)).value().isEmpty());

    payment.amountCents = 60000;
    payment.method = PaymentMethod::Transfer;
    ASSERT_TRUE(billing->addPayment(payment).ok());
    EXPECT_EQ(billing->overdueAt(QDate(2026, 3, 16)).value().size(), 1);
    EXPECT_EQ(billing->invoices({ std::nullopt, std::nullopt, true }).value().size(), 2);
    ASSERT_TRUE(billing->removePayment(first.value()).ok());
    EXPECT_EQ(state(early).paidCents, 60000);
    EXPECT_EQ(billing->payments(recent).value().size(), 0);
}

TEST_P(BillingStore, AClosedYearRefusesNewDocumentsAndPaymentsDatedInIt)
{
    clock.set(QDateTime(QDate(2025, 12, 20), QTime(10, 0), Qt::UTC));
    const qint64 invoiceId = invoice(bilan(Funding::Personal, 100000)).value(0);
    EXPECT_EQ(state(invoiceId).invoice.number, QStringLiteral("F-2025-0001"));
    EXPECT_FALSE(billing->closeYear(2025).ok()) << "not over yet";
    clock.set(QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC));
    ASSERT_TRUE(billing->closeYear(2025).ok());
    EXPECT_FALSE(billing->closeYear(2025).ok()) << "already closed";
    EXPECT_EQ(billing->closedYears().value(), QList<int> { 2025 });

    const auto backdated = billing->invoice(bilan(Funding::Personal, 100000, "Çelik"),
                                            { std::nullopt, std::nullopt, QDate(2025, 12, 30) });
    ASSERT_FALSE(backdated.ok());
    EXPECT_TRUE(backdated.error().message.contains(QStringLiteral("closed")));
    EXPECT_FALSE(billing->creditNote(invoiceId, 100, QStringLiteral("Geste"), QDate(2025, 12, 31)).ok());
    Payment payment;
    payment.invoiceId = invoiceId;
    payment.paidOn = QDate(2025, 12, 28);
    payment.amountCents = 100000;
    EXPECT_FALSE(billing->addPayment(payment).ok());
    payment.paidOn = QDate(2026, 1, 8);
    EXPECT_TRUE(billing->addPayment(payment).ok()) << "paid in the new year";
    const QList<qint64> next = invoice(bilan(Funding::Personal, 100000, "Haddad"));
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(state(next[0]).invoice.number, QStringLiteral("F-2026-0001")) << "each year numbers from 1";
}

TEST_P(BillingStore, TheBpfIsComputedFromTheRecords)
{
    const qint64 employee = bilan(Funding::Employer, 180000, "Lefèvre", "Société Exemple SA\n69002 Lyon");
    doneSession(employee, QDate(2026, 1, 12), 180, Phase::Preliminary);
    doneSession(employee, QDate(2026, 1, 19), 150);
    doneSession(employee, QDate(2026, 1, 5), 60, Phase::Intake); // the intake is not part of the bilan's hours
    const qint64 cpf = bilan(Funding::Cpf, 150000, "Çelik");
    doneSession(cpf, QDate(2026, 2, 2), 120);
    invoice(employee);
    const qint64 personal = invoice(bilan(Funding::Personal, 60000, "Haddad")).value(0);
    ASSERT_TRUE(billing->creditNote(personal, 10000, QStringLiteral("Remise")).ok());

    const auto figures = billing->bpf(2026);
    ASSERT_TRUE(figures.ok()) << figures.error().message.toStdString();
    EXPECT_EQ(figures->totalCents, 180000 + 60000 - 10000);
    EXPECT_EQ(figures->income[0].code, QStringLiteral("C-1"));
    EXPECT_EQ(figures->income[0].cents, 180000);
    EXPECT_EQ(figures->bilans.people, 2);
    EXPECT_EQ(figures->bilans.minutes, 180 + 150 + 120);
    EXPECT_EQ(figures->trainees[0].code, QStringLiteral("F-1a"));
    EXPECT_EQ(figures->trainees[0].people, 1);
    EXPECT_EQ(figures->trainees[0].minutes, 330);
    ASSERT_EQ(figures->gaps.size(), 2) << "the CPF bilan: no status, no invoice";
    EXPECT_EQ(figures->gaps[0].argument, QStringLiteral("Zoé Çelik"));
    EXPECT_EQ(billing->bpf(2025).value().bilans.people, 0);
}

PARCOURS_ON_BOTH_BACKENDS(BillingStore);

TEST(MigrationScript, APostgresqlTriggerEndsAtItsSemicolon)
{
    const QString script = QStringLiteral(
        "-- @postgresql\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "    RAISE EXCEPTION 'no';\n"
        "END;\n"
        "$$;\n"
        "-- @postgresql\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a\n"
        "    FOR EACH ROW EXECUTE FUNCTION f();\n"
        "CREATE TABLE b (x INTEGER);\n");
    const QStringList postgres = Migrator::splitStatements(script, true);
    ASSERT_EQ(postgres.size(), 3);
    EXPECT_TRUE(postgres[1].startsWith(QStringLiteral("CREATE TRIGGER t")));
    EXPECT_EQ(Migrator::splitStatements(script, false), QStringList { QStringLiteral("CREATE TABLE b (x INTEGER)") });
}
