#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace parcours {

class MainWindow;

/**
 * `parcours --startup-probe`: waits for the first paint of the client list with rows in it, then prints the
 * milliseconds since the process started and the peak memory (getrusage), and quits the application.
 */
class StartupProbe : public QObject {
    Q_OBJECT
public:
    /// `sinceStart` was started first thing in main().
    StartupProbe(MainWindow& window, QElapsedTimer sinceStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace parcours
