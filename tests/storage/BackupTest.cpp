// Backups of the database: consistent, checked, private snapshots, made daily and rotated.
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/Settings.h>
#include <parcours/storage/Backups.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace parcours;
using namespace parcours::test;

namespace {

class BackupTest : public StoreTest {
protected:
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC) };
};

} // namespace

TEST_P(BackupTest, SqliteDatabasesAreBackedUpPostgresOnesSayNotYet)
{
    addClient(store(), QStringLiteral("Lefèvre"));
    auto backups = Backups::of(store().location());
    const QString out = database().folder() + QStringLiteral("/copie.sqlite");
    if (GetParam() == Backend::Postgres) {
        ASSERT_FALSE(backups.ok());
        EXPECT_EQ(backups.error().code, ErrorCode::Unavailable);
        EXPECT_TRUE(backups.error().message.contains(QStringLiteral("PostgreSQL")));
        const auto written = Backups::writeTo(store(), out);
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().code, ErrorCode::Unavailable);
        EXPECT_FALSE(QFile::exists(out));
        return;
    }
    ASSERT_TRUE(backups.ok());
    const auto made = backups->create(store(), BackupKind::Manual, clock);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(made->clients, 1);
    EXPECT_TRUE(QFile::exists(made->path));
    const auto written = Backups::writeTo(store(), out);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written->clients, 1);
}

PARCOURS_ON_BOTH_BACKENDS(BackupTest);

TEST(Backup, ASnapshotHoldsTheCommittedDataInAPrivateFolderAndChecksOut)
{
    QTemporaryDir folder;
    const ManualClock clock(QDateTime(QDate(2026, 2, 10), QTime(9, 30, 12), Qt::UTC));
    auto store = Store::open(fileAt(folder.filePath(QStringLiteral("parcours.sqlite")))).value();
    addClient(*store, QStringLiteral("Lefèvre"));
    addClient(*store, QStringLiteral("Çelik"));
    auto backups = Backups::of(store->location()).value();
    EXPECT_EQ(backups.folder(), folder.filePath(QStringLiteral("parcours-backups")));

    const auto made = backups.create(*store, BackupKind::Manual, clock);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made->path).fileName(), QStringLiteral("parcours-2026-02-10-093012-manual.sqlite"));
    EXPECT_EQ(made->clients, 2);
    EXPECT_EQ(made->createdAt, QDateTime(QDate(2026, 2, 10), QTime(9, 30, 12), Qt::UTC));
    EXPECT_EQ(unixMode(backups.folder()), 0700);
    EXPECT_EQ(unixMode(made->path), 0600);
    // One self-contained file: no journal beside it, nothing half-written left behind.
    EXPECT_EQ(filesIn(backups.folder()), QStringList { QStringLiteral("parcours-2026-02-10-093012-manual.sqlite") });
    EXPECT_EQ(sqliteValue(made->path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(sqliteValue(made->path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));

    // Later changes are not in it.
    addClient(*store, QStringLiteral("Nguyen"));
    auto copy = Store::open(fileAt(made->path), readOnlyOptions());
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ(clientCount(*copy.value()), 2);

    const auto listed = backups.list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().kind, BackupKind::Manual);
    EXPECT_EQ(listed->first().clients, 2);
    EXPECT_TRUE(listed->first().usable());
}

TEST(Backup, AFolderMadeByHandIsMadePrivate)
{
    QTemporaryDir folder;
    const ManualClock clock(QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC));
    auto store = Store::open(fileAt(folder.filePath(QStringLiteral("parcours.sqlite")))).value();
    ASSERT_TRUE(QDir().mkpath(folder.filePath(QStringLiteral("parcours-backups"))));
    ASSERT_TRUE(QFile::setPermissions(folder.filePath(QStringLiteral("parcours-backups")),
        QFileDevice::Permissions(0x7755))); // rwxr-xr-x in Qt's notation
    ASSERT_EQ(unixMode(folder.filePath(QStringLiteral("parcours-backups"))), 0755);
    ASSERT_TRUE(Backups::of(store->location())->create(*store, BackupKind::Manual, clock).ok());
    EXPECT_EQ(unixMode(folder.filePath(QStringLiteral("parcours-backups"))), 0700);
}

TEST(Backup, TheDailyBackupIsMadeOnTheFirstStartOfEachDayOnly)
{
    QTemporaryDir folder;
    ManualClock clock(QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC));
    auto store = Store::open(fileAt(folder.filePath(QStringLiteral("parcours.sqlite")))).value();
    const auto backups = Backups::of(store->location()).value();

    const auto first = backups.createDailyIfDue(*store, clock);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ(first->value().kind, BackupKind::Daily);
    clock.set(QDateTime(QDate(2026, 2, 10), QTime(17, 0), Qt::UTC));
    EXPECT_FALSE(backups.createDailyIfDue(*store, clock)->has_value());
    clock.advanceDays(1);
    EXPECT_TRUE(backups.createDailyIfDue(*store, clock)->has_value());
    EXPECT_EQ(backups.list()->size(), 2);

    ASSERT_TRUE(Settings(store->settings()).setValue(settingKeys::backupDaily, QStringLiteral("false")).ok());
    clock.advanceDays(1);
    EXPECT_FALSE(backups.createDailyIfDue(*store, clock)->has_value());
    EXPECT_EQ(backups.list()->size(), 2);
}

TEST(Backup, RotationKeepsWhatTheSettingsSayAndNeverTheSafetyCopies)
{
    QTemporaryDir folder;
    ManualClock clock(QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC));
    auto store = Store::open(fileAt(folder.filePath(QStringLiteral("parcours.sqlite")))).value();
    Settings settings(store->settings());
    ASSERT_TRUE(settings.setValue(settingKeys::backupKeepDaily, QStringLiteral("3")).ok());
    ASSERT_TRUE(settings.setValue(settingKeys::backupKeepWeekly, QStringLiteral("0")).ok());
    ASSERT_TRUE(settings.setValue(settingKeys::backupKeepMonthly, QStringLiteral("0")).ok());
    const auto backups = Backups::of(store->location()).value();
    // A copy kept for safety (as before a restore) is never rotated away.
    ASSERT_TRUE(backups.create(*store, BackupKind::BeforeRestore, clock).ok());
    for (int day = 0; day < 6; ++day) {
        clock.advanceDays(1);
        ASSERT_TRUE(backups.create(*store, BackupKind::Daily, clock).ok());
    }
    const auto left = backups.list().value();
    ASSERT_EQ(left.size(), 4);
    EXPECT_EQ(left[0].createdAt.date(), QDate(2026, 2, 8));
    EXPECT_EQ(left[1].createdAt.date(), QDate(2026, 2, 7));
    EXPECT_EQ(left[2].createdAt.date(), QDate(2026, 2, 6));
    EXPECT_EQ(left[3].kind, BackupKind::BeforeRestore);
}

TEST(Backup, ABackupIsNeverWrittenOverTheDatabaseAndAFailedOneKeepsThePreviousFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    auto store = Store::open(fileAt(path)).value();
    addClient(*store, QStringLiteral("Lefèvre"));
    const auto overItself = Backups::writeTo(*store, path);
    ASSERT_FALSE(overItself.ok());
    EXPECT_EQ(clientCount(*store), 1);

    const QString out = folder.filePath(QStringLiteral("copie.sqlite"));
    ASSERT_TRUE(Backups::writeTo(*store, out).ok());
    const QByteArray before = digestOf(out);
    // A transaction in progress: the snapshot is refused, the previous copy stays as it was.
    auto transaction = store->transact([&]() -> Result<void> {
        addClient(*store, QStringLiteral("Çelik"));
        const auto during = Backups::writeTo(*store, out);
        EXPECT_FALSE(during.ok());
        return success();
    });
    ASSERT_TRUE(transaction.ok());
    EXPECT_EQ(digestOf(out), before);
    EXPECT_EQ(filesIn(folder.path()).filter(QStringLiteral("partial")), QStringList());
    EXPECT_FALSE(Backups::writeTo(*store, folder.filePath(QStringLiteral("no/such/folder/copie.sqlite"))).ok());
}
