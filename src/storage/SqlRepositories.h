#pragma once

#include <parcours/core/Repositories.h>

#include <optional>

namespace parcours {

class Database;
class SqlQuery;
class StoreEvents;

/// What the client list's search looks in: names, e-mail and phone folded (lower case, no accents), then the phone
/// without separators. Written by every write of a client row.
QString clientSearchText(const Client& client);

/** Clients over Qt Sql. */
class SqlClientRepository final : public ClientRepository {
public:
    SqlClientRepository(Database& database, StoreEvents& events);
    Result<qint64> add(const Client& client) override;
    Result<Client> get(qint64 id) override;
    Result<void> update(const Client& client) override;
    Result<QList<ClientSummary>> summaries(const ClientQuery& query, const QDateTime& now) override;
    Result<ClientSummary> summary(qint64 id, const QDateTime& now) override;
    Result<int> position(const ClientQuery& query, qint64 id) override;

private:
    /// The conditions of `query`'s search and status; `needed` is how many of the first matches, in the list's
    /// order, the caller reads (offset + limit of a page), std::nullopt for all of them.
    void filter(const ClientQuery& query, std::optional<int> needed, QStringList& conditions,
                QList<std::pair<QString, QVariant>>& binds) const;
    bool cabinetSearch() const;
    Result<QList<ClientSummary>> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds,
                                        const QDateTime& now);
    Database& m_database;
    StoreEvents& m_events;
    mutable std::optional<bool> m_cabinetSearch; ///< whether `cabinet init` installed the search function
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
    Result<QByteArray> blob(const QString& key) override;
    Result<void> setBlob(const QString& key, const QByteArray& data) override;

private:
    Database& m_database;
    StoreEvents& m_events;
};

/** The synthèse's versions, sections and actions, and the consultant's templates, over Qt Sql. */
class SqlSynthesisRepository final : public SynthesisRepository {
public:
    SqlSynthesisRepository(Database& database, StoreEvents& events);
    Result<std::optional<SynthesisVersion>> latest(qint64 bilanId) override;
    Result<SynthesisVersion> get(qint64 versionId) override;
    Result<QList<SynthesisVersion>> history(qint64 bilanId) override;
    Result<qint64> create(const SynthesisVersion& version) override;
    Result<void> touch(qint64 versionId, int expected) override;
    Result<void> writeSectionBody(qint64 versionId, const QString& key, const RichText& body) override;
    Result<void> writeSections(qint64 versionId, const QList<SynthesisSection>& sections) override;
    Result<void> writeActions(qint64 versionId, const QList<PlannedAction>& actions) override;
    Result<void> writeStatus(const SynthesisVersion& version) override;
    Result<QList<SynthesisTemplate>> templates() override;
    Result<qint64> saveTemplate(const SynthesisTemplate& synthesisTemplate) override;
    Result<void> removeTemplate(qint64 templateId) override;

private:
    Result<void> loadContent(SynthesisVersion& version);
    Database& m_database;
    StoreEvents& m_events;
};

/** The agreement and handover receipt tables (administrative proof) over Qt Sql. */
class SqlProofRepository final : public ProofRepository {
public:
    SqlProofRepository(Database& database, StoreEvents& events);
    Result<AgreementRecord> agreement(qint64 bilanId) override;
    Result<void> saveAgreement(const AgreementRecord& record) override;
    Result<std::optional<HandoverRecord>> handover(qint64 bilanId) override;
    Result<void> saveHandover(const HandoverRecord& record) override;

private:
    Database& m_database;
    StoreEvents& m_events;
};

/// The bilan table's columns, each prefixed by `prefix` ("b." in a join), in the order readBilan reads them.
QString bilanColumns(const QString& prefix = {});
/// A bilan from the row of `query`, whose columns `first`, `first + 1`… are bilanColumns().
Bilan readBilan(const SqlQuery& query, int first = 0);

/// The error for a record that is not there, in the words of the record's kind ("client", "bilan", "session").
Error notFound(const QString& kind, qint64 id);
/// After an UPDATE … WHERE version = :v touched no row: NotFound if the row is gone, Conflict otherwise.
Error staleOrMissing(Database& database, const QString& table, const QString& kind, qint64 id);

} // namespace parcours
