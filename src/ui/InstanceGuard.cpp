#include <parcours/storage/Platform.h>
#include <parcours/ui/InstanceGuard.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>


using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QByteArray kShow = "show\n";
const QByteArray kShown = "shown\n";

/// Runs the event loop until `done` holds or the time is up; both ends of the socket may live in this thread.
template<typename Done> bool waitFor(int timeoutMs, const Done& done)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    timer.start(timeoutMs);
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

InstanceGuard::InstanceGuard(DatabaseLocation location, QObject* parent)
    : QObject(parent), m_location(std::move(location))
{ }

InstanceGuard::~InstanceGuard() = default;

QString InstanceGuard::serverName(const DatabaseLocation& location)
{
    const QString file = QFileInfo(location.path).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return u"parcours-%1-%2"_s.arg(QString::fromLatin1(digest)).arg(platform::userId());
}

InstanceGuard::Claim InstanceGuard::claim()
{
    if (m_location.isPostgres())
        return Claim::Acquired; // a cabinet's database is shared by design
    m_lock = std::make_unique<QLockFile>(m_location.instanceLockPath());
    m_lock->setStaleLockTime(0); // never stale by age: only when the process that wrote it is gone
    if (!m_lock->tryLock(200)) {
        const bool elsewhere = m_lock->error() == QLockFile::LockFailedError;
        m_lock.reset();
        return elsewhere ? Claim::HeldElsewhere : Claim::Unavailable;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(m_location);
    QLocalServer::removeServer(name); // a socket left by a process that died (we hold the lock now)
    if (m_server->listen(name))
        connect(m_server, &QLocalServer::newConnection, this, &InstanceGuard::answer);
    return Claim::Acquired;
}

void InstanceGuard::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kShow) {
                socket->write(kShown);
                socket->flush();
                Q_EMIT showRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

bool InstanceGuard::askHolderToShow(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(m_location));
    if (!waitFor(timeoutMs,
            [&] {
                return socket.state() == QLocalSocket::ConnectedState
                    || socket.state() == QLocalSocket::UnconnectedState;
            })
        || socket.state() != QLocalSocket::ConnectedState) {
        return false;
    }
    socket.write(kShow);
    socket.flush();
    QByteArray reply;
    waitFor(timeoutMs, [&] {
        reply += socket.readAll();
        return reply.contains('\n') || socket.state() == QLocalSocket::UnconnectedState;
    });
    return reply == kShown;
}

} // namespace parcours
