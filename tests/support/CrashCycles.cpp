#include "CrashCycles.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace parcours::test {
namespace {

/// Runs `check` on a connection to the database (read-write: after a kill, SQLite recovers the -wal index).
QString withConnection(const QString& path, const std::function<QString(QSqlDatabase&)>& check)
{
    const QString name = u"crash-check-"_s + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        problem = db.open() ? check(db) : u"cannot open the database after the kill"_s;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

CrashCycles::CrashCycles(QString databasePath, QString writerProgram, quint32 seed)
    : m_path(std::move(databasePath)), m_writer(std::move(writerProgram)), m_seed(seed), m_random(seed)
{ }

QString CrashCycles::killOnce()
{
    ++m_kills;
    QProcess writer;
    writer.start(m_writer, { u"write"_s, m_path });
    if (!writer.waitForStarted())
        return u"cannot start %1: %2"_s.arg(m_writer, writer.errorString());
    // One kill in five lands anywhere, start-up and schema creation included; the others once writing.
    if (m_random.bounded(5) != 0)
        writer.waitForReadyRead(5000);
    QThread::usleep(m_random.bounded(30000));
    writer.kill(); // SIGKILL: no chance to finish anything
    writer.waitForFinished();
    if (writer.exitStatus() != QProcess::CrashExit)
        return u"the writer stopped by itself: %1"_s.arg(QString::fromUtf8(writer.readAllStandardError()));
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && !parts[1].isEmpty()) // a half-printed last line is no report
            m_reported[QString::fromLatin1(parts[0])].insert(parts[1].toLongLong());
    }
    m_killsDuringWrites += lines.size() > 1;

    return withConnection(m_path, [this](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next() || query.value(0).toString() != u"ok")
            return u"integrity_check fails: %1"_s.arg(query.value(0).toString());
        for (auto kind = m_reported.cbegin(); kind != m_reported.cend(); ++kind) {
            QSet<qint64> stored;
            query.exec(u"SELECT id FROM %1"_s.arg(kind.key()));
            while (query.next())
                stored.insert(query.value(0).toLongLong());
            for (qint64 id : kind.value()) {
                if (!stored.contains(id))
                    return u"%1 %2 was reported as committed and is lost"_s.arg(kind.key()).arg(id);
            }
        }
        // A beneficiary and their bilan are written in one transaction: never one without the other.
        if (query.exec(u"SELECT count(*) FROM client WHERE id NOT IN (SELECT client_id FROM bilan)"_s) && query.next()
            && query.value(0).toInt() != 0)
            return u"a beneficiary was stored without the bilan written with it"_s;
        return {};
    });
}

} // namespace parcours::test
