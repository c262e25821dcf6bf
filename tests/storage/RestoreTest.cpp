// Restoring a backup: all or nothing, the current database saved first, anything else refused untouched.
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/storage/Backups.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

/** A database with two beneficiaries and a backup of it, then a third beneficiary recorded after the backup. */
class RestoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = folder.filePath(QStringLiteral("parcours.sqlite"));
        auto store = Store::open(fileAt(path)).value();
        addClient(*store, QStringLiteral("Lefèvre"));
        addClient(*store, QStringLiteral("Çelik"));
        backup = backups().create(*store, BackupKind::Manual, clock).value().path;
        addClient(*store, QStringLiteral("Nguyen"));
    }
    Backups backups() const { return Backups::of(fileAt(path)).value(); }
    int clientsNow()
    {
        auto store = Store::open(fileAt(path));
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        return store ? clientCount(*store.value()) : -1;
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(folder.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    QString copyOfBackup(const QString& name)
    {
        const QString copy = folder.filePath(name);
        EXPECT_TRUE(QFile::copy(backup, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    QTemporaryDir folder;
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(9, 30), Qt::UTC) };
    QString path;
    QString backup;
};

void execOn(const QString& path, const QString& statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(statement)) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_F(RestoreTest, TheBackupTakesThePlaceOfTheDatabaseWhichIsBackedUpFirst)
{
    ASSERT_EQ(clientsNow(), 3);
    clock.advanceDays(1);
    const auto restored = backups().restore(backup, clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->restored.clients, 2);
    EXPECT_EQ(clientsNow(), 2);
    ASSERT_TRUE(restored->safetyCopy.has_value());
    EXPECT_EQ(restored->safetyCopy->kind, BackupKind::BeforeRestore);
    EXPECT_EQ(restored->safetyCopy->clients, 3);
    EXPECT_TRUE(restored->setAside.isEmpty());
    // The safety copy is itself a backup one can restore: nothing is ever lost by restoring.
    ASSERT_TRUE(backups().restore(restored->safetyCopy->path, clock).ok());
    EXPECT_EQ(clientsNow(), 3);
    EXPECT_EQ(unixMode(path), 0600);
    EXPECT_EQ(filesIn(folder.path()).filter(QStringLiteral(".restore-")), QStringList());
}

TEST_F(RestoreTest, AFileThatIsNotASoundParcoursBackupIsRefusedBeforeAnythingChanges)
{
    const QString notes = writeFile(QStringLiteral("notes.sqlite"), "Compte rendu de séance, pas une sauvegarde.\n");
    const QString empty = writeFile(QStringLiteral("empty.sqlite"), QByteArray());
    const QString other = folder.filePath(QStringLiteral("recettes.sqlite"));
    execOn(other, QStringLiteral("CREATE TABLE recipe (name TEXT)"));
    const QString damaged = copyOfBackup(QStringLiteral("damaged.sqlite"));
    damagePage(damaged, 2);
    const QString newer = copyOfBackup(QStringLiteral("newer.sqlite"));
    execOn(newer, QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion() + 1));
    const QString inUse = copyOfBackup(QStringLiteral("in-use.sqlite"));
    writeFile(QStringLiteral("in-use.sqlite-wal"), QByteArray(4096, 'w'));

    const QByteArray before = digestOf(path);
    const QStringList beside = filesIn(folder.path());
    const QStringList kept = filesIn(backups().folder());
    for (const QString& file :
        { notes, empty, other, damaged, newer, inUse, path, folder.filePath(QStringLiteral("missing.sqlite")) }) {
        const auto refused = backups().restore(file, clock);
        ASSERT_FALSE(refused.ok()) << file.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Nothing was changed")))
            << refused.error().message.toStdString();
        EXPECT_EQ(digestOf(path), before) << file.toStdString();
        EXPECT_EQ(filesIn(folder.path()), beside) << file.toStdString();
        EXPECT_EQ(filesIn(backups().folder()), kept) << file.toStdString();
    }
    EXPECT_EQ(backups().restore(newer, clock).error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(backups().restore(damaged, clock).error().code, ErrorCode::Damaged);
    EXPECT_EQ(backups().restore(other, clock).error().code, ErrorCode::NotADatabase);
    EXPECT_EQ(clientsNow(), 3);
}

TEST_F(RestoreTest, ADamagedDatabaseIsMovedAsideNeverDeleted)
{
    damagePage(path, 2);
    const QByteArray damagedBytes = digestOf(path);
    ASSERT_EQ(Store::open(fileAt(path)).error().code, ErrorCode::Damaged);
    const auto latest = backups().latestGood();
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->path, backup);

    const auto restored = backups().restore(latest->path, clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_FALSE(restored->safetyCopy.has_value());
    ASSERT_FALSE(restored->setAside.isEmpty());
    EXPECT_TRUE(restored->setAside.startsWith(backups().folder()));
    EXPECT_EQ(digestOf(restored->setAside), damagedBytes);
    EXPECT_EQ(clientsNow(), 2);
}

TEST_F(RestoreTest, NoRestoreWhileAnotherProgramHasTheDatabaseOpen)
{
    auto other = Store::open(fileAt(path)).value(); // as parcours-cli in a script would
    const auto refused = backups().restore(backup, clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Locked);
    EXPECT_EQ(clientCount(*other), 3);
    other.reset();
    EXPECT_EQ(clientsNow(), 3);
}

TEST_F(RestoreTest, ABackupCanBeRestoredWhereNoDatabaseIsYet)
{
    QTemporaryDir newComputer;
    const QString fresh = newComputer.filePath(QStringLiteral("data/parcours.sqlite"));
    const auto restored = Backups::of(fileAt(fresh))->restore(backup, clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_FALSE(restored->safetyCopy.has_value());
    auto store = Store::open(fileAt(fresh));
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(clientCount(*store.value()), 2);
}

TEST_F(RestoreTest, AnOldBackupIsBroughtToTheCurrentSchema)
{
    const QString fixture = testPath("PARCOURS_SOURCE_DIR") + QStringLiteral("/tests/storage/fixtures/v1.sqlite");
    const QString old = folder.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture, old));
    const auto restored = backups().restore(old, clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->restored.schemaVersion, Store::latestSchemaVersion());
    EXPECT_EQ(sqliteValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::latestSchemaVersion());
    EXPECT_GT(clientsNow(), 0);
}
