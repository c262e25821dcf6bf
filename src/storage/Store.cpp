#include <parcours/storage/Store.h>

#include "Database.h"
#include "Migrator.h"
#include "SqlInvestigationRepository.h"
#include "SqlRepositories.h"
#include "SqlScheduleRepository.h"

namespace parcours {

struct Store::Repos {
    Repos(Database& database, StoreEvents& events)
        : clients(database, events)
        , bilans(database, events)
        , sessions(database, events)
        , settings(database, events)
        , schedule(database, events)
        , syntheses(database, events)
        , proofs(database, events)
        , investigation(database, events)
    {
    }
    SqlClientRepository clients;
    SqlBilanRepository bilans;
    SqlSessionRepository sessions;
    SqlSettingsRepository settings;
    SqlScheduleRepository schedule;
    SqlSynthesisRepository syntheses;
    SqlProofRepository proofs;
    SqlInvestigationRepository investigation;
};

Store::Store(DatabaseLocation location, std::unique_ptr<Database> database)
    : m_location(std::move(location))
    , m_database(std::move(database))
    , m_repos(std::make_unique<Repos>(*m_database, m_events))
{
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const DatabaseLocation& location)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    if (auto migrated = Migrator(*database.value()).migrate(); !migrated)
        return migrated.error();
    return std::unique_ptr<Store>(new Store(location, std::move(database).value()));
}

ClientRepository& Store::clients()
{
    return m_repos->clients;
}

BilanRepository& Store::bilans()
{
    return m_repos->bilans;
}

SessionRepository& Store::sessions()
{
    return m_repos->sessions;
}

SettingsRepository& Store::settings()
{
    return m_repos->settings;
}

SynthesisRepository& Store::syntheses()
{
    return m_repos->syntheses;
}

ProofRepository& Store::proofs()
{
    return m_repos->proofs;
}

InvestigationRepository& Store::investigation()
{
    return m_repos->investigation;
}

Result<void> Store::transact(const std::function<Result<void>()>& work)
{
    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return transaction.error();
    if (auto done = work(); !done)
        return done.error();
    return transaction->commit();
}

ScheduleRepository& Store::schedule()
{
    return m_repos->schedule;
}

int Store::schemaVersion() const
{
    return Migrator(*m_database).currentVersion().valueOr(0);
}

int Store::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

} // namespace parcours
