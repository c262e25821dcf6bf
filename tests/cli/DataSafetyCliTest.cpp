// parcours-cli's backup, restore and import, as a script or a consultant runs them; read-only files opened by a
// user who may not write them; a backup written to a disk that fills up, wherever it stops.
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>

#include <unistd.h>

#include <algorithm>

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

/// Runs parcours-cli, through `wrapper` when given (another user, a file size limit).
CliRun cli(const QString& database, const QStringList& arguments, const QStringList& wrapper = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
    environment.remove(QStringLiteral("PARCOURS_DATABASE"));
    process.setProcessEnvironment(environment);
    QStringList all = wrapper;
    all << testPath("PARCOURS_CLI") << QStringLiteral("--database") << database << arguments;
    process.start(all.takeFirst(), all);
    if (!process.waitForFinished(30000))
        ADD_FAILURE() << "parcours-cli did not finish: " << process.errorString().toStdString();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

CliRun cli(const QString& database, const char* line)
{
    return cli(database, QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

class DataSafetyCliTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        url = m_database->location().isPostgres() ? m_database->location().display() : m_database->location().path;
    }
    int clients() { return int(cli(url, "--json client list").json().toArray().size()); }

    std::unique_ptr<TestDatabase> m_database;
    QString url;
};

const QByteArray kSpreadsheet = "Nom;Pr\xE9nom;Courriel;Date de naissance\r\n"
                                "Lef\xE8vre;Zo\xE9;zoe@example.org;03/04/85\r\n"
                                "\"Martin; Dupont\";Anne;anne@example.org;\r\n"
                                "Lef\xE8vre;Zo\xE9;zoe@example.org;\r\n";

} // namespace

TEST_P(DataSafetyCliTest, ImportShowsWhatItWouldDoThenDoesItAllOrNothing)
{
    const QString csv = writeFile(m_database->folder() + QStringLiteral("/clients.csv"), kSpreadsheet);
    const CliRun dry
        = cli(url, { QStringLiteral("client"), QStringLiteral("import"), csv, QStringLiteral("--dry-run") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Windows-1252"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("duplicate of line 2"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("would create 2 beneficiaries")));
    EXPECT_EQ(clients(), 0);

    const CliRun json = cli(url, { QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("import"), csv });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.json()[QStringLiteral("created")].toArray().size(), 2);
    EXPECT_EQ(json.json()[QStringLiteral("rows")][1][QStringLiteral("last_name")].toString(),
        QStringLiteral("Martin; Dupont"));
    EXPECT_EQ(
        json.json()[QStringLiteral("rows")][0][QStringLiteral("birth_date")].toString(), QStringLiteral("1985-04-03"));
    EXPECT_EQ(clients(), 2);
    // Again: everyone is already recorded.
    const CliRun again = cli(url, { QStringLiteral("client"), QStringLiteral("import"), csv });
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Created 0 beneficiaries; 3 duplicate(s)")))
        << again.out.toStdString();
    EXPECT_EQ(clients(), 2);
}

TEST_P(DataSafetyCliTest, AnImportWithAProblemNamesLineAndColumnAndWritesNothing)
{
    const QString csv = writeFile(m_database->folder() + QStringLiteral("/clients.csv"),
        "Nom,Pr\xC3\xA9nom,E-mail,N\xC3\xA9(e) le\n"
        "Lef\xC3\xA8vre,Zo\xC3\xA9,zoe@example.org,03/04/1985\n"
        ",Paul,paul@example.org,\n"
        "Durand,Luc,luc@example,30/02/1990\n");
    for (bool dryRun : { true, false }) {
        QStringList arguments { QStringLiteral("client"), QStringLiteral("import"), csv };
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const CliRun refused = cli(url, arguments);
        EXPECT_EQ(refused.exitCode, 1);
        const QStringList lines = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ASSERT_EQ(lines.size(), 4) << refused.err.toStdString();
        EXPECT_TRUE(lines[0].startsWith(QStringLiteral("parcours-cli: ") + csv + QStringLiteral(":3:1: Nom: ")))
            << lines[0].toStdString();
        EXPECT_TRUE(lines[1].contains(csv + QStringLiteral(":4:4: Né(e) le: \"30/02/1990\" is not a date")))
            << lines[1].toStdString();
        EXPECT_TRUE(lines[2].contains(csv + QStringLiteral(":4:3: E-mail: "))) << lines[2].toStdString();
        EXPECT_EQ(lines[3], QStringLiteral("parcours-cli: nothing was imported (3 problem(s))"));
        EXPECT_EQ(clients(), 0);
    }
}

TEST_P(DataSafetyCliTest, BackupAndRestoreOrWhyNotOnPostgres)
{
    ASSERT_EQ(cli(url,
                  { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                      QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") })
                  .exitCode,
        0);
    const QString out = m_database->folder() + QStringLiteral("/copie.sqlite");
    const CliRun backup = cli(url, { QStringLiteral("backup"), QStringLiteral("--out"), out });
    if (GetParam() == Backend::Postgres) {
        for (const CliRun& run :
            { backup, cli(url, "backup"), cli(url, "backup list"), cli(url, { QStringLiteral("restore"), out }) }) {
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_TRUE(run.err.contains(QStringLiteral("PostgreSQL database are not available")))
                << run.err.toStdString();
            EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1);
        }
        EXPECT_FALSE(QFile::exists(out));
        EXPECT_EQ(clients(), 1);
        return;
    }
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(backup.out.contains(QStringLiteral("Backed up 1 beneficiaries")));
    const CliRun intoFolder = cli(url, "--json backup");
    ASSERT_EQ(intoFolder.exitCode, 0) << intoFolder.err.toStdString();
    EXPECT_EQ(intoFolder.json()[QStringLiteral("kind")].toString(), QStringLiteral("manual"));
    EXPECT_EQ(cli(url, "--json backup list").json().toArray().size(), 1);

    cli(url,
        { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"), QStringLiteral("Çelik"),
            QStringLiteral("--first-name"), QStringLiteral("Loïc") });
    ASSERT_EQ(clients(), 2);
    const CliRun restored = cli(url, { QStringLiteral("restore"), out });
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("1 beneficiaries"))) << restored.out.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("before-restore"))) << restored.out.toStdString();
    EXPECT_EQ(clients(), 1);
}

PARCOURS_ON_BOTH_BACKENDS(DataSafetyCliTest);

TEST(DataSafetyCli, RestoreRefusesWhatIsNotABackupAndWaitsForTheWindowToClose)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    ASSERT_EQ(cli(path, "client add --last-name Lefevre --first-name Zoe").exitCode, 0);
    const QString backup = folder.filePath(QStringLiteral("copie.sqlite"));
    ASSERT_EQ(cli(path, { QStringLiteral("backup"), QStringLiteral("--out"), backup }).exitCode, 0);
    const QByteArray before = digestOf(path);

    const QString notes
        = writeFile(folder.filePath(QStringLiteral("notes.sqlite")), "Compte rendu, pas une sauvegarde.");
    const CliRun refused = cli(path, { QStringLiteral("restore"), notes });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not a Parcours backup"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(digestOf(path), before);
    EXPECT_FALSE(QDir(folder.filePath(QStringLiteral("parcours-backups"))).exists());

    QLockFile window(path + QStringLiteral(".lock")); // as the open window holds it
    ASSERT_TRUE(window.tryLock());
    const CliRun whileOpen = cli(path, { QStringLiteral("restore"), backup });
    EXPECT_EQ(whileOpen.exitCode, 1);
    EXPECT_TRUE(whileOpen.err.contains(QStringLiteral("Parcours is open on"))) << whileOpen.err.toStdString();
    EXPECT_EQ(digestOf(path), before);
    window.unlock();
    EXPECT_EQ(cli(path, { QStringLiteral("restore"), backup }).exitCode, 0);
}

TEST(DataSafetyCli, ABackupOnADiskThatFillsUpFailsWhereverItStopsAndKeepsThePreviousFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    const QString out = folder.filePath(QStringLiteral("sauvegarde.sqlite"));
    ASSERT_EQ(cli(path, "client add --last-name Lefevre --first-name Zoe").exitCode, 0);
    ASSERT_EQ(cli(path, { QStringLiteral("backup"), QStringLiteral("--out"), out }).exitCode, 0);
    const qint64 size = QFileInfo(out).size();
    ASSERT_EQ(cli(path, "client add --last-name Celik --first-name Loic").exitCode, 0);
    const QByteArray previous = digestOf(out);
    // Below the size of SQLite's -shm file even opening the database fails; above it, the copy itself does.
    const QStringList allowed { QStringLiteral("parcours.sqlite"), QStringLiteral("parcours.sqlite-shm"),
        QStringLiteral("parcours.sqlite-wal"), QStringLiteral("sauvegarde.sqlite") };
    // bash's ulimit -f counts 1 KiB blocks; SIGXFSZ ignored, so a write past the limit fails with EFBIG. Every
    // limit around the -shm file's 32 KiB, then about thirty spread up to the last KiB of the copy: each is one
    // run of the CLI, and every KiB of a copy that grows with each migration made the test outlast its timeout
    // under AddressSanitizer.
    QList<qint64> limits;
    for (qint64 limit = 0; limit <= 40 && limit * 1024 < size; ++limit)
        limits << limit;
    const qint64 last = (size - 1) / 1024;
    for (qint64 step = 1; last > 40 && step <= 30; ++step)
        limits << 40 + (last - 40) * step / 30;
    std::sort(limits.begin(), limits.end());
    limits.erase(std::unique(limits.begin(), limits.end()), limits.end());
    ASSERT_EQ(limits.back(), last);
    int failedWhileCopying = 0;
    for (const qint64 limit : limits) {
        const QStringList wrapper { QStringLiteral("/bin/bash"), QStringLiteral("-c"),
            QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limit) };
        const CliRun failed = cli(path, { QStringLiteral("backup"), QStringLiteral("--out"), out }, wrapper);
        ASSERT_EQ(failed.exitCode, 1) << "limit " << limit << " KiB: " << failed.err.toStdString();
        EXPECT_EQ(failed.err.count(QLatin1Char('\n')), 1) << failed.err.toStdString();
        failedWhileCopying += failed.err.contains(QStringLiteral("The backup could not be written"));
        ASSERT_EQ(digestOf(out), previous) << "limit " << limit << " KiB";
        for (const QString& file : QDir(folder.path()).entryList(QDir::Files | QDir::Hidden))
            ASSERT_TRUE(allowed.contains(file)) << file.toStdString() << " left behind at limit " << limit << " KiB";
    }
    EXPECT_GT(failedWhileCopying, 0);
    ASSERT_EQ(cli(path, { QStringLiteral("backup"), QStringLiteral("--out"), out }).exitCode, 0);
    EXPECT_NE(digestOf(out), previous);
}

namespace {

/** Files the test may not write, as a consultant meets them on a read-only share or a locked-down folder. */
class ReadOnlyFileTest : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override
    {
        root = geteuid() == 0;
        path = folder.filePath(QStringLiteral("data/parcours.sqlite"));
        ASSERT_EQ(cli(path, "client add --last-name Lefevre --first-name Zoe").exitCode, 0);
        ASSERT_TRUE(QFile::exists(path));
        ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        // root writes anything: the checks then run as "nobody", for whom the files are someone else's.
        QFile::setPermissions(folder.path(), QFileDevice::Permissions(0x7755));
        const bool folderLocked = GetParam();
        const QString data = folder.filePath(QStringLiteral("data"));
        if (root) {
            QFile::setPermissions(data, QFileDevice::Permissions(folderLocked ? 0x7755 : 0x7777));
            QFile::setPermissions(path, QFileDevice::Permissions(folderLocked ? 0x6666 : 0x6444));
            wrapper = { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral("--") };
        } else {
            QFile::setPermissions(data, QFileDevice::Permissions(folderLocked ? 0x5555 : 0x7755));
            QFile::setPermissions(path, QFileDevice::Permissions(0x4444));
        }
    }
    void TearDown() override
    {
        QFile::setPermissions(folder.filePath(QStringLiteral("data")), QFileDevice::Permissions(0x7777));
    }
    QTemporaryDir folder;
    QString path;
    bool root = false;
    QStringList wrapper;
};

} // namespace

TEST_P(ReadOnlyFileTest, TheDataCanBeReadAndEveryChangeIsRefusedClearly)
{
    const QByteArray before = digestOf(path);
    const CliRun list
        = cli(path, { QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list") }, wrapper);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    ASSERT_EQ(list.json().toArray().size(), 1);
    EXPECT_EQ(list.json()[0][QStringLiteral("last_name")].toString(), QStringLiteral("Lefevre"));
    const CliRun add = cli(path,
        { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"), QStringLiteral("X"),
            QStringLiteral("--first-name"), QStringLiteral("Y") },
        wrapper);
    EXPECT_EQ(add.exitCode, 1);
    EXPECT_TRUE(add.err.contains(QStringLiteral("read-only"))) << add.err.toStdString();
    EXPECT_EQ(add.err.count(QLatin1Char('\n')), 1);
    EXPECT_EQ(digestOf(path), before);
}

TEST_P(ReadOnlyFileTest, ChangesLeftInAWalFileOfAReadOnlyFolderAreExplained)
{
    if (!GetParam())
        return; // only a read-only folder keeps SQLite from reading a -wal file
    writeFile(path + QStringLiteral("-wal"), QByteArray(4096, '\0'));
    const CliRun list = cli(path, { QStringLiteral("client"), QStringLiteral("list") }, wrapper);
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_TRUE(list.err.contains(QStringLiteral("its folder is read-only and its last changes are still in")))
        << list.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(ReadOnly, ReadOnlyFileTest, ::testing::Values(false, true),
    [](const ::testing::TestParamInfo<bool>& param) { return param.param ? "Folder" : "File"; });
