#include <parcours/core/ClientImportService.h>
#include <parcours/core/ClientService.h>

namespace parcours {

ClientImportService::ClientImportService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<QList<ExistingClient>> ClientImportService::existing()
{
    auto summaries = m_repositories.clients().summaries({}, m_clock.now());
    if (!summaries)
        return summaries.error();
    QList<ExistingClient> clients;
    clients.reserve(summaries->size());
    for (const ClientSummary& summary : summaries.value())
        clients.append({ summary.id, summary.lastName, summary.firstName, summary.email });
    return clients;
}

Result<ImportPlan> ClientImportService::plan(const CsvTable& table, const QList<ImportField>& mapping)
{
    auto clients = existing();
    if (!clients)
        return clients.error();
    return planClientImport(table, mapping, clients.value(), m_clock.today());
}

Result<ImportOutcome> ClientImportService::import(const CsvTable& table, const QList<ImportField>& mapping)
{
    ImportOutcome outcome;
    // The plan is made again inside the transaction: a beneficiary recorded since the preview is not duplicated.
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto planned = plan(table, mapping);
        if (!planned)
            return planned.error();
        outcome.plan = std::move(planned).value();
        if (!outcome.plan.ok()) {
            const CsvProblem& first = outcome.plan.problems.first();
            return makeError(ErrorCode::InvalidInput,
                tr("The file has %n problem(s); nothing was imported. First: line %1: %2", nullptr,
                    int(outcome.plan.problems.size()))
                    .arg(first.line)
                    .arg(first.message));
        }
        ClientService clients(m_repositories, m_clock);
        for (const ImportRow& row : std::as_const(outcome.plan.rows)) {
            if (row.status != ImportRow::Status::Create)
                continue;
            auto id = clients.add(row.client);
            if (!id)
                return makeError(id.error().code, tr("Line %1: %2").arg(row.line).arg(id.error().message));
            outcome.created << id.value();
        }
        return success();
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace parcours
