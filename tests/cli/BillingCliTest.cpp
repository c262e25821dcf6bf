// Quotes, invoices, credit notes, payments and the BPF from the command line, on both backends.
#include "CliRun.h"
#include "PdfProbe.h"

#include <QFile>
#include <QSet>

using namespace parcours;
using namespace parcours::test;

namespace {

class BillingCliTest : public ::testing::TestWithParam<Backend> {
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
    QString out(const QString& name) const { return m_database->folder() + u'/' + name; }
    void ok(const QStringList& arguments)
    {
        const CliRun run = cli(arguments);
        ASSERT_EQ(run.exitCode, 0) << arguments.join(u' ').toStdString() << ": " << run.err.toStdString();
    }
    /// The seller in the settings, and a beneficiary (1) whose bilan (1) an employer funds at 1 800 €.
    void seed()
    {
        ok({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.name"), QStringLiteral("Céline Leca") });
        ok({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.address"),
             QStringLiteral("12 rue des Lilas\n69003 Lyon") });
        ok({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.siret"), QStringLiteral("12345678900011") });
        ok({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("consultant.declaration_number"),
             QStringLiteral("84691234569") });
        ok({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"), QStringLiteral("Lefèvre"),
             QStringLiteral("--first-name"), QStringLiteral("Zoé") });
        ok({ QStringLiteral("bilan"), QStringLiteral("open"), QStringLiteral("1"), QStringLiteral("--funding"),
             QStringLiteral("employer"), QStringLiteral("--start"), QStringLiteral("2026-01-12") });
        ok({ QStringLiteral("agreement"), QStringLiteral("terms"), QStringLiteral("1"), QStringLiteral("--employer"),
             QStringLiteral("Société Exemple SA\\n3 rue du Port\\n69002 Lyon"), QStringLiteral("--price"),
             QStringLiteral("1 800") });
    }
    int documents() { return int(cli("--json invoice list").json().toArray().size()); }

    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
};

} // namespace

TEST_P(BillingCliTest, FromTheQuoteToThePaidInvoice)
{
    seed();
    ASSERT_EQ(cli({ QStringLiteral("pdf"), QStringLiteral("quote"), QStringLiteral("1"), QStringLiteral("--out"),
                    out(QStringLiteral("devis.pdf")) })
                  .exitCode,
              0);
    EXPECT_TRUE(PdfProbe(out(QStringLiteral("devis.pdf"))).text().contains(QStringLiteral("Devis")));

    const CliRun created = cli("invoice create 1");
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.out.trimmed(), QStringLiteral("1\tF-2026-0001\t1800.00\tSociété Exemple SA"));
    const CliRun twice = cli("invoice create 1");
    EXPECT_EQ(twice.exitCode, 1) << "the share is already invoiced";

    const CliRun unpaid = cli("invoice list --unpaid");
    ASSERT_EQ(unpaid.exitCode, 0);
    EXPECT_TRUE(unpaid.out.contains(QStringLiteral("F-2026-0001"))) << unpaid.out.toStdString();
    EXPECT_TRUE(unpaid.out.contains(QStringLiteral("Still owed: 1800.00 EUR")));
    ok({ QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--amount"),
         QStringLiteral("1 000,50"), QStringLiteral("--date"), QStringLiteral("2026-03-16"), QStringLiteral("--method"),
         QStringLiteral("cheque") });
    const QJsonObject listed = cli("--json invoice list --unpaid").json().toArray().first().toObject();
    EXPECT_EQ(listed.value(QStringLiteral("paid_cents")).toInteger(), 100050);
    EXPECT_EQ(listed.value(QStringLiteral("balance_cents")).toInteger(), 79950);
    EXPECT_FALSE(listed.value(QStringLiteral("overdue")).toBool());

    const CliRun credit = cli({ QStringLiteral("invoice"), QStringLiteral("credit"), QStringLiteral("1"),
                                QStringLiteral("--amount"), QStringLiteral("799,50"), QStringLiteral("--reason"),
                                QStringLiteral("Remise commerciale") });
    ASSERT_EQ(credit.exitCode, 0) << credit.err.toStdString();
    EXPECT_TRUE(credit.out.contains(QStringLiteral("AV-2026-0001")));
    EXPECT_TRUE(cli("--json invoice list --unpaid").json().toArray().isEmpty()) << "settled: paid and credited";

    ASSERT_EQ(cli({ QStringLiteral("pdf"), QStringLiteral("invoice"), QStringLiteral("1"), QStringLiteral("--out"),
                    out(QStringLiteral("f.pdf")) })
                  .exitCode,
              0);
    const QString invoice = PdfProbe(out(QStringLiteral("f.pdf"))).text().simplified();
    EXPECT_TRUE(invoice.contains(QStringLiteral("F-2026-0001")));
    EXPECT_TRUE(invoice.contains(QStringLiteral("SIRET 12345678900011")));
    EXPECT_TRUE(invoice.contains(QStringLiteral("Net à payer 1 800,00 €"))) << invoice.toStdString();
    ASSERT_EQ(cli({ QStringLiteral("pdf"), QStringLiteral("invoice"), QStringLiteral("2"), QStringLiteral("--out"),
                    out(QStringLiteral("a.pdf")) })
                  .exitCode,
              0);
    EXPECT_TRUE(PdfProbe(out(QStringLiteral("a.pdf"))).text().contains(QStringLiteral("Avoir")));
}

TEST_P(BillingCliTest, BadInputIsRefusedWithOneLineAndChangesNothing)
{
    seed();
    const CliRun negative = cli("invoice create 1 --amount -5");
    EXPECT_EQ(negative.exitCode, 1);
    EXPECT_EQ(negative.err.trimmed().count(u'\n'), 0) << negative.err.toStdString();
    EXPECT_TRUE(negative.err.contains(QStringLiteral("negative")));
    const CliRun ambiguous = cli("invoice create 1 --amount 1,800");
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("ambiguous")));
    EXPECT_EQ(cli("invoice create 1 --amount 1900").exitCode, 1) << "more than the price";
    EXPECT_EQ(cli("invoice create 1 --date 2026-03-17").exitCode, 1) << "tomorrow";
    EXPECT_EQ(cli("invoice create 7").exitCode, 1);
    EXPECT_EQ(documents(), 0);

    ASSERT_EQ(cli("invoice create 1 --date 2026-03-02").exitCode, 0);
    const CliRun above = cli("payment add 1 --amount 1800,01 --date 2026-03-10");
    EXPECT_EQ(above.exitCode, 1);
    EXPECT_TRUE(above.err.contains(QStringLiteral("more than what invoice F-2026-0001 still owes"))) << above.err.toStdString();
    EXPECT_EQ(cli("payment add 1 --amount 0 --date 2026-03-10").exitCode, 1);
    EXPECT_EQ(cli("payment add 1 --amount 100 --date 2026-03-10 --method bitcoin").exitCode, 1);
    EXPECT_EQ(cli("payment add 1 --amount 100").exitCode, 2) << "--date is required";
    EXPECT_EQ(cli("invoice credit 1 --amount 10").exitCode, 2) << "--reason is required";
    EXPECT_EQ(cli("--json invoice list").json().toArray().first().toObject().value(QStringLiteral("paid_cents")).toInteger(), 0);

    EXPECT_EQ(cli("billing close-year 2026").exitCode, 1) << "not over";
    ASSERT_EQ(cli("billing close-year 2025").exitCode, 0);
    const CliRun closed = cli("invoice create 1 --date 2025-12-31");
    EXPECT_EQ(closed.exitCode, 1);
    EXPECT_TRUE(closed.err.contains(QStringLiteral("closed"))) << closed.err.toStdString();
    EXPECT_EQ(documents(), 1);
}

TEST_P(BillingCliTest, FundersShareThePriceAndTheBpfIsReadyToCopy)
{
    seed();
    ok({ QStringLiteral("billing"), QStringLiteral("price"), QStringLiteral("1"), QStringLiteral("--price"),
         QStringLiteral("2000") });
    ok({ QStringLiteral("billing"), QStringLiteral("funders"), QStringLiteral("1"), QStringLiteral("--shares"),
         QStringLiteral("employer=60%;opco:OPCO Atlas=40%") });
    EXPECT_EQ(cli({ QStringLiteral("billing"), QStringLiteral("funders"), QStringLiteral("1"), QStringLiteral("--shares"),
                    QStringLiteral("employer=60%;personal=30%") })
                  .exitCode,
              1)
        << "the percentages must make 100 %";
    const QJsonObject billing = cli("--json billing show 1").json().toObject();
    EXPECT_EQ(billing.value(QStringLiteral("price_cents")).toInteger(), 200000);
    const QJsonArray shares = billing.value(QStringLiteral("shares")).toArray();
    ASSERT_EQ(shares.size(), 2);
    EXPECT_EQ(shares[0].toObject().value(QStringLiteral("amount_cents")).toInteger(), 120000);
    EXPECT_EQ(shares[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("OPCO Atlas"));
    const CliRun created = cli("invoice create 1");
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.out.trimmed().split(u'\n').size(), 2) << "one invoice per funder";
    ASSERT_EQ(cli("session add 1 --phase preliminary --at 2026-01-12T14:00 --minutes 180").exitCode, 0);
    ASSERT_EQ(cli("session log 1 --status done").exitCode, 0);

    const QJsonObject bpf = cli("--json bpf --year 2026").json().toObject();
    EXPECT_EQ(bpf.value(QStringLiteral("total_cents")).toInteger(), 200000);
    const QJsonArray income = bpf.value(QStringLiteral("income")).toArray();
    EXPECT_EQ(income[0].toObject().value(QStringLiteral("amount_cents")).toInteger(), 120000); // C-1 employers
    EXPECT_EQ(income[2].toObject().value(QStringLiteral("line")).toString(), QStringLiteral("C-2h"));
    EXPECT_EQ(income[2].toObject().value(QStringLiteral("amount_cents")).toInteger(), 80000); // OPCO
    EXPECT_EQ(bpf.value(QStringLiteral("bilans")).toObject().value(QStringLiteral("hours")).toInt(), 3);
    EXPECT_TRUE(bpf.value(QStringLiteral("missing")).toArray().isEmpty());

    ASSERT_EQ(cli({ QStringLiteral("bpf"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--csv"),
                    out(QStringLiteral("bpf.csv")), QStringLiteral("--pdf"), out(QStringLiteral("bpf.pdf")) })
                  .exitCode,
              0);
    QFile csv(out(QStringLiteral("bpf.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("C;C-2h;")));
    EXPECT_TRUE(PdfProbe(out(QStringLiteral("bpf.pdf"))).text().contains(QStringLiteral("C-2h")));
    EXPECT_EQ(cli("bpf --year deux").exitCode, 1);
    EXPECT_EQ(cli("bpf").exitCode, 2);
}

TEST_P(BillingCliTest, InvoicesCreatedByProcessesAtOnceAreNumberedWithoutGapsOrTwins)
{
    seed();
    constexpr int kProcesses = 6;
    for (int i = 2; i <= kProcesses; ++i) {
        ok({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"), QStringLiteral("Martin%1").arg(i),
             QStringLiteral("--first-name"), QStringLiteral("Léa") });
        ok({ QStringLiteral("bilan"), QStringLiteral("open"), QString::number(i), QStringLiteral("--funding"),
             QStringLiteral("personal") });
        ok({ QStringLiteral("billing"), QStringLiteral("price"), QString::number(i), QStringLiteral("--price"),
             QStringLiteral("1500") });
    }
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-03-16"));
    for (int i = 1; i <= kProcesses; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(testPath("PARCOURS_CLI"), { QStringLiteral("--database"), m_url, QStringLiteral("invoice"),
                                                   QStringLiteral("create"), QString::number(i) });
        processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }
    QSet<QString> numbers;
    for (const QJsonValue& document : cli("--json invoice list").json().toArray())
        numbers.insert(document.toObject().value(QStringLiteral("number")).toString());
    QSet<QString> expected;
    for (int i = 1; i <= kProcesses; ++i)
        expected.insert(QStringLiteral("F-2026-%1").arg(i, 4, 10, QChar(u'0')));
    EXPECT_EQ(numbers, expected);
}

PARCOURS_ON_BOTH_BACKENDS(BillingCliTest);
