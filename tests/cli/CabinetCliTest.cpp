// `parcours-cli cabinet …`: an administrator sets a cabinet up on PostgreSQL, imports a solo file and reassigns.
#include "CliRun.h"

#include <QFile>
#include <QUuid>

#include <gmock/gmock.h>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class CabinetCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(Backend::Postgres, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        alice = u"alice"_s + suffix;
        bob = u"bob"_s + suffix;
    }
    void TearDown() override
    {
        m_database.reset();
        QString ignored;
        for (const QString& login : { alice, bob })
            TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login), &ignored);
    }
    CliRun cli(const QStringList& arguments, const QString& user = {}) const
    {
        DatabaseLocation location = m_database->location();
        if (!user.isEmpty())
            location.user = user;
        return runParcoursCli(arguments, location.display(), "2026-11-28");
    }

    QString alice;
    QString bob;
    std::unique_ptr<TestDatabase> m_database;
};

TEST(CabinetCliOnSqlite, InitIsRefusedOnAnSqliteFileWhichIsNotCreated)
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"solo.sqlite"_s);
    const CliRun run = runParcoursCli({ u"cabinet"_s, u"init"_s }, file, "2026-11-28");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err.toStdString(), ::testing::HasSubstr("PostgreSQL"));
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(CabinetCliTest, AnAdministratorSetsUpImportsAndReassigns)
{
    ASSERT_EQ(cli({ u"cabinet"_s, u"init"_s }).exitCode, 0);
    const CliRun again = cli({ u"cabinet"_s, u"init"_s });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    ASSERT_EQ(cli({ u"cabinet"_s, u"add-consultant"_s, alice, u"--name"_s, u"Alice Martin"_s }).exitCode, 0);
    ASSERT_EQ(cli({ u"cabinet"_s, u"add-consultant"_s, bob, u"--name"_s, u"Bob Durand"_s }).exitCode, 0);

    // A consultant's solo file, filled with invented beneficiaries.
    QTemporaryDir folder;
    const QString solo = folder.filePath(u"solo.sqlite"_s);
    ASSERT_EQ(runParcoursCli({ u"demo"_s, u"--clients"_s, u"30"_s }, solo, "2026-11-28").exitCode, 0);
    const CliRun imported = cli({ u"--json"_s, u"cabinet"_s, u"import"_s, solo, u"--as"_s, alice });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonArray tables = imported.json().toArray();
    ASSERT_FALSE(tables.isEmpty());
    EXPECT_EQ(tables.first().toObject().value(u"table"_s).toString(), u"client"_s);
    EXPECT_EQ(tables.first().toObject().value(u"rows"_s).toInt(), 30);

    // Alice sees her 30 beneficiaries; Bob none of them.
    const CliRun aliceList = cli({ u"--json"_s, u"client"_s, u"list"_s }, alice);
    ASSERT_EQ(aliceList.exitCode, 0) << aliceList.err.toStdString();
    EXPECT_EQ(aliceList.json().toArray().size(), 30);
    EXPECT_EQ(cli({ u"--json"_s, u"client"_s, u"list"_s }, bob).json().toArray().size(), 0);

    const CliRun moved = cli({ u"cabinet"_s, u"reassign"_s, alice, bob });
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_THAT(moved.out.toStdString(), ::testing::HasSubstr("Reassigned 30 beneficiaries"));
    EXPECT_EQ(cli({ u"--json"_s, u"client"_s, u"list"_s }, bob).json().toArray().size(), 30);
    const CliRun listed = cli({ u"cabinet"_s, u"list"_s });
    EXPECT_THAT(listed.out.toStdString(), ::testing::ContainsRegex(bob.toStdString() + " +consultant +30 +Bob Durand"));
}

TEST_F(CabinetCliTest, EveryRefusalSaysWhyAndChangesNothing)
{
    ASSERT_EQ(cli({ u"cabinet"_s, u"init"_s }).exitCode, 0);
    ASSERT_EQ(cli({ u"cabinet"_s, u"add-consultant"_s, alice, u"--name"_s, u"Alice"_s }).exitCode, 0);

    const CliRun notAdmin = cli({ u"cabinet"_s, u"init"_s }, alice);
    EXPECT_EQ(notAdmin.exitCode, 1);
    EXPECT_THAT(notAdmin.err.toStdString(), ::testing::HasSubstr("may not create roles"));
    const CliRun badLogin = cli({ u"cabinet"_s, u"add-consultant"_s, u"Robert'); DROP"_s, u"--name"_s, u"X"_s });
    EXPECT_EQ(badLogin.exitCode, 1);
    EXPECT_THAT(badLogin.err.toStdString(), ::testing::HasSubstr("not a valid login"));
    const CliRun missing = cli({ u"cabinet"_s, u"import"_s, u"/nonexistent/solo.sqlite"_s, u"--as"_s, alice });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err.toStdString(), ::testing::HasSubstr("does not exist"));
    const CliRun unknown = cli({ u"cabinet"_s, u"reassign"_s, alice, u"nobody"_s });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(unknown.err.toStdString(), ::testing::HasSubstr("not a consultant"));
    const CliRun listed = cli({ u"--json"_s, u"cabinet"_s, u"list"_s });
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_EQ(listed.json().toArray().size(), 1);
}

} // namespace
