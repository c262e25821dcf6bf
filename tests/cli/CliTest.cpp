// parcours-cli as a process, as scripts and the consultant use it, on both backends.
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include "Database.h"

using namespace parcours;
using namespace parcours::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

CliRun runCli(const QStringList& arguments, const QString& database = {}, const QByteArray& today = "2026-02-10")
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QString::fromLatin1(today));
    environment.remove(QStringLiteral("PARCOURS_DATABASE"));
    process.setProcessEnvironment(environment);
    QStringList all;
    if (!database.isEmpty())
        all << QStringLiteral("--database") << database;
    all << arguments;
    process.start(testPath("PARCOURS_CLI"), all);
    if (!process.waitForFinished(30000))
        ADD_FAILURE() << "parcours-cli did not run: " << process.errorString().toStdString()
                      << " (PARCOURS_CLI=" << testPath("PARCOURS_CLI").toStdString() << ")";
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString urlOf(const DatabaseLocation& location)
{
    return location.isPostgres() ? location.display() : location.path;
}

class CliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = urlOf(m_database->location());
    }
    CliRun cli(const QStringList& arguments) { return runCli(arguments, m_url); }
    CliRun cli(const char* line) { return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)); }
    /// Everything a consultant could see of the data, to prove a refused command changed nothing.
    QString snapshot()
    {
        return cli("--json client list").out + cli("--json session list").out + cli("--json bilan show 1").out;
    }
    /// A beneficiary with an open bilan (id 1) and one planned session (id 1).
    void seed()
    {
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                        QStringLiteral("Lefèvre-O'Brien"), QStringLiteral("--first-name"), QStringLiteral("Zoé") })
                      .out.trimmed(),
                  QStringLiteral("1"));
        ASSERT_EQ(cli("bilan open 1 --funding employer --start 2026-01-12").out.trimmed(), QStringLiteral("1"));
        ASSERT_EQ(cli("session add 1 --phase preliminary --at 2026-01-19T14:00 --minutes 180").out.trimmed(),
                  QStringLiteral("1"));
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(CliTest, TheWholeLoopFromBeneficiaryToLoggedSession)
{
    seed();
    const CliRun log = cli({ QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("1"),
                          QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--minutes"),
                          QStringLiteral("170"), QStringLiteral("--notes"), QStringLiteral("Hauts et bas du parcours") });
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    ASSERT_EQ(cli("session add 1 --phase investigation --at 2026-01-26T14:00 --minutes 150").exitCode, 0);

    const CliRun show = cli("bilan show 1 --json");
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject bilan = show.json().toObject();
    EXPECT_EQ(bilan.value(QStringLiteral("funding")).toString(), QStringLiteral("employer"));
    EXPECT_EQ(bilan.value(QStringLiteral("current_phase")).toString(), QStringLiteral("investigation"));
    const QJsonObject preliminary = bilan.value(QStringLiteral("phases")).toArray().at(1).toObject();
    EXPECT_EQ(preliminary.value(QStringLiteral("budget_minutes")).toInt(), 180);
    EXPECT_EQ(preliminary.value(QStringLiteral("planned_minutes")).toInt(), 180);
    EXPECT_EQ(preliminary.value(QStringLiteral("done_minutes")).toInt(), 170);
    const QJsonObject total = bilan.value(QStringLiteral("total")).toObject();
    EXPECT_EQ(total.value(QStringLiteral("done_minutes")).toInt(), 170);
    EXPECT_EQ(total.value(QStringLiteral("planned_minutes")).toInt(), 330);
    EXPECT_EQ(total.value(QStringLiteral("cap_minutes")).toInt(), 1440);
    const QJsonArray sessions = bilan.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.at(0).toObject().value(QStringLiteral("notes")).toString(),
              QStringLiteral("Hauts et bas du parcours"));

    const CliRun table = cli("bilan show 1");
    EXPECT_TRUE(table.out.contains(QStringLiteral("2 h 50 done"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Zoé Lefèvre-O'Brien")));

    const QJsonArray clients = cli("--json client list --search lefevre").json().toArray();
    ASSERT_EQ(clients.size(), 1);
    EXPECT_EQ(clients.at(0).toObject().value(QStringLiteral("done_minutes")).toInt(), 170);
    EXPECT_EQ(clients.at(0).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("investigation"));
}

TEST_P(CliTest, OptionsMayComeBeforeOrAfterTheCommandWords)
{
    seed();
    const CliRun before = runCli({ QStringLiteral("--json"), QStringLiteral("--database"), m_url,
                                QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1") });
    const CliRun after = runCli({ QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1"),
                               QStringLiteral("--database"), m_url, QStringLiteral("--json") });
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_EQ(before.out, after.out);
    EXPECT_EQ(before.json().toObject().value(QStringLiteral("first_name")).toString(), QStringLiteral("Zoé"));
    EXPECT_EQ(cli("--json session add 1 --phase investigation --at 2026-01-26T14:00 --minutes 150")
                  .json()
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toInt(),
              2);
}

TEST_P(CliTest, SessionListIncludesBothEndsOfTheRange)
{
    seed();
    cli("session add 1 --phase investigation --at 2026-01-26T09:00 --minutes 150");
    cli("session add 1 --phase investigation --at 2026-02-02T18:30 --minutes 150");
    const QJsonArray range = cli("--json session list --from 2026-01-26 --to 2026-02-02").json().toArray();
    ASSERT_EQ(range.size(), 2);
    EXPECT_EQ(range.at(1).toObject().value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-02-02T18:30"));
    EXPECT_FALSE(range.at(0).toObject().contains(QStringLiteral("notes")));
}

TEST_P(CliTest, BadInputIsRefusedInEnglishWithExitOneAndChangesNothing)
{
    seed();
    const QString before = snapshot();
    struct Case {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases {
        { { QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("42"), QStringLiteral("--status"),
            QStringLiteral("done") },
          QStringLiteral("No session with id 42") },
        { QString::fromLatin1("bilan show 9").split(QLatin1Char(' ')), QStringLiteral("No bilan with id 9") },
        { QString::fromLatin1("session add 1 --phase investigation --at 2026-02-30T14:00 --minutes 150")
              .split(QLatin1Char(' ')),
          QStringLiteral("not a date and time") },
        { QString::fromLatin1("session add 1 --phase investigation --at 2026-02-03T14:00 --minutes -20")
              .split(QLatin1Char(' ')),
          QStringLiteral("not a number of minutes") },
        { QString::fromLatin1("session add 1 --phase lunch --at 2026-02-03T14:00 --minutes 60").split(QLatin1Char(' ')),
          QStringLiteral("--phase: expected") },
        { QString::fromLatin1("session add 1 --phase investigation --at 2026-02-03T14:00 --minutes 5")
              .split(QLatin1Char(' ')),
          QStringLiteral("A session lasts between") },
        { QString::fromLatin1("session log 1 --status done --minutes -1").split(QLatin1Char(' ')),
          QStringLiteral("not a number of minutes") },
        { QString::fromLatin1("bilan open 1").split(QLatin1Char(' ')), QStringLiteral("already has a bilan in progress") },
        { QString::fromLatin1("client show abc").split(QLatin1Char(' ')), QStringLiteral("not a valid client id") },
        { QString::fromLatin1("bilan open 1 --start 12/01/2026").split(QLatin1Char(' ')),
          QStringLiteral("not a date") },
        { QString::fromLatin1("settings set consultant.siret 123").split(QLatin1Char(' ')),
          QStringLiteral("14 digits") },
        { QString::fromLatin1("settings get no.such.key").split(QLatin1Char(' ')), QStringLiteral("unknown setting") },
    };
    for (const Case& item : cases) {
        const CliRun run = cli(item.arguments);
        EXPECT_EQ(run.exitCode, 1) << item.arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(item.message)) << run.err.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << "one line: " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_P(CliTest, UsageErrorsExitWithTwo)
{
    for (const char* line : { "frobnicate", "client add --first-name Zoé", "client show", "client show 1 2",
                              "client list --colour red", "session log 1" }) {
        const CliRun run = cli(line);
        EXPECT_EQ(run.exitCode, 2) << line;
        EXPECT_FALSE(run.err.isEmpty()) << line;
    }
    // An option's value of two words, not quoted: the second is named as the argument too many.
    const CliRun unquoted = cli({ QStringLiteral("session"), QStringLiteral("log"), QStringLiteral("1"),
                                  QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--handed-over"),
                                  QStringLiteral("Questionnaire"), QStringLiteral("RIASEC") });
    EXPECT_EQ(unquoted.exitCode, 2);
    EXPECT_TRUE(unquoted.err.contains(QStringLiteral("'RIASEC' is one argument too many (quote a value that has "
                                                     "spaces)")))
        << unquoted.err.toStdString();
    const CliRun nothing = runCli({});
    EXPECT_EQ(nothing.exitCode, 2);
    const CliRun help = runCli({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("session log SESSION_ID --status")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("The standard KEYs: circumstances, path, personal, options, project, "
                                                 "plan-b, action-plan, conclusion; a new KEY adds a section")))
        << "synthesis set names the keys it knows";
    // PARCOURS_TODAY takes a date, or a date and a start time: the help and the refusal say both.
    EXPECT_TRUE(help.out.contains(QStringLiteral("PARCOURS_TODAY=YYYY-MM-DD fixes today's date; "
                                                 "PARCOURS_TODAY=YYYY-MM-DDTHH:MM also the time of")))
        << help.out.toStdString();
    const CliRun started = runCli({ QStringLiteral("client"), QStringLiteral("list") }, m_url, "2026-03-18T09:00");
    EXPECT_EQ(started.exitCode, 0) << started.err.toStdString();
}

TEST_P(CliTest, SettingsAreReadAndWrittenByKey)
{
    EXPECT_EQ(cli("settings get timezone").out.trimmed(), QStringLiteral("Europe/Paris"));
    ASSERT_EQ(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.name"),
                    QStringLiteral("Céline Leca") })
                  .exitCode,
              0);
    EXPECT_EQ(cli("settings get consultant.name").out.trimmed(), QStringLiteral("Céline Leca"));
    EXPECT_EQ(cli("--json settings list").json().toObject().value(QStringLiteral("hours.start")).toString(),
              QStringLiteral("09:00"));
}

PARCOURS_ON_BOTH_BACKENDS(CliTest);

TEST(CliFiles, AFileThatIsNotADatabaseIsReportedAndLeftUntouched)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("letter.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Chère Madame,\n");
    file.close();
    const CliRun run = runCli({ QStringLiteral("client"), QStringLiteral("list") }, path);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not a Parcours database"))) << run.err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("Chère Madame,\n"));
}

TEST(CliFiles, ADatabaseFromANewerParcoursIsRefused)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("future.sqlite"));
    ASSERT_EQ(runCli({ QStringLiteral("client"), QStringLiteral("list") }, path).exitCode, 0);
    {
        auto store = Store::open(DatabaseLocation::parse(path).value());
        ASSERT_TRUE(store.ok());
        QSqlQuery(store.value()->database().connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const CliRun run = runCli({ QStringLiteral("client"), QStringLiteral("list") }, path);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer version of Parcours"))) << run.err.toStdString();
}

TEST(CliFiles, PinnedTodayMustBeADate)
{
    QTemporaryDir folder;
    const CliRun run = runCli({ QStringLiteral("client"), QStringLiteral("list") },
                           folder.filePath(QStringLiteral("p.sqlite")), "yesterday");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("PARCOURS_TODAY"))) << run.err.toStdString();
}
