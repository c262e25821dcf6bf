#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

using namespace Qt::StringLiterals;

namespace parcours {

SqlSettingsRepository::SqlSettingsRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<std::optional<QString>> SqlSettingsRepository::value(const QString& key)
{
    SqlQuery query(m_database, u"SELECT value FROM setting WHERE key = :key"_s);
    query.bind(u":key"_s, key);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<void> SqlSettingsRepository::setValue(const QString& key, const QString& value)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO setting (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE "
                               u"SET value = excluded.value, version = setting.version + 1"_s);
    query.bind(u":key"_s, key).bind(u":value"_s, textValue(value));
    if (auto done = query.exec(); !done)
        return done.error();
    m_database.afterCommit([this, key] { Q_EMIT m_events.settingsChanged(key); });
    return transaction->commit();
}

Result<QByteArray> SqlSettingsRepository::blob(const QString& key)
{
    SqlQuery query(m_database, u"SELECT data FROM setting_blob WHERE key = :key"_s);
    query.bind(u":key"_s, key);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Result<void> SqlSettingsRepository::setBlob(const QString& key, const QByteArray& data)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, data.isEmpty() ? u"DELETE FROM setting_blob WHERE key = :key"_s
                                              : u"INSERT INTO setting_blob (key, data) VALUES (:key, :data) "
                                                u"ON CONFLICT (key) DO UPDATE SET data = excluded.data, "
                                                u"version = setting_blob.version + 1"_s);
    query.bind(u":key"_s, key);
    if (!data.isEmpty())
        query.bind(u":data"_s, data);
    if (auto done = query.exec(); !done)
        return done;
    m_database.afterCommit([this, key] { Q_EMIT m_events.settingsChanged(key); });
    return transaction->commit();
}

} // namespace parcours
