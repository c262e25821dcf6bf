// The check and the daily backup made on a second connection, off the window's thread, while the application keeps
// its own connection open: what the GUI does for a large database instead of making the consultant wait.
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/storage/Backups.h>

#include <QFile>

#include <thread>

using namespace parcours;
using namespace parcours::test;

namespace {

Backups::BackgroundOutcome onAnotherThread(const Backups& backups, bool check, bool daily, const Clock& clock)
{
    Backups::BackgroundOutcome outcome;
    std::thread worker([&] { outcome = backups.checkAndBackUp(check, daily, clock); });
    worker.join();
    return outcome;
}

class BackgroundCheckTest : public ::testing::Test {
protected:
    void SetUp() override { path = folder.filePath(QStringLiteral("parcours.sqlite")); }
    std::unique_ptr<Store> openedWithoutCheck()
    {
        StoreOptions options;
        options.quickCheck = false;
        auto opened = Store::open(fileAt(path), options);
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }

    QTemporaryDir folder;
    QString path;
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC) };
};

} // namespace

TEST_F(BackgroundCheckTest, ASoundFileIsCheckedAndBackedUpWhileTheApplicationKeepsWorking)
{
    auto store = openedWithoutCheck();
    ASSERT_NE(store, nullptr);
    addClient(*store, QStringLiteral("Lefèvre"));
    addClient(*store, QStringLiteral("Çelik"));
    auto backups = Backups::of(store->location()).value();
    ASSERT_TRUE(backups.dailyDue(*store, clock).value());

    const auto outcome = onAnotherThread(backups, true, true, clock);
    EXPECT_FALSE(outcome.damaged.has_value()) << outcome.damaged->message.toStdString();
    EXPECT_FALSE(outcome.backupFailed.has_value()) << outcome.backupFailed->message.toStdString();
    ASSERT_TRUE(outcome.daily.has_value());
    EXPECT_EQ(outcome.daily->kind, BackupKind::Daily);
    EXPECT_EQ(outcome.daily->clients, 2); // what was committed on the application's connection
    EXPECT_FALSE(backups.dailyDue(*store, clock).value());
    // The application's connection goes on writing.
    EXPECT_GT(addClient(*store, QStringLiteral("Nguyen")), 0);
}

TEST_F(BackgroundCheckTest, DamageFoundAfterOpeningMakesNoBackupAndEveryWriteIsRefused)
{
    {
        auto store = Store::open(fileAt(path)).value();
        for (int i = 0; i < 300; ++i)
            addClient(*store, QStringLiteral("Bénéficiaire %1").arg(i));
    }
    const qint64 pages = QFile(path).size() / 4096;
    ASSERT_GT(pages, 4);
    damagePage(path, int(pages) - 1); // a page of data, not the schema the opening reads
    auto store = openedWithoutCheck();
    ASSERT_NE(store, nullptr);
    auto backups = Backups::of(store->location()).value();

    const auto outcome = onAnotherThread(backups, true, true, clock);
    ASSERT_TRUE(outcome.damaged.has_value());
    EXPECT_EQ(outcome.damaged->code, ErrorCode::Damaged);
    EXPECT_TRUE(outcome.damaged->message.contains(QStringLiteral("damaged"))) << outcome.damaged->message.toStdString();
    EXPECT_FALSE(outcome.daily.has_value());
    EXPECT_TRUE(backups.list()->isEmpty()); // no damaged copy among the backups

    store->refuseWrites(QStringLiteral("the file is damaged"));
    Client client;
    client.lastName = QStringLiteral("Nguyen");
    const auto refused = store->clients().add(client);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("the file is damaged")));
}

TEST_F(BackgroundCheckTest, WithoutTheCheckOnlyTheBackupIsMade)
{
    auto store = openedWithoutCheck();
    ASSERT_NE(store, nullptr);
    addClient(*store, QStringLiteral("Lefèvre"));
    auto backups = Backups::of(store->location()).value();
    const auto nothing = onAnotherThread(backups, false, false, clock);
    EXPECT_FALSE(nothing.damaged || nothing.daily || nothing.backupFailed);
    EXPECT_TRUE(backups.list()->isEmpty());
}
