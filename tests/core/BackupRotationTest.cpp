// Which automatic backups are kept: one per day, per week, per month, as many as the settings say.
#include <parcours/core/BackupRotation.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

QDateTime at(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

QList<QDateTime> kept(const QList<QDateTime>& times, const RetentionPolicy& policy)
{
    const QList<qsizetype> prune = backupsToPrune(times, policy);
    QList<QDateTime> left;
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (!prune.contains(i))
            left << times[i];
    }
    return left;
}

} // namespace

TEST(BackupRotation, ADailyBackupForAYearKeepsSevenDaysFourWeeksAndTwelveMonths)
{
    QList<QDateTime> times;
    for (QDate day(2025, 2, 11); day <= QDate(2026, 2, 10); day = day.addDays(1))
        times << QDateTime(day, QTime(9, 0), Qt::UTC);
    const QList<QDateTime> left = kept(times, RetentionPolicy {});
    // Seven days, the newest of four weeks (three beyond those days), the newest of twelve months (ten more).
    EXPECT_GE(left.size(), 7 + 1);
    EXPECT_LE(left.size(), 7 + 4 + 12);
    for (int d = 0; d < 7; ++d)
        EXPECT_TRUE(left.contains(at(2026, 2, 10 - d))) << d;
    EXPECT_TRUE(left.contains(at(2026, 1, 31))); // the newest of January
    EXPECT_TRUE(left.contains(at(2025, 3, 31))); // the newest of March, twelfth month back
    EXPECT_FALSE(left.contains(at(2025, 2, 28))); // February 2025 is the thirteenth month
    EXPECT_FALSE(left.contains(at(2025, 6, 15)));
}

TEST(BackupRotation, SeveralBackupsADayCountAsOneDay)
{
    const QList<QDateTime> times { at(2026, 2, 10, 9), at(2026, 2, 10, 12), at(2026, 2, 10, 18), at(2026, 2, 9) };
    const QList<QDateTime> left = kept(times, RetentionPolicy { 2, 0, 0 });
    EXPECT_EQ(left, (QList<QDateTime> { at(2026, 2, 10, 18), at(2026, 2, 9) }));
}

TEST(BackupRotation, TheNewestBackupIsKeptWhateverTheSettings)
{
    const QList<QDateTime> times { at(2026, 2, 1), at(2026, 2, 10), at(2026, 2, 5) };
    EXPECT_EQ(kept(times, RetentionPolicy { 0, 0, 0 }), (QList<QDateTime> { at(2026, 2, 10) }));
    EXPECT_TRUE(backupsToPrune({}, RetentionPolicy {}).isEmpty());
}
