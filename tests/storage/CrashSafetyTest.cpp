// A writer killed with SIGKILL at random moments, 200 times: the file stays sound and every write it reported
// as committed is there. (scripts/crash-soak runs many more kills.)
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace parcours;
using namespace parcours::test;

namespace {

int killCount()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("PARCOURS_CRASH_KILLS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : 200;
}

QSet<qint64> idsIn(const QString& path, const QString& table)
{
    QSet<qint64> ids;
    const QString name = QStringLiteral("check-") + QString::number(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT id FROM %1").arg(table));
            while (query.next())
                ids.insert(query.value(0).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

} // namespace

TEST(CrashSafety, EveryReportedWriteSurvivesAKillAtAnyMoment)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    QHash<QString, QSet<qint64>> reported; // "client", "bilan", "session" → ids reported as committed
    int killsDuringWrites = 0;
    const int kills = killCount();
    for (int kill = 0; kill < kills; ++kill) {
        SCOPED_TRACE("seed " + std::to_string(seed) + ", kill " + std::to_string(kill));
        QProcess writer;
        writer.start(testPath("PARCOURS_CRASH_WRITER"), { QStringLiteral("write"), path });
        ASSERT_TRUE(writer.waitForStarted()) << testPath("PARCOURS_CRASH_WRITER").toStdString();
        // One kill in five lands anywhere, start-up and schema creation included; the others once writing.
        if (random.bounded(5) != 0)
            writer.waitForReadyRead(5000);
        QThread::usleep(random.bounded(30000));
        writer.kill(); // SIGKILL: no chance to finish anything
        writer.waitForFinished();
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit) << writer.readAllStandardError().toStdString();
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) // a half-printed last line is no report
                reported[QString::fromLatin1(parts[0])].insert(parts[1].toLongLong());
        }
        killsDuringWrites += lines.size() > 1;

        ASSERT_EQ(sqliteValue(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        for (const QString& table : { QStringLiteral("client"), QStringLiteral("bilan"), QStringLiteral("session") }) {
            const QSet<qint64> stored = idsIn(path, table);
            for (qint64 id : reported.value(table))
                ASSERT_TRUE(stored.contains(id)) << table.toStdString() << " " << id << " was reported and is lost";
        }
        // A beneficiary and their bilan are written together: never one without the other.
        ASSERT_EQ(sqliteValue(
                      path, QStringLiteral("SELECT count(*) FROM client WHERE id NOT IN (SELECT client_id FROM bilan)"))
                      .toInt(),
            0);
    }
    EXPECT_GT(killsDuringWrites, kills / 2);
    EXPECT_GT(reported.value(QStringLiteral("session")).size(), kills);
}
