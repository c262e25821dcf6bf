#pragma once

#include <QString>

namespace parcours {

/**
 * What differs between SQLite and PostgreSQL, and nothing else: column types in migrations, how a
 * write transaction begins, where the schema version is kept. Everything else is shared SQL.
 */
class SqlDialect {
public:
    virtual ~SqlDialect() = default;
    virtual bool isPostgres() const = 0;
    virtual QString driverName() const = 0;
    /// Replaces the {{ID}}, {{DATE}}, {{DATETIME}}, {{BOOL}}, {{TRUE}}, {{FALSE}}, {{BLOB}} tokens of a migration.
    virtual QString expandTypes(QString sql) const = 0;
    /// SQLite takes the write lock at once (BEGIN IMMEDIATE) so a transaction never fails half-way on SQLITE_BUSY.
    virtual QString beginWrite() const = 0;
    /// A case- and accent-blind LIKE over an already folded column.
    virtual QString likeOperator() const = 0;
    /// Whether a migration statement marked "@sqlite" or "@postgresql" applies to this backend.
    bool appliesTo(const QString& tag) const;

    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();
};

} // namespace parcours
