#pragma once

#include <parcours/core/Repositories.h>

namespace parcours {

class Database;
class StoreEvents;

/** Clients over Qt Sql. */
class SqlClientRepository final : public ClientRepository {
public:
    SqlClientRepository(Database& database, StoreEvents& events);
    Result<qint64> add(const Client& client) override;
    Result<Client> get(qint64 id) override;
    Result<void> update(const Client& client) override;
    Result<QList<ClientSummary>> summaries(const ClientQuery& query, const QDateTime& now) override;
    Result<ClientSummary> summary(qint64 id, const QDateTime& now) override;

private:
    Result<QList<ClientSummary>> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds,
                                        const QDateTime& now);
    Database& m_database;
    StoreEvents& m_events;
};

/** Bilans over Qt Sql. */
class SqlBilanRepository final : public BilanRepository {
public:
    SqlBilanRepository(Database& database, StoreEvents& events);
    Result<qint64> open(const Bilan& bilan) override;
    Result<Bilan> get(qint64 id) override;
    Result<void> update(const Bilan& bilan) override;
    Result<QList<Bilan>> forClient(qint64 clientId) override;
    Result<void> remove(qint64 id) override;

private:
    Database& m_database;
    StoreEvents& m_events;
};

/** Sessions over Qt Sql; notes go to session_note (bilan content), the rest to session (proof). */
class SqlSessionRepository final : public SessionRepository {
public:
    SqlSessionRepository(Database& database, StoreEvents& events);
    Result<qint64> add(const Session& session) override;
    Result<void> restore(const Session& session) override;
    Result<Session> get(qint64 id) override;
    Result<void> update(const Session& session) override;
    Result<void> remove(qint64 id) override;
    Result<QList<Session>> forBilan(qint64 bilanId) override;
    Result<QList<Session>> between(QDate from, QDate to, std::optional<qint64> bilanId) override;

private:
    Result<void> writeNotes(qint64 sessionId, const QString& notes);
    Database& m_database;
    StoreEvents& m_events;
};

/** The settings table over Qt Sql. */
class SqlSettingsRepository final : public SettingsRepository {
public:
    SqlSettingsRepository(Database& database, StoreEvents& events);
    Result<std::optional<QString>> value(const QString& key) override;
    Result<void> setValue(const QString& key, const QString& value) override;

private:
    Database& m_database;
    StoreEvents& m_events;
};

/// The error for a record that is not there, in the words of the record's kind ("client", "bilan", "session").
Error notFound(const QString& kind, qint64 id);
/// After an UPDATE … WHERE version = :v touched no row: NotFound if the row is gone, Conflict otherwise.
Error staleOrMissing(Database& database, const QString& table, const QString& kind, qint64 id);

} // namespace parcours
