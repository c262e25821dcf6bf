// The audit log from the command line, run as the built binary: what the commands log, the list, the check of the
// chain, the CSV for an auditor, and the refusal of a print when the log cannot be written.
#include "CliRun.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>

using namespace parcours;
using namespace parcours::test;

namespace {

class AuditCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_url = databaseArgument(m_database->location());
        ASSERT_EQ(cli({ "settings", "set", "consultant.name", "Céline Leca" }).exitCode, 0);
        ASSERT_EQ(cli({ "client", "add", "--last-name", "Roussel", "--first-name", "Maxime" }).exitCode, 0);
        ASSERT_EQ(cli({ "bilan", "open", "1", "--funding", "personal", "--start", "2026-03-02" }).exitCode, 0);
        ASSERT_EQ(cli({ "session", "add", "1", "--phase", "preliminary", "--at", "2026-03-02T10:00", "--minutes",
                          "120" }).exitCode, 0);
        ASSERT_EQ(cli({ "session", "log", "1", "--status", "done", "--notes", "Propos confidentiels" }).exitCode, 0);
    }
    CliRun cli(const QStringList& arguments) { return runParcoursCli(arguments, m_url, "2026-03-25"); }
    CliRun cli(std::initializer_list<const char*> words)
    {
        QStringList arguments;
        for (const char* word : words)
            arguments << QString::fromUtf8(word);
        return cli(arguments);
    }
    /// Runs SQL on the SQLite file behind the CLI's back.
    void sqlite(const QStringList& statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_database->location().path);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString& statement : statements)
                EXPECT_TRUE(query.exec(statement)) << statement.toStdString() << query.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(name);
    }
    std::unique_ptr<TestDatabase> m_database;
    QString m_url;
    QTemporaryDir m_folder;
};

TEST_P(AuditCliTest, ReadsExportsAndPrintsAreListedVerifiedAndExportedWithoutAnyContent)
{
    ASSERT_EQ(cli({ "bilan", "show", "1" }).exitCode, 0);
    const QString ics = m_folder.filePath(QStringLiteral("agenda.ics"));
    ASSERT_EQ(cli({ "ics", "--bilan", "1", "--out", ics.toUtf8().constData() }).exitCode, 0);
    const QString pdf = m_folder.filePath(QStringLiteral("feuille.pdf"));
    const CliRun printed = cli({ "pdf", "attendance", "1", "--out", pdf.toUtf8().constData() });
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();

    const CliRun list = cli({ "audit", "list", "--json" });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray entries = list.json().toArray();
    ASSERT_EQ(entries.size(), 3);
    QStringList operations;
    for (const QJsonValue& entry : entries) {
        operations << entry[QStringLiteral("operation")].toString();
        EXPECT_EQ(entry[QStringLiteral("bilan_id")].toInt(), 1);
        EXPECT_EQ(entry[QStringLiteral("hash")].toString().size(), 64);
        EXPECT_TRUE(entry[QStringLiteral("done_at")].toString().endsWith(QLatin1Char('Z')));
    }
    EXPECT_EQ(operations, (QStringList { QStringLiteral("read-content"), QStringLiteral("export"), QStringLiteral("print") }));
    if (GetParam() == Backend::Sqlite) {
        EXPECT_EQ(entries[0][QStringLiteral("who")].toString(), QStringLiteral("Céline Leca"));
    }
    EXPECT_FALSE(list.out.contains(QStringLiteral("Roussel")));
    EXPECT_FALSE(list.out.contains(QStringLiteral("confidentiels")));
    EXPECT_TRUE(cli({ "audit", "list", "--bilan", "2", "--json" }).json().toArray().isEmpty());
    EXPECT_EQ(cli({ "audit", "list", "--since", "2026-03-26", "--json" }).json().toArray().size(), 0);
    const CliRun table = cli({ "audit", "list" });
    EXPECT_TRUE(table.out.contains(QStringLiteral("read-content"))) << table.out.toStdString();

    const CliRun verify = cli({ "audit", "verify" });
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(QStringLiteral("intact: 3 entries"))) << verify.out.toStdString();

    const QString csv = m_folder.filePath(QStringLiteral("journal.csv"));
    ASSERT_EQ(cli({ "audit", "export", "--out", csv.toUtf8().constData() }).exitCode, 0);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("seq;done_at;who;operation")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 4);
    EXPECT_FALSE(text.contains(QStringLiteral("Roussel")));
    struct stat info {};
    ASSERT_EQ(::stat(csv.toLocal8Bit().constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST_P(AuditCliTest, ADestructionAndAPurgeAreLogged)
{
    ASSERT_EQ(cli({ "bilan", "close", "1", "--date", "2026-03-20" }).exitCode, 0);
    ASSERT_EQ(cli({ "destroy", "1", "--yes" }).exitCode, 0);
    const QJsonArray entries = cli({ "audit", "list", "--bilan", "1", "--json" }).json().toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0][QStringLiteral("operation")].toString(), QStringLiteral("destroy"));
    EXPECT_EQ(entries[0][QStringLiteral("record_kind")].toString(), QStringLiteral("journal"));
    if (GetParam() == Backend::Postgres)
        return; // the server's purge never takes what its own clock says is recent: AuditStoreTest purges past dates
    // Thirteen months later the entry is purged; the purge is logged and the chain verifies from its anchor.
    const CliRun purged = runParcoursCli({ QStringLiteral("audit"), QStringLiteral("purge") }, m_url, "2027-04-26");
    ASSERT_EQ(purged.exitCode, 0) << purged.err.toStdString();
    EXPECT_TRUE(purged.out.startsWith(QStringLiteral("1 entry older"))) << purged.out.toStdString();
    const QJsonArray left = cli({ "audit", "list", "--json" }).json().toArray();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0][QStringLiteral("operation")].toString(), QStringLiteral("purge"));
    const CliRun verify = cli({ "audit", "verify" });
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains(QStringLiteral("from entry 2"))) << verify.out.toStdString();
}

TEST_P(AuditCliTest, ATamperedLogFailsTheCheckAndAnUnwritableLogRefusesThePrint)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "raw edits of the PostgreSQL tables are tested in storage_tests (AuditStoreTest)";
    ASSERT_EQ(cli({ "bilan", "show", "1" }).exitCode, 0);
    ASSERT_EQ(cli({ "bilan", "show", "1" }).exitCode, 0);
    ASSERT_EQ(cli({ "bilan", "show", "1" }).exitCode, 0);
    sqlite({ QStringLiteral("DROP TRIGGER audit_entry_no_update"),
        QStringLiteral("UPDATE audit_entry SET who = 'Quelqu''un' WHERE seq = 2") });
    const CliRun verify = cli({ "audit", "verify" });
    EXPECT_EQ(verify.exitCode, 1);
    EXPECT_TRUE(verify.err.contains(QStringLiteral("the audit log is broken at entry 2: entry 2 was changed")))
        << verify.err.toStdString();

    // A log that refuses every entry: the print is refused and no file is written.
    sqlite({ QStringLiteral("CREATE TRIGGER refuse_all BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(ABORT, 'disk says no'); END") });
    const QString pdf = m_folder.filePath(QStringLiteral("feuille.pdf"));
    const CliRun printed = cli({ "pdf", "attendance", "1", "--out", pdf.toUtf8().constData() });
    EXPECT_EQ(printed.exitCode, 1);
    EXPECT_TRUE(printed.err.contains(QStringLiteral("The audit log could not be written, so nothing was done")))
        << printed.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // Nor is a person erased without the entry that says so: the erasure and its entry go in one transaction.
    ASSERT_EQ(cli({ "client", "add", "--last-name", "Vidal", "--first-name", "Inès" }).exitCode, 0);
    const CliRun erased = cli({ "client", "erase", "2", "--yes" });
    EXPECT_EQ(erased.exitCode, 1);
    EXPECT_TRUE(erased.err.contains(QStringLiteral("Nothing was deleted: the access log could not be written")))
        << erased.err.toStdString();
    const CliRun kept = cli({ "client", "show", "2" });
    EXPECT_EQ(kept.exitCode, 0);
    EXPECT_TRUE(kept.out.contains(QStringLiteral("Vidal"))) << kept.out.toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, AuditCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
