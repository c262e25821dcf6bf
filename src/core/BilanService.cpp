#include <parcours/core/AuditService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/BillingRepository.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/Validation.h>

#include <algorithm>

namespace parcours {

BilanService::BilanService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<qint64> BilanService::open(qint64 clientId, Funding funding, QDate startDate)
{
    Bilan terms;
    terms.clientId = clientId;
    terms.funding = funding;
    terms.startDate = startDate;
    return open(terms);
}

Result<qint64> BilanService::open(Bilan terms)
{
    qint64 newId = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto client = m_repositories.clients().get(terms.clientId);
        if (!client)
            return client.error();
        auto existing = m_repositories.bilans().forClient(terms.clientId);
        if (!existing)
            return existing.error();
        for (const Bilan& other : existing.value()) {
            if (other.status == BilanStatus::Open) {
                return makeError(ErrorCode::Refused,
                                 tr("%1 already has a bilan in progress (no. %2); close it before opening another.")
                                     .arg(client->fullName())
                                     .arg(other.id));
            }
        }
        terms.id = 0;
        terms.status = BilanStatus::Open;
        terms.endDate = QDate();
        terms.createdAt = m_clock.now();
        if (auto valid = firstError(validateBilan(terms)); !valid)
            return valid.error();
        auto id = m_repositories.bilans().open(terms);
        if (!id)
            return id.error();
        newId = id.value();
        return success();
    });
    if (!done)
        return done.error();
    return newId;
}

Result<void> BilanService::update(const Bilan& bilan)
{
    if (auto valid = firstError(validateBilan(bilan)); !valid)
        return valid.error();
    return m_repositories.bilans().update(bilan);
}

Result<Bilan> BilanService::get(qint64 id)
{
    return m_repositories.bilans().get(id);
}

Result<BilanOverview> BilanService::overview(qint64 id)
{
    auto bilan = m_repositories.bilans().get(id);
    if (!bilan)
        return bilan.error();
    auto client = m_repositories.clients().get(bilan->clientId);
    if (!client)
        return client.error();
    auto sessions = m_repositories.sessions().forBilan(id);
    if (!sessions)
        return sessions.error();
    auto records = m_repositories.schedule().recordsForBilan(id);
    if (!records)
        return records.error();
    BilanOverview overview;
    overview.bilan = bilan.value();
    overview.client = client.value();
    overview.sessions = sessions.value();
    overview.records = records.value();
    QHash<qint64, int> personalWork;
    for (const SessionRecord& record : std::as_const(overview.records))
        personalWork.insert(record.sessionId, record.personalWorkMinutes);
    overview.timeline = buildTimeline(overview.bilan, overview.sessions, m_clock.now(), personalWork);
    return overview;
}

Result<QList<Bilan>> BilanService::forClient(qint64 clientId)
{
    return m_repositories.bilans().forClient(clientId);
}

Result<std::optional<Bilan>> BilanService::current(qint64 clientId)
{
    auto bilans = m_repositories.bilans().forClient(clientId);
    if (!bilans)
        return bilans.error();
    for (const Bilan& bilan : bilans.value()) {
        if (bilan.status == BilanStatus::Open)
            return std::optional(bilan);
    }
    if (bilans->isEmpty())
        return std::optional<Bilan>();
    return std::optional(bilans->first());
}

SessionRecord BilanOverview::recordOf(qint64 sessionId) const
{
    SessionRecord record = records.value(sessionId);
    record.sessionId = sessionId;
    return record;
}

Result<int> BilanService::loggedSessionCount(qint64 id)
{
    auto sessions = m_repositories.sessions().forBilan(id);
    if (!sessions)
        return sessions.error();
    return static_cast<int>(std::count_if(sessions->begin(), sessions->end(),
                                          [](const Session& s) { return s.status != SessionStatus::Planned; }));
}

Result<void> BilanService::remove(qint64 id, bool evenIfLogged)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto bilan = m_repositories.bilans().get(id);
        if (!bilan)
            return bilan.error();
        // Invoices are accounting documents kept ten years, and they name their bilan.
        auto invoices = m_repositories.billing().invoices(InvoiceQuery { id, std::nullopt, false });
        if (!invoices)
            return invoices.error();
        if (!invoices->isEmpty()) {
            return makeError(ErrorCode::Refused,
                             tr("Bilan no. %1 was invoiced: invoices are kept ten years, so the bilan cannot be "
                                "deleted. Mark it abandoned instead.")
                                 .arg(id));
        }
        auto logged = loggedSessionCount(id);
        if (!logged)
            return logged.error();
        if (logged.value() > 0 && !evenIfLogged) {
            return makeError(ErrorCode::Refused,
                             tr("Bilan no. %1 has %n logged session(s): deleting it would destroy their attendance "
                                "records. Mark it abandoned instead, or confirm the deletion.",
                                nullptr, logged.value())
                                 .arg(id));
        }
        if (auto audited = AuditService(m_repositories, m_clock).record(AuditOperation::Delete, AuditRecord::Bilan, id);
            !audited)
            return audited.error();
        return m_repositories.bilans().remove(id);
    });
}

} // namespace parcours
