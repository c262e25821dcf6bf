#pragma once

#include <parcours/storage/Backups.h>

#include <QFutureWatcher>
#include <QObject>

namespace parcours {

class Clock;

/**
 * Runs Backups::checkAndBackUp on a worker thread: the start-up check of a large database and the daily backup
 * (several seconds at 200 MB) no longer keep the window from opening, nor freeze it once open. One run at a time;
 * finished() comes back on the thread that started it.
 */
class BackgroundCheck : public QObject {
    Q_OBJECT
public:
    explicit BackgroundCheck(QObject* parent = nullptr);
    ~BackgroundCheck() override; ///< waits for a run in progress: its connection must not outlive the database

    /// Starts a run unless one is in progress (false then). `clock` must outlive the run.
    bool start(const Backups& backups, bool check, bool daily, const Clock& clock);
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Blocks until the run in progress ends and delivers its finished() now (before a restore; tests).
    void wait();

Q_SIGNALS:
    void finished(const parcours::Backups::BackgroundOutcome& outcome);

private:
    void deliver();

    QFutureWatcher<Backups::BackgroundOutcome> m_watcher;
    bool m_delivered = true;
};

} // namespace parcours
