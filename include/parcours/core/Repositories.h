#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

#include <optional>

namespace parcours {

// Repository interfaces: what the rest of Parcours may ask of storage. The Qt Sql implementation lives
// in the storage layer; nothing above it sees SQL. Writes check the record's version (optimistic
// locking) and fail with ErrorCode::Conflict when someone else changed it first.

/** Beneficiaries. */
class ClientRepository {
public:
    virtual ~ClientRepository() = default;
    virtual Result<qint64> add(const Client& client) = 0;
    virtual Result<Client> get(qint64 id) = 0;
    virtual Result<void> update(const Client& client) = 0;
    virtual Result<QList<ClientSummary>> summaries(const ClientQuery& query, const QDateTime& now) = 0;
    virtual Result<ClientSummary> summary(qint64 id, const QDateTime& now) = 0;
    /// How many rows come before the client in the query's order (its row), -1 when it does not match.
    virtual Result<int> position(const ClientQuery& query, qint64 id) = 0;
};

/** Bilans; a client may have several over the years, one open at a time. */
class BilanRepository {
public:
    virtual ~BilanRepository() = default;
    virtual Result<qint64> open(const Bilan& bilan) = 0;
    virtual Result<Bilan> get(qint64 id) = 0;
    virtual Result<void> update(const Bilan& bilan) = 0;
    virtual Result<QList<Bilan>> forClient(qint64 clientId) = 0; ///< newest first
    /// Deletes the bilan with its sessions and everything kept about them (the service decides whether it may).
    virtual Result<void> remove(qint64 id) = 0;
};

/** Sessions and their notes (notes are bilan content, kept in their own table). */
class SessionRepository {
public:
    virtual ~SessionRepository() = default;
    virtual Result<qint64> add(const Session& session) = 0;
    /// Puts back a removed session with its old id (undo).
    virtual Result<void> restore(const Session& session) = 0;
    virtual Result<Session> get(qint64 id) = 0;
    /// Writes every field of the session, its notes included.
    virtual Result<void> update(const Session& session) = 0;
    virtual Result<void> remove(qint64 id) = 0;
    virtual Result<QList<Session>> forBilan(qint64 bilanId) = 0; ///< in date order, notes included
    /// Sessions starting between the two dates, both included (an invalid date leaves that end open), in date
    /// order, notes not loaded.
    virtual Result<QList<Session>> between(QDate from, QDate to, std::optional<qint64> bilanId) = 0;
};

/** Raw storage of the typed settings (see Settings). */
class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual Result<std::optional<QString>> value(const QString& key) = 0;
    virtual Result<void> setValue(const QString& key, const QString& value) = 0;
    /// Binary settings (the letterhead's logo): empty when unset.
    virtual Result<QByteArray> blob(const QString& key) = 0;
    /// Stores binary data under a key; empty data removes it.
    virtual Result<void> setBlob(const QString& key, const QByteArray& data) = 0;
};

} // namespace parcours

#include <parcours/core/SynthesisRepository.h>

#include <functional>

namespace parcours {

class BillingRepository;
class ScheduleRepository;
class InvestigationRepository;
class QualityRepository;
class FollowUpRepository;
class RetentionRepository;
class AuditRepository;
class DisclosureRepository;
class StoreEvents;

/** All repositories of one database, and the one way to make several writes atomic. */
class Repositories {
public:
    virtual ~Repositories() = default;
    virtual ClientRepository& clients() = 0;
    virtual BilanRepository& bilans() = 0;
    virtual SessionRepository& sessions() = 0;
    virtual SettingsRepository& settings() = 0;
    virtual ScheduleRepository& schedule() = 0;
    virtual SynthesisRepository& syntheses() = 0;
    virtual ProofRepository& proofs() = 0;
    virtual InvestigationRepository& investigation() = 0;
    virtual BillingRepository& billing() = 0;
    virtual QualityRepository& quality() = 0;
    virtual FollowUpRepository& followUps() = 0;
    virtual RetentionRepository& retention() = 0;
    virtual AuditRepository& audit() = 0;
    virtual DisclosureRepository& disclosures() = 0;
    virtual StoreEvents& events() = 0;
    /// Runs `work` in one write transaction: committed when it succeeds, rolled back otherwise.
    virtual Result<void> transact(const std::function<Result<void>()>& work) = 0;
};

} // namespace parcours
