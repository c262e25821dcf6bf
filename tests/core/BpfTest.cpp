// The BPF (Cerfa 10443) figures of a financial year, on a small dataset whose figures were worked out by hand.
#include <parcours/core/BillingRules.h>
#include <parcours/core/Bpf.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

BpfInput dataset()
{
    BpfInput input;
    input.year = BillingRules::financialYearOf(2025, 1);
    input.siret = QStringLiteral("12345678900011");
    // No declaration number: one gap of frame A.
    input.documents = {
        { QStringLiteral("F-2024-0009"), QDate(2024, 12, 20), FunderKind::Employer, 99999 }, // previous year
        { QStringLiteral("F-2025-0001"), QDate(2025, 2, 10), FunderKind::Employer, 180000 },
        { QStringLiteral("F-2025-0002"), QDate(2025, 3, 5), FunderKind::Cpf, 150000 },
        { QStringLiteral("F-2025-0003"), QDate(2025, 3, 20), FunderKind::Personal, 60000 },
        { QStringLiteral("AV-2025-0001"), QDate(2025, 4, 1), FunderKind::Personal, -10000 },
        { QStringLiteral("F-2025-0004"), QDate(2025, 6, 15), FunderKind::FranceTravail, 120000 },
        { QStringLiteral("F-2025-0005"), QDate(2025, 12, 31), FunderKind::Opco, 200000 },
        { QStringLiteral("F-2026-0001"), QDate(2026, 1, 1), FunderKind::Cpf, 100000 }, // next year
    };
    input.sessions = {
        // Bilan 1, client 10 (employee): 180 + 150 + 150 = 480 min.
        { 1, 10, QDate(2025, 1, 13), 180 }, { 1, 10, QDate(2025, 1, 20), 150 }, { 1, 10, QDate(2025, 2, 3), 150 },
        // Bilan 2, client 11 (CPF, status unknown): 150 + 170 = 320 min in the year; December 2024 is not.
        { 2, 11, QDate(2024, 12, 16), 120 }, { 2, 11, QDate(2025, 1, 6), 150 }, { 2, 11, QDate(2025, 1, 13), 170 },
        // Bilan 3, client 12 (individual): 120 + 100 = 220 min.
        { 3, 12, QDate(2025, 3, 3), 120 }, { 3, 12, QDate(2025, 3, 10), 100 },
        // Bilan 4, client 13 (job seeker): 150 min; January 2026 is not.
        { 4, 13, QDate(2025, 5, 5), 150 }, { 4, 13, QDate(2026, 1, 5), 150 },
        // Bilan 5, client 14 (other status), never invoiced: 45 min.
        { 5, 14, QDate(2025, 12, 29), 45 },
        // Bilan 6: client 10's second bilan of the year (employee): 90 min; they count once, with 570 min.
        { 6, 10, QDate(2025, 11, 3), 90 },
    };
    input.bilans = {
        { 1, 10, QStringLiteral("Zoé Lefèvre"), TraineeStatus::Employee, true },
        { 2, 11, QStringLiteral("Loïc Çelik"), std::nullopt, true },
        { 3, 12, QStringLiteral("Anne Œuvray"), TraineeStatus::Individual, true },
        { 4, 13, QStringLiteral("Thị Lan Nguyễn"), TraineeStatus::JobSeeker, true },
        { 5, 14, QStringLiteral("Marc Dupont-Aïdi"), TraineeStatus::Other, false },
        { 6, 10, QStringLiteral("Zoé Lefèvre"), TraineeStatus::Employee, true },
    };
    return input;
}

const BpfPeopleLine* line(const BpfFigures& figures, const char* code)
{
    for (const BpfPeopleLine& l : figures.trainees) {
        if (l.code == QLatin1StringView(code))
            return &l;
    }
    return nullptr;
}

qint64 income(const BpfFigures& figures, const char* code)
{
    for (const BpfIncomeLine& l : figures.income) {
        if (l.code == QLatin1StringView(code))
            return l.cents;
    }
    return -1;
}

} // namespace

TEST(Bpf, IncomeByFunderIsWhatWasInvoicedInTheYearNetOfCreditNotes)
{
    const BpfFigures figures = computeBpf(dataset());
    EXPECT_EQ(income(figures, "C-1"), 180000); // employers
    EXPECT_EQ(income(figures, "C-2e"), 150000); // CPF; January 2026 excluded
    EXPECT_EQ(income(figures, "C-2h"), 200000); // OPCO, on the last day of the year
    EXPECT_EQ(income(figures, "C-7"), 120000); // France Travail
    EXPECT_EQ(income(figures, "C-9"), 50000); // individuals: 600 € less the 100 € credit note
    EXPECT_EQ(income(figures, "C-11"), 0);
    EXPECT_EQ(figures.totalCents, 700000); // 1 800 + 1 500 + 2 000 + 1 200 + 500
    QStringList codes;
    for (const BpfIncomeLine& l : figures.income)
        codes << l.code;
    EXPECT_EQ(codes, (QStringList { QStringLiteral("C-1"), QStringLiteral("C-2e"), QStringLiteral("C-2h"),
                                    QStringLiteral("C-7"), QStringLiteral("C-9"), QStringLiteral("C-11") }));
}

TEST(Bpf, TraineesAreCountedOncePerPersonWithTheirHoursOfTheYear)
{
    const BpfFigures figures = computeBpf(dataset());
    ASSERT_NE(line(figures, "F-1a"), nullptr);
    EXPECT_EQ(line(figures, "F-1a")->people, 1); // client 10, two bilans
    EXPECT_EQ(line(figures, "F-1a")->minutes, 570);
    EXPECT_EQ(line(figures, "F-1a")->hours(), 10); // 9 h 30 rounds up
    EXPECT_EQ(line(figures, "F-1c")->people, 1);
    EXPECT_EQ(line(figures, "F-1c")->minutes, 150);
    EXPECT_EQ(line(figures, "F-1c")->hours(), 3); // 2 h 30 rounds up
    EXPECT_EQ(line(figures, "F-1d")->minutes, 220);
    EXPECT_EQ(line(figures, "F-1d")->hours(), 4); // 3 h 40
    EXPECT_EQ(line(figures, "F-1e")->minutes, 45);
    EXPECT_EQ(line(figures, "F-1e")->hours(), 1);
    ASSERT_NE(line(figures, "F-1?"), nullptr) << "the trainee without a status is shown, not hidden";
    EXPECT_EQ(line(figures, "F-1?")->people, 1);
    EXPECT_EQ(line(figures, "F-1?")->minutes, 320);
    EXPECT_EQ(line(figures, "F-1?")->hours(), 5); // 5 h 20

    EXPECT_EQ(figures.bilans.code, QStringLiteral("F-3f"));
    EXPECT_EQ(figures.bilans.people, 5);
    EXPECT_EQ(figures.bilans.minutes, 1305); // 570 + 320 + 220 + 150 + 45
    EXPECT_EQ(figures.bilans.hours(), 22); // 21 h 45
    EXPECT_EQ(figures.trainers.people, 1);
    EXPECT_EQ(figures.trainers.minutes, 1305);
}

TEST(Bpf, WhatTheRecordsLackIsListed)
{
    const BpfFigures figures = computeBpf(dataset());
    ASSERT_EQ(figures.gaps.size(), 3);
    EXPECT_EQ(figures.gaps[0].bilanId, 0);
    EXPECT_TRUE(QString::fromLatin1(figures.gaps[0].text).contains(QStringLiteral("declaration number")));
    EXPECT_EQ(figures.gaps[1].bilanId, 2);
    EXPECT_TRUE(QString::fromLatin1(figures.gaps[1].text).contains(QStringLiteral("status")));
    EXPECT_EQ(figures.gaps[1].argument, QStringLiteral("Loïc Çelik"));
    EXPECT_EQ(figures.gaps[2].bilanId, 5);
    EXPECT_TRUE(QString::fromLatin1(figures.gaps[2].text).contains(QStringLiteral("no invoice")));

    BpfInput complete = dataset();
    complete.declarationNumber = QStringLiteral("11755555575");
    complete.bilans[1].status = TraineeStatus::Employee;
    complete.bilans[4].invoiced = true;
    const BpfFigures clean = computeBpf(complete);
    EXPECT_TRUE(clean.gaps.isEmpty());
    EXPECT_EQ(line(clean, "F-1?"), nullptr);
    EXPECT_EQ(line(clean, "F-1a")->people, 2);
}

TEST(Bpf, AYearWithoutActivityIsAllZeros)
{
    BpfInput input;
    input.year = BillingRules::financialYearOf(2023, 1);
    input.siret = QStringLiteral("12345678900011");
    input.declarationNumber = QStringLiteral("11755555575");
    const BpfFigures figures = computeBpf(input);
    EXPECT_EQ(figures.totalCents, 0);
    EXPECT_EQ(figures.bilans.people, 0);
    EXPECT_EQ(figures.trainers.people, 0);
    EXPECT_TRUE(figures.gaps.isEmpty());
}
