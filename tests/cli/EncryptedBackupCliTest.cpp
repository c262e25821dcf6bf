// Encrypted backups from the command line, as a script runs them: `backup --out` seals the copy when a passphrase
// is given (PARCOURS_PASSPHRASE or --passphrase-file), `restore` reads it back; a wrong passphrase, a flipped byte
// or a cut file is refused with a clear message, exit 1, and the database is left exactly as it was.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

const QString kPassphrase = QStringLiteral("un cabinet de bilan au bord de la mer");

struct CliOutcome {
    int exitCode = -1;
    QString out;
    QString err;
};

CliOutcome cli(const QString& database, const QStringList& arguments, const QString& passphrase = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
    environment.remove(QStringLiteral("PARCOURS_DATABASE"));
    environment.remove(QStringLiteral("PARCOURS_PASSPHRASE"));
    if (!passphrase.isEmpty())
        environment.insert(QStringLiteral("PARCOURS_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(environment);
    process.start(testPath("PARCOURS_CLI"), QStringList { QStringLiteral("--database"), database } + arguments);
    if (!process.waitForFinished(60000))
        ADD_FAILURE() << "parcours-cli did not finish";
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class EncryptedBackupCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("parcours.sqlite"));
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("cle-usb")));
        addClient(QStringLiteral("Lefevre"));
        const CliOutcome made
            = cli(m_database, { QStringLiteral("backup"), QStringLiteral("--out"), sealed() }, kPassphrase);
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        addClient(QStringLiteral("Celik")); // after the backup: a restore takes it away
    }
    void addClient(const QString& name)
    {
        const CliOutcome run = cli(m_database,
            { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"), name,
                QStringLiteral("--first-name"), QStringLiteral("Zoé") });
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    QStringList names()
    {
        const CliOutcome run
            = cli(m_database, { QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--json") });
        QStringList found;
        for (const QJsonValue& client : QJsonDocument::fromJson(run.out.toUtf8()).array())
            found << client[QStringLiteral("last_name")].toString();
        return found;
    }
    QString sealed() const { return m_dir.filePath(QStringLiteral("cle-usb/sauvegarde.parcours")); }
    /// Restoring `file` fails, says `why` on stderr, and the database still holds both beneficiaries.
    void expectRefused(const QString& file, const QString& passphrase, const char* why)
    {
        const CliOutcome run = cli(m_database, { QStringLiteral("restore"), file }, passphrase);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(why))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("othing was changed"))) << run.err.toStdString();
        EXPECT_EQ(names().size(), 2) << "nothing changed";
    }

    QTemporaryDir m_dir;
    QString m_database;
};

} // namespace

TEST_F(EncryptedBackupCliTest, ABackupWithAPassphraseIsSealedAndRestoresWithIt)
{
    const QByteArray bytes = read(sealed());
    EXPECT_TRUE(bytes.startsWith("PARCOURS-ENC"));
    EXPECT_FALSE(bytes.contains("Lefevre")) << "nobody reads the backup without the passphrase";
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    ASSERT_EQ(names().size(), 2);
    const CliOutcome run = cli(m_database, { QStringLiteral("restore"), sealed() }, kPassphrase);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(names(), QStringList { QStringLiteral("Lefevre") });
}

TEST_F(EncryptedBackupCliTest, ThePassphraseMayComeFromAFile)
{
    const QString file = m_dir.filePath(QStringLiteral("passphrase.txt"));
    write(file, kPassphrase.toUtf8() + "\n");
    const CliOutcome run
        = cli(m_database, { QStringLiteral("restore"), sealed(), QStringLiteral("--passphrase-file"), file });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(kPassphrase) || run.err.contains(kPassphrase)) << "never printed";
    EXPECT_EQ(names(), QStringList { QStringLiteral("Lefevre") });
}

TEST_F(EncryptedBackupCliTest, AWrongOrMissingPassphraseIsRefused)
{
    expectRefused(sealed(), QStringLiteral("un cabinet de bilan au bord de la mère"), "Wrong passphrase");
    expectRefused(sealed(), QString(), "is encrypted: give its passphrase");
}

TEST_F(EncryptedBackupCliTest, AFlippedByteIsRefused)
{
    QByteArray bytes = read(sealed());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
    const QString altered = m_dir.filePath(QStringLiteral("altered.parcours"));
    write(altered, bytes);
    expectRefused(altered, kPassphrase, "damaged or was altered");
}

TEST_F(EncryptedBackupCliTest, ATruncatedFileIsRefused)
{
    const QByteArray bytes = read(sealed());
    const QString cut = m_dir.filePath(QStringLiteral("cut.parcours"));
    write(cut, bytes.left(bytes.size() - 100));
    expectRefused(cut, kPassphrase, "damaged");
}
