// Evaluations, questionnaires, the Qualiopi registers and the figures from the command line, on both backends.
#include "CliRun.h"
#include "PdfProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class QualityCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
        ASSERT_EQ(
            cli({ u"client"_s, u"add"_s, u"--last-name"_s, u"Lefèvre"_s, u"--first-name"_s, u"Zoé"_s }).exitCode, 0);
        ASSERT_EQ(cli("bilan open 1 --funding employer --start 2026-01-12").exitCode, 0);
    }
    CliRun cli(const QStringList& arguments) { return runParcoursCli(arguments, m_url, "2026-03-16"); }
    CliRun cli(const char* line) { return cli(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts)); }
    QString path(const QString& name) const { return m_database->folder() + u'/' + name; }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(QualityCliTest, AnEvaluationIsRecordedAndShownBesideItsQuestions)
{
    const CliRun recorded = cli({ u"evaluation"_s, u"1"_s, u"--kind"_s, u"end"_s, u"--scores"_s, u"q1=5,q2=4"_s,
        u"--comment"_s, u"Très utile, merci."_s });
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_TRUE(recorded.err.isEmpty());
    const CliRun shown = cli("--json evaluation show 1 --kind end");
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject evaluation = shown.json().toObject();
    EXPECT_EQ(evaluation[u"questionnaire_version"_s].toInt(), 1);
    EXPECT_DOUBLE_EQ(evaluation[u"mean"_s].toDouble(), 4.5);
    EXPECT_EQ(evaluation[u"comment"_s].toString(), u"Très utile, merci."_s);
    const QJsonArray scores = evaluation[u"scores"_s].toArray();
    ASSERT_EQ(scores.size(), 6);
    EXPECT_EQ(scores[1].toObject()[u"score"_s].toInt(), 4);
    EXPECT_TRUE(scores[2].toObject()[u"score"_s].isNull());
    EXPECT_FALSE(scores[0].toObject()[u"question"_s].toString().isEmpty());
    EXPECT_EQ(cli("evaluation show 1 --kind six-months").exitCode, 1);
}

TEST_P(QualityCliTest, RefusedScoresStoreNothing)
{
    const struct {
        const char* line;
        const char* says;
    } refusals[] = {
        { "evaluation 1 --kind end --scores q1=5,q9=4", "q9" },
        { "evaluation 1 --kind end --scores q1=0", "from 1 to 5" },
        { "evaluation 1 --kind end --scores q1=6", "from 1 to 5" },
        { "evaluation 1 --kind end --scores q1", "not a score" },
        { "evaluation 7 --kind end --scores q1=5", "No bilan with id 7" },
        { "evaluation 1 --kind middle --scores q1=5", "end|six-months" },
    };
    for (const auto& refusal : refusals) {
        const CliRun run = cli(refusal.line);
        EXPECT_EQ(run.exitCode, 1) << refusal.line;
        EXPECT_TRUE(run.out.isEmpty()) << refusal.line;
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(refusal.says))) << run.err.toStdString();
    }
    EXPECT_EQ(cli("evaluation show 1 --kind end").exitCode, 1);
    EXPECT_EQ(cli("evaluation 1 --kind end").exitCode, 2); // --scores is required
}

TEST_P(QualityCliTest, EditedQuestionsMakeANewVersionAndOldAnswersKeepTheirs)
{
    ASSERT_EQ(cli("evaluation 1 --kind six-months --scores q6=5 --date 2026-03-01").exitCode, 0);
    QFile file(path(u"questions.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Le bilan vous sert-il encore ?\n\nAvez-vous changé de poste ?\n");
    file.close();
    const CliRun edited
        = cli({ u"questionnaire"_s, u"edit"_s, u"--kind"_s, u"six-months"_s, u"--file"_s, file.fileName() });
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(edited.out.trimmed(), u"2"_s);
    const QJsonObject current = cli("--json questionnaire show --kind six-months").json().toObject();
    EXPECT_EQ(current[u"version"_s].toInt(), 2);
    EXPECT_EQ(current[u"questions"_s].toArray().size(), 2);
    const QJsonObject old = cli("--json evaluation show 1 --kind six-months").json().toObject();
    EXPECT_EQ(old[u"questionnaire_version"_s].toInt(), 1);
    EXPECT_EQ(old[u"scores"_s].toArray().size(), 6);
    EXPECT_EQ(cli("evaluation 1 --kind six-months --scores q6=5").exitCode, 1);
    EXPECT_EQ(cli("evaluation 1 --kind six-months --scores q2=3").exitCode, 0);
}

TEST_P(QualityCliTest, TheBlankQuestionnaireIsAnAnonymousPdfInFrench)
{
    const QString out = path(u"questionnaire.pdf"_s);
    const CliRun run = cli({ u"pdf"_s, u"questionnaire"_s, u"--kind"_s, u"end"_s, u"--out"_s, out });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const PdfProbe pdf(out);
    EXPECT_TRUE(pdf.valid());
    EXPECT_EQ(pdf.pages(), 1);
    const QString text = pdf.text().simplified();
    EXPECT_TRUE(text.contains(u"Votre avis sur votre bilan"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1. L'accompagnement a répondu"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"6. Vous repartez avec un projet clair"_s));
    EXPECT_TRUE(text.contains(u"version 1"_s));
    EXPECT_FALSE(text.contains(u"Lefèvre"_s));
    EXPECT_EQ(
        cli({ u"pdf"_s, u"questionnaire"_s, u"--kind"_s, u"end"_s, u"--out"_s, path(u"no/such/dir/q.pdf"_s) }).exitCode,
        1);
    EXPECT_FALSE(QFileInfo::exists(path(u"no/such/dir/q.pdf"_s)));
}

TEST_P(QualityCliTest, TheRegistersAreKeptListedAndExported)
{
    const CliRun added = cli({ u"register"_s, u"add"_s, u"--kind"_s, u"complaint"_s, u"--date"_s, u"2026-03-02"_s,
        u"--from"_s, u"Employeur"_s, u"--nature"_s, u"Facture envoyée deux fois ; « erreur »"_s });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString id = added.out.trimmed();
    EXPECT_EQ(cli({ u"register"_s, u"update"_s, id, u"--outcome"_s, u"Avoir émis"_s, u"--closed"_s, u"2026-03-03"_s })
                  .exitCode,
        0);
    // Refusals: no nature, a date in the future, a closing date before it was received, an unknown kind.
    EXPECT_EQ(cli({ u"register"_s, u"add"_s, u"--date"_s, u"2026-03-02"_s, u"--from"_s, u"Moi"_s }).exitCode, 1);
    EXPECT_EQ(
        cli({ u"register"_s, u"add"_s, u"--date"_s, u"2026-04-02"_s, u"--from"_s, u"Moi"_s, u"--nature"_s, u"X"_s })
            .exitCode,
        1);
    EXPECT_EQ(cli({ u"register"_s, u"update"_s, id, u"--closed"_s, u"2026-03-01"_s }).exitCode, 1);
    EXPECT_EQ(cli("register add --kind rumour --date 2026-03-02 --from X --nature Y").exitCode, 1);
    const QJsonArray entries = cli("--json register list").json().toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].toObject()[u"outcome"_s].toString(), u"Avoir émis"_s);
    EXPECT_EQ(entries[0].toObject()[u"closed_on"_s].toString(), u"2026-03-03"_s);

    ASSERT_EQ(
        cli({ u"action"_s, u"add"_s, u"--date"_s, u"2026-03-03"_s, u"--source"_s, u"Réclamation 1"_s, u"--action"_s,
                u"=Relire les factures"_s, u"--owner"_s, u"Céline"_s, u"--due"_s, u"2026-04-30"_s })
            .exitCode,
        0);
    EXPECT_EQ(cli("action update 1 --status done").exitCode, 0);
    EXPECT_EQ(cli("action update 1 --status finished").exitCode, 1);
    EXPECT_EQ(cli("--json action list").json().toArray()[0].toObject()[u"status"_s].toString(), u"done"_s);

    const QString csvPath = path(u"actions.csv"_s);
    ASSERT_EQ(cli({ u"action"_s, u"list"_s, u"--csv"_s, csvPath }).exitCode, 0);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so that spreadsheets read UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.startsWith(u"Date;Origine;Action;Qui;Échéance;État\r\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"'=Relire les factures"_s)); // a formula-looking cell stays text
    EXPECT_TRUE(text.contains(u"Réalisée"_s));

    const QString pdfPath = path(u"registres.pdf"_s);
    ASSERT_EQ(
        cli({ u"registers"_s, u"pdf"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, pdfPath })
            .exitCode,
        0);
    const PdfProbe pdf(pdfPath);
    EXPECT_TRUE(pdf.valid());
    const QString pdfText = pdf.text().simplified();
    EXPECT_TRUE(pdfText.contains(u"Registres qualité"_s)) << pdfText.toStdString();
    EXPECT_TRUE(pdfText.contains(u"Facture envoyée deux fois ; « erreur »"_s)) << pdfText.toStdString();
    EXPECT_TRUE(pdfText.contains(u"indicateur Qualiopi 32"_s));
}

TEST_P(QualityCliTest, StatsOfAPeriodAsJsonCsvAndPdf)
{
    ASSERT_EQ(cli({ u"client"_s, u"add"_s, u"--last-name"_s, u"Roux"_s, u"--first-name"_s, u"Lou"_s }).exitCode, 0);
    ASSERT_EQ(cli("bilan open 2 --funding cpf --start 2026-02-02").exitCode, 0);
    ASSERT_EQ(cli("session add 1 --phase preliminary --at 2026-01-12T14:00 --minutes 120").exitCode, 0);
    ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);
    ASSERT_EQ(cli("evaluation 1 --kind end --scores q1=4,q2=5,q3=3").exitCode, 0);

    const CliRun run = cli("--json stats --from 2026-01-01 --to 2026-12-31");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject figures = run.json().toObject();
    EXPECT_EQ(figures[u"started"_s].toInt(), 2);
    EXPECT_EQ(figures[u"concluded"_s].toInt(), 0); // both still open: no rate yet
    EXPECT_TRUE(figures[u"completion_rate"_s].isNull());
    EXPECT_EQ(figures[u"funding"_s].toObject()[u"employer"_s].toInt(), 1);
    EXPECT_EQ(figures[u"funding"_s].toObject()[u"cpf"_s].toInt(), 1);

    const QString csvPath = path(u"stats.csv"_s);
    ASSERT_EQ(
        cli({ u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--csv"_s, csvPath }).exitCode, 0);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(u"Bilans commencés;2"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Lefèvre"_s));
    EXPECT_FALSE(text.contains(u"Roux"_s));

    const QString pdfPath = path(u"stats.pdf"_s);
    ASSERT_EQ(
        cli({ u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--pdf"_s, pdfPath }).exitCode, 0);
    const PdfProbe pdf(pdfPath);
    EXPECT_TRUE(pdf.valid());
    EXPECT_EQ(pdf.pages(), 1);
    EXPECT_TRUE(pdf.text().contains(u"Indicateurs qualité"_s));
    EXPECT_FALSE(pdf.text().contains(u"Lefèvre"_s));

    // Both asked at once: both written.
    const QString bothCsv = path(u"both.csv"_s);
    const QString bothPdf = path(u"both.pdf"_s);
    ASSERT_EQ(cli({ u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--csv"_s, bothCsv,
                  u"--pdf"_s, bothPdf })
                  .exitCode,
        0);
    EXPECT_TRUE(QFileInfo::exists(bothCsv));
    EXPECT_TRUE(PdfProbe(bothPdf).text().contains(u"Indicateurs qualité"_s)) << "the PDF was left out";

    EXPECT_EQ(cli("stats --from 2026-12-31 --to 2026-01-01").exitCode, 1);
    EXPECT_EQ(cli("stats --from 2026-13-01 --to 2026-12-31").exitCode, 1);
    EXPECT_EQ(cli("stats --from 2026-01-01").exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(path(u"nothing.csv"_s)));
}

TEST_P(QualityCliTest, StatsWriteTheMeanHoursOfThePhasesAsHoursAndMinutesAndReadForAPerson)
{
    // 3 h + 2 × 2 h 30 + 2 h 20 = 10 h 20 over the three phases, then a follow-up of 1 h that is not part of them.
    const char* sessions[][2] = { { "preliminary", "2026-01-12T14:00" }, { "investigation", "2026-01-19T14:00" },
        { "investigation", "2026-01-26T14:00" }, { "conclusion", "2026-02-02T14:00" } };
    const int minutes[] = { 180, 150, 150, 140 };
    for (int i = 0; i < 4; ++i) {
        const CliRun added = cli({ u"session"_s, u"add"_s, u"1"_s, u"--phase"_s, QString::fromLatin1(sessions[i][0]),
            u"--at"_s, QString::fromLatin1(sessions[i][1]), u"--minutes"_s, QString::number(minutes[i]) });
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        ASSERT_EQ(cli({ u"session"_s, u"log"_s, QString::number(i + 1), u"--status"_s, u"done"_s }).exitCode, 0);
    }
    const CliRun closed = cli("bilan close 1");
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    ASSERT_EQ(cli("session add 1 --phase follow-up --at 2026-03-16T09:00 --minutes 60").exitCode, 0);
    ASSERT_EQ(cli("session log 5 --status done").exitCode, 0);
    ASSERT_EQ(cli("evaluation 1 --kind end --scores q1=4,q2=5,q3=5").exitCode, 0);

    const CliRun text = cli("stats --from 2026-01-01 --to 2026-12-31");
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QRegularExpression(u"Mean hours done \\(concluded bilans\\) +10 h 20\n"_s)))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QRegularExpression(u"Completion rate +100\u00a0%\n"_s))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QRegularExpression(u"Satisfaction at the end \\(out of 5\\) +4.7\n"_s)))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(u"{"_s)) << text.out.toStdString();
    EXPECT_DOUBLE_EQ(cli("--json stats --from 2026-01-01 --to 2026-12-31").json()[u"mean_hours_done"_s].toDouble(),
        620 / 60.0);

    const QString csvPath = path(u"stats.csv"_s);
    ASSERT_EQ(
        cli({ u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--csv"_s, csvPath }).exitCode, 0);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(csvText.contains(u"Heures réalisées en moyenne (bilans conclus);10 h 20\r\n"_s)) << csvText.toStdString();
    const QString pdfPath = path(u"stats.pdf"_s);
    ASSERT_EQ(
        cli({ u"stats"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--pdf"_s, pdfPath }).exitCode, 0);
    EXPECT_TRUE(PdfProbe(pdfPath).text().simplified().contains(u"Heures réalisées en moyenne (bilans conclus) 10 h 20"_s))
        << PdfProbe(pdfPath).text().toStdString();
}

PARCOURS_ON_BOTH_BACKENDS(QualityCliTest);
