// The consultant's data is private to the consultant: the data folder 0700, the database, its -wal and -shm, the
// backups and exports 0600, also when they existed before with looser bits. Checked with stat(2) on the files the
// real parcours-cli makes.
#include "TestDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace parcours::test;

namespace {

/// The permission bits of `path` as stat(2) gives them; -1 when it does not exist.
int modeOf(const QString& path)
{
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

/// Runs parcours-cli with a home of its own (XDG_DATA_HOME) and a permissive umask, as a careless login would have.
int runCli(const QString& home, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.remove(QStringLiteral("PARCOURS_DATABASE"));
    process.setProcessEnvironment(environment);
    // umask 022 for the child: what it makes is private only because Parcours says so.
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments(
        QStringList { QStringLiteral("-c"), QStringLiteral("umask 022; exec \"$0\" \"$@\""), testPath("PARCOURS_CLI") }
        + arguments);
    process.start();
    if (!process.waitForFinished(60000))
        ADD_FAILURE() << "parcours-cli did not finish";
    if (process.exitCode() != 0)
        ADD_FAILURE() << process.readAllStandardError().toStdString();
    return process.exitCode();
}

QString findFile(const QString& folder, const QString& name)
{
    QDirIterator it(folder, { name }, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

TEST(PermissionsCliTest, DefaultDataFolderDatabaseAndBackupsArePrivate)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    // A data folder someone made world-readable before Parcours first ran.
    QDir().mkpath(home.filePath(QStringLiteral("data")));
    ASSERT_EQ(runCli(home.path(),
                  { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--last-name"),
                      QStringLiteral("Lefèvre"), QStringLiteral("--first-name"), QStringLiteral("Zoé") }),
        0);
    const QString database = findFile(home.filePath(QStringLiteral("data")), QStringLiteral("parcours.sqlite"));
    ASSERT_FALSE(database.isEmpty()) << "the CLI made its database in the default data folder";
    const QString folder = QFileInfo(database).absolutePath();
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(database), 0600);

    // Loosened by hand (a copy, an archive tool): the next run tightens them again.
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(database).constData(), 0644), 0);
    ASSERT_EQ(runCli(home.path(), { QStringLiteral("backup") }), 0);
    EXPECT_EQ(modeOf(folder), 0700);
    EXPECT_EQ(modeOf(database), 0600);
    for (const QString& side : { database + QStringLiteral("-wal"), database + QStringLiteral("-shm") }) {
        if (QFileInfo::exists(side)) {
            EXPECT_EQ(modeOf(side), 0600) << side.toStdString();
        }
    }
    const QString backup = findFile(folder + QStringLiteral("/parcours-backups"), QStringLiteral("*.sqlite"));
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(modeOf(folder + QStringLiteral("/parcours-backups")), 0700);
    EXPECT_EQ(modeOf(backup), 0600);
}

TEST(PermissionsCliTest, DatabaseElsewhereIsPrivateButItsSharedFolderIsLeftAlone)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString shared = home.filePath(QStringLiteral("shared"));
    QDir().mkpath(shared);
    ASSERT_EQ(::chmod(QFile::encodeName(shared).constData(), 0755), 0);
    const QString database = shared + QStringLiteral("/cabinet.sqlite");
    ASSERT_EQ(runCli(home.path(),
                  { QStringLiteral("--database"), database, QStringLiteral("client"), QStringLiteral("add"),
                      QStringLiteral("--last-name"), QStringLiteral("Martin"), QStringLiteral("--first-name"),
                      QStringLiteral("Léa") }),
        0);
    EXPECT_EQ(modeOf(database), 0600);
    ASSERT_EQ(::chmod(QFile::encodeName(database).constData(), 0664), 0);
    // An export written over an older, world-readable file.
    const QString exported = shared + QStringLiteral("/copie.sqlite");
    QFile old(exported);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    ASSERT_EQ(::chmod(QFile::encodeName(exported).constData(), 0644), 0);
    ASSERT_EQ(
        runCli(home.path(),
            { QStringLiteral("--database"), database, QStringLiteral("backup"), QStringLiteral("--out"), exported }),
        0);
    EXPECT_EQ(modeOf(database), 0600);
    EXPECT_EQ(modeOf(exported), 0600);
    EXPECT_EQ(modeOf(shared), 0755) << "a folder the consultant chose is not Parcours's to change";
}
