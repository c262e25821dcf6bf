#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace parcours::test {

/**
 * The crash-safety loop shared by the test (200 kills) and the benchmark (as many as asked): a child process
 * (parcours_crash_writer) records beneficiaries, bilans and sessions and reports each committed id; it is killed
 * with SIGKILL at a random moment; then the file must pass integrity_check and hold every id ever reported.
 */
class CrashCycles {
public:
    CrashCycles(QString databasePath, QString writerProgram, quint32 seed);

    /// One writer started, killed and checked: empty when all is well, else what went wrong.
    QString killOnce();

    quint32 seed() const { return m_seed; }
    int kills() const { return m_kills; }
    /// Kills that landed after the writer had reported at least one write.
    int killsDuringWrites() const { return m_killsDuringWrites; }
    qsizetype reported(const QString& kind) const { return m_reported.value(kind).size(); }

private:
    QString m_path;
    QString m_writer;
    quint32 m_seed;
    QRandomGenerator m_random;
    QHash<QString, QSet<qint64>> m_reported; ///< "client", "bilan", "session" → ids reported as committed
    int m_kills = 0;
    int m_killsDuringWrites = 0;
};

} // namespace parcours::test
