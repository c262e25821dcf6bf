#pragma once

#include <parcours/core/Result.h>

#include <QFrame>
#include <QList>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace parcours {

class StoreEvents;

/**
 * The banner of a lost connection to the cabinet's server: shown when StoreEvents::connectionLost comes, it counts
 * down to the next attempt (2 s, then longer, 30 s at most) and tries to reconnect; « Réessayer maintenant » tries
 * at once. When the link is back the banner goes and `restored` is emitted; nothing typed in the editors is lost
 * meanwhile (their failed saves are made again on StoreEvents::connectionRestored). With a heartbeat (a cabinet's
 * window), a trivial question to the server every 15 s finds a lost link even while nobody types.
 */
class ConnectionWatcher : public QFrame {
    Q_OBJECT
public:
    using Reconnect = std::function<Result<void>()>;
    using Heartbeat = std::function<Result<void>()>;
    ConnectionWatcher(StoreEvents& events, Reconnect reconnect, QWidget* parent = nullptr);

    bool isLost() const { return m_lost; }
    /// The waits between attempts, in milliseconds (tests shorten them); the last one repeats.
    void setDelays(QList<int> delays) { m_delays = std::move(delays); }
    /// Asks `heartbeat` every `intervalMs` while the link is up (storage heartbeat(Store&): a trivial query that fails at
    /// once, or within the connection's TCP timeouts, when the server is gone).
    void setHeartbeat(Heartbeat heartbeat, int intervalMs = 15000);
    QString text() const;
    int attempts() const { return m_attempts; }

public Q_SLOTS:
    void connectionLost();
    void retryNow();

Q_SIGNALS:
    void restored();

private:
    void scheduleNext();
    void updateText();
    void beat();

    Reconnect m_reconnect;
    Heartbeat m_heartbeat;
    QTimer m_heartbeatTimer;
    QLabel* m_label;
    QPushButton* m_retryButton;
    QTimer m_retryTimer;
    QTimer m_tickTimer;
    QList<int> m_delays { 2000, 4000, 8000, 15000, 30000 };
    QString m_lastReason;
    int m_attempts = 0;
    bool m_lost = false;
};

} // namespace parcours
