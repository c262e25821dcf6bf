// Ending bilans, follow-ups and reminders from the command line, as a process, on both backends.
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace parcours;
using namespace parcours::test;

namespace {

struct CliOutput {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

class FollowUpCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = m_database->location().isPostgres() ? m_database->location().display() : m_database->location().path;
    }
    CliOutput cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PARCOURS_TODAY"), m_today);
        environment.remove(QStringLiteral("PARCOURS_DATABASE"));
        process.setProcessEnvironment(environment);
        process.start(testPath("PARCOURS_CLI"), QStringList { QStringLiteral("--database"), m_url } + arguments);
        if (!process.waitForFinished(60000))
            ADD_FAILURE() << "parcours-cli did not finish";
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }
    CliOutput cli(const char* line) { return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)); }
    /// Bilans 1 (Zoé Lefèvre) and 2 (Loïc Çelik), started in January 2026.
    void seed()
    {
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                          QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") })
                      .exitCode,
            0);
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                          QStringLiteral("Çelik"), QStringLiteral("--first-name"), QStringLiteral("Loïc") })
                      .exitCode,
            0);
        ASSERT_EQ(cli("bilan open 1 --funding personal --start 2026-01-12").exitCode, 0);
        ASSERT_EQ(cli("bilan open 2 --funding personal --start 2026-01-19").exitCode, 0);
    }
    QString snapshot() { return cli("--json bilan show 1").out + cli("--json reminders --due-before 2030-01-01").out; }

    QString m_today = QStringLiteral("2026-09-01");
    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(FollowUpCliTest, ClosingOrAbandoningSaysWhichContentIsDueForDestruction)
{
    seed();
    ASSERT_EQ(cli("session add 1 --phase conclusion --at 2026-08-31T10:00 --minutes 60").exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("--status"),
                  QStringLiteral("done"), QStringLiteral("--notes"), QStringLiteral("Souhaite se former") })
                  .exitCode,
        0);
    ASSERT_EQ(cli("session add 2 --phase preliminary --at 2026-02-02T10:00 --minutes 60").exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("2"), QStringLiteral("--status"),
                  QStringLiteral("done"), QStringLiteral("--notes"), QStringLiteral("Hésite encore") })
                  .exitCode,
        0);

    const CliOutput closed = cli("bilan close 1");
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    EXPECT_EQ(closed.out, QStringLiteral("Bilan 1 closed on 2026-08-31; follow-up due on 2027-02-28\n"
                                         "Its content (session notes) is due for destruction from 2026-08-31 unless the "
                                         "beneficiary consents in writing to keep it (R6313-7): see 'parcours-cli "
                                         "retention 1'.\n"));
    const CliOutput abandoned = cli({ QStringLiteral("bilan"), QStringLiteral("abandon"), QStringLiteral("2"),
        QStringLiteral("--reason"), QStringLiteral("A trouvé un emploi"), QStringLiteral("--date"),
        QStringLiteral("2026-03-02") });
    ASSERT_EQ(abandoned.exitCode, 0) << abandoned.err.toStdString();
    EXPECT_TRUE(abandoned.out.endsWith(QStringLiteral("Its content (session notes) is due for destruction from "
                                                      "2026-03-02 unless the beneficiary consents in writing to keep "
                                                      "it (R6313-7): see 'parcours-cli retention 2'.\n")))
        << abandoned.out.toStdString();
    // Nothing of the beneficiary's in the message: the names of the kinds only.
    EXPECT_FALSE(closed.out.contains(QStringLiteral("former")));
}

TEST_P(FollowUpCliTest, CloseAbandonAndTheRemindersThatFollow)
{
    seed();
    ASSERT_EQ(cli("session add 1 --phase conclusion --at 2026-08-31T10:00 --minutes 60").exitCode, 0);
    ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);
    EXPECT_EQ(cli("--json bilan show 1").json()[QStringLiteral("status")].toString(),
        QStringLiteral("open")); // logging never closes a bilan

    const CliOutput closed = cli("bilan close 1");
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    EXPECT_EQ(closed.out, QStringLiteral("Bilan 1 closed on 2026-08-31; follow-up due on 2027-02-28\n"));
    const CliOutput abandoned = cli({ QStringLiteral("--json"), QStringLiteral("bilan"), QStringLiteral("abandon"),
        QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("A trouvé un emploi"), QStringLiteral("--date"),
        QStringLiteral("2026-08-15") });
    ASSERT_EQ(abandoned.exitCode, 0) << abandoned.err.toStdString();
    EXPECT_EQ(abandoned.json()[QStringLiteral("reason")].toString(), QStringLiteral("A trouvé un emploi"));

    EXPECT_EQ(cli("reminders").out, QStringLiteral("Nothing due before 2026-10-02.\n"));
    m_today = QStringLiteral("2027-03-02");
    const CliOutput table = cli("reminders");
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("2027-02-28  follow-up  1      Zoé Lefèvre  overdue")))
        << table.out.toStdString();
    const QJsonArray items = cli("--json reminders --due-before 2027-02-28").json().toArray();
    EXPECT_TRUE(items.isEmpty()); // exclusive
    const QJsonArray due = cli("--json reminders --due-before 2027-03-01").json().toArray();
    ASSERT_EQ(due.size(), 1);
    const QJsonObject item = due[0].toObject();
    EXPECT_EQ(item[QStringLiteral("kind")].toString(), QStringLiteral("follow-up"));
    EXPECT_EQ(item[QStringLiteral("bilan_id")].toInt(), 1);
    EXPECT_EQ(item[QStringLiteral("client_name")].toString(), QStringLiteral("Zoé Lefèvre"));
    EXPECT_EQ(item[QStringLiteral("due_date")].toString(), QStringLiteral("2027-02-28"));
}

TEST_P(FollowUpCliTest, RecordAttemptsMoveAndSettleTheFollowUp)
{
    seed();
    ASSERT_EQ(cli("bilan close 1 --date 2026-03-02").exitCode, 0);
    const CliOutput moved = cli("--json follow-up 1 --move-to 2026-10-05");
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(moved.json()[QStringLiteral("due_date")].toString(), QStringLiteral("2026-10-05"));
    EXPECT_TRUE(moved.json()[QStringLiteral("moved")].toBool());
    EXPECT_EQ(cli("--json reminders").json().toArray().size(), 0);
    ASSERT_EQ(cli("follow-up 1 --attempt 2026-08-28 --channel sms").exitCode, 0);
    const CliOutput settled = cli({ QStringLiteral("--json"), QStringLiteral("follow-up"), QStringLiteral("1"),
        QStringLiteral("--declined"), QStringLiteral("--notes"), QStringLiteral("Ne souhaite pas d'entretien.") });
    ASSERT_EQ(settled.exitCode, 0) << settled.err.toStdString();
    const QJsonObject record = settled.json().toObject();
    EXPECT_EQ(record[QStringLiteral("outcome")].toString(), QStringLiteral("declined"));
    EXPECT_EQ(record[QStringLiteral("outcome_date")].toString(), QStringLiteral("2026-09-01"));
    EXPECT_EQ(record[QStringLiteral("attempts")].toArray().size(), 1);
    EXPECT_EQ(cli("follow-up 1").out,
        QStringLiteral("Follow-up of bilan 1: due on 2026-10-05 (moved), declined on 2026-09-01\n"
                       "  attempt on 2026-08-28 by sms\n"));
}

TEST_P(FollowUpCliTest, RefusalsSayWhyInEnglishAndChangeNothing)
{
    seed();
    ASSERT_EQ(cli("bilan close 1 --date 2026-03-02").exitCode, 0);
    const QString before = snapshot();
    struct Case {
        const char* line;
        const char* message;
    };
    const Case cases[] = {
        { "bilan close 1", "Bilan no. 1 is already closed.\n" },
        { "bilan close 99", "" },
        { "bilan close 2 --date 2026-02-30", "--date: '2026-02-30' is not a date (expected YYYY-MM-DD)\n" },
        { "bilan close 2 --date 2026-09-02", "The end of a bilan cannot be dated in the future.\n" },
        { "bilan abandon 1 --reason Moved", "Bilan no. 1 is already closed.\n" },
        { "follow-up 2 --done", "Bilan no. 2 is not closed yet: its follow-up comes after its end.\n" },
        { "follow-up 1 --done --date 2026-13-01", "--date: '2026-13-01' is not a date (expected YYYY-MM-DD)\n" },
        { "follow-up 1 --attempt 2026-08-01 --channel pigeon",
            "--channel: expected phone|email|letter|sms, not 'pigeon'\n" },
        { "follow-up 99 --done", "" },
        { "reminders --due-before tomorrow", "--due-before: 'tomorrow' is not a date (expected YYYY-MM-DD)\n" },
    };
    for (const Case& c : cases) {
        const CliOutput run = cli(c.line);
        EXPECT_EQ(run.exitCode, 1) << c.line;
        EXPECT_TRUE(run.out.isEmpty()) << c.line;
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << c.line << ": " << run.err.toStdString();
        if (*c.message) {
            EXPECT_EQ(run.err, QStringLiteral("parcours-cli: ") + QString::fromUtf8(c.message)) << c.line;
        }
    }
    EXPECT_EQ(cli("bilan abandon 2").exitCode, 2); // --reason is required
    EXPECT_EQ(cli("follow-up 1 --done --declined").exitCode, 2);
    EXPECT_EQ(snapshot(), before);
}

PARCOURS_ON_BOTH_BACKENDS(FollowUpCliTest);
