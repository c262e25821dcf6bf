#include <parcours/core/BilanService.h>
#include <parcours/core/Validation.h>

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
    BilanOverview overview;
    overview.bilan = bilan.value();
    overview.client = client.value();
    overview.sessions = sessions.value();
    overview.timeline = buildTimeline(overview.bilan, overview.sessions, m_clock.now());
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

} // namespace parcours
