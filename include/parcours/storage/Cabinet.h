#pragma once

#include <parcours/core/Result.h>
#include <parcours/storage/DatabaseLocation.h>

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace parcours {

class Database;

/** One consultant of a cabinet: a PostgreSQL login in the consultant group, and how many beneficiaries they own. */
struct CabinetConsultant {
    QString login;
    QString name; ///< empty for an owner not added by `cabinet add-consultant` (the administrator)
    bool manager = false;
    bool consultant = false; ///< member of the consultant group (false for the administrator owning old rows)
    qint64 clients = 0;
};

/** What `cabinet reassign` moved. */
struct ReassignOutcome {
    qint64 clients = 0;
    qint64 bilans = 0;
};

/** Rows of one table before and after an import, and how many the source held. */
struct TableCopy {
    QString table;
    qint64 source = 0;
    qint64 before = 0;
    qint64 after = 0;
};

/**
 * The administration of a cabinet database on PostgreSQL: its schema, group roles, grants and row-level
 * security, its consultants, the reassignment of beneficiaries and the import of a solo SQLite database.
 * Everything runs in one transaction per operation: on any error nothing is changed.
 */
class Cabinet {
public:
    /// The group roles every consultant and every manager belongs to.
    static constexpr const char* kConsultantGroup = "parcours_consultant";
    static constexpr const char* kManagerGroup = "parcours_manager";

    /// Connects to a PostgreSQL database; refuses an SQLite location (ErrorCode::Unavailable).
    static Result<std::unique_ptr<Cabinet>> open(const DatabaseLocation& location);
    ~Cabinet();

    /// Migrates the schema, creates the group roles, grants and policies; safe to run again. Needs a role that
    /// may create roles (CREATEROLE or superuser) and owns the tables (ErrorCode::Refused otherwise).
    Result<void> init();
    /// Creates (or updates) a login role in the consultant group, and the manager group with `manager`.
    /// The password, when given, reaches the server only as a SCRAM-SHA-256 verifier.
    Result<void> addConsultant(const QString& login, const QString& name, bool manager,
                               const std::optional<QString>& password);
    /// Consultants and every other owner of beneficiaries, with their counts, by login.
    Result<QList<CabinetConsultant>> consultants();
    /// Moves FROM's beneficiaries (all, or those listed) to TO, in one transaction.
    Result<ReassignOutcome> reassign(const QString& from, const QString& to, const QList<qint64>& clientIds);
    /// Copies a solo SQLite database (any schema version; the file is never modified) into the cabinet,
    /// owned by `login`, all or nothing, with the row counts checked per table.
    Result<QList<TableCopy>> importSqlite(const QString& path, const QString& login);

    /// For the storage tests: the connection.
    Database& database() { return *m_database; }

    /// A login PostgreSQL and Parcours accept: lower-case letters, digits, '_', '.', '-', from a letter, ≤ 63.
    static bool validLogin(const QString& login);
    /// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 7677), with a random salt.
    static QString scramVerifier(const QString& password);

private:
    explicit Cabinet(std::unique_ptr<Database> database);
    Result<void> requireRoleAdministration();
    Result<bool> isConsultant(const QString& login);
    std::unique_ptr<Database> m_database;
};

} // namespace parcours
