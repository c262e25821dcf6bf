#include "Migrator.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kMigrationFolder = u":/migrations"_s;

int latestIn(const QString& folder)
{
    int latest = 0;
    const QStringList files = QDir(folder).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        latest = std::max(latest, file.section(u'-', 0, 0).toInt());
    return latest;
}

} // namespace

Migrator::Migrator(Database& database, QString folder)
    : m_database(database)
    , m_folder(folder.isEmpty() ? kMigrationFolder : std::move(folder))
{
}

int Migrator::latestVersion()
{
    return latestIn(kMigrationFolder);
}

int Migrator::latest() const
{
    return latestIn(m_folder);
}

QStringList Migrator::splitStatements(const QString& script, bool postgres)
{
    // A statement ends with ';' at the end of a line, except inside a trigger body (up to "END;").
    // A line "-- @sqlite" or "-- @postgresql" before a statement keeps it for that backend only.
    QStringList statements;
    QString current;
    QString tag;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (current.isEmpty() && line.startsWith(u"-- @"_s)) {
            tag = line.mid(4).trimmed();
            continue;
        }
        if (line.startsWith(u"--"_s) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += raw + u'\n';
        // An SQLite trigger's body holds statements up to "END;"; PostgreSQL's calls a function and ends with ';'.
        if (tag != u"postgresql" && line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        const bool insideDollarQuote = current.count(u"$$"_s) % 2 == 1;
        const bool ends = inTrigger ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0
                                    : line.endsWith(u';') && !insideDollarQuote;
        if (!ends)
            continue;
        QString statement = current.trimmed();
        statement.chop(1);
        const bool keep = tag.isEmpty() || (postgres ? tag == u"postgresql" : tag == u"sqlite");
        if (keep)
            statements << statement;
        current.clear();
        tag.clear();
        inTrigger = false;
    }
    return statements;
}

Result<QList<Migration>> Migrator::migrations() const
{
    QList<Migration> steps;
    const QStringList files = QDir(m_folder).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    int expected = 1;
    for (const QString& fileName : files) {
        QFile file(m_folder + u'/' + fileName);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Storage, QCoreApplication::translate("Migrator", "Cannot read the migration %1.").arg(fileName));
        Migration step;
        step.version = fileName.section(u'-', 0, 0).toInt();
        step.name = fileName;
        if (step.version != expected)
            return makeError(ErrorCode::Storage, QCoreApplication::translate("Migrator", "Migration %1 is out of sequence.").arg(fileName));
        ++expected;
        const QString script = m_database.dialect().expandTypes(QString::fromUtf8(file.readAll()));
        step.statements = splitStatements(script, m_database.isPostgres());
        steps << step;
    }
    return steps;
}

Result<int> Migrator::currentVersion() const
{
    QSqlQuery query(m_database.connection());
    if (m_database.isPostgres()) {
        if (!query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !query.next())
            return sqlError(query.lastError());
        if (!query.value(0).toBool())
            return 0;
        query.finish();
        if (!query.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s) || !query.next())
            return sqlError(query.lastError());
        return query.value(0).toInt();
    }
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlError(query.lastError());
    return query.value(0).toInt();
}

Result<void> Migrator::migrate(int target)
{
    const int latest = this->latest();
    if (target < 0)
        target = latest;
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return makeError(ErrorCode::NewerSchema,
                         QCoreApplication::translate("Migrator", "This database was written by a newer version of Parcours (schema %1; this version "
                            "knows up to %2). Update Parcours to open it; nothing was changed.")
                             .arg(current.value())
                             .arg(latest));
    }
    auto steps = migrations();
    if (!steps)
        return steps.error();
    for (const Migration& step : steps.value()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        if (auto applied = apply(step); !applied)
            return applied.error();
    }
    return success();
}

Result<void> Migrator::apply(const Migration& migration)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    QStringList statements = migration.statements;
    if (m_database.isPostgres()) {
        statements.prepend(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        statements << u"DELETE FROM schema_version"_s
                   << u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(migration.version);
    } else {
        if (migration.version == 1)
            statements << u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId);
        statements << u"PRAGMA user_version = %1"_s.arg(migration.version);
    }
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = execStatement(m_database, statement); !done) {
            return makeError(done.error().code, QCoreApplication::translate("Migrator", "Schema step %1 failed: %2")
                                                     .arg(migration.name, done.error().message));
        }
    }
    return transaction->commit();
}

} // namespace parcours
