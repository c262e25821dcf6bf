#include "StorageTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace parcours::test {

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

DatabaseLocation fileAt(const QString& path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

qint64 addClient(Store& store, const QString& lastName, const QString& firstName)
{
    Client client;
    client.lastName = lastName;
    client.firstName = firstName;
    client.createdAt = QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC);
    auto id = store.clients().add(client);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.valueOr(0);
}

int clientCount(Store& store)
{
    auto all = store.clients().summaries({}, QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(all.ok());
    return all ? int(all->size()) : -1;
}

QVariant sqliteValue(const QString& path, const QString& statement)
{
    const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void damagePage(const QString& path, int page)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GE(file.size(), page * pageSize) << "the file has no page " << page;
    file.seek((page - 1) * pageSize);
    file.write(QByteArray(int(pageSize), '\xA5'));
}

int unixMode(const QString& path)
{
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace parcours::test
