#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/WallClock.h>
#include <parcours/storage/BulkWriter.h>
#include <parcours/storage/Store.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace parcours {

struct BulkWriter::Statements {
    explicit Statements(Database& database)
        : client(database, u"INSERT INTO client (last_name, first_name, email, phone, birth_date, search_text, "
                           u"created_at) VALUES (:last, :first, :email, :phone, :birth, :search, :created) "
                           u"RETURNING id"_s)
        , bilan(database, u"INSERT INTO bilan (client_id, status, funding, start_date, end_date, budget_intake, "
                          u"budget_preliminary, budget_investigation, budget_conclusion, budget_follow_up, "
                          u"created_at) VALUES (:client, :status, :funding, :start, :end, :intake, :preliminary, "
                          u":investigation, :conclusion, :followup, :created) RETURNING id"_s)
        , session(database, u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, actual_minutes, "
                            u"status, created_at) VALUES (:bilan, :phase, :starts, :planned, :actual, :status, "
                            u":created) RETURNING id"_s)
        , note(database, u"INSERT INTO session_note (session_id, body, updated_at) VALUES (:id, :body, :updated)"_s)
        , cpf(database, u"INSERT INTO cpf_declaration (bilan_id, step, declared_on, recorded_at) "
                        u"VALUES (:bilan, :step, :day, :recorded)"_s)
    {
    }
    SqlQuery client;
    SqlQuery bilan;
    SqlQuery session;
    SqlQuery note;
    SqlQuery cpf;
    std::optional<WriteTransaction> transaction;
};

BulkWriter::BulkWriter(Store& store)
    : m_store(store)
    , m_statements(std::make_unique<Statements>(store.database()))
{
    // A batch's pages stay in memory until it commits (64 MB) instead of spilling to the WAL half-written.
    if (!store.database().isPostgres())
        (void)execStatement(store.database(), u"PRAGMA cache_size = -65536"_s);
}

BulkWriter::~BulkWriter() = default;

Result<bool> BulkWriter::isEmpty()
{
    SqlQuery query(m_store.database(), u"SELECT COUNT(*) FROM client"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() && query.value(0).toLongLong() == 0;
}

Result<void> BulkWriter::begin()
{
    auto transaction = WriteTransaction::begin(m_store.database());
    if (!transaction)
        return transaction.error();
    m_statements->transaction.emplace(std::move(transaction).value());
    return success();
}

Result<void> BulkWriter::commit()
{
    if (!m_statements->transaction)
        return success();
    auto committed = m_statements->transaction->commit();
    m_statements->transaction.reset();
    return committed;
}

Result<qint64> BulkWriter::addClient(const Client& client)
{
    return m_statements->client.bind(u":last"_s, textValue(client.lastName))
        .bind(u":first"_s, textValue(client.firstName))
        .bind(u":email"_s, textValue(client.email))
        .bind(u":phone"_s, textValue(client.phone))
        .bind(u":birth"_s, dateValue(client.birthDate))
        .bind(u":search"_s, textValue(clientSearchText(client)))
        .bind(u":created"_s, wallClockValue(client.createdAt))
        .execReturningId();
}

Result<qint64> BulkWriter::addBilan(const Bilan& bilan)
{
    return m_statements->bilan.bind(u":client"_s, bilan.clientId)
        .bind(u":status"_s, toKey(bilan.status))
        .bind(u":funding"_s, toKey(bilan.funding))
        .bind(u":start"_s, dateValue(bilan.startDate))
        .bind(u":end"_s, dateValue(bilan.endDate))
        .bind(u":intake"_s, bilan.budgets.minutes(Phase::Intake))
        .bind(u":preliminary"_s, bilan.budgets.minutes(Phase::Preliminary))
        .bind(u":investigation"_s, bilan.budgets.minutes(Phase::Investigation))
        .bind(u":conclusion"_s, bilan.budgets.minutes(Phase::Conclusion))
        .bind(u":followup"_s, bilan.budgets.minutes(Phase::FollowUp))
        .bind(u":created"_s, wallClockValue(bilan.createdAt))
        .execReturningId();
}

Result<qint64> BulkWriter::addSession(const Session& session)
{
    // Record timestamps of invented sessions: the session's own day, so the same seed gives the same file.
    const QVariant created = wallClockValue(session.startsAt.addDays(-7));
    auto id = m_statements->session.bind(u":bilan"_s, session.bilanId)
                  .bind(u":phase"_s, toKey(session.phase))
                  .bind(u":starts"_s, wallClockValue(session.startsAt))
                  .bind(u":planned"_s, session.plannedMinutes)
                  .bind(u":actual"_s, nullableInt(session.actualMinutes))
                  .bind(u":status"_s, toKey(session.status))
                  .bind(u":created"_s, created)
                  .execReturningId();
    if (!id || session.notes.isEmpty())
        return id;
    auto noted = m_statements->note.bind(u":id"_s, id.value())
                     .bind(u":body"_s, session.notes)
                     .bind(u":updated"_s, wallClockValue(session.startsAt))
                     .exec();
    if (!noted)
        return noted.error();
    return id;
}

Result<void> BulkWriter::addCpfDeclaration(qint64 bilanId, bool exit, QDate day)
{
    return m_statements->cpf.bind(u":bilan"_s, bilanId)
        .bind(u":step"_s, exit ? u"exit"_s : u"entry"_s)
        .bind(u":day"_s, dateValue(day))
        .bind(u":recorded"_s, wallClockValue(wallClock(day, QTime(18, 0))))
        .exec();
}

} // namespace parcours
