// The compliance checks from the command line, on both backends.
#include "CliRun.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class ComplianceCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
    }
    CliRun cli(const char* line)
    {
        return runParcoursCli(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts), m_url, "2026-01-26");
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

QJsonObject checkOf(const QJsonValue& json, const char* key)
{
    for (const QJsonValue& check : json[QStringLiteral("checks")].toArray())
        if (check[QStringLiteral("check")].toString() == QString::fromLatin1(key))
            return check.toObject();
    return {};
}

TEST_P(ComplianceCliTest, PrintsEachCheckWithWhatIsMissingAndWhereToFixIt)
{
    ASSERT_EQ(cli("client add --last-name Roussel --first-name Maxime").exitCode, 0);
    ASSERT_EQ(cli("bilan open 1 --funding employer --start 2026-01-12").exitCode, 0);
    ASSERT_EQ(cli("session add 1 --phase preliminary --at 2026-01-12T14:00 --minutes 120").exitCode, 0);
    ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);

    const CliRun json = cli("--json compliance 1");
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.json()[QStringLiteral("missing")].toInt(), 1);
    const QJsonObject agreement = checkOf(json.json(), "agreement");
    EXPECT_EQ(agreement[QStringLiteral("state")].toString(), QStringLiteral("missing"));
    EXPECT_EQ(agreement[QStringLiteral("fix")].toString(), QStringLiteral("agreement"));
    EXPECT_TRUE(agreement[QStringLiteral("detail")].toString().contains(QStringLiteral("without a signed agreement")));
    EXPECT_EQ(checkOf(json.json(), "cpf")[QStringLiteral("state")].toString(), QStringLiteral("not-applicable"));
    EXPECT_EQ(checkOf(json.json(), "hours-cap")[QStringLiteral("state")].toString(), QStringLiteral("met"));

    const CliRun table = cli("compliance 1");
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("STATE"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("1 point(s) to fix"))) << table.out.toStdString();

    const CliRun help = cli("--help");
    EXPECT_TRUE(help.out.contains(QStringLiteral("compliance BILAN_ID"))) << help.out.toStdString();
}

TEST_P(ComplianceCliTest, AnUnknownBilanFailsWithOneLine)
{
    const CliRun run = cli("compliance 99");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
    EXPECT_EQ(cli("compliance abc").exitCode, 2);
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(ComplianceCliTest);
