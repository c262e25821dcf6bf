#pragma once

#include <parcours/core/Repositories.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/storage/DatabaseLocation.h>

#include <memory>

namespace parcours {

class Database;

/**
 * An open Parcours database: the Qt Sql implementation of every repository over one connection,
 * with the schema migrated to the version this build knows.
 */
class Store final : public Repositories {
public:
    static Result<std::unique_ptr<Store>> open(const DatabaseLocation& location);
    ~Store() override;

    ClientRepository& clients() override;
    BilanRepository& bilans() override;
    SessionRepository& sessions() override;
    SettingsRepository& settings() override;
    ScheduleRepository& schedule() override;
    SynthesisRepository& syntheses() override;
    ProofRepository& proofs() override;
    InvestigationRepository& investigation() override;
    StoreEvents& events() override { return m_events; }
    Result<void> transact(const std::function<Result<void>()>& work) override;

    const DatabaseLocation& location() const { return m_location; }
    int schemaVersion() const;
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
