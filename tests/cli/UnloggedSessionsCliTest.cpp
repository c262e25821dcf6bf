// Past sessions never logged and sessions planned in an absence, from the command line, on both backends (trial 21).
#include "CliRun.h"

using namespace parcours;
using namespace parcours::test;

namespace {

class UnloggedSessionsCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
    }
    CliRun cli(const char* line, const char* today)
    {
        return runParcoursCli(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts), m_url, today);
    }
    /// Zoé Lefèvre's CPF bilan (1) with eight Monday sessions at 14:00 from 12 January 2026, planned on 5 January.
    void seed()
    {
        ASSERT_EQ(runParcoursCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                                     QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") },
                      m_url, "2026-01-05")
                      .exitCode,
            0);
        ASSERT_EQ(cli("bilan open 1 --funding cpf --start 2026-01-12", "2026-01-05").exitCode, 0);
        const CliRun plan = cli("session plan 1 --from 2026-01-12 --weekday mon --time 14:00 --count 8", "2026-01-05");
        ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(UnloggedSessionsCliTest, RemindersAndComplianceListThePastSessionsNeverLogged)
{
    seed();
    // On Monday 16 February at 9:00, the sessions of 12/01 … 09/02 are past their day: five to log.
    const CliRun reminders = cli("reminders", "2026-02-16T09:00");
    ASSERT_EQ(reminders.exitCode, 0) << reminders.err.toStdString();
    EXPECT_FALSE(reminders.out.contains(QStringLiteral("Nothing due"))) << reminders.out.toStdString();
    EXPECT_TRUE(reminders.out.contains(QStringLiteral("sessions-to-log (5)"))) << reminders.out.toStdString();
    EXPECT_TRUE(reminders.out.contains(QStringLiteral("2026-01-12"))) << reminders.out.toStdString();
    EXPECT_TRUE(reminders.out.contains(QStringLiteral("overdue"))) << reminders.out.toStdString();
    const QJsonArray json = cli("--json reminders", "2026-02-16T09:00").json().toArray();
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json.first()[QStringLiteral("kind")].toString(), QStringLiteral("sessions-to-log"));
    EXPECT_EQ(json.first()[QStringLiteral("sessions")].toInt(), 5);

    const CliRun compliance = cli("compliance 1", "2026-02-16T09:00");
    EXPECT_FALSE(compliance.out.contains(QStringLiteral("In order so far"))) << compliance.out.toStdString();
    EXPECT_TRUE(compliance.out.contains(QStringLiteral("5 past session"))) << compliance.out.toStdString();

    // Logged, they are no longer reminded.
    for (const char* line : { "session log 1 --status done", "session log 2 --status done", "session log 3 --status no-show",
             "session log 4 --status done", "session log 5 --status done" })
        ASSERT_EQ(cli(line, "2026-02-16T09:00").exitCode, 0) << line;
    EXPECT_FALSE(cli("reminders", "2026-02-16T09:00").out.contains(QStringLiteral("sessions-to-log")));
}

TEST_P(UnloggedSessionsCliTest, AnAbsenceOverAPlannedSessionIsAddedSaidAndFlaggedInTheAgenda)
{
    seed();
    const CliRun added = cli("absence add --from 2026-02-16 --to 2026-02-20 --label Vacances", "2026-01-10");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out.trimmed(), QStringLiteral("1")); // the id alone on stdout, as before
    EXPECT_TRUE(added.err.contains(QStringLiteral("1 planned session falls in this absence")))
        << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("2026-02-16 14:00"))) << added.err.toStdString();
    EXPECT_FALSE(added.err.contains(QStringLiteral("Lefèvre"))); // no beneficiary on stderr

    const CliRun agenda = cli("agenda --week 2026-W08", "2026-01-10");
    ASSERT_EQ(agenda.exitCode, 0);
    EXPECT_TRUE(agenda.out.contains(QStringLiteral("during an absence"))) << agenda.out.toStdString();
    const QJsonArray sessions
        = cli("--json agenda --week 2026-W08", "2026-01-10").json()[QStringLiteral("sessions")].toArray();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_TRUE(sessions.first()[QStringLiteral("during_absence")].toBool());
    EXPECT_FALSE(cli("agenda --week 2026-W09", "2026-01-10").out.contains(QStringLiteral("during an absence")));

    // An absence with nothing planned says nothing more.
    const CliRun quiet = cli("absence add --from 2026-04-06 --to 2026-04-10", "2026-01-10");
    ASSERT_EQ(quiet.exitCode, 0);
    EXPECT_TRUE(quiet.err.isEmpty()) << quiet.err.toStdString();
}

PARCOURS_ON_BOTH_BACKENDS(UnloggedSessionsCliTest);
