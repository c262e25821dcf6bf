#pragma once

#include <parcours/storage/DatabaseLocation.h>

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace parcours {

/**
 * One Parcours window per SQLite file, as KeePassXC does it: a lock file beside the database (a lock left by a
 * process that died is taken over) and a local socket through which a second Parcours asks the first to come to
 * the front. parcours-cli takes no part: it works alongside through SQLite's own locking.
 */
class InstanceGuard : public QObject {
    Q_OBJECT
public:
    enum class Claim {
        Acquired, ///< this process is the one window on the database (always, for PostgreSQL)
        HeldElsewhere, ///< another Parcours has the database open
        Unavailable, ///< no lock can be taken (a read-only folder): nothing can be written anyway
    };

    explicit InstanceGuard(DatabaseLocation location, QObject* parent = nullptr);
    ~InstanceGuard() override;

    /// Takes the lock and starts listening for the next instances.
    Claim claim();
    /// Asks the process that holds the lock to bring its window to the front; false when nobody answers in time.
    bool askHolderToShow(int timeoutMs = 3000);
    /// The local socket's name: one per database file and per user.
    static QString serverName(const DatabaseLocation& location);

Q_SIGNALS:
    /// Another Parcours was started on the same database and asks this one to show its window.
    void showRequested();

private:
    void answer();

    DatabaseLocation m_location;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace parcours
