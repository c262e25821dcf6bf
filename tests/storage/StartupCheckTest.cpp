// What opening a database checks: SQLite's quick_check, damaged files, read-only files.
#include "Database.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace parcours;
using namespace parcours::test;

namespace {

/** A closed database with two beneficiaries. */
class StartupCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.filePath(QStringLiteral("parcours.sqlite"));
        auto store = Store::open(fileAt(path)).value();
        addClient(*store, QStringLiteral("Lefèvre"));
        addClient(*store, QStringLiteral("Çelik"));
    }
    QTemporaryDir folder;
    QString path;
};

} // namespace

TEST_F(StartupCheckTest, ADamagedPageIsFoundAtOpenAndTheFileIsLeftAsItWas)
{
    damagePage(path, 2);
    const QByteArray before = digestOf(path);
    const auto opened = Store::open(fileAt(path));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Damaged);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged"))) << opened.error().message.toStdString();
    EXPECT_EQ(digestOf(path), before);
}

TEST_F(StartupCheckTest, ATruncatedFileIsDamagedNotAnEmptyDatabase)
{
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 2));
    const auto opened = Store::open(fileAt(path));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Damaged) << opened.error().message.toStdString();
}

TEST_F(StartupCheckTest, AReadOnlyStoreReadsButRefusesEveryWriteWithAClearMessage)
{
    const QByteArray before = digestOf(path);
    auto store = Store::open(fileAt(path), readOnlyOptions());
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_TRUE(store.value()->isReadOnly());
    EXPECT_FALSE(store.value()->readOnlyReason().isEmpty());
    EXPECT_EQ(clientCount(*store.value()), 2);
    Client client;
    client.lastName = QStringLiteral("Nguyen");
    client.firstName = QStringLiteral("Linh");
    const auto refused = store.value()->clients().add(client);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(store.value()->settings().setValue(QStringLiteral("timezone"), QStringLiteral("Europe/Paris")).ok());
    store.value().reset();
    EXPECT_EQ(digestOf(path), before);
}

TEST_F(StartupCheckTest, AReadOnlyDatabaseThatNeedsAnUpdateSaysWhyItCannotOpen)
{
    // Scripts with one more step than the database has: an update would be needed.
    QTemporaryDir scripts;
    const QStringList steps = QDir(QStringLiteral(":/migrations")).entryList({ QStringLiteral("*.sql") });
    for (const QString& name : steps)
        ASSERT_TRUE(QFile::copy(QStringLiteral(":/migrations/") + name, scripts.filePath(name)));
    const int next = Store::latestSchemaVersion() + 1;
    QFile step(scripts.filePath(QStringLiteral("%1-more.sql").arg(next, 3, 10, QLatin1Char('0'))));
    ASSERT_TRUE(step.open(QIODevice::WriteOnly));
    step.write("CREATE TABLE more (x INTEGER);\n");
    step.close();
    StoreOptions options;
    options.readOnly = true;
    options.migrationsFolder = scripts.path();
    const auto refused = Store::open(fileAt(path), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("read-only")));
}

TEST_F(StartupCheckTest, AMissingFileCannotBeOpenedReadOnly)
{
    const auto missing = Store::open(fileAt(folder.filePath(QStringLiteral("absent.sqlite"))), readOnlyOptions());
    ASSERT_FALSE(missing.ok());
    EXPECT_FALSE(QFile::exists(folder.filePath(QStringLiteral("absent.sqlite"))));
}

TEST(StartupCheck, ReadOnlyOnRequestStillOpensAFileLeftByACrash)
{
    // The three files of a database whose program died with changes still in the -wal file.
    QTemporaryDir live;
    QTemporaryDir crashed;
    auto store = Store::open(fileAt(live.filePath(QStringLiteral("parcours.sqlite")))).value();
    addClient(*store, QStringLiteral("Lefèvre"));
    addClient(*store, QStringLiteral("Çelik"));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        ASSERT_TRUE(QFile::copy(live.filePath(QStringLiteral("parcours.sqlite")) + suffix,
            crashed.filePath(QStringLiteral("parcours.sqlite")) + suffix));
    }
    ASSERT_GT(QFileInfo(crashed.filePath(QStringLiteral("parcours.sqlite-wal"))).size(), 0);
    auto copy = Store::open(fileAt(crashed.filePath(QStringLiteral("parcours.sqlite"))), readOnlyOptions());
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_TRUE(copy.value()->isReadOnly());
    EXPECT_EQ(clientCount(*copy.value()), 2);
    EXPECT_EQ(copy.value()
                  ->clients()
                  .add(Client { 0, QStringLiteral("X"), QStringLiteral("Y"), {}, {}, {}, {}, 0 })
                  .error()
                  .code,
        ErrorCode::ReadOnly);
}
