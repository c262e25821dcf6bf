// `parcours-cli investigation export/import` and `pdf peer-questionnaire/inquiry-guide`, as a process, on both
// backends: the round trip, every refusal naming its JSON pointer with nothing imported, and the two handouts.
#include "InvestigationSample.h"
#include "PdfProbe.h"
#include "TestDatabase.h"

#include <parcours/core/InvestigationJson.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace parcours;
using namespace parcours::test;

namespace {

struct CliOutput {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class InvestigationCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        const DatabaseLocation& location = m_database->location();
        m_url = location.isPostgres() ? location.display() : location.path;
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                          QStringLiteral("Garnier"), QStringLiteral("--first-name"), QStringLiteral("Maëlle") })
                      .exitCode,
            0);
        ASSERT_EQ(cli({ QStringLiteral("bilan"), QStringLiteral("open"), QStringLiteral("1") }).exitCode, 0);
    }
    CliOutput cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
        environment.remove(QStringLiteral("PARCOURS_DATABASE"));
        process.setProcessEnvironment(environment);
        process.start(testPath("PARCOURS_CLI"), QStringList { QStringLiteral("--database"), m_url } + arguments);
        if (!process.waitForFinished(60000))
            ADD_FAILURE() << "parcours-cli did not finish";
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }
    CliOutput cli(const char* line) { return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts)); }
    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_database->folder() + QLatin1Char('/') + name;
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return path;
    }
    CliOutput importDocument(const QByteArray& document, const char* bilan = "1")
    {
        return cli({ QStringLiteral("investigation"), QStringLiteral("import"), QString::fromUtf8(bilan),
            file(QStringLiteral("import.json"), document) });
    }
    static QByteArray sampleDocument() { return QJsonDocument(investigationToJson(sampleInvestigation())).toJson(); }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(InvestigationCliTest, AnImportedInvestigationIsExportedAgainWithEverythingInIt)
{
    const CliOutput imported = importDocument(sampleDocument());
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("experiences: 2, competences: 4, criteria: 4")));

    const CliOutput exported = cli("investigation export 1 --json");
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject document = exported.json();
    EXPECT_EQ(document.value(QStringLiteral("bilan_id")).toInt(), 1);
    EXPECT_EQ(document.value(QStringLiteral("career_options")).toArray().size(), 3);
    const QJsonObject report = document.value(QStringLiteral("test_results"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("report"))
                                   .toObject();
    EXPECT_EQ(
        QByteArray::fromBase64(report.value(QStringLiteral("content_base64")).toString().toLatin1()), samplePdfBytes());

    // The export is itself a valid import: into a second bilan, it gives the same document (but for the ids).
    ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                      QStringLiteral("Roux"), QStringLiteral("--first-name"), QStringLiteral("Inès") })
                  .exitCode,
        0);
    ASSERT_EQ(cli("bilan open 2").exitCode, 0);
    const CliOutput again = importDocument(exported.out.toUtf8(), "2");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QJsonObject copy = cli("investigation export 2").json();
    EXPECT_EQ(copy.value(QStringLiteral("competences")).toArray().size(), 4);
    const auto labels = [](const QJsonObject& d) {
        QStringList result;
        for (const QJsonValue& c : d.value(QStringLiteral("criteria")).toArray())
            result << c.toObject().value(QStringLiteral("label")).toString();
        return result;
    };
    EXPECT_EQ(labels(copy), labels(document));
}

TEST_P(InvestigationCliTest, ABadDocumentIsRefusedWithItsPointerAndNothingIsImported)
{
    ASSERT_EQ(importDocument(sampleDocument()).exitCode, 0);
    const QString before = cli("investigation export 1").out;

    QJsonObject tooKeen = investigationToJson(sampleInvestigation());
    QJsonArray options = tooKeen.value(QStringLiteral("career_options")).toArray();
    QJsonObject third = options.at(2).toObject();
    third.insert(QStringLiteral("desire"), 7);
    options.replace(2, third);
    tooKeen.insert(QStringLiteral("career_options"), options);
    const CliOutput refused = importDocument(QJsonDocument(tooKeen).toJson());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(
        refused.err.trimmed(), QStringLiteral("parcours-cli: /career_options/2/desire: Desire is scored from 1 to 5."));

    QJsonObject unknown = investigationToJson(sampleInvestigation());
    unknown.insert(QStringLiteral("notes"), QStringLiteral("?"));
    const CliOutput strange = importDocument(QJsonDocument(unknown).toJson());
    EXPECT_EQ(strange.exitCode, 1);
    EXPECT_TRUE(strange.err.contains(QStringLiteral("/notes: Unknown key."))) << strange.err.toStdString();

    const CliOutput wrongType
        = importDocument(R"({"format": "parcours-investigation", "version": 1, "experiences": [{"title": 3}]})");
    EXPECT_EQ(wrongType.exitCode, 1);
    EXPECT_TRUE(wrongType.err.contains(QStringLiteral("/experiences/0/title: Expected a string.")))
        << wrongType.err.toStdString();

    EXPECT_EQ(importDocument("{ not json").exitCode, 1);
    const CliOutput missing = cli("investigation import 1 /nonexistent/file.json");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.startsWith(QStringLiteral("parcours-cli: cannot read /nonexistent/file.json")));
    EXPECT_EQ(cli({ QStringLiteral("investigation"), QStringLiteral("import"), QStringLiteral("99"),
                      file(QStringLiteral("ok.json"), sampleDocument()) })
                  .exitCode,
        1);
    EXPECT_EQ(cli("investigation import 1").exitCode, 2);

    EXPECT_EQ(cli("investigation export 1").out, before);
}

TEST_P(InvestigationCliTest, TheTwoHandoutsArePrintedForTheBeneficiary)
{
    ASSERT_EQ(importDocument(sampleDocument()).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.name"),
                      QStringLiteral("Camille Exemple") })
                  .exitCode,
        0);
    const QString questionnaire = m_database->folder() + QStringLiteral("/regard.pdf");
    const CliOutput peer = cli({ QStringLiteral("pdf"), QStringLiteral("peer-questionnaire"), QStringLiteral("1"),
        QStringLiteral("--out"), questionnaire });
    ASSERT_EQ(peer.exitCode, 0) << peer.err.toStdString();
    const QString peerText = PdfProbe(questionnaire).text().simplified();
    EXPECT_TRUE(peerText.contains(QStringLiteral("Camille Exemple")));
    EXPECT_TRUE(peerText.contains(QStringLiteral("Le regard des autres")));
    EXPECT_TRUE(peerText.contains(QStringLiteral("Questionnaire pour les personnes qui connaissent Maëlle")));

    const QString guide = m_database->folder() + QStringLiteral("/enquete.pdf");
    const QJsonArray options = cli("investigation export 1").json().value(QStringLiteral("career_options")).toArray();
    const QString optionId = QString::number(options.at(0).toObject().value(QStringLiteral("id")).toInt());
    const CliOutput inquiry = cli({ QStringLiteral("pdf"), QStringLiteral("inquiry-guide"), QStringLiteral("1"),
        QStringLiteral("--option"), optionId, QStringLiteral("--out"), guide });
    ASSERT_EQ(inquiry.exitCode, 0) << inquiry.err.toStdString();
    EXPECT_TRUE(
        PdfProbe(guide).text().simplified().contains(QStringLiteral("Piste explorée : Céramiste en atelier partagé")));

    // An option of another bilan, or no --out, is refused and writes nothing.
    ASSERT_EQ(cli("client add --last-name Roux --first-name Inès").exitCode, 0);
    ASSERT_EQ(cli("bilan open 2").exitCode, 0);
    const QString stray = m_database->folder() + QStringLiteral("/stray.pdf");
    const CliOutput refused = cli({ QStringLiteral("pdf"), QStringLiteral("inquiry-guide"), QStringLiteral("2"),
        QStringLiteral("--option"), optionId, QStringLiteral("--out"), stray });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(QFile::exists(stray));
    EXPECT_EQ(cli("pdf peer-questionnaire 1").exitCode, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Backends, InvestigationCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
