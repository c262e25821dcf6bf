// The data inventory against the real schema, on both backends: every table a migration creates is classified, and
// destruction empties every content table of the bilan, the follow-up notes and evaluation comments included.
#include "PersonFixture.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include "Database.h"
#include "SqlQuery.h"

#include <parcours/core/DataInventory.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/RetentionService.h>

using namespace parcours;
using namespace parcours::test;

namespace {

class DataInventoryStoreTest : public StoreTest {
protected:
    QStringList schemaTables()
    {
        const QString statement = store().database().isPostgres()
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1");
        SqlQuery query(store().database(), statement);
        EXPECT_TRUE(query.exec().ok());
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        return tables;
    }
    int rowsOf(const QString& table)
    {
        SqlQuery query(store().database(), QStringLiteral("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(query.exec().ok()) << table.toStdString();
        return query.next() ? query.value(0).toInt() : -1;
    }
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
};

TEST_P(DataInventoryStoreTest, EveryTableOfAFreshlyMigratedDatabaseIsClassifiedWithItsReason)
{
    const QStringList tables = schemaTables();
    ASSERT_GE(tables.size(), 45);
    for (const QString& table : tables) {
        const TableRole* role = DataInventory::find(table);
        ASSERT_TRUE(role) << table.toStdString() << " is not classified in src/core/DataInventory.cpp";
        EXPECT_GT(qstrlen(role->why), 10u) << table.toStdString() << " has no reason written";
        if (role->role == DataRole::Content) {
            EXPECT_TRUE(role->kind.has_value()) << table.toStdString();
        }
    }
    // Every content table named by a kind exists, so destruction never skips one by a typo.
    for (ContentKind kind : kAllContentKinds) {
        for (const QString& table : DataInventory::tablesOf(kind))
            EXPECT_TRUE(tables.contains(table)) << table.toStdString();
    }
}

TEST_P(DataInventoryStoreTest, DestructionEmptiesEveryContentTableAndKeepsTheScores)
{
    const FilledPerson person = fillPerson(store(), clock);
    EXPECT_EQ(rowsOf(QStringLiteral("follow_up_note")), 1);
    EXPECT_EQ(rowsOf(QStringLiteral("evaluation_comment")), 1);
    const QMap<ContentKind, int> before = store().retention().contentRows(person.bilanId).value();
    EXPECT_EQ(before.value(ContentKind::FollowUpNotes), 1);
    EXPECT_EQ(before.value(ContentKind::EvaluationComments), 1);

    RetentionService retention(store(), clock);
    QList<ContentKind> all(kAllContentKinds.begin(), kAllContentKinds.end());
    auto destroyed = retention.destroy(person.bilanId, all, QStringLiteral("Céline Leca"));
    ASSERT_TRUE(destroyed.ok()) << destroyed.error().message.toStdString();
    for (const TableRole& role : DataInventory::tables()) {
        if (role.role == DataRole::Content) {
            EXPECT_EQ(rowsOf(role.table), 0) << role.table.toStdString();
        }
    }
    const auto evaluation = QualityService(store(), clock).evaluation(person.bilanId, EvaluationKind::End).value();
    ASSERT_TRUE(evaluation.has_value());
    EXPECT_EQ(evaluation->scores.value(QStringLiteral("q1")), 5); // anonymous scores are proof
    EXPECT_TRUE(evaluation->comment.isEmpty());
    if (GetParam() == Backend::Sqlite) {
        EXPECT_FALSE(sqliteFilesHold(database().location().path, kPersonMarker));
    }
}

PARCOURS_ON_BOTH_BACKENDS(DataInventoryStoreTest);

} // namespace
