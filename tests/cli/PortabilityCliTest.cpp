// The beneficiary's rights from the command line, run as the built binary, on both backends: export as a private
// folder and import it elsewhere (the same data), refusals that change nothing, and erasure.
#include "CliRun.h"
#include "PersonFixture.h"

#include <parcours/core/WallClock.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace parcours;
using namespace parcours::test;

namespace {

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

/// personne.json without the ids an import gives anew and the export's time.
QJsonValue withoutIds(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withoutIds(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (it.key() == QStringLiteral("id") || it.key().endsWith(QStringLiteral("_id")) || it.key() == QStringLiteral("moved_to")
            || it.key() == QStringLiteral("file") || it.key() == QStringLiteral("exported_at") || it.key() == QStringLiteral("documents"))
            continue;
        object.insert(it.key(), withoutIds(it.value()));
    }
    return object;
}

QJsonObject documentIn(const QString& folder)
{
    QFile file(folder + QStringLiteral("/personne.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << folder.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

class PortabilityCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        auto store = m_database->open().value();
        m_person = fillPerson(*store, clock);
        ASSERT_GT(invoicePerson(*store, clock, m_person), 0);
    }
    CliRun cli(const QString& database, const QStringList& arguments)
    {
        return runParcoursCli(arguments, database, "2026-03-25");
    }
    QString url() const { return databaseArgument(m_database->location()); }

    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_database;
    FilledPerson m_person;
    QTemporaryDir m_folder;
};

TEST_P(PortabilityCliTest, ExportIsAPrivateFolderThatImportsIntoAnEmptyDatabaseWithTheSameData)
{
    const QString out = m_folder.filePath(QStringLiteral("export-morvan"));
    const QString id = QString::number(m_person.clientId);
    const CliRun exported = cli(url(), { QStringLiteral("export"), id, QStringLiteral("--out"), out });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("export-morvan") }); // no staging folder left
    EXPECT_EQ(modeOf(out), 0700);
    EXPECT_EQ(modeOf(out + QStringLiteral("/personne.json")), 0600);
    const QJsonObject document = documentIn(out);
    EXPECT_EQ(document.value(QStringLiteral("format")).toString(), QStringLiteral("parcours-personne"));
    const QStringList documents = document.value(QStringLiteral("documents")).toVariant().toStringList();
    const QString bilan = QStringLiteral("documents/bilan-%1-").arg(m_person.bilanId);
    EXPECT_TRUE(documents.contains(bilan + QStringLiteral("synthese.pdf"))) << documents.join(u' ').toStdString();
    EXPECT_TRUE(documents.contains(bilan + QStringLiteral("emargement.pdf"))) << documents.join(u' ').toStdString();
    for (const QString& pdf : documents) {
        QFile file(out + u'/' + pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << pdf.toStdString();
        EXPECT_TRUE(file.read(5) == "%PDF-") << pdf.toStdString();
        EXPECT_EQ(modeOf(file.fileName()), 0600);
    }
    const QStringList attached = QDir(out + QStringLiteral("/fichiers")).entryList(QDir::Files);
    EXPECT_EQ(attached.size(), 1);

    // The export is in the access log, under the person's number and nothing else of them.
    const QJsonArray logged
        = cli(url(), { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list") }).json().toArray();
    ASSERT_FALSE(logged.isEmpty());
    const QJsonValue last = logged.last();
    EXPECT_EQ(last[QStringLiteral("operation")].toString(), QStringLiteral("export"));
    EXPECT_EQ(last[QStringLiteral("record_kind")].toString(), QStringLiteral("client"));
    EXPECT_EQ(last[QStringLiteral("record_id")].toInteger(), m_person.clientId);
    EXPECT_EQ(last[QStringLiteral("what")].toString(), QStringLiteral("person-export"));

    // Again to the same folder: refused, the export untouched.
    const CliRun twice = cli(url(), { QStringLiteral("export"), id, QStringLiteral("--out"), out });
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already exists"))) << twice.err.toStdString();

    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    const QString emptyUrl = databaseArgument(empty->location());
    const CliRun imported = cli(emptyUrl, { QStringLiteral("import"), out });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString newId = imported.out.trimmed();
    const CliRun again = cli(emptyUrl, { QStringLiteral("import"), out });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already in the database"))) << again.err.toStdString();

    const QString back = m_folder.filePath(QStringLiteral("back"));
    ASSERT_EQ(cli(emptyUrl, { QStringLiteral("export"), newId, QStringLiteral("--out"), back }).exitCode, 0);
    EXPECT_EQ(QJsonDocument(withoutIds(documentIn(back)).toObject()).toJson().toStdString(),
        QJsonDocument(withoutIds(document).toObject()).toJson().toStdString());
}

TEST_P(PortabilityCliTest, AsOneZipOrOneEncryptedFileTheExportImportsTheSameData)
{
    const QString id = QString::number(m_person.clientId);
    const QString folder = m_folder.filePath(QStringLiteral("dossier"));
    ASSERT_EQ(cli(url(), { QStringLiteral("export"), id, QStringLiteral("--out"), folder }).exitCode, 0);
    const QByteArray expected = QJsonDocument(withoutIds(documentIn(folder)).toObject()).toJson();

    const QString zip = m_folder.filePath(QStringLiteral("export-morvan.zip"));
    const CliRun zipped = cli(url(), { QStringLiteral("export"), id, QStringLiteral("--out"), zip });
    ASSERT_EQ(zipped.exitCode, 0) << zipped.err.toStdString();
    EXPECT_EQ(QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList { QStringLiteral("dossier"), QStringLiteral("export-morvan.zip") })); // nothing left beside
    EXPECT_EQ(modeOf(zip), 0600);
    QFile zipFile(zip);
    ASSERT_TRUE(zipFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(zipFile.read(4) == QByteArray("PK\x03\x04", 4));

    const QString secret = m_folder.filePath(QStringLiteral("phrase.txt"));
    QFile secretFile(secret);
    ASSERT_TRUE(secretFile.open(QIODevice::WriteOnly));
    secretFile.write("cheval agrafe batterie correcte\n");
    secretFile.close();
    const QString sealed = m_folder.filePath(QStringLiteral("export-morvan.enc"));
    const CliRun encrypted = cli(url(),
        { QStringLiteral("export"), id, QStringLiteral("--out"), sealed, QStringLiteral("--passphrase-file"), secret });
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
    EXPECT_TRUE(encrypted.out.contains(QStringLiteral("encrypted"))) << encrypted.out.toStdString();
    EXPECT_EQ(modeOf(sealed), 0600);
    QFile sealedFile(sealed);
    ASSERT_TRUE(sealedFile.open(QIODevice::ReadOnly));
    const QByteArray sealedBytes = sealedFile.readAll();
    EXPECT_TRUE(sealedBytes.startsWith("PARCOURS-ENC"));

    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    const QString emptyUrl = databaseArgument(empty->location());
    // Without the passphrase, with a wrong one, or damaged by one byte: refused, nothing loaded.
    const CliRun noPhrase = cli(emptyUrl, { QStringLiteral("import"), sealed });
    EXPECT_EQ(noPhrase.exitCode, 1);
    EXPECT_TRUE(noPhrase.err.contains(QStringLiteral("is encrypted: give its passphrase"))) << noPhrase.err.toStdString();
    const QString wrong = m_folder.filePath(QStringLiteral("fausse.txt"));
    QFile wrongFile(wrong);
    ASSERT_TRUE(wrongFile.open(QIODevice::WriteOnly));
    wrongFile.write("cheval agrafe batterie incorrecte\n");
    wrongFile.close();
    EXPECT_EQ(cli(emptyUrl, { QStringLiteral("import"), sealed, QStringLiteral("--passphrase-file"), wrong }).exitCode, 1);
    QByteArray flipped = sealedBytes;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    const QString damaged = m_folder.filePath(QStringLiteral("abime.enc"));
    QFile damagedFile(damaged);
    ASSERT_TRUE(damagedFile.open(QIODevice::WriteOnly));
    damagedFile.write(flipped);
    damagedFile.close();
    EXPECT_EQ(cli(emptyUrl, { QStringLiteral("import"), damaged, QStringLiteral("--passphrase-file"), secret }).exitCode, 1);
    EXPECT_TRUE(cli(emptyUrl, { QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list") })
                    .json()
                    .toArray()
                    .isEmpty());

    // The right passphrase: the same data as the folder's; the zip likewise, into another empty database.
    const CliRun opened = cli(emptyUrl, { QStringLiteral("import"), sealed, QStringLiteral("--passphrase-file"), secret });
    ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    const QString fromSealed = m_folder.filePath(QStringLiteral("depuis-chiffre"));
    ASSERT_EQ(cli(emptyUrl, { QStringLiteral("export"), opened.out.trimmed(), QStringLiteral("--out"), fromSealed }).exitCode, 0);
    EXPECT_EQ(QJsonDocument(withoutIds(documentIn(fromSealed)).toObject()).toJson().toStdString(), expected.toStdString());
    auto other = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(other) << error.toStdString();
    const QString otherUrl = databaseArgument(other->location());
    const CliRun fromZip = cli(otherUrl, { QStringLiteral("import"), zip });
    ASSERT_EQ(fromZip.exitCode, 0) << fromZip.err.toStdString();
    const QString unzipped = m_folder.filePath(QStringLiteral("depuis-zip"));
    ASSERT_EQ(cli(otherUrl, { QStringLiteral("export"), fromZip.out.trimmed(), QStringLiteral("--out"), unzipped }).exitCode, 0);
    EXPECT_EQ(QJsonDocument(withoutIds(documentIn(unzipped)).toObject()).toJson().toStdString(), expected.toStdString());
}

TEST_P(PortabilityCliTest, AZipReachingOutsideItsFolderIsRefused)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "reading the zip does not depend on the backend";
    // Made with Python's zipfile: an entry named ../evil.txt beside a personne.json.
    const QString zip = m_folder.filePath(QStringLiteral("piege.zip"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                           "    z.writestr('export/personne.json', '{}')\n    z.writestr('../evil.txt', 'x')\n"),
            zip });
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    const CliRun refused = cli(databaseArgument(empty->location()), { QStringLiteral("import"), zip });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("the zip holds '../evil.txt'"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(QDir::temp().filePath(QStringLiteral("evil.txt"))));
}

TEST_P(PortabilityCliTest, AFolderThatIsNotAnExportIsRefused)
{
    QString error;
    auto empty = TestDatabase::create(GetParam(), &error);
    ASSERT_TRUE(empty) << error.toStdString();
    const QString emptyUrl = databaseArgument(empty->location());
    const QString folder = m_folder.filePath(QStringLiteral("photos"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const CliRun none = cli(emptyUrl, { QStringLiteral("import"), folder });
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("Not a valid Parcours export"))) << none.err.toStdString();
    QFile json(folder + QStringLiteral("/personne.json"));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write("{\"format\": \"autre\"}");
    json.close();
    const CliRun other = cli(emptyUrl, { QStringLiteral("import"), folder });
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("Not a valid Parcours export"))) << other.err.toStdString();
    const CliRun list = cli(emptyUrl, { QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list") });
    EXPECT_TRUE(list.json().toArray().isEmpty()) << list.out.toStdString();
}

TEST_P(PortabilityCliTest, EraseListsFirstRefusesInvoicedPeopleAndKeepsTheProof)
{
    const QString id = QString::number(m_person.clientId);
    const CliRun preview = cli(url(), { QStringLiteral("client"), QStringLiteral("erase"), id });
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("delete session_note: 1"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("Refused as asked"))) << preview.out.toStdString();

    const CliRun refused = cli(url(), { QStringLiteral("client"), QStringLiteral("erase"), id, QStringLiteral("--yes") });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--keep-proof"))) << refused.err.toStdString();

    const CliRun reducedPreview
        = cli(url(), { QStringLiteral("client"), QStringLiteral("erase"), id, QStringLiteral("--keep-proof") });
    EXPECT_TRUE(reducedPreview.out.contains(QStringLiteral("keep invoice: 1"))) << reducedPreview.out.toStdString();
    EXPECT_TRUE(reducedPreview.out.contains(QStringLiteral("clear from the identity: e-mail, phone, birth date")))
        << reducedPreview.out.toStdString();
    const CliRun reduced = cli(url(),
        { QStringLiteral("client"), QStringLiteral("erase"), id, QStringLiteral("--keep-proof"), QStringLiteral("--yes") });
    ASSERT_EQ(reduced.exitCode, 0) << reduced.err.toStdString();
    const QJsonArray logged
        = cli(url(), { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list") }).json().toArray();
    ASSERT_FALSE(logged.isEmpty());
    EXPECT_EQ(logged.last()[QStringLiteral("operation")].toString(), QStringLiteral("delete"));
    EXPECT_EQ(logged.last()[QStringLiteral("record_id")].toInteger(), m_person.clientId);
    EXPECT_EQ(logged.last()[QStringLiteral("what")].toString(), QStringLiteral("person-erasure-keep-proof"));
    const QJsonObject client
        = cli(url(), { QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("show"), id }).json().toObject();
    EXPECT_EQ(client.value(QStringLiteral("last_name")).toString(), QStringLiteral("Morvan"));
    EXPECT_TRUE(client.value(QStringLiteral("email")).toString().isEmpty());
    EXPECT_EQ(cli(url(), { QStringLiteral("retention"), QString::number(m_person.bilanId), QStringLiteral("--json") })
                  .json()[QStringLiteral("contents")][0][QStringLiteral("rows")]
                  .toInt(),
        0);
}

INSTANTIATE_TEST_SUITE_P(Backends, PortabilityCliTest, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

} // namespace
