#pragma once

#include <parcours/core/Repositories.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/storage/DatabaseLocation.h>

#include <memory>

namespace parcours {

class Clock;
class Database;

/** How to open a Store. */
struct StoreOptions {
    bool readOnly = false; ///< read-only even when the file could be written (it is also when it cannot)
    const Clock* clock = nullptr; ///< dates the backup made before a schema update (the system clock when null)
    QString migrationsFolder; ///< tests only: other migration scripts than the embedded ones
    /// PRAGMA quick_check of an SQLite file at open (ErrorCode::Damaged). The GUI turns it off for a large file
    /// and checks it in the background instead (Backups::checkAndBackUp), so that the window is not kept waiting.
    bool quickCheck = true;
};

/**
 * An open Parcours database: the Qt Sql implementation of every repository over one connection,
 * with the schema migrated to the version this build knows (an SQLite file is backed up before each update).
 */
class Store final : public Repositories {
public:
    /// Opens and migrates; ErrorCode::Damaged when SQLite finds the file unsound, NotADatabase for another
    /// program's file, ReadOnly when a read-only file would need a schema update.
    static Result<std::unique_ptr<Store>> open(const DatabaseLocation& location, const StoreOptions& options = {});
    ~Store() override;

    ClientRepository& clients() override;
    BilanRepository& bilans() override;
    SessionRepository& sessions() override;
    SettingsRepository& settings() override;
    ScheduleRepository& schedule() override;
    SynthesisRepository& syntheses() override;
    ProofRepository& proofs() override;
    InvestigationRepository& investigation() override;
    BillingRepository& billing() override;
    QualityRepository& quality() override;
    FollowUpRepository& followUps() override;
    RetentionRepository& retention() override;
    AuditRepository& audit() override;
    DisclosureRepository& disclosures() override;
    StoreEvents& events() override { return m_events; }
    Result<void> transact(const std::function<Result<void>()>& work) override;

    const DatabaseLocation& location() const { return m_location; }
    int schemaVersion() const;
    /// Opened read-only (the file or its folder cannot be written, or it was asked): every write is refused.
    bool isReadOnly() const;
    /// Why it is read-only, for people; empty when it is not.
    QString readOnlyReason() const;
    /// Refuses every write from now on, saying `reason` (a check found the file damaged after it was opened).
    void refuseWrites(const QString& reason);
    /// The server went away (a cabinet's PostgreSQL restarted): every call fails with ConnectionLost until
    /// reconnect() succeeds. StoreEvents::connectionLost says when it happens.
    bool isConnectionLost() const;
    /// Opens the connection again; StoreEvents::connectionRestored on success.
    Result<void> reconnect();
    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    /// For the storage layer's own tests and tools; nothing above storage may use it.
    Database& database() { return *m_database; }

private:
    Store(DatabaseLocation location, std::unique_ptr<Database> database);

    struct Repos;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_database;
    StoreEvents m_events;
    std::unique_ptr<Repos> m_repos;
};

} // namespace parcours
