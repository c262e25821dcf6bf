// The schema on both backends: created at the latest version, reopened without change, newer ones refused.
#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class SchemaTest : public StoreTest {};

} // namespace

TEST_P(SchemaTest, ANewDatabaseIsAtTheLatestVersion)
{
    EXPECT_GE(Store::latestSchemaVersion(), 1);
    EXPECT_EQ(store().schemaVersion(), Store::latestSchemaVersion());
}

TEST_P(SchemaTest, ReopeningDoesNotMigrateAgain)
{
    m_store.reset();
    auto again = database().open();
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value()->schemaVersion(), Store::latestSchemaVersion());
}

TEST_P(SchemaTest, ADatabaseFromANewerParcoursIsRefusedAndLeftAsItWas)
{
    const int newer = Store::latestSchemaVersion() + 1;
    Database& db = store().database();
    const QString bump = db.isPostgres() ? QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)
                                         : QStringLiteral("PRAGMA user_version = %1").arg(newer);
    ASSERT_TRUE(execStatement(db, bump).ok());
    m_store.reset();
    const auto refused = database().open();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer version of Parcours")));
    auto raw = Database::open(database().location());
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(Migrator(*raw.value()).currentVersion().value(), newer);
}

TEST_P(SchemaTest, EveryMigrationStatementIsKeptWhole)
{
    auto steps = Migrator(store().database()).migrations();
    ASSERT_TRUE(steps.ok());
    ASSERT_FALSE(steps->isEmpty());
    for (const Migration& step : steps.value()) {
        for (const QString& statement : step.statements) {
            EXPECT_FALSE(statement.trimmed().isEmpty()) << step.name.toStdString();
            EXPECT_FALSE(statement.contains(QStringLiteral("{{"))) << statement.toStdString();
        }
    }
}

PARCOURS_ON_BOTH_BACKENDS(SchemaTest);

TEST(MigrationScript, TriggersAndDialectTagsAreSplitCorrectly)
{
    const QString script = QStringLiteral(
        "-- a comment\n"
        "CREATE TABLE a (x INTEGER);\n"
        "-- @sqlite\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  UPDATE a SET x = 1;\n"
        "END;\n"
        "-- @postgresql\n"
        "CREATE INDEX pg_only ON a (x);\n"
        "CREATE INDEX both ON a (x);\n");
    const QStringList sqlite = Migrator::splitStatements(script, false);
    ASSERT_EQ(sqlite.size(), 3);
    EXPECT_TRUE(sqlite[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(sqlite[1].contains(QStringLiteral("UPDATE a SET x = 1;")));
    const QStringList postgres = Migrator::splitStatements(script, true);
    ASSERT_EQ(postgres.size(), 3);
    EXPECT_EQ(postgres[1], QStringLiteral("CREATE INDEX pg_only ON a (x)"));
}
