// The cabinet's people: consultants' logins (a SCRAM verifier, never the password), the list, reassignment.
// Messages are English only: cabinet administration is a command-line tool for the administrator.
#include <parcours/storage/Cabinet.h>

#include "Database.h"
#include "SqlQuery.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

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

} // namespace

QString Cabinet::scramVerifier(const QString& password)
{
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char& byte : salt)
        byte = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
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
