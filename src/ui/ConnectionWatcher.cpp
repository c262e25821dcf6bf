#include <parcours/core/StoreEvents.h>
#include <parcours/ui/ConnectionWatcher.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

ConnectionWatcher::ConnectionWatcher(StoreEvents& events, Reconnect reconnect, QWidget* parent)
    : QFrame(parent)
    , m_reconnect(std::move(reconnect))
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Try again now"), this))
{
    setObjectName(u"connectionLostBanner"_s);
    setStyleSheet(u"#connectionLostBanner { background: #fdecea; border: 1px solid #e0a09a; border-radius: 4px; } "
                  "#connectionLostBanner QLabel { color: #7a1c14; }"_s);
    m_label->setObjectName(u"connectionLostLabel"_s);
    m_label->setWordWrap(true);
    m_retryButton->setObjectName(u"retryConnectionButton"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    m_retryTimer.setSingleShot(true);
    m_tickTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionWatcher::retryNow);
    connect(&m_tickTimer, &QTimer::timeout, this, &ConnectionWatcher::updateText);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionWatcher::retryNow);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ConnectionWatcher::beat);
    connect(&events, &StoreEvents::connectionLost, this, &ConnectionWatcher::connectionLost);
    hide();
}

void ConnectionWatcher::setHeartbeat(Heartbeat heartbeat, int intervalMs)
{
    m_heartbeat = std::move(heartbeat);
    m_heartbeatTimer.setInterval(intervalMs);
    if (m_heartbeat && !m_lost)
        m_heartbeatTimer.start();
    else
        m_heartbeatTimer.stop();
}

void ConnectionWatcher::beat()
{
    if (m_lost || !m_heartbeat)
        return;
    if (auto alive = m_heartbeat(); !alive && alive.error().code == ErrorCode::ConnectionLost)
        connectionLost(); // StoreEvents says it too, queued: the second call changes nothing
}

QString ConnectionWatcher::text() const
{
    return m_label->text();
}

void ConnectionWatcher::connectionLost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_heartbeatTimer.stop();
    m_attempts = 0;
    m_lastReason.clear();
    scheduleNext();
    show();
}

void ConnectionWatcher::retryNow()
{
    if (!m_lost)
        return;
    m_retryTimer.stop();
    ++m_attempts;
    auto done = m_reconnect ? m_reconnect() : Result<void>(success());
    if (!done) {
        m_lastReason = done.error().message;
        scheduleNext();
        return;
    }
    m_lost = false;
    m_tickTimer.stop();
    if (m_heartbeat)
        m_heartbeatTimer.start();
    hide();
    Q_EMIT restored();
}

void ConnectionWatcher::scheduleNext()
{
    const int delay = m_delays.value(qMin(m_attempts, int(m_delays.size()) - 1), 30000);
    m_retryTimer.start(delay);
    m_tickTimer.start();
    updateText();
}

void ConnectionWatcher::updateText()
{
    const int seconds = qMax(1, (m_retryTimer.remainingTime() + 999) / 1000);
    QString text = tr("The connection to the cabinet's server is lost; trying again in %n second(s). What you "
                      "type is kept and saved once the link is back.",
                      nullptr, seconds);
    if (!m_lastReason.isEmpty())
        text += u"\n"_s + m_lastReason;
    m_label->setText(text);
}

} // namespace parcours
