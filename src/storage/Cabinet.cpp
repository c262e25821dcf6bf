// The cabinet's administration on PostgreSQL: open and init (schema, roles, grants, row-level security).
// Messages are English only: cabinet administration is a command-line tool for the administrator.
#include <parcours/storage/Cabinet.h>

#include "CabinetTables.h"
#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString group(const char* name)
{
    return QString::fromLatin1(name);
}

/// The SQL that says whether the current role owns the row of `table` whose id is `$1`, through its parents.
QString ownershipQuery(const QString& table)
{
    const auto& all = cabinet::tables();
    QString from = table + u" t0"_s;
    QString current = table;
    int depth = 0;
    while (!cabinet::hasOwnerColumn(current)) {
        const auto step = std::find_if(all.begin(), all.end(), [&](const cabinet::Table& t) { return t.name == current; });
        if (step == all.end() || step->parent.isEmpty())
            return {};
        ++depth;
        from += u" JOIN %1 t%2 ON t%2.id = t%3.%4"_s.arg(step->parent).arg(depth).arg(depth - 1).arg(step->link);
        current = step->parent;
    }
    return u"SELECT EXISTS (SELECT 1 FROM %1 WHERE t0.id = $1 AND t%2.consultant = current_user)"_s.arg(from).arg(depth);
}

/// The owner columns of bilan and session, kept equal to their beneficiary's by triggers (whoever writes: the
/// application, an import, a reassignment, raw SQL), so that their policies and those of the tables under them
/// compare a column instead of walking up to the beneficiary for each row. Idempotent; fills existing rows.
QStringList ownerColumnStatements()
{
    QStringList statements;
    const QList<std::pair<QString, QString>> steps { { u"bilan"_s, u"client"_s }, { u"session"_s, u"bilan"_s } };
    for (const auto& [table, parent] : steps) {
        const QString link = parent + u"_id"_s;
        statements << u"ALTER TABLE %1 ADD COLUMN IF NOT EXISTS consultant TEXT"_s.arg(table)
                   // The parent as the writer sees it: NULL when it is not theirs, which the policy then refuses.
                   << u"CREATE OR REPLACE FUNCTION parcours_%1_owner() RETURNS trigger LANGUAGE plpgsql "
                      u"SET search_path = public, pg_temp AS $$ BEGIN "
                      u"NEW.consultant := (SELECT p.consultant FROM %2 p WHERE p.id = NEW.%3); RETURN NEW; END $$"_s
                          .arg(table, parent, link)
                   << u"CREATE OR REPLACE TRIGGER parcours_%1_owner BEFORE INSERT OR UPDATE OF %2, consultant ON %1 "
                      u"FOR EACH ROW EXECUTE FUNCTION parcours_%1_owner()"_s.arg(table, link)
                   // A parent handed to another consultant takes its children along.
                   << u"CREATE OR REPLACE FUNCTION parcours_%1_owner_moved() RETURNS trigger LANGUAGE plpgsql "
                      u"SET search_path = public, pg_temp AS $$ BEGIN "
                      u"UPDATE %2 SET consultant = NEW.consultant WHERE %3 = NEW.id "
                      u"AND consultant IS DISTINCT FROM NEW.consultant; RETURN NULL; END $$"_s.arg(parent, table, link)
                   << u"CREATE OR REPLACE TRIGGER parcours_%1_owner_moved AFTER UPDATE OF consultant ON %1 "
                      u"FOR EACH ROW WHEN (OLD.consultant IS DISTINCT FROM NEW.consultant) "
                      u"EXECUTE FUNCTION parcours_%1_owner_moved()"_s.arg(parent);
    }
    // Rows written before the columns existed (the bilans' triggers fill their sessions).
    statements << u"UPDATE bilan b SET consultant = c.consultant FROM client c WHERE c.id = b.client_id "
                  u"AND b.consultant IS DISTINCT FROM c.consultant"_s
               << u"UPDATE session s SET consultant = b.consultant FROM bilan b WHERE b.id = s.bilan_id "
                  u"AND s.consultant IS DISTINCT FROM b.consultant"_s;
    return statements;
}

/// The parents the policies look through: every table some owned table links to.
QStringList parents()
{
    QStringList names;
    for (const cabinet::Table& table : cabinet::tables()) {
        if (!table.parent.isEmpty() && !names.contains(table.parent))
            names << table.parent;
    }
    return names;
}

/// The audit log's rights: append and read one's own entries (a manager reads all), never change or delete them;
/// the anchor is only read (the owner's trigger and purge functions move it).
QStringList auditStatements(const QString& table, const QString& consultants, const QString& managers)
{
    const QString both = consultants + u", "_s + managers;
    if (table != u"audit_entry")
        return { u"GRANT SELECT ON %1 TO %2"_s.arg(table, both) };
    return { u"GRANT SELECT, INSERT ON %1 TO %2"_s.arg(table, both),
        u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table),
        u"DROP POLICY IF EXISTS parcours_audit_own ON %1"_s.arg(table),
        u"CREATE POLICY parcours_audit_own ON %1 FOR SELECT TO %2 USING (who = current_user)"_s.arg(table, both),
        u"DROP POLICY IF EXISTS parcours_audit_append ON %1"_s.arg(table),
        u"CREATE POLICY parcours_audit_append ON %1 FOR INSERT TO %2 WITH CHECK (who = current_user)"_s.arg(table, both),
        u"DROP POLICY IF EXISTS parcours_audit_manager_read ON %1"_s.arg(table),
        u"CREATE POLICY parcours_audit_manager_read ON %1 FOR SELECT TO %2 USING (true)"_s.arg(table, managers),
        u"REVOKE ALL ON FUNCTION parcours_audit_purge(TEXT, TEXT) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION parcours_audit_purge(TEXT, TEXT) TO %1"_s.arg(both) };
}

} // namespace

Cabinet::Cabinet(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{
}

Cabinet::~Cabinet() = default;

Result<std::unique_ptr<Cabinet>> Cabinet::open(const DatabaseLocation& location)
{
    if (!location.isPostgres()) {
        return makeError(ErrorCode::Unavailable,
                         u"A cabinet lives on a PostgreSQL database: give --database postgresql://USER@HOST:PORT/DB "
                         u"(%1 is an SQLite file, which stays a solo database)."_s.arg(location.display()));
    }
    auto database = Database::open(location);
    if (!database)
        return database.error();
    return std::unique_ptr<Cabinet>(new Cabinet(std::move(database).value()));
}

bool Cabinet::validLogin(const QString& login)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_.-]{0,62}$"_s);
    return pattern.match(login).hasMatch() && !login.startsWith(u"pg_"_s) && !login.startsWith(u"parcours_"_s);
}

Result<void> Cabinet::requireRoleAdministration()
{
    SqlQuery query(*m_database, u"SELECT rolsuper OR rolcreaterole, current_user FROM pg_roles WHERE rolname = current_user"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || !query.value(0).toBool()) {
        return makeError(ErrorCode::Refused,
                         u"The PostgreSQL role '%1' may not create roles: run this as the cabinet's administrator (a role "
                         u"with CREATEROLE that owns the Parcours tables, or a superuser). Nothing was changed."_s
                             .arg(query.value(1).toString()));
    }
    return success();
}

Result<void> Cabinet::init()
{
    if (auto allowed = requireRoleAdministration(); !allowed)
        return allowed;
    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return transaction.error();
    if (auto migrated = Migrator(*m_database).migrate(); !migrated)
        return migrated.error();

    // Every table of the schema must be classified, or it would be left without a policy.
    SqlQuery owner(*m_database, u"SELECT c.relname, pg_get_userbyid(c.relowner) = current_user OR r.rolsuper "
                                u"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                u"JOIN pg_roles r ON r.rolname = current_user "
                                u"WHERE n.nspname = 'public' AND c.relkind = 'r'"_s);
    if (auto done = owner.exec(); !done)
        return done.error();
    QSet<QString> known;
    for (const cabinet::Table& table : cabinet::tables())
        known.insert(table.name);
    for (const QString& name : cabinet::bookkeepingTables())
        known.insert(name);
    while (owner.next()) {
        const QString table = owner.value(0).toString();
        if (!known.contains(table))
            return makeError(ErrorCode::Refused, u"The table %1 has no cabinet policy in this build of Parcours: "
                                                 u"nothing was changed."_s.arg(table));
        if (!owner.value(1).toBool())
            return makeError(ErrorCode::Refused, u"The Parcours tables belong to another PostgreSQL role: run "
                                                 u"'cabinet init' as their owner. Nothing was changed."_s);
    }

    const QString consultants = group(kConsultantGroup);
    const QString managers = group(kManagerGroup);
    QStringList statements;
    for (const QString& role : { consultants, managers }) {
        statements << u"DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation "
                      u"THEN NULL; END $$"_s.arg(role);
    }
    const QString both = consultants + u", "_s + managers;
    statements << u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(both)
               << u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(both)
               << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(both)
               << u"GRANT SELECT ON schema_version, cabinet_consultant TO %1"_s.arg(both);
    statements << ownerColumnStatements();
    for (const QString& parent : parents()) {
        statements << u"CREATE OR REPLACE FUNCTION %1(BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE "
                      u"SET search_path = public, pg_temp AS $$ %2 $$"_s.arg(cabinet::ownsFunction(parent),
                                                                              ownershipQuery(parent));
    }
    for (const cabinet::Table& table : cabinet::tables()) {
        if (table.name == u"cabinet_consultant")
            continue;
        const QString dml = u"SELECT, INSERT, UPDATE, DELETE"_s;
        if (table.access == cabinet::Access::Audit) {
            statements << auditStatements(table.name, consultants, managers);
            continue;
        }
        if (table.access == cabinet::Access::Shared) {
            statements << u"GRANT %1 ON %2 TO %3"_s.arg(dml, table.name, both);
            continue;
        }
        statements << u"GRANT %1 ON %2 TO %3"_s.arg(dml, table.name, consultants)
                   << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table.name);
        const QString owns = cabinet::hasOwnerColumn(table.name) ? u"consultant = current_user"_s
                                                      : u"%1(%2)"_s.arg(cabinet::ownsFunction(table.parent), table.link);
        statements << u"DROP POLICY IF EXISTS parcours_own ON %1"_s.arg(table.name)
                   << u"CREATE POLICY parcours_own ON %1 TO %2 USING (%3) WITH CHECK (%3)"_s.arg(table.name,
                                                                                                consultants, owns)
                   << u"DROP POLICY IF EXISTS parcours_manager_read ON %1"_s.arg(table.name);
        if (table.access == cabinet::Access::Proof) {
            statements << u"GRANT SELECT ON %1 TO %2"_s.arg(table.name, managers)
                       << u"CREATE POLICY parcours_manager_read ON %1 FOR SELECT TO %2 USING (true)"_s.arg(table.name,
                                                                                                         managers);
        }
    }
    // A manager hands a departing consultant's beneficiaries over (cabinet reassign) through this function only: an
    // UPDATE policy would let a manager, who is also a consultant, change any column of any beneficiary.
    statements << u"DROP POLICY IF EXISTS parcours_manager_reassign ON client"_s
               << u"CREATE OR REPLACE FUNCTION parcours_reassign(from_login TEXT, to_login TEXT, ids BIGINT[]) "
                  u"RETURNS BIGINT LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
                  u"WITH moved AS (UPDATE client SET consultant = to_login, version = version + 1 "
                  u"WHERE consultant = from_login AND (ids IS NULL OR id = ANY (ids)) RETURNING 1) "
                  u"SELECT count(*) FROM moved $$"_s
               << u"REVOKE ALL ON FUNCTION parcours_reassign(TEXT, TEXT, BIGINT[]) FROM PUBLIC"_s
               << u"GRANT EXECUTE ON FUNCTION parcours_reassign(TEXT, TEXT, BIGINT[]) TO %1"_s.arg(managers);
    statements << cabinet::searchFunctionStatements();
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = execStatement(*m_database, statement); !done)
            return done.error();
    }
    return transaction->commit();
}

} // namespace parcours
