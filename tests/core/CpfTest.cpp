// CPF declaration deadlines: 3 working days after the first session done (entry) and after the end (exit).
#include <parcours/core/AgendaService.h>
#include <parcours/core/Cpf.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

Bilan cpfBilan()
{
    Bilan bilan;
    bilan.id = 7;
    bilan.funding = Funding::Cpf;
    bilan.startDate = QDate(2026, 1, 12);
    return bilan;
}

} // namespace

TEST(Cpf, NothingIsDueBeforeTheFirstSessionOrForAnotherFunding)
{
    const HolidayCalendar france;
    EXPECT_FALSE(cpfStatus(cpfBilan(), {}, {}, {}, france).entry.has_value());
    Bilan employer = cpfBilan();
    employer.funding = Funding::Employer;
    const CpfStatus none = cpfStatus(employer, QDate(2026, 1, 16), QDate(2026, 1, 16), {}, france);
    EXPECT_FALSE(none.entry.has_value());
    EXPECT_FALSE(none.exit.has_value());
}

TEST(Cpf, TheEntryIsDueThreeWorkingDaysAfterTheFirstSessionDone)
{
    const CpfStatus status = cpfStatus(cpfBilan(), QDate(2026, 5, 12), QDate(2026, 5, 12), {}, HolidayCalendar());
    ASSERT_TRUE(status.entry.has_value());
    EXPECT_EQ(status.entry->eventDate, QDate(2026, 5, 12));
    EXPECT_EQ(status.entry->dueBy, QDate(2026, 5, 18)); // Ascension on the 14th is not a working day
    EXPECT_FALSE(status.entry->declared());
    EXPECT_FALSE(status.entry->overdue(QDate(2026, 5, 18)));
    EXPECT_TRUE(status.entry->overdue(QDate(2026, 5, 19)));
    EXPECT_FALSE(status.exit.has_value()); // the bilan runs
}

TEST(Cpf, TheExitFollowsTheEndDateAndADeclarationClosesIt)
{
    Bilan ended = cpfBilan();
    ended.status = BilanStatus::Closed;
    ended.endDate = QDate(2026, 3, 6); // a Friday
    const QList<CpfDeclaration> declared { { 7, CpfStep::Entry, QDate(2026, 1, 14) } };
    const CpfStatus status = cpfStatus(ended, QDate(2026, 1, 12), QDate(2026, 3, 6), declared, HolidayCalendar());
    ASSERT_TRUE(status.entry && status.exit);
    EXPECT_TRUE(status.entry->declared());
    EXPECT_EQ(status.exit->dueBy, QDate(2026, 3, 11));
    // Closed without an end date: the last session done stands for the end.
    ended.endDate = QDate();
    EXPECT_EQ(cpfExitEvent(ended, QDate(2026, 3, 2)), QDate(2026, 3, 2));
    ended.status = BilanStatus::Open;
    EXPECT_FALSE(cpfExitEvent(ended, QDate(2026, 3, 2)).isValid());
}

TEST(Cpf, IsoWeeksStartOnTheirMonday)
{
    EXPECT_EQ(isoWeekMonday(2026, 1), QDate(2025, 12, 29));
    EXPECT_EQ(isoWeekMonday(2026, 12), QDate(2026, 3, 16));
    EXPECT_EQ(isoWeekMonday(2026, 53), QDate(2026, 12, 28)); // 2026 begins on a Thursday: 53 weeks
    EXPECT_FALSE(isoWeekMonday(2025, 53).isValid());
    EXPECT_FALSE(isoWeekMonday(2026, 0).isValid());
}
