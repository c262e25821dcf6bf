// Retention and destruction from the command line, run as the built binary, on both backends.
#include "CliRun.h"
#include "PdfProbe.h"

#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class RetentionCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
        ASSERT_EQ(cli({ "client", "add", "--last-name", "Roussel", "--first-name", "Maxime" }).exitCode, 0);
        ASSERT_EQ(cli({ "bilan", "open", "1", "--funding", "personal", "--start", "2026-03-02" }).exitCode, 0);
        ASSERT_EQ(cli({ "session", "add", "1", "--phase", "preliminary", "--at", "2026-03-02T10:00", "--minutes",
                          "120" }).exitCode, 0);
        ASSERT_EQ(cli({ "session", "log", "1", "--status", "done", "--notes", "Propos confidentiels" }).exitCode, 0);
        ASSERT_EQ(cli({ "bilan", "close", "1", "--date", "2026-03-20" }).exitCode, 0);
    }
    CliRun cli(std::initializer_list<const char*> words)
    {
        QStringList arguments;
        for (const char* word : words)
            arguments << QString::fromUtf8(word);
        return runParcoursCli(arguments, m_url, "2026-03-25");
    }
    QString stateOfNotes()
    {
        const QJsonValue json = cli({ "retention", "1", "--json" }).json();
        return json[QStringLiteral("contents")][0][QStringLiteral("state")].toString();
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

TEST_P(RetentionCliTest, AConsentKeepsTheNotesUntilItIsWithdrawn)
{
    EXPECT_EQ(stateOfNotes(), QStringLiteral("due"));
    const CliRun tooLong = cli({ "retention", "consent", "1", "--content", "session-notes", "--signed", "2026-03-20",
        "--until", "2027-06-01" });
    EXPECT_EQ(tooLong.exitCode, 1);
    EXPECT_TRUE(tooLong.err.contains(QStringLiteral("One year after the end"))) << tooLong.err.toStdString();
    EXPECT_EQ(stateOfNotes(), QStringLiteral("due")); // nothing recorded

    const CliRun recorded = cli({ "retention", "consent", "1", "--content", "session-notes", "--signed",
        "2026-03-20", "--scope", "Entretien de suivi" });
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    EXPECT_EQ(stateOfNotes(), QStringLiteral("kept"));
    EXPECT_TRUE(cli({ "retention", "due", "--json" }).json().toArray().isEmpty());

    ASSERT_EQ(cli({ "retention", "withdraw", recorded.out.trimmed().toUtf8().constData(), "--date", "2026-03-24" })
                  .exitCode,
        0);
    EXPECT_EQ(stateOfNotes(), QStringLiteral("due"));
    const QJsonArray due = cli({ "retention", "due", "--json" }).json().toArray();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0][QStringLiteral("bilan_id")].toInteger(), 1);
}

TEST_P(RetentionCliTest, DestroyListsFirstThenDeletesOnlyWithYes)
{
    const CliRun preview = cli({ "destroy", "1" });
    ASSERT_EQ(preview.exitCode, 0);
    EXPECT_TRUE(preview.out.contains(QStringLiteral("session-notes: 1"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("any PDF you exported of this bilan")));
    EXPECT_EQ(stateOfNotes(), QStringLiteral("due"));

    const CliRun bad = cli({ "destroy", "1", "--content", "notes", "--yes" });
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_EQ(stateOfNotes(), QStringLiteral("due"));

    const CliRun done = cli({ "destroy", "1", "--yes", "--json" });
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(done.json()[QStringLiteral("counts")][QStringLiteral("session-notes")].toInt(), 1);
    EXPECT_EQ(stateOfNotes(), QStringLiteral("none"));
    const QJsonValue session = cli({ "session", "list", "--bilan", "1", "--json" }).json();
    EXPECT_EQ(session.toArray().size(), 1) << "attendance is proof and stays";
}

TEST_P(RetentionCliTest, TheDestructionCertificateSaysWhatWhenAndByWhomWithoutTheContent)
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("attestation.pdf"));
    const QByteArray out = pdf.toUtf8();
    const CliRun early = cli({ "pdf", "destruction-certificate", "--bilan", "1", "--out", out.constData() });
    EXPECT_EQ(early.exitCode, 1) << "nothing destroyed yet";
    EXPECT_FALSE(QFile::exists(pdf));

    ASSERT_EQ(cli({ "settings", "set", "consultant.name", "Céline <b>Leca</b>" }).exitCode, 0);
    ASSERT_EQ(cli({ "destroy", "1", "--yes" }).exitCode, 0);
    const CliRun written = cli({ "pdf", "destruction-certificate", "--bilan", "1", "--out", out.constData() });
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const PdfProbe probe(pdf);
    QString report;
    EXPECT_TRUE(probe.valid(&report)) << report.toStdString();
    EXPECT_EQ(probe.pages(), 1);
    const QString text = probe.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Attestation de destruction"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Maxime Roussel")));
    EXPECT_TRUE(text.contains(QStringLiteral("Notes d'entretien")));
    EXPECT_TRUE(text.contains(QStringLiteral("25 mars 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Céline <b>Leca</b>"))) << "the name is printed as text, escaped";
    EXPECT_FALSE(text.contains(QStringLiteral("Propos confidentiels")));

    const CliRun byJournal = cli({ "pdf", "destruction-certificate", "1", "--out", out.constData() });
    EXPECT_EQ(byJournal.exitCode, 0) << byJournal.err.toStdString();
    const CliRun unknown = cli({ "pdf", "destruction-certificate", "42", "--out", out.constData() });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("destruction journal")));
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(RetentionCliTest);
