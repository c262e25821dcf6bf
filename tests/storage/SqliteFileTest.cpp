// What is particular to an SQLite file: its pragmas, and files that are not Parcours databases.
#include "Database.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

DatabaseLocation fileAt(const QString& path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

QVariant pragma(Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

TEST(SqliteFile, EveryConnectionEnforcesForeignKeysInWalWithFullSync)
{
    QTemporaryDir folder;
    auto store = Store::open(fileAt(folder.filePath(QStringLiteral("p.sqlite"))));
    ASSERT_TRUE(store.ok());
    Database& db = store.value()->database();
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(pragma(db, QStringLiteral("application_id")).toLongLong(), Database::kApplicationId);
}

TEST(SqliteFile, AFileThatIsNotADatabaseIsRefusedAndUntouched)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Ceci est un compte rendu, pas une base de données.\n");
    }
    const QByteArray before = digestOf(path);
    const auto result = Store::open(fileAt(path));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotADatabase);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("not a Parcours database")));
    EXPECT_EQ(digestOf(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(SqliteFile, AnotherProgramsDatabaseIsRefusedAndUntouched)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    {
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = digestOf(path);
    const auto result = Store::open(fileAt(path));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotADatabase);
    EXPECT_EQ(digestOf(path), before);
}

TEST(SqliteFile, AMissingFileAndItsFolderAreCreated)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("deep/er/parcours.sqlite"));
    auto store = Store::open(fileAt(path));
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(DatabaseLocationTest, TheDefaultFileIsInTheApplicationDataFolder)
{
    const DatabaseLocation location = DatabaseLocation::defaultLocation();
    EXPECT_FALSE(location.isPostgres());
    EXPECT_TRUE(location.path.endsWith(QStringLiteral("/parcours.sqlite")));
    EXPECT_TRUE(location.path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

TEST(DatabaseLocationTest, PostgresUrlsAreParsedAndShownWithoutPassword)
{
    const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://celine:secret@db.local:5433/cabinet"));
    ASSERT_TRUE(location.ok());
    EXPECT_TRUE(location->isPostgres());
    EXPECT_EQ(location->host, QStringLiteral("db.local"));
    EXPECT_EQ(location->port, 5433);
    EXPECT_EQ(location->user, QStringLiteral("celine"));
    EXPECT_EQ(location->databaseName, QStringLiteral("cabinet"));
    EXPECT_FALSE(location->display().contains(QStringLiteral("secret")));
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://host-only")).ok());
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("  ")).ok());
}

TEST(DatabaseLocationTest, TheEnvironmentChoosesTheDatabaseUnlessTheCommandLineDoes)
{
    qputenv("PARCOURS_DATABASE", "/tmp/from-environment.sqlite");
    EXPECT_EQ(DatabaseLocation::resolve({}).value().path, QStringLiteral("/tmp/from-environment.sqlite"));
    EXPECT_EQ(DatabaseLocation::resolve(QStringLiteral("/tmp/given.sqlite")).value().path,
              QStringLiteral("/tmp/given.sqlite"));
    qunsetenv("PARCOURS_DATABASE");
}
