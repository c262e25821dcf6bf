#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <parcours/core/Result.h>

namespace parcours {

class Database;

/** One numbered schema step, read from the embedded `:/migrations/NNN-name.sql` resources. */
struct Migration {
    int version = 0;
    QString name;
    QStringList statements; ///< already expanded for the dialect, one per exec (QSQLITE runs one at a time)
};

/**
 * Brings a database to the schema this build knows, one step per transaction that also records the new
 * version (PRAGMA user_version on SQLite, the schema_version table on PostgreSQL). A database newer than
 * the build is refused before anything is written.
 */
class Migrator {
public:
    /// `folder` holds the numbered scripts: the embedded ones unless a test gives its own.
    explicit Migrator(Database& database, QString folder = {});

    /// The latest version of the embedded scripts: the schema this build creates and understands.
    static int latestVersion();
    /// The latest version of this migrator's scripts.
    int latest() const;
    Result<int> currentVersion() const;
    /// Migrates up to `target` (default: the latest).
    Result<void> migrate(int target = -1);

    /// Splits a migration script into statements (a trigger body stays whole) and keeps those for this dialect.
    static QStringList splitStatements(const QString& script, bool postgres);
    Result<QList<Migration>> migrations() const;

private:
    Result<void> apply(const Migration& migration);
    Database& m_database;
    QString m_folder;
};

} // namespace parcours
