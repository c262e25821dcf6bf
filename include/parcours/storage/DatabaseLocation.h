#pragma once

#include <QString>

#include <parcours/core/Result.h>

namespace parcours {

/** Where the data lives: an SQLite file (the solo consultant's default) or a PostgreSQL database (a cabinet). */
struct DatabaseLocation {
    enum class Kind { SqliteFile, Postgres };

    Kind kind = Kind::SqliteFile;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL host name, or a Unix socket directory
    int port = 5432;
    QString user;
    QString password; ///< never stored; libpq also reads PGPASSWORD and ~/.pgpass
    QString databaseName;

    /// A file path, or `postgresql://user@host:port/dbname`.
    static Result<DatabaseLocation> parse(const QString& text);
    /// `--database` when given, else PARCOURS_DATABASE, else the default SQLite file.
    static Result<DatabaseLocation> resolve(const QString& commandLineValue);
    /// `<AppDataLocation>/parcours.sqlite`.
    static DatabaseLocation defaultLocation();

    bool isPostgres() const { return kind == Kind::Postgres; }
    /// The lock file that keeps one Parcours window per SQLite file (`<path>.lock`); empty for PostgreSQL.
    QString instanceLockPath() const { return isPostgres() ? QString() : path + QStringLiteral(".lock"); }
    /// For people: the file path or the URL without any password.
    QString display() const;
};

} // namespace parcours
