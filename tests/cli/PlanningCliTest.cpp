// The schedule from the command line, as a process, on both backends: plan, agenda, log, move, CPF, documents.
#include "PdfProbe.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace parcours;
using namespace parcours::test;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

class PlanningCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = m_database->location().isPostgres() ? m_database->location().display() : m_database->location().path;
    }
    CliResult cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
        environment.remove(QStringLiteral("PARCOURS_DATABASE"));
        // Documents start a QGuiApplication, which wants a private runtime folder (a desktop session has one).
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_database->folder());
        process.setProcessEnvironment(environment);
        process.start(testPath("PARCOURS_CLI"), QStringList { QStringLiteral("--database"), m_url } + arguments);
        if (!process.waitForFinished(60000))
            ADD_FAILURE() << "parcours-cli did not finish";
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }
    CliResult cli(const char* line) { return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)); }
    QString file(const char* name) const { return m_database->folder() + QLatin1Char('/') + QString::fromLatin1(name); }
    /// A CPF bilan (id 1) for Zoé Lefèvre, started on Monday 2 February 2026.
    void seed()
    {
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                          QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") })
                      .exitCode,
            0);
        ASSERT_EQ(cli("bilan open 1 --funding cpf --start 2026-02-02").exitCode, 0);
    }
    QString snapshot()
    {
        return cli("--json bilan show 1").out + cli("--json agenda --from 2026-01-01 --to 2026-12-31").out
            + cli("--json absence list").out + cli("--json cpf due").out;
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(PlanningCliTest, ScheduleAndLogTheEightSessions)
{
    seed();
    const CliResult dry = cli("session plan 1 --from 2026-02-02 --weekday mon --time 14:00 --dry-run");
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Dry run: nothing was saved.")));
    // A start on Easter Monday moves to the next week, and says so.
    const CliResult easter
        = cli("--json session plan 1 --from 2026-04-06 --weekday mon --time 14:00 --count 2 --dry-run");
    ASSERT_EQ(easter.exitCode, 0) << easter.err.toStdString();
    const QJsonObject firstSlot = easter.json().toObject().value(QStringLiteral("sessions")).toArray().at(0).toObject();
    EXPECT_EQ(firstSlot.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-04-13T14:00"));
    EXPECT_EQ(
        firstSlot.value(QStringLiteral("notices")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Moved a week later: Mon 6 Apr is a public holiday (Easter Monday)."));
    EXPECT_TRUE(cli("--json bilan show 1").json().toObject().value(QStringLiteral("sessions")).toArray().isEmpty());

    const CliResult plan = cli("--json session plan 1 --from 2026-02-02 --weekday mon --time 14:00");
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const QJsonArray planned = plan.json().toObject().value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(planned.size(), 8);
    EXPECT_EQ(planned.at(0).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("preliminary"));
    EXPECT_EQ(planned.at(7).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("conclusion"));
    EXPECT_EQ(
        planned.at(7).toObject().value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-03-23T14:00"));

    const QJsonArray week
        = cli("--json agenda --week 2026-W07").json().toObject().value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(week.size(), 1);
    EXPECT_EQ(week.at(0).toObject().value(QStringLiteral("client_name")).toString(), QStringLiteral("Zoé Lefèvre"));
    EXPECT_TRUE(cli("agenda --week 2026-W07").out.contains(QStringLiteral("Zoé Lefèvre")));

    // Logged twice: the second log edits the first.
    ASSERT_EQ(cli({ QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("1"), QStringLiteral("--status"),
                      QStringLiteral("done"), QStringLiteral("--place"), QStringLiteral("office"),
                      QStringLiteral("--attendance"), QStringLiteral("signed"), QStringLiteral("--personal-work"),
                      QStringLiteral("45"), QStringLiteral("--handed-over"),
                      QStringLiteral("Questionnaire « Histoire professionnelle »|Liste de sites") })
                  .exitCode,
        0);
    const CliResult again = cli("--json session log 1 --status done --minutes 160 --personal-work 60");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QJsonObject record = again.json().toObject().value(QStringLiteral("record")).toObject();
    EXPECT_EQ(record.value(QStringLiteral("personal_work_minutes")).toInt(), 60);
    EXPECT_TRUE(record.value(QStringLiteral("attendance_signed")).toBool());
    EXPECT_EQ(record.value(QStringLiteral("handed_over")).toArray().size(), 2);
    const QJsonObject bilan = cli("--json bilan show 1").json().toObject();
    EXPECT_EQ(bilan.value(QStringLiteral("sessions")).toArray().size(), 8);
    EXPECT_EQ(bilan.value(QStringLiteral("total")).toObject().value(QStringLiteral("done_minutes")).toInt(), 160);
    EXPECT_EQ(
        bilan.value(QStringLiteral("total")).toObject().value(QStringLiteral("personal_work_minutes")).toInt(), 60);
    EXPECT_EQ(bilan.value(QStringLiteral("phases"))
                  .toArray()
                  .at(1)
                  .toObject()
                  .value(QStringLiteral("personal_work_minutes"))
                  .toInt(),
        60);

    // Cancelled by the beneficiary, then a session moved, and its replacement moved again.
    EXPECT_EQ(cli("session log 2 --status cancelled --by beneficiary").exitCode, 0);
    const CliResult moved = cli("session move 3 --to 2026-02-19T10:00 --by consultant");
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_EQ(moved.out.trimmed(), QStringLiteral("9"));
    const CliResult twice = cli("session move 9 --to 2026-02-20T10:00");
    ASSERT_EQ(twice.exitCode, 0) << twice.err.toStdString();
    EXPECT_EQ(twice.out.trimmed(), QStringLiteral("10"));
    const QJsonArray agenda = cli("--json agenda --from 2026-02-16 --to 2026-02-22")
                                  .json()
                                  .toObject()
                                  .value(QStringLiteral("sessions"))
                                  .toArray();
    ASSERT_EQ(agenda.size(), 3);
    EXPECT_EQ(agenda.at(0).toObject().value(QStringLiteral("moved_to")).toInt(), 9);
    EXPECT_EQ(agenda.at(1).toObject().value(QStringLiteral("moved_to")).toInt(), 10);
    EXPECT_EQ(agenda.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("planned"));

    // The CPF entry is due three working days after the first session, until declared.
    const QJsonArray due = cli("--json cpf due").json().toArray();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.at(0).toObject().value(QStringLiteral("due_by")).toString(), QStringLiteral("2026-02-05"));
    ASSERT_EQ(cli("cpf declared 1 --entry --date 2026-02-04").exitCode, 0);
    EXPECT_TRUE(cli("--json cpf due").json().toArray().isEmpty());

    // The attendance sheet and the calendar.
    const CliResult pdf = cli({ QStringLiteral("pdf"), QStringLiteral("attendance"), QStringLiteral("1"),
        QStringLiteral("--out"), file("emargement.pdf") });
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const PdfProbe probe(file("emargement.pdf"));
    EXPECT_TRUE(probe.valid());
    EXPECT_TRUE(probe.text().contains(QStringLiteral("Zoé Lefèvre")));
    const CliResult one = cli({ QStringLiteral("pdf"), QStringLiteral("attendance"), QStringLiteral("1"),
        QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--out"), file("seance.pdf") });
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(PdfProbe(file("seance.pdf")).pages(), 1);
    const CliResult ics = cli({ QStringLiteral("ics"), QStringLiteral("--bilan"), QStringLiteral("1"),
        QStringLiteral("--out"), file("bilan.ics") });
    ASSERT_EQ(ics.exitCode, 0) << ics.err.toStdString();
    EXPECT_TRUE(ics.out.contains(QStringLiteral("Wrote 10 event(s)")));
    QFile calendar(file("bilan.ics"));
    ASSERT_TRUE(calendar.open(QIODevice::ReadOnly));
    const QByteArray data = calendar.readAll();
    EXPECT_EQ(data.count("BEGIN:VEVENT"), 10);
    EXPECT_FALSE(data.contains("Lef"));
}

TEST_P(PlanningCliTest, RefusalsAreOneEnglishLineAndChangeNothing)
{
    seed();
    ASSERT_EQ(cli("session plan 1 --from 2026-03-16 --weekday mon --time 14:00 --count 3").exitCode, 0);
    ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);
    const QString before = snapshot();
    struct Case {
        const char* line;
        const char* message;
    };
    const QList<Case> cases {
        { "session plan 1 --from 2026-04-06 --weekday mon --time 14:00 --count 5 --minutes 180",
            "do not fit the phase budgets" },
        { "session plan 1 --from 2026-04-06 --weekday mon --time 14:00 --count 5 --minutes 90", "between 2 h and 3 h" },
        { "session plan 1 --from 2026-03-22 --weekday sun --time 02:30 --count 2", "02:30 does not exist" },
        { "session plan 1 --from 2026-03-17 --weekday tue --time 22:30 --count 2", "after midnight" },
        { "session plan 1 --from 2026-04-06 --weekday monday --time 14:00", "--weekday: expected" },
        { "session plan 1 --from 2026-04-06 --weekday mon --time 25:00", "--time" },
        { "session plan 7 --from 2026-04-06 --weekday mon --time 14:00", "No bilan with id 7" },
        { "session move 2 --to 2026-03-29T02:30", "does not exist" },
        { "session move 1 --to 2026-03-20T10:00", "Only a planned session can be moved" },
        { "session move 2 --to 2026-03-24T22:00", "after midnight" },
        { "session log 2 --status cancelled", "Say who cancelled" },
        { "session log 2 --status moved", "session move" },
        { "session log 2 --status done --place garden", "--place: expected" },
        { "session log 1 --status done --scan /no/such/file.pdf", "--scan" },
        { "agenda --week 2025-W53", "is not an ISO week" },
        { "cpf declared 1 --exit", "once the bilan has ended" },
        { "cpf declared 1 --entry --date 2026-02-09", "before the event" },
        { "cpf declared 1 --entry --date 2026-03-17", "in the future" },
        { "pdf attendance 1 --session 42 --out /tmp/never-written.pdf", "not a session of bilan no. 1" },
        { "absence add --from 2026-05-10 --to 2026-05-01", "ends before it begins" },
    };
    for (const Case& item : cases) {
        const CliResult run = cli(item.line);
        EXPECT_EQ(run.exitCode, 1) << item.line << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(item.message))) << item.line << "\n" << run.err.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << item.line << ": " << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/never-written.pdf")));
    for (const char* line : { "agenda", "agenda --week 2026-W07 --from 2026-02-09 --to 2026-02-15", "cpf declared 1",
             "cpf declared 1 --entry --exit", "session plan 1 --from 2026-04-06 --weekday mon" }) {
        const CliResult run = cli(line);
        EXPECT_EQ(run.exitCode, 2) << line << "\n" << run.err.toStdString();
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_P(PlanningCliTest, ASessionIsLoggedAsHeldWithAWarningWhenThePlannedOnesNoLongerFit)
{
    seed();
    ASSERT_EQ(cli("session plan 1 --from 2026-02-02 --weekday mon --time 14:00").exitCode, 0); // 8 × 2 h 30
    const CliResult first = cli("session log 1 --status done --personal-work 240");
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString(); // 20 h planned + 4 h: exactly 24 h

    // It took 2 h 45: recorded as held, exit 0, and the warning names the planned session to shorten.
    const CliResult longer = cli("session log 2 --status done --minutes 165");
    ASSERT_EQ(longer.exitCode, 0) << longer.err.toStdString();
    EXPECT_TRUE(longer.out.isEmpty()) << longer.out.toStdString();
    EXPECT_EQ(longer.err,
        QStringLiteral("parcours-cli: warning: The sessions still planned no longer fit under the legal cap of 24 h: "
                       "15 min too many. To shorten or cancel: 23 March 2026 (2 h 30).\n"));
    const QJsonArray sessions
        = cli("--json bilan show 1").json().toObject().value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 8);
    EXPECT_EQ(sessions.at(1).toObject().value(QStringLiteral("actual_minutes")).toInt(), 165);

    // Hours done over the cap are still refused, saying what to change, and nothing changes.
    const QString before = snapshot();
    const CliResult refused = cli("session log 2 --status done --minutes 165 --personal-work 1200");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("over the legal cap of 24 h. Declare 5 h 15 less personal work")))
        << refused.err.toStdString();
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1) << refused.err.toStdString();
    EXPECT_EQ(snapshot(), before);
}

PARCOURS_ON_BOTH_BACKENDS(PlanningCliTest);
