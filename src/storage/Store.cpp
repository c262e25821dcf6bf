#include <parcours/storage/Store.h>

#include "Database.h"
#include "Migrator.h"
#include "SqlBillingRepository.h"
#include "SqlFollowUpRepository.h"
#include "SqlInvestigationRepository.h"
#include "SqlQualityRepository.h"
#include "DestructionJournal.h"
#include "SqlRetentionRepository.h"
#include "SqlAuditRepository.h"
#include "SqlDisclosureRepository.h"
#include "SqlRepositories.h"
#include "SqlScheduleRepository.h"

#include <parcours/core/Clock.h>
#include <parcours/storage/Backups.h>

#include <QCoreApplication>

namespace parcours {
struct Store::Repos {
    Repos(Database& database, StoreEvents& events, const QString& journalFile)
        : clients(database, events)
        , bilans(database, events)
        , sessions(database, events)
        , settings(database, events)
        , schedule(database, events)
        , syntheses(database, events)
        , proofs(database, events)
        , investigation(database, events)
        , billing(database, events)
        , quality(database, events)
        , followUps(database, events)
        , retention(database, events, journalFile)
        , audit(database)
        , disclosures(database, events)
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
    SqlBillingRepository billing;
    SqlQualityRepository quality;
    SqlFollowUpRepository followUps;
    SqlRetentionRepository retention;
    SqlAuditRepository audit;
    SqlDisclosureRepository disclosures;
};

Store::Store(DatabaseLocation location, std::unique_ptr<Database> database)
    : m_location(std::move(location))
    , m_database(std::move(database))
    , m_repos(std::make_unique<Repos>(*m_database, m_events, destructionJournalPath(m_location)))
{
    // Announced after the failing call returns its error: the panels' reactions never re-enter the statement.
    m_database->setConnectionLostHandler(
        [this] { QMetaObject::invokeMethod(&m_events, &StoreEvents::connectionLost, Qt::QueuedConnection); });
}

Result<void> Store::reconnect()
{
    if (auto done = m_database->reconnect(m_location); !done)
        return done;
    Q_EMIT m_events.connectionRestored();
    return success();
}

bool Store::isConnectionLost() const
{
    return m_database->isConnectionLost();
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const DatabaseLocation& location, const StoreOptions& options)
{
    auto database = Database::open(location, DatabaseOptions { options.readOnly, options.quickCheck });
    if (!database)
        return database.error();
    Migrator migrator(*database.value(), options.migrationsFolder);
    auto current = migrator.currentVersion();
    if (!current)
        return current.error();
    if (current.value() < migrator.latest()) {
        if (database.value()->isReadOnly()) {
            return makeError(ErrorCode::ReadOnly,
                             QCoreApplication::translate("Store", "%1 needs an update of its structure for this version of Parcours, which "
                                                          "cannot be made while it is read-only (%2). Copy it to a folder you can "
                                                          "write to, or make it writable.")
                                 .arg(location.display(), database.value()->readOnlyReason()));
        }
        // An existing SQLite database is backed up before its schema changes; no backup, no update.
        if (current.value() > 0 && !location.isPostgres()) {
            SystemClock systemClock;
            auto backups = Backups::of(location);
            auto made = backups ? backups->createBeforeMigration(*database.value(), options.clock ? *options.clock : systemClock)
                                : Result<BackupInfo>(backups.error());
            if (!made) {
                return makeError(made.error().code,
                                 QCoreApplication::translate("Store", "This database needs an update of its structure, and the backup made "
                                                              "before it failed, so nothing was changed: %1")
                                     .arg(made.error().message));
            }
        }
    }
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    return std::unique_ptr<Store>(new Store(location, std::move(database).value()));
}

bool Store::isReadOnly() const
{
    return m_database->isReadOnly();
}

QString Store::readOnlyReason() const
{
    return m_database->readOnlyReason();
}

void Store::refuseWrites(const QString& reason)
{
    m_database->refuseWrites(reason);
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

BillingRepository& Store::billing()
{
    return m_repos->billing;
}

QualityRepository& Store::quality()
{
    return m_repos->quality;
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

FollowUpRepository& Store::followUps()
{
    return m_repos->followUps;
}

RetentionRepository& Store::retention()
{
    return m_repos->retention;
}

AuditRepository& Store::audit()
{
    return m_repos->audit;
}

DisclosureRepository& Store::disclosures()
{
    return m_repos->disclosures;
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
