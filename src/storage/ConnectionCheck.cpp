// Talking to a cabinet's PostgreSQL server: "Test the connection", and telling a consultant why a connection
// failed or was lost. libpq reports in words only (no SQLSTATE before the session exists), in English or in the
// language of the client's locale, so both are recognised.
#include <parcours/storage/ConnectionCheck.h>

#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

bool mentions(const QString& text, const QStringList& needles)
{
    for (const QString& needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool isConnectionFailure(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01–57P03 (the server shuts down or cannot accept connections).
    // (QSQLITE reports ordinary statement failures as ConnectionError too: the type says nothing here.)
    if (code.size() == 5 && (code.startsWith(u"08"_s) || code.startsWith(u"57P0"_s)))
        return true;
    return mentions(error.text(), { u"server closed the connection"_s, u"no connection to the server"_s,
                                    u"terminating connection"_s, u"connection to server"_s,
                                    u"could not send data to server"_s, u"could not receive data from server"_s,
                                    u"connection not open"_s, u"fermé la connexion"_s, u"pas de connexion"_s });
}

Error connectionFailure(const DatabaseLocation& location, const QString& driverText)
{
    const QString server = u"%1:%2"_s.arg(location.host).arg(location.port);
    if (mentions(driverText, { u"no password supplied"_s, u"aucun mot de passe"_s })) {
        return makeError(ErrorCode::Refused, QCoreApplication::translate("ConnectionCheck", "The server %1 asks for a password: type it, or put it in ~/.pgpass.")
                                                 .arg(server));
    }
    if (mentions(driverText, { u"password authentication failed"_s, u"authentification par mot de passe"_s,
                               u"authentication failed"_s })) {
        return makeError(ErrorCode::Refused, QCoreApplication::translate("ConnectionCheck", "The server %1 refused the login “%2” with this password: check "
                                                "both (capitals count).")
                                                 .arg(server, location.user));
    }
    if (mentions(driverText, { u"role \""_s, u"rôle \""_s, u"le rôle"_s })) {
        return makeError(ErrorCode::Refused, QCoreApplication::translate("ConnectionCheck", "The server %1 knows no login “%2”: ask whoever runs the "
                                                "cabinet's server to create it.")
                                                 .arg(server, location.user));
    }
    if (mentions(driverText, { u"database \""_s, u"base de données"_s })
        && mentions(driverText, { u"does not exist"_s, u"n'existe pas"_s })) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ConnectionCheck", "The server %1 has no database named “%2”: check its name, or ask "
                                                 "whoever runs the server to create it.")
                                                  .arg(server, location.databaseName));
    }
    if (mentions(driverText, { u"pg_hba.conf"_s })) {
        return makeError(ErrorCode::Refused, QCoreApplication::translate("ConnectionCheck", "The server %1 does not accept connections from this computer for "
                                                "“%2”: whoever runs it must allow it (pg_hba.conf).")
                                                 .arg(server, location.user));
    }
    if (mentions(driverText, { u"could not translate host name"_s, u"nom d'hôte"_s,
                               u"Name or service not known"_s })) {
        return makeError(ErrorCode::ConnectionLost,
                         QCoreApplication::translate("ConnectionCheck", "No server is known by the name %1: check the address.").arg(location.host));
    }
    if (mentions(driverText, { u"Connection refused"_s, u"Connexion refusée"_s })) {
        // The most common case (the server stopped, or another port), said without the library's English.
        return makeError(ErrorCode::ConnectionLost,
                         QCoreApplication::translate("ConnectionCheck", "Nothing answers at %1: check the port, and that the "
                                                     "cabinet's server is running.")
                             .arg(server));
    }
    return makeError(ErrorCode::ConnectionLost,
                     QCoreApplication::translate("ConnectionCheck", "The server %1 cannot be reached: check the address and the port, that this computer is on "
                        "the cabinet's network, and that the server is running (it said: %2).")
                         .arg(server, driverText.section(u'\n', 0, 0).trimmed()));
}

Result<ConnectionReport> checkConnection(const DatabaseLocation& location, int timeoutSeconds)
{
    if (!location.isPostgres()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ConnectionCheck", "Only a PostgreSQL server is tested here; a file needs no connection."));
    }
    DatabaseOptions options;
    options.connectTimeoutSeconds = timeoutSeconds;
    auto database = Database::open(location, options);
    if (!database)
        return database.error();
    Migrator migrator(*database.value());
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    ConnectionReport report;
    report.schemaVersion = version.value();
    report.latestSchemaVersion = Migrator::latestVersion();
    if (report.schemaVersion > report.latestSchemaVersion) {
        return makeError(ErrorCode::NewerSchema,
                         QCoreApplication::translate("ConnectionCheck", "This database was set up by a newer version of Parcours (schema %1; this one knows up "
                            "to %2): update Parcours on this computer first.")
                             .arg(report.schemaVersion)
                             .arg(report.latestSchemaVersion));
    }
    if (report.schemaVersion == 0) {
        SqlQuery tables(*database.value(),
                        u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s);
        if (auto done = tables.exec(); !done)
            return done.error();
        if (tables.next() && tables.value(0).toInt() > 0) {
            return makeError(ErrorCode::NotADatabase,
                             QCoreApplication::translate("ConnectionCheck", "The database “%1” holds tables of another program, not Parcours: choose another "
                                "database.")
                                 .arg(location.databaseName));
        }
    }
    return report;
}

} // namespace parcours
