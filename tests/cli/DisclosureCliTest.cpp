// The disclosure log from the command line, as the built binary, on both backends: nothing is written for a third
// party without a consent that holds and covers it; each sending is listed; the CEP exception moves the schedule.
#include "CliRun.h"
#include "PdfProbe.h"

#include <parcours/core/InvestigationService.h>
#include <parcours/storage/Store.h>

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class DisclosureCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_EQ(cli({ "client", "add", "--last-name", "Roussel", "--first-name", "Maxime" }).exitCode, 0);
        ASSERT_EQ(cli({ "bilan", "open", "1", "--funding", "personal", "--start", "2026-03-02" }).exitCode, 0);
        addTestResult();
        const QString text = m_folder.filePath(QStringLiteral("circumstances.txt"));
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Maxime veut devenir ébéniste.\n");
        file.close();
        ASSERT_EQ(run({ u"synthesis", u"set", u"1", u"--section", u"circumstances", u"--file", text }).exitCode, 0);
        ASSERT_EQ(cli({ "synthesis", "submit", "1" }).exitCode, 0);
        ASSERT_EQ(cli({ "synthesis", "finalize", "1" }).exitCode, 0);
        ASSERT_EQ(cli({ "bilan", "close", "1", "--date", "2026-03-20" }).exitCode, 0);
    }
    /// A test taken during the bilan, stored as the window stores it (the CLI has no command that adds one).
    void addTestResult()
    {
        auto store = m_database->open();
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        TestResult result;
        result.bilanId = 1;
        result.instrument = QStringLiteral("Inventaire d'intérêts Strong");
        result.takenOn = QDate(2026, 3, 9);
        result.summary = QStringLiteral("Intérêts manuels et artistiques marqués.");
        auto id = InvestigationService(*store.value()).add(result);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    CliRun run(std::initializer_list<QStringView> words)
    {
        QStringList arguments;
        for (QStringView word : words)
            arguments << word.toString();
        return runParcoursCli(arguments, m_url, "2026-03-25");
    }
    CliRun cli(std::initializer_list<const char*> words)
    {
        QStringList arguments;
        for (const char* word : words)
            arguments << QString::fromUtf8(word);
        return runParcoursCli(arguments, m_url, "2026-03-25");
    }
    QString pdf(const char* name) const { return m_folder.filePath(QString::fromLatin1(name)); }
    QString synthesisState()
    {
        const QJsonArray contents = cli({ "retention", "1", "--json" }).json()[QStringLiteral("contents")].toArray();
        for (const QJsonValue& content : contents)
            if (content[QStringLiteral("content")].toString() == QStringLiteral("synthesis"))
                return content[QStringLiteral("state")].toString();
        return {};
    }
    /// The kinds of bilan 1's content the reminders list as due (`retention due`, read in one batch).
    QStringList dueKindsOfFirstBilan()
    {
        for (const QJsonValue& item : cli({ "retention", "due", "--json" }).json().toArray()) {
            if (item[QStringLiteral("bilan_id")].toInt() == 1)
                return item[QStringLiteral("contents")].toVariant().toStringList();
        }
        return {};
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
    QTemporaryDir m_folder;
};

TEST_P(DisclosureCliTest, SendingIsRefusedWithoutAConsentAndNoFileIsWritten)
{
    const CliRun refused = run({ u"disclosure", u"send", u"1", u"--consent", u"1", u"--out", pdf("a.pdf") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("without the beneficiary's written consent")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf("a.pdf")));

    const CliRun bad = cli({ "disclosure", "consent", "1", "--recipient-kind", "cousin", "--recipient", "X", "--what",
        "synthesis", "--signed", "2026-03-20" });
    EXPECT_NE(bad.exitCode, 0);
    const CliRun future = cli({ "disclosure", "consent", "1", "--recipient-kind", "cep", "--recipient",
        "Transitions Pro", "--what", "synthesis", "--signed", "2026-04-01" });
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(QStringLiteral("future"))) << future.err.toStdString();
    EXPECT_TRUE(cli({ "disclosure", "list", "1", "--json" }).json()[QStringLiteral("consents")].toArray().isEmpty());
}

TEST_P(DisclosureCliTest, AConsentLetsTheSynthesisGoToTheCepAndTheSendingIsLogged)
{
    EXPECT_EQ(synthesisState(), QStringLiteral("due"));
    EXPECT_TRUE(dueKindsOfFirstBilan().contains(QStringLiteral("synthesis")));
    const CliRun consent = cli({ "disclosure", "consent", "1", "--recipient-kind", "cep", "--recipient",
        "Transitions Pro Bretagne", "--what", "synthesis", "--signed", "2026-03-20" });
    ASSERT_EQ(consent.exitCode, 0) << consent.err.toStdString();
    const QByteArray id = consent.out.trimmed().toUtf8();

    const CliRun notCovered = run({ u"disclosure", u"send", u"1", u"--consent", QString::fromUtf8(id), u"--what",
        u"test-results", u"--out", pdf("tests.pdf") });
    EXPECT_EQ(notCovered.exitCode, 1);
    EXPECT_TRUE(notCovered.err.contains(QStringLiteral("does not cover"))) << notCovered.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf("tests.pdf")));

    const CliRun sent = run({ u"disclosure", u"send", u"1", u"--consent", QString::fromUtf8(id), u"--out",
        pdf("synthese.pdf") });
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const QString text = PdfProbe(pdf("synthese.pdf")).text();
    EXPECT_TRUE(text.contains(QStringLiteral("ébéniste"))) << text.toStdString();
    EXPECT_EQ(synthesisState(), QStringLiteral("kept")) << "R6313-7: a synthesis sent to the CEP operator is kept";
    EXPECT_FALSE(dueKindsOfFirstBilan().contains(QStringLiteral("synthesis"))) << "and the reminders agree";

    const QJsonValue list = cli({ "disclosure", "list", "1", "--json" }).json();
    const QJsonArray consents = list[QStringLiteral("consents")].toArray();
    ASSERT_EQ(consents.size(), 1);
    EXPECT_EQ(consents[0][QStringLiteral("recipient")].toString(), QStringLiteral("Transitions Pro Bretagne"));
    EXPECT_TRUE(consents[0][QStringLiteral("holds")].toBool());
    const QJsonArray sendings = list[QStringLiteral("disclosures")].toArray();
    ASSERT_EQ(sendings.size(), 1);
    EXPECT_EQ(sendings[0][QStringLiteral("what")].toString(), QStringLiteral("synthesis"));
    EXPECT_EQ(sendings[0][QStringLiteral("file_name")].toString(), QStringLiteral("synthese.pdf"));
    EXPECT_TRUE(cli({ "disclosure", "list", "1" }).out.contains(QStringLiteral("Transitions Pro Bretagne")));

    // The access log has the one sending that went, not the refused one, and not the recipient's name.
    const QJsonArray logged = cli({ "audit", "list", "--bilan", "1", "--json" }).json().toArray();
    QStringList disclosures;
    for (const QJsonValue& entry : logged) {
        if (entry[QStringLiteral("what")].toString().startsWith(QStringLiteral("disclosure-")))
            disclosures << entry[QStringLiteral("operation")].toString() + u' ' + entry[QStringLiteral("what")].toString();
        EXPECT_FALSE(entry[QStringLiteral("what")].toString().contains(QStringLiteral("Transitions")));
    }
    EXPECT_EQ(disclosures, QStringList { QStringLiteral("export disclosure-synthesis") });
}

TEST_P(DisclosureCliTest, TheTestResultsGoToTheEmployerUnderAConsentThatCoversThem)
{
    // A consent for the synthesis only does not cover the test results: refused, in English, no file.
    const CliRun synthesisOnly = cli({ "disclosure", "consent", "1", "--recipient-kind", "employer", "--recipient",
        "Menuiserie Le Goff", "--what", "synthesis", "--signed", "2026-03-20" });
    ASSERT_EQ(synthesisOnly.exitCode, 0) << synthesisOnly.err.toStdString();
    const CliRun refused = run({ u"disclosure", u"send", u"1", u"--consent", synthesisOnly.out.trimmed(), u"--what",
        u"test-results", u"--out", pdf("refused.pdf") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("does not cover what you want to send"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf("refused.pdf")));

    const CliRun consent = cli({ "disclosure", "consent", "1", "--recipient-kind", "employer", "--recipient",
        "Menuiserie Le Goff", "--what", "test-results", "--signed", "2026-03-20" });
    ASSERT_EQ(consent.exitCode, 0) << consent.err.toStdString();
    const CliRun sent = run({ u"disclosure", u"send", u"1", u"--consent", consent.out.trimmed(), u"--what",
        u"test-results", u"--out", pdf("tests.pdf") });
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const PdfProbe probe(pdf("tests.pdf"));
    QString report;
    EXPECT_TRUE(probe.valid(&report)) << report.toStdString();
    const QString text = probe.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Inventaire d'intérêts Strong"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Menuiserie Le Goff (Employeur)"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Employer"))) << "the recipient's kind in the document's language";
    const QJsonArray sendings = cli({ "disclosure", "list", "1", "--json" }).json()[QStringLiteral("disclosures")].toArray();
    ASSERT_EQ(sendings.size(), 1);
    EXPECT_EQ(sendings[0][QStringLiteral("what")].toString(), QStringLiteral("test-results"));
}

TEST_P(DisclosureCliTest, AWithdrawnConsentRefusesTheNextSending)
{
    const CliRun consent = cli({ "disclosure", "consent", "1", "--recipient-kind", "employer", "--recipient",
        "Menuiserie Le Goff", "--what", "synthesis", "--signed", "2026-03-20" });
    ASSERT_EQ(consent.exitCode, 0) << consent.err.toStdString();
    const QString id = consent.out.trimmed();
    ASSERT_EQ(run({ u"disclosure", u"send", u"1", u"--consent", id, u"--out", pdf("first.pdf") }).exitCode, 0);
    const CliRun withdrawn = run({ u"disclosure", u"withdraw", id, u"--date", u"2026-03-24" });
    ASSERT_EQ(withdrawn.exitCode, 0) << withdrawn.err.toStdString();
    EXPECT_EQ(synthesisState(), QStringLiteral("due")) << "an employer is not the CEP operator";

    const CliRun refused = run({ u"disclosure", u"send", u"1", u"--consent", id, u"--out", pdf("second.pdf") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("withdrew"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf("second.pdf")));
    const QJsonValue list = cli({ "disclosure", "list", "1", "--json" }).json();
    EXPECT_EQ(list[QStringLiteral("disclosures")].toArray().size(), 1);
    EXPECT_EQ(list[QStringLiteral("consents")][0][QStringLiteral("withdrawn_on")].toString(), QStringLiteral("2026-03-24"));
    EXPECT_EQ(run({ u"disclosure", u"withdraw", id }).exitCode, 1) << "already withdrawn";
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(DisclosureCliTest);
