// The synthèse, the agreement and the documents from the command line, on both backends.
#include "CliRun.h"
#include "PdfProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class SynthesisCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
    }
    CliRun cli(const QStringList& arguments) { return runParcoursCli(arguments, m_url, "2026-03-16"); }
    CliRun cli(const char* line) { return cli(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts)); }
    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_database->folder() + u'/' + name;
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return path;
    }
    QString out(const QString& name) const { return m_database->folder() + u'/' + name; }
    /// A beneficiary (1) with a bilan funded by the employer (1) and two sessions done.
    void seed()
    {
        ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                        QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") })
                      .exitCode,
                  0);
        ASSERT_EQ(cli("bilan open 1 --funding employer --start 2026-01-12").exitCode, 0);
        ASSERT_EQ(cli("session add 1 --phase preliminary --at 2026-01-12T14:00 --minutes 180").exitCode, 0);
        ASSERT_EQ(cli("session add 1 --phase investigation --at 2026-01-19T14:00 --minutes 150").exitCode, 0);
        ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);
        ASSERT_EQ(cli("session log 2 --status done --minutes 140").exitCode, 0);
    }
    CliRun setSection(const char* key, const QString& path)
    {
        return cli({ QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--section"),
                     QString::fromUtf8(key), QStringLiteral("--file"), path });
    }
    QString snapshot()
    {
        return cli("--json synthesis show 1").out + cli("--json agreement show 1").out + cli("--json bilan show 1").out;
    }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(SynthesisCliTest, FromTheFirstSectionToTheHandedOverPdf)
{
    seed();
    const CliRun plain = setSection("circumstances", file(QStringLiteral("a.txt"),
                                                         "Zoé voulait changer de métier.\n\nSecond paragraphe."));
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.err.isEmpty()) << plain.err.toStdString();
    const QString html = file(QStringLiteral("b.html"),
                              "<h2>Compétences</h2><ul><li><b>Organiser</b></li><li>Animer</li></ul>"
                              "<script>alert(1)</script><img src=\"file:///etc/hostname\">");
    ASSERT_EQ(setSection("path", html).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--section"),
                    QStringLiteral("formation"), QStringLiteral("--title"), QStringLiteral("Formation visée"),
                    QStringLiteral("--file"), file(QStringLiteral("c.txt"), "Titre professionnel FPA.") })
                  .exitCode,
              0);
    ASSERT_EQ(cli({ QStringLiteral("synthesis"), QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("1"),
                    QStringLiteral("--horizon"), QStringLiteral("short"), QStringLiteral("--step"),
                    QStringLiteral("Rencontrer deux formatrices"), QStringLiteral("--target"),
                    QStringLiteral("2026-04-15") })
                  .exitCode,
              0);

    const QJsonObject shown = cli("--json synthesis show 1").json().toObject();
    EXPECT_EQ(shown.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QStringList keys;
    for (const QJsonValue& section : shown.value(QStringLiteral("sections")).toArray())
        keys << section.toObject().value(QStringLiteral("key")).toString();
    EXPECT_EQ(keys, (QStringList { QStringLiteral("circumstances"), QStringLiteral("path"), QStringLiteral("personal"),
                                   QStringLiteral("options"), QStringLiteral("project"), QStringLiteral("plan-b"),
                                   QStringLiteral("action-plan"), QStringLiteral("conclusion"),
                                   QStringLiteral("formation") }));
    const QJsonObject path = shown.value(QStringLiteral("sections")).toArray().at(1).toObject();
    EXPECT_EQ(path.value(QStringLiteral("text")).toString(), QStringLiteral("Compétences\n\n• Organiser\n\n• Animer"));
    EXPECT_EQ(shown.value(QStringLiteral("actions")).toArray().size(), 1);
    EXPECT_TRUE(cli("synthesis show 1").out.contains(QStringLiteral("plan-b")));

    ASSERT_EQ(cli("synthesis submit 1").exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("synthesis"), QStringLiteral("observations"), QStringLiteral("1"),
                    QStringLiteral("--file"), file(QStringLiteral("o.txt"), "Je suis d'accord.") })
                  .exitCode,
              0);
    ASSERT_EQ(cli("synthesis finalize 1").exitCode, 0);
    const CliRun frozen = setSection("conclusion", file(QStringLiteral("d.txt"), "Trop tard."));
    EXPECT_EQ(frozen.exitCode, 1);
    EXPECT_TRUE(frozen.err.contains(QStringLiteral("final"))) << frozen.err.toStdString();

    const CliRun pdf = cli({ QStringLiteral("pdf"), QStringLiteral("synthesis"), QStringLiteral("1"),
                             QStringLiteral("--out"), out(QStringLiteral("synthese.pdf")) });
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.err.isEmpty()) << pdf.err.toStdString();
    const PdfProbe synthesis(out(QStringLiteral("synthese.pdf")));
    EXPECT_TRUE(synthesis.valid());
    const QString text = synthesis.text();
    for (const char* expected : { "Zoé Lefèvre", "Zoé voulait changer de métier.", "Organiser", "Formation visée",
                                  "Rencontrer deux formatrices", "Je suis d'accord.", "Circonstances du bilan" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(text.contains(QStringLiteral("alert(1)")));

    ASSERT_EQ(cli("receipt signed 1").exitCode, 0);
    for (const char* kind : { "receipt", "agreement", "completion-certificate" }) {
        const QString document = out(QString::fromUtf8(kind) + QStringLiteral(".pdf"));
        const CliRun run = cli({ QStringLiteral("pdf"), QString::fromUtf8(kind), QStringLiteral("1"),
                                 QStringLiteral("--out"), document });
        ASSERT_EQ(run.exitCode, 0) << kind << ": " << run.err.toStdString();
        EXPECT_TRUE(PdfProbe(document).valid()) << kind;
        EXPECT_TRUE(PdfProbe(document).text().contains(QStringLiteral("Zoé Lefèvre"))) << kind;
    }
    const QString receipt = PdfProbe(out(QStringLiteral("receipt.pdf"))).text();
    EXPECT_TRUE(receipt.contains(QStringLiteral("16 mars 2026")));
    EXPECT_FALSE(receipt.contains(QStringLiteral("changer de métier")));
    EXPECT_TRUE(PdfProbe(out(QStringLiteral("completion-certificate.pdf"))).text().contains(QStringLiteral("5 h 20")));

    EXPECT_EQ(cli("synthesis new-draft 1").out.trimmed(), QStringLiteral("2"));
    EXPECT_EQ(setSection("conclusion", file(QStringLiteral("e.txt"), "Enfin.")).exitCode, 0);
}

TEST_P(SynthesisCliTest, TheAgreementIsSentSignedOrRefusedBySilence)
{
    seed();
    EXPECT_EQ(cli("--json agreement show 1").json().toObject().value(QStringLiteral("state")).toString(),
              QStringLiteral("not-sent"));
    ASSERT_EQ(cli("agreement sent 1 --date 2026-03-02").exitCode, 0);
    const QJsonObject silent = cli("--json agreement show 1").json().toObject();
    EXPECT_EQ(silent.value(QStringLiteral("state")).toString(), QStringLiteral("refused-by-silence"));
    EXPECT_EQ(silent.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-03-12"));
    const CliRun late = cli("agreement signed 1");
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains(QStringLiteral("silence counts as a refusal"))) << late.err.toStdString();
    ASSERT_EQ(cli("agreement sent 1").exitCode, 0);
    ASSERT_EQ(cli("agreement signed 1").exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("agreement"), QStringLiteral("terms"), QStringLiteral("1"), QStringLiteral("--employer"),
                    QStringLiteral("Sud Logistique SAS\\n13002 Marseille"), QStringLiteral("--price"),
                    QStringLiteral("1 800,50"), QStringLiteral("--payment"), QStringLiteral("À 30 jours") })
                  .exitCode,
              0);
    const QJsonObject signedAgreement = cli("--json agreement show 1").json().toObject();
    EXPECT_EQ(signedAgreement.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    EXPECT_EQ(signedAgreement.value(QStringLiteral("signed_on")).toString(), QStringLiteral("2026-03-16"));
    EXPECT_EQ(signedAgreement.value(QStringLiteral("price_cents")).toInteger(), 180050);
    EXPECT_EQ(signedAgreement.value(QStringLiteral("employer")).toString(),
              QStringLiteral("Sud Logistique SAS\n13002 Marseille"));
    ASSERT_EQ(cli({ QStringLiteral("pdf"), QStringLiteral("agreement"), QStringLiteral("1"), QStringLiteral("--out"),
                    out(QStringLiteral("c.pdf")) })
                  .exitCode,
              0);
    const QString text = PdfProbe(out(QStringLiteral("c.pdf"))).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Sud Logistique SAS")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 800,50 €")));
}

TEST_P(SynthesisCliTest, BadInputIsRefusedInOneLineAndChangesNothing)
{
    seed();
    ASSERT_EQ(setSection("path", file(QStringLiteral("ok.txt"), "Déjà écrit.")).exitCode, 0);
    const QString before = snapshot();
    const QString missingFolder = out(QStringLiteral("no/such/folder/s.pdf"));
    struct Case {
        QStringList arguments;
        QString message;
    };
    const auto words = [](const char* line) { return QString::fromUtf8(line).split(u' '); };
    const QList<Case> cases {
        { { QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--section"),
            QStringLiteral("Mauvaise clé"), QStringLiteral("--file"), file(QStringLiteral("x.txt"), "x") },
          QStringLiteral("is not a section key") },
        { { QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--section"),
            QStringLiteral("path"), QStringLiteral("--file"), out(QStringLiteral("absent.txt")) },
          QStringLiteral("cannot read") },
        { { QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--section"),
            QStringLiteral("path"), QStringLiteral("--file"), file(QStringLiteral("latin1.txt"), "caf\xe9 cr\xe8me") },
          QStringLiteral("not UTF-8") },
        { { QStringLiteral("synthesis"), QStringLiteral("set"), QStringLiteral("9"), QStringLiteral("--section"),
            QStringLiteral("path"), QStringLiteral("--file"), file(QStringLiteral("y.txt"), "y") },
          QStringLiteral("No bilan with id 9") },
        { { QStringLiteral("pdf"), QStringLiteral("synthesis"), QStringLiteral("1"), QStringLiteral("--out"),
            missingFolder },
          QStringLiteral("s.pdf") },
        { { QStringLiteral("pdf"), QStringLiteral("synthesis"), QStringLiteral("1"), QStringLiteral("--out"),
            QStringLiteral("/proc/synthese.pdf") },
          QStringLiteral("synthese.pdf") },
        { words("pdf receipt 1 --out /tmp/never-written-receipt.pdf"), QStringLiteral("no final version") },
        { words("receipt signed 1"), QStringLiteral("no final version") },
        { words("synthesis finalize 7"), QStringLiteral("not started") },
        { words("synthesis observations 1 --file /dev/null"), QStringLiteral("observations") },
        { words("agreement signed 1 --date 2026-13-01"), QStringLiteral("not a date") },
        { words("agreement sent 1 --date 2026-04-01"), QStringLiteral("future") },
        { words("agreement terms 1 --price douze"), QStringLiteral("not an amount") },
        { words("synthesis action add 1 --horizon someday --step x"), QStringLiteral("--horizon") },
        { words("pdf completion-certificate 5 --out /tmp/never-written-certificate.pdf"),
          QStringLiteral("No bilan with id 5") },
    };
    for (const Case& item : cases) {
        const CliRun run = cli(item.arguments);
        EXPECT_EQ(run.exitCode, 1) << item.arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(item.message)) << item.message.toStdString() << " / " << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << "one line: " << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(missingFolder));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/never-written-receipt.pdf")));
    EXPECT_EQ(snapshot(), before);
    // A bilan paid through the CPF has no tripartite agreement.
    ASSERT_EQ(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                    QStringLiteral("Martin"), QStringLiteral("--first-name"), QStringLiteral("Léo") })
                  .exitCode,
              0);
    ASSERT_EQ(cli("bilan open 2 --funding cpf").exitCode, 0);
    const CliRun cpf = cli({ QStringLiteral("pdf"), QStringLiteral("agreement"), QStringLiteral("2"),
                             QStringLiteral("--out"), out(QStringLiteral("cpf.pdf")) });
    EXPECT_EQ(cpf.exitCode, 1);
    EXPECT_TRUE(cpf.err.contains(QStringLiteral("Funding: CPF. A tripartite agreement is made only"))) << cpf.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("cpf.pdf"))));
}

TEST_P(SynthesisCliTest, TheLetterheadLogoIsStoredFromAnImageFile)
{
    seed();
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPQj+2CIwbiOAC+UxFhVzThPAAAAABJRU5ErkJggg==");
    const CliRun refused = cli({ QStringLiteral("settings"), QStringLiteral("logo"), QStringLiteral("--file"),
                                 file(QStringLiteral("logo.png"), "<svg onload=alert(1)>") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("PNG or JPEG"))) << refused.err.toStdString();
    ASSERT_EQ(cli({ QStringLiteral("settings"), QStringLiteral("logo"), QStringLiteral("--file"),
                    file(QStringLiteral("real.png"), png) })
                  .exitCode,
              0);
    ASSERT_EQ(setSection("path", file(QStringLiteral("p.txt"), "Texte.")).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("pdf"), QStringLiteral("synthesis"), QStringLiteral("1"), QStringLiteral("--out"),
                    out(QStringLiteral("logo.pdf")) })
                  .exitCode,
              0);
    EXPECT_TRUE(PdfProbe(out(QStringLiteral("logo.pdf"))).valid());
    EXPECT_EQ(cli("settings logo --clear").exitCode, 0);
    EXPECT_EQ(cli("settings logo").exitCode, 2);
}

TEST_P(SynthesisCliTest, UsageErrorsExitWithTwo)
{
    for (const char* line : { "synthesis set 1 --file a.txt", "synthesis set --section path --file a.txt",
                              "pdf synthesis 1", "pdf horoscope 1 --out x.pdf", "agreement signed" }) {
        const CliRun run = cli(line);
        EXPECT_EQ(run.exitCode, 2) << line;
    }
}

PARCOURS_ON_BOTH_BACKENDS(SynthesisCliTest);
