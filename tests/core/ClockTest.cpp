#include <parcours/core/Clock.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(Clock, AManualClockJumpsMonthsAheadAndClampsTheDay)
{
    ManualClock clock(QDateTime(QDate(2026, 8, 31), QTime(9, 0), Qt::UTC));
    clock.advanceMonths(6);
    EXPECT_EQ(clock.today(), QDate(2027, 2, 28));
    clock.advanceDays(1);
    EXPECT_EQ(clock.today(), QDate(2027, 3, 1));
}

TEST(Clock, APinnedDateKeepsTheDateButLetsTimeRun)
{
    ManualClock source(QDateTime(QDate(2030, 1, 1), QTime(15, 45), Qt::UTC));
    PinnedDateClock pinned(QDate(2026, 2, 16), source);
    EXPECT_EQ(pinned.today(), QDate(2026, 2, 16));
    EXPECT_EQ(pinned.now().time(), QTime(15, 45));
}

TEST(Clock, APinnedStartTimeStartsTheDayThereAndLetsItRun)
{
    ManualClock source(QDateTime(QDate(2030, 1, 1), QTime(15, 45), Qt::UTC));
    PinnedDateClock pinned(QDate(2026, 3, 18), source, QTime(9, 0));
    EXPECT_EQ(pinned.now(), QDateTime(QDate(2026, 3, 18), QTime(9, 0), Qt::UTC));
    source.set(QDateTime(QDate(2030, 1, 1), QTime(15, 47, 30), Qt::UTC));
    EXPECT_EQ(pinned.now(), QDateTime(QDate(2026, 3, 18), QTime(9, 2, 30), Qt::UTC));

    qputenv("PARCOURS_TODAY", "2026-03-18T09:00");
    EXPECT_EQ(pinnedToday().value(), std::optional(QDate(2026, 3, 18)));
    EXPECT_EQ(pinnedStartTime(), QTime(9, 0));
    qputenv("PARCOURS_TODAY", "2026-03-18T9h");
    EXPECT_FALSE(pinnedToday().ok());
    // The refusal says both forms the variable takes.
    EXPECT_EQ(pinnedToday().error().message, QStringLiteral("PARCOURS_TODAY must be a date YYYY-MM-DD, or a date and "
                                                            "a start time YYYY-MM-DDTHH:MM, not '2026-03-18T9h'."));
    qputenv("PARCOURS_TODAY", "2026-03-18");
    EXPECT_EQ(pinnedToday().value(), std::optional(QDate(2026, 3, 18)));
    EXPECT_FALSE(pinnedStartTime().isValid());
    qunsetenv("PARCOURS_TODAY");
}

TEST(Clock, TheSystemClockReadsTheWallClockOfTheConsultantsZone)
{
    const SystemClock paris(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    const SystemClock tokyo(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    // Paris is 7 or 8 hours behind Tokyo, whatever the season.
    const qint64 difference = paris.now().secsTo(tokyo.now());
    EXPECT_TRUE(std::abs(difference - 8 * 3600) < 60 || std::abs(difference - 7 * 3600) < 60) << difference;
}
