// `parcours-cli demo`: invented beneficiaries for demonstrations and benchmarks, the same for the same seed, only
// ever into an empty database, on both backends.
#include "CliRun.h"

#include <QRegularExpression>
#include <QSet>

using namespace parcours;
using namespace parcours::test;

namespace {

class DemoCliTest : public ::testing::TestWithParam<Backend> {
protected:
    std::unique_ptr<TestDatabase> database()
    {
        QString error;
        auto created = TestDatabase::create(GetParam(), &error);
        EXPECT_TRUE(created) << error.toStdString();
        return created;
    }
    static CliRun cli(const std::unique_ptr<TestDatabase>& database, const QString& line)
    {
        return runParcoursCli(line.split(u' '), databaseArgument(database->location()), "2026-11-28");
    }
};

TEST_P(DemoCliTest, TheSameSeedGivesTheSameBeneficiariesBilansAndSessions)
{
    auto first = database();
    auto second = database();
    ASSERT_TRUE(first && second);
    const CliRun made = cli(first, QStringLiteral("--json demo --clients 60 --seed 11"));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    ASSERT_EQ(cli(second, QStringLiteral("--json demo --clients 60 --seed 11")).exitCode, 0);

    const QJsonObject counts = made.json().toObject();
    EXPECT_EQ(counts.value(u"clients").toInt(), 60);
    EXPECT_GE(counts.value(u"bilans").toInt(), 50);
    // About nine sessions per bilan; a bilan given up early has fewer.
    EXPECT_GE(counts.value(u"sessions").toInt(), 7 * counts.value(u"bilans").toInt());
    EXPECT_LE(counts.value(u"sessions").toInt(), 9 * counts.value(u"bilans").toInt());

    const CliRun list = cli(first, QStringLiteral("--json client list"));
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().toArray().size(), 60);
    EXPECT_EQ(list.out, cli(second, QStringLiteral("--json client list")).out);
    EXPECT_EQ(cli(first, QStringLiteral("--json session list --bilan 5")).out,
              cli(second, QStringLiteral("--json session list --bilan 5")).out);

    // French names, accents and all; every status of the list is there.
    QSet<QString> phases;
    bool accented = false;
    for (const QJsonValue& row : list.json().toArray()) {
        phases.insert(row[u"phase"].toString());
        accented = accented || row[u"last_name"].toString().contains(QRegularExpression(QStringLiteral("[éèêëïîôâœ]")))
            || row[u"first_name"].toString().contains(QRegularExpression(QStringLiteral("[éèêëïîôâ]")));
    }
    EXPECT_TRUE(accented);
    EXPECT_GE(phases.size(), 3) << QStringList(phases.values()).join(u',').toStdString();

    const CliRun other = [&] {
        auto third = database();
        EXPECT_EQ(cli(third, QStringLiteral("demo --clients 60 --seed 12")).exitCode, 0);
        return cli(third, QStringLiteral("--json client list"));
    }();
    EXPECT_NE(other.out, list.out);
}

TEST_P(DemoCliTest, ANonEmptyDatabaseIsRefusedAndLeftAlone)
{
    auto target = database();
    ASSERT_TRUE(target);
    ASSERT_EQ(cli(target, QStringLiteral("demo --clients 3")).exitCode, 0);
    const QString before = cli(target, QStringLiteral("--json client list")).out;
    const CliRun again = cli(target, QStringLiteral("demo --clients 3"));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("empty database"))) << again.err.toStdString();
    EXPECT_EQ(cli(target, QStringLiteral("--json client list")).out, before);
    EXPECT_EQ(cli(target, QStringLiteral("demo --clients none")).exitCode, 2);
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, DemoCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
