#include <parcours/storage/DatabaseLocation.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DatabaseLocation", "The database location is empty."));
    }
    if (trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString name = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/')) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("DatabaseLocation",
                                                         "'%1' is not a PostgreSQL URL of the form "
                                                         "postgresql://user@host:port/dbname.")
                                 .arg(url.toDisplayString(QUrl::RemovePassword)));
        }
        location.kind = Kind::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.password = url.password();
        location.databaseName = name;
        return location;
    }
    location.kind = Kind::SqliteFile;
    location.path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
    return location;
}

Result<DatabaseLocation> DatabaseLocation::resolve(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return parse(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("PARCOURS_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return defaultLocation();
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    DatabaseLocation location;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    location.path = QDir(folder).filePath(u"parcours.sqlite"_s);
    return location;
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

} // namespace parcours
