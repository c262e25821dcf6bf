// The cabinet's administration on PostgreSQL: open, init (roles, grants, row-level security), consultants.
// Messages are English only: cabinet administration is a command-line tool for the administrator.
#include <parcours/storage/Cabinet.h>

#include "CabinetTables.h"
#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString group(const char* name)
{
    return QString::fromLatin1(name);
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

/// The SQL that says whether the current role owns the row of `table` whose id is `$1`, through its parents.
QString ownershipQuery(const QString& table)
{
    const auto& all = cabinet::tables();
    QString from = table + u" t0"_s;
    QString current = table;
    int depth = 0;
    while (current != u"client") {
        const auto step = std::find_if(all.begin(), all.end(), [&](const cabinet::Table& t) { return t.name == current; });
        if (step == all.end() || step->parent.isEmpty())
            return {};
        ++depth;
        from += u" JOIN %1 t%2 ON t%2.id = t%3.%4"_s.arg(step->parent).arg(depth).arg(depth - 1).arg(step->link);
        current = step->parent;
    }
    return u"SELECT EXISTS (SELECT 1 FROM %1 WHERE t0.id = $1 AND t%2.consultant = current_user)"_s.arg(from).arg(depth);
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

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray block = QMessageAuthenticationCode::hash(salt + QByteArray("\0\0\0\1", 4), password,
                                                        QCryptographicHash::Sha256);
    QByteArray result = block;
    for (int i = 1; i < iterations; ++i) {
        block = QMessageAuthenticationCode::hash(block, password, QCryptographicHash::Sha256);
        for (qsizetype j = 0; j < result.size(); ++j)
            result[j] = char(result[j] ^ block[j]);
    }
    return result;
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

QString Cabinet::scramVerifier(const QString& password)
{
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char& byte : salt)
        byte = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = pbkdf2Sha256(password.toUtf8(), salt, iterations);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
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
    for (const QString& parent : parents()) {
        statements << u"CREATE OR REPLACE FUNCTION %1(BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE "
                      u"SET search_path = public, pg_temp AS $$ %2 $$"_s.arg(cabinet::ownsFunction(parent),
                                                                              ownershipQuery(parent));
    }
    for (const cabinet::Table& table : cabinet::tables()) {
        if (table.name == u"cabinet_consultant")
            continue;
        const QString dml = u"SELECT, INSERT, UPDATE, DELETE"_s;
        if (table.access == cabinet::Access::Shared) {
            statements << u"GRANT %1 ON %2 TO %3"_s.arg(dml, table.name, both);
            continue;
        }
        statements << u"GRANT %1 ON %2 TO %3"_s.arg(dml, table.name, consultants)
                   << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table.name);
        const QString owns = table.name == u"client" ? u"consultant = current_user"_s
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
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = execStatement(*m_database, statement); !done)
            return done.error();
    }
    return transaction->commit();
}

Result<bool> Cabinet::isConsultant(const QString& login)
{
    SqlQuery query(*m_database, u"SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                u"JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolname = :login AND g.rolname = :group"_s);
    query.bind(u":login"_s, login).bind(u":group"_s, group(kConsultantGroup));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next();
}

Result<void> Cabinet::addConsultant(const QString& login, const QString& name, bool manager,
                                    const std::optional<QString>& password)
{
    if (!validLogin(login)) {
        return makeError(ErrorCode::InvalidInput, u"'%1' is not a valid login: lower-case letters, digits, '_', '.' "
                                                  u"or '-', starting with a letter, at most 63 (and not pg_… or "
                                                  u"parcours_…)."_s.arg(login));
    }
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"--name must not be empty."_s);
    if (auto allowed = requireRoleAdministration(); !allowed)
        return allowed;
    SqlQuery existing(*m_database, u"SELECT rolsuper, (SELECT count(*) FROM pg_roles WHERE rolname = :group) "
                                   u"FROM pg_roles WHERE rolname = :login"_s);
    existing.bind(u":login"_s, login).bind(u":group"_s, group(kConsultantGroup));
    if (auto done = existing.exec(); !done)
        return done.error();
    const bool exists = existing.next();
    if (exists && existing.value(0).toBool())
        return makeError(ErrorCode::Refused, u"'%1' is a PostgreSQL superuser, not a consultant."_s.arg(login));
    SqlQuery ready(*m_database, u"SELECT to_regclass('cabinet_consultant') IS NOT NULL AND EXISTS "
                                u"(SELECT 1 FROM pg_roles WHERE rolname = :group)"_s);
    ready.bind(u":group"_s, group(kConsultantGroup));
    if (auto done = ready.exec(); !done)
        return done.error();
    if (!ready.next() || !ready.value(0).toBool())
        return makeError(ErrorCode::Refused, u"This database is not a cabinet yet: run 'parcours-cli cabinet init' first."_s);

    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return transaction.error();
    // The password reaches the server as a SCRAM verifier only: no server log can show it.
    const QString secret = password ? u" PASSWORD '%1'"_s.arg(scramVerifier(*password)) : QString();
    QStringList statements { u"SET LOCAL client_min_messages = error"_s, (exists ? u"ALTER ROLE %1 LOGIN%2"_s : u"CREATE ROLE %1 LOGIN%2"_s).arg(quoted(login), secret),
        u"GRANT %1 TO %2"_s.arg(group(kConsultantGroup), quoted(login)),
        (manager ? u"GRANT %1 TO %2"_s : u"REVOKE %1 FROM %2"_s).arg(group(kManagerGroup), quoted(login)) };
    for (const QString& statement : std::as_const(statements)) {
        if (auto done = execStatement(*m_database, statement); !done)
            return done.error();
    }
    SqlQuery record(*m_database, u"INSERT INTO cabinet_consultant (login, name, manager) VALUES (:login, :name, :manager) "
                                 u"ON CONFLICT (login) DO UPDATE SET name = EXCLUDED.name, manager = EXCLUDED.manager, "
                                 u"version = cabinet_consultant.version + 1"_s);
    record.bind(u":login"_s, login).bind(u":name"_s, name.trimmed()).bind(u":manager"_s, manager);
    if (auto done = record.exec(); !done)
        return done.error();
    return transaction->commit();
}

Result<QList<CabinetConsultant>> Cabinet::consultants()
{
    QMap<QString, CabinetConsultant> byLogin;
    SqlQuery named(*m_database, u"SELECT login, name FROM cabinet_consultant"_s);
    if (auto done = named.exec(); !done)
        return done.error();
    while (named.next()) {
        CabinetConsultant& entry = byLogin[named.value(0).toString()];
        entry.login = named.value(0).toString();
        entry.name = named.value(1).toString();
    }
    SqlQuery owners(*m_database, u"SELECT consultant, count(*) FROM client GROUP BY consultant"_s);
    if (auto done = owners.exec(); !done)
        return done.error();
    while (owners.next()) {
        CabinetConsultant& entry = byLogin[owners.value(0).toString()];
        entry.login = owners.value(0).toString();
        entry.clients = owners.value(1).toLongLong();
    }
    SqlQuery groups(*m_database, u"SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                 u"JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname IN (:consultants, :managers)"_s);
    groups.bind(u":consultants"_s, group(kConsultantGroup)).bind(u":managers"_s, group(kManagerGroup));
    if (auto done = groups.exec(); !done)
        return done.error();
    while (groups.next()) {
        const auto entry = byLogin.find(groups.value(0).toString());
        if (entry == byLogin.end())
            continue;
        if (groups.value(1).toString() == group(kManagerGroup))
            entry->manager = true;
        else
            entry->consultant = true;
    }
    return byLogin.values();
}

Result<ReassignOutcome> Cabinet::reassign(const QString& from, const QString& to, const QList<qint64>& clientIds)
{
    if (from == to)
        return makeError(ErrorCode::InvalidInput, u"FROM and TO are the same consultant."_s);
    auto member = isConsultant(to);
    if (!member)
        return member.error();
    if (!member.value())
        return makeError(ErrorCode::NotFound, u"'%1' is not a consultant of this cabinet (see 'cabinet add-consultant')."_s.arg(to));
    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return transaction.error();
    ReassignOutcome outcome;
    auto countBilans = [&](const QString& condition, qint64 id) -> Result<qint64> {
        SqlQuery bilans(*m_database, u"SELECT count(*) FROM bilan b JOIN client c ON c.id = b.client_id WHERE "_s + condition);
        bilans.bind(u":from"_s, from);
        if (id > 0)
            bilans.bind(u":id"_s, id);
        if (auto done = bilans.exec(); !done)
            return done.error();
        return bilans.next() ? bilans.value(0).toLongLong() : 0;
    };
    auto move = [&](const QVariant& ids) -> Result<qint64> {
        SqlQuery update(*m_database, u"SELECT parcours_reassign(:from, :to, CAST(:ids AS BIGINT[]))"_s);
        update.bind(u":from"_s, from).bind(u":to"_s, to).bind(u":ids"_s, ids);
        if (auto done = update.exec(); !done)
            return done.error();
        return update.next() ? update.value(0).toLongLong() : 0;
    };
    if (clientIds.isEmpty()) {
        auto bilans = countBilans(u"c.consultant = :from"_s, 0);
        if (!bilans)
            return bilans.error();
        auto moved = move(QVariant(QMetaType(QMetaType::QString)));
        if (!moved)
            return moved.error();
        outcome.clients = moved.value();
        outcome.bilans = bilans.value();
    }
    for (qint64 id : clientIds) {
        auto bilans = countBilans(u"c.consultant = :from AND c.id = :id"_s, id);
        if (!bilans)
            return bilans.error();
        auto moved = move(u"{%1}"_s.arg(id));
        if (!moved)
            return moved.error();
        if (moved.value() != 1) {
            return makeError(ErrorCode::NotFound, u"Beneficiary %1 does not belong to '%2': nothing was reassigned."_s
                                                      .arg(id).arg(from));
        }
        ++outcome.clients;
        outcome.bilans += bilans.value();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace parcours
