// The rules of billing without a database: shares of a price, the CPF co-payment, numbers, dates, payments, credit
// notes and what is overdue.
#include <parcours/core/BillingRules.h>

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <numeric>

using namespace parcours;

namespace {

FunderShare percent(FunderKind kind, int basisPoints)
{
    FunderShare share;
    share.kind = kind;
    share.basisPoints = basisPoints;
    return share;
}

FunderShare fixed(FunderKind kind, qint64 cents)
{
    FunderShare share;
    share.kind = kind;
    share.fixedCents = cents;
    return share;
}

QList<qint64> split(qint64 total, const QList<FunderShare>& shares)
{
    const auto amounts = BillingRules::split(total, shares);
    EXPECT_TRUE(amounts.ok()) << (amounts ? "" : amounts.error().message.toStdString());
    return amounts.valueOr({});
}

InvoiceState issued(qint64 amount, QDate issuedOn, QDate dueOn, qint64 credited = 0, qint64 paid = 0)
{
    InvoiceState state;
    state.invoice.number = QStringLiteral("F-2026-0001");
    state.invoice.amountCents = amount;
    state.invoice.issuedOn = issuedOn;
    state.invoice.dueOn = dueOn;
    state.creditedCents = credited;
    state.paidCents = paid;
    return state;
}

} // namespace

TEST(BillingRules, SharesAlwaysAddUpToThePriceAndTheLostCentGoesToTheLargestRemainder)
{
    // 1 000,01 € in thirds: 333,30 + 333,30 + 333,41 — the share that lost most to rounding takes the cent.
    EXPECT_EQ(split(100001, { percent(FunderKind::Employer, 3333), percent(FunderKind::Opco, 3333),
                              percent(FunderKind::Personal, 3334) }),
              (QList<qint64> { 33330, 33330, 33341 }));
    // A tie: the earlier funder takes the cent, every time.
    EXPECT_EQ(split(101, { percent(FunderKind::Employer, 5000), percent(FunderKind::Personal, 5000) }),
              (QList<qint64> { 51, 50 }));
    EXPECT_EQ(split(101, { percent(FunderKind::Personal, 5000), percent(FunderKind::Employer, 5000) }),
              (QList<qint64> { 51, 50 }));
    // CPF rights of a fixed amount, the beneficiary pays the rest.
    EXPECT_EQ(split(200000, { fixed(FunderKind::Cpf, 123456), percent(FunderKind::Personal, 10000) }),
              (QList<qint64> { 123456, 76544 }));
    EXPECT_EQ(split(0, { percent(FunderKind::Personal, 10000) }), (QList<qint64> { 0 }));
}

TEST(BillingRules, RandomSplitsNeverLoseOrInventACent)
{
    QRandomGenerator random(20260316);
    for (int round = 0; round < 2000; ++round) {
        const qint64 total = random.bounded(1, 10'000'000);
        const int count = random.bounded(1, 6);
        QList<FunderShare> shares;
        int left = 10000;
        for (int i = 0; i < count; ++i) {
            const int points = i + 1 == count ? left : random.bounded(1, left - (count - i - 1) + 1);
            shares << percent(FunderKind::Other, points);
            left -= points;
        }
        const QList<qint64> amounts = split(total, shares);
        ASSERT_EQ(amounts.size(), count);
        EXPECT_EQ(std::accumulate(amounts.begin(), amounts.end(), qint64(0)), total);
        for (int i = 0; i < count; ++i) {
            const qint64 exactTimes10000 = total * shares[i].basisPoints;
            EXPECT_LE(std::abs(amounts[i] * 10000 - exactTimes10000), 10000) << "within a cent of its exact share";
        }
        EXPECT_EQ(amounts, split(total, shares)) << "the same input always splits the same way";
    }
}

TEST(BillingRules, SharesThatCannotMakeThePriceAreRefused)
{
    EXPECT_FALSE(BillingRules::split(100000, { fixed(FunderKind::Cpf, 150000), percent(FunderKind::Personal, 10000) }));
    const auto unshared = BillingRules::split(100000, { fixed(FunderKind::Cpf, 60000) });
    ASSERT_FALSE(unshared.ok());
    EXPECT_TRUE(unshared.error().message.contains(QStringLiteral("nobody")));
    EXPECT_FALSE(BillingRules::split(100000, { percent(FunderKind::Employer, 6000), percent(FunderKind::Personal, 3000) }));
    EXPECT_FALSE(BillingRules::split(-1, { percent(FunderKind::Personal, 10000) }));

    FundingPlan plan = BillingRules::defaultPlan(7, Funding::Cpf);
    EXPECT_TRUE(BillingRules::validate(plan).isEmpty());
    plan.shares << percent(FunderKind::Cpf, 0);
    const QList<FieldError> errors = BillingRules::validate(plan);
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [](const FieldError& e) { return e.field == u"shares/1/percent"; }));
    EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [](const FieldError& e) {
        return e.message.contains(QStringLiteral("CPF"));
    }));
    EXPECT_FALSE(BillingRules::validate(FundingPlan {}).isEmpty()) << "a plan names at least one funder";
}

TEST(BillingRules, TheCpfCoPaymentIsFlatUnlessExemptAndNeverMoreThanTheShare)
{
    EXPECT_EQ(BillingRules::copayment(150000, 10000, false), 10000);
    EXPECT_EQ(BillingRules::copayment(150000, 10000, true), 0);
    EXPECT_EQ(BillingRules::copayment(6000, 10000, false), 6000);
    EXPECT_EQ(BillingRules::copayment(0, 10000, false), 0);
}

TEST(BillingRules, DefaultPlansAndTraineeStatusFollowTheFunding)
{
    const FundingPlan employer = BillingRules::defaultPlan(3, Funding::Employer);
    ASSERT_EQ(employer.shares.size(), 1);
    EXPECT_EQ(employer.shares[0].kind, FunderKind::Employer);
    EXPECT_EQ(employer.shares[0].basisPoints, 10000);
    EXPECT_EQ(BillingRules::traineeStatus(employer, Funding::Employer), TraineeStatus::Employee);
    EXPECT_EQ(BillingRules::traineeStatus(employer, Funding::FranceTravail), TraineeStatus::JobSeeker);
    EXPECT_EQ(BillingRules::traineeStatus(employer, Funding::Cpf), std::nullopt) << "the CPF says nothing of it";
    FundingPlan told = employer;
    told.traineeStatus = TraineeStatus::Other;
    EXPECT_EQ(BillingRules::traineeStatus(told, Funding::Cpf), TraineeStatus::Other);
}

TEST(BillingRules, FinancialYearsAndNumbers)
{
    const FinancialYear calendar = BillingRules::financialYear(QDate(2026, 3, 16), 1);
    EXPECT_EQ(calendar.label, 2026);
    EXPECT_EQ(calendar.first, QDate(2026, 1, 1));
    EXPECT_EQ(calendar.last, QDate(2026, 12, 31));
    const FinancialYear september = BillingRules::financialYear(QDate(2026, 3, 16), 9);
    EXPECT_EQ(september.label, 2025);
    EXPECT_EQ(september.first, QDate(2025, 9, 1));
    EXPECT_EQ(september.last, QDate(2026, 8, 31));
    EXPECT_EQ(BillingRules::financialYear(QDate(2026, 9, 1), 9).label, 2026);
    EXPECT_EQ(BillingRules::number(InvoiceKind::Invoice, 2026, 7), QStringLiteral("F-2026-0007"));
    EXPECT_EQ(BillingRules::number(InvoiceKind::CreditNote, 2026, 12), QStringLiteral("AV-2026-0012"));
}

TEST(BillingRules, IssueDatesFollowTheNumbersAndStayOutOfClosedYears)
{
    const QDate today(2026, 3, 16);
    EXPECT_TRUE(BillingRules::checkIssueDate(today, today, QDate(2026, 3, 2), false));
    EXPECT_TRUE(BillingRules::checkIssueDate(QDate(2026, 3, 2), today, QDate(2026, 3, 2), false)) << "same day";
    const auto earlier = BillingRules::checkIssueDate(QDate(2026, 3, 1), today, QDate(2026, 3, 2), false);
    ASSERT_FALSE(earlier.ok());
    EXPECT_EQ(earlier.error().field, QStringLiteral("issued_on"));
    EXPECT_FALSE(BillingRules::checkIssueDate(today.addDays(1), today, {}, false)) << "not in the future";
    const auto closed = BillingRules::checkIssueDate(QDate(2025, 12, 31), today, {}, true);
    ASSERT_FALSE(closed.ok());
    EXPECT_TRUE(closed.error().message.contains(QStringLiteral("closed")));
    EXPECT_FALSE(BillingRules::checkIssueDate({}, today, {}, false));
}

TEST(BillingRules, PaymentsAreRefusedAboveTheBalanceAndOutsideTheirDates)
{
    const QDate today(2026, 3, 16);
    const InvoiceState invoice = issued(150000, QDate(2026, 2, 2), QDate(2026, 3, 4), 20000, 30000); // owes 1 000 €
    Payment payment;
    payment.paidOn = QDate(2026, 3, 10);
    payment.amountCents = 100000;
    EXPECT_TRUE(BillingRules::checkPayment(payment, invoice, today, false));
    payment.amountCents = 100001;
    const auto above = BillingRules::checkPayment(payment, invoice, today, false);
    ASSERT_FALSE(above.ok());
    EXPECT_EQ(above.error().field, QStringLiteral("amount"));
    EXPECT_TRUE(above.error().message.contains(QStringLiteral("F-2026-0001")));
    payment.amountCents = -5;
    EXPECT_EQ(BillingRules::checkPayment(payment, invoice, today, false).error().code, ErrorCode::InvalidInput);
    payment.amountCents = 0;
    EXPECT_FALSE(BillingRules::checkPayment(payment, invoice, today, false));
    payment.amountCents = 5000;
    payment.paidOn = QDate(2026, 1, 30);
    EXPECT_FALSE(BillingRules::checkPayment(payment, invoice, today, false)) << "before the invoice";
    payment.paidOn = today.addDays(1);
    EXPECT_FALSE(BillingRules::checkPayment(payment, invoice, today, false)) << "in the future";
    payment.paidOn = today;
    EXPECT_FALSE(BillingRules::checkPayment(payment, invoice, today, true)) << "in a closed year";
    InvoiceState credit = invoice;
    credit.invoice.kind = InvoiceKind::CreditNote;
    EXPECT_FALSE(BillingRules::checkPayment(payment, credit, today, false));
}

TEST(BillingRules, CreditNotesTakeOffNoMoreThanIsLeftOfTheirInvoice)
{
    const InvoiceState invoice = issued(150000, QDate(2026, 2, 2), QDate(2026, 3, 4), 50000, 150000 - 50000);
    EXPECT_TRUE(BillingRules::checkCreditNote(100000, invoice)) << "even when paid: the overpayment is refunded";
    EXPECT_FALSE(BillingRules::checkCreditNote(100001, invoice));
    EXPECT_FALSE(BillingRules::checkCreditNote(0, invoice));
    InvoiceState credit = invoice;
    credit.invoice.kind = InvoiceKind::CreditNote;
    EXPECT_FALSE(BillingRules::checkCreditNote(100, credit));
    InvoiceState overpaid = issued(150000, QDate(2026, 2, 2), QDate(2026, 3, 4), 50000, 150000);
    EXPECT_EQ(overpaid.balanceCents(), -50000);
}

TEST(BillingRules, OverdueMeansPastTheDueDateWithSomethingOwedOldestFirst)
{
    const QDate day(2026, 3, 16);
    InvoiceState late = issued(100000, QDate(2026, 1, 5), QDate(2026, 2, 4));
    late.invoice.sequence = 1;
    InvoiceState later = issued(100000, QDate(2026, 1, 2), QDate(2026, 2, 1), 0, 40000);
    later.invoice.sequence = 2;
    const InvoiceState dueToday = issued(100000, QDate(2026, 2, 14), day);
    const InvoiceState paid = issued(100000, QDate(2026, 1, 5), QDate(2026, 2, 4), 0, 100000);
    const InvoiceState credited = issued(100000, QDate(2026, 1, 5), QDate(2026, 2, 4), 100000, 0);
    EXPECT_FALSE(BillingRules::isOverdue(dueToday, day)) << "due today is not late yet";
    EXPECT_TRUE(BillingRules::isOverdue(dueToday, day.addDays(1)));
    const QList<InvoiceState> overdue = BillingRules::overdue({ late, dueToday, paid, later, credited }, day);
    ASSERT_EQ(overdue.size(), 2);
    EXPECT_EQ(overdue[0].invoice.dueOn, QDate(2026, 2, 1));
    EXPECT_EQ(overdue[0].balanceCents(), 60000);
    EXPECT_EQ(overdue[1].invoice.dueOn, QDate(2026, 2, 4));
}
