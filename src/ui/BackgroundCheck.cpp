#include <parcours/ui/BackgroundCheck.h>

#include <QtConcurrent/QtConcurrentRun>

namespace parcours {

BackgroundCheck::BackgroundCheck(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundCheck::deliver);
}

BackgroundCheck::~BackgroundCheck()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool BackgroundCheck::start(const Backups& backups, bool check, bool daily, const Clock& clock)
{
    if (!m_delivered || m_watcher.isRunning())
        return false;
    m_delivered = false;
    const Clock* time = &clock;
    m_watcher.setFuture(
        QtConcurrent::run([backups, check, daily, time] { return backups.checkAndBackUp(check, daily, *time); }));
    return true;
}

void BackgroundCheck::wait()
{
    m_watcher.waitForFinished();
    deliver();
}

void BackgroundCheck::deliver()
{
    if (m_delivered || !m_watcher.future().isFinished())
        return;
    m_delivered = true;
    Q_EMIT finished(m_watcher.result());
}

} // namespace parcours
