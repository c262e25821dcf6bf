#include <parcours/core/BilanEndService.h>
#include <parcours/core/FollowUpRepository.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {

BilanEndService::BilanEndService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<Bilan> BilanEndService::openBilan(qint64 bilanId)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    if (bilan->status == BilanStatus::Closed)
        return makeError(ErrorCode::Refused, tr("Bilan no. %1 is already closed.").arg(bilanId));
    if (bilan->status == BilanStatus::Abandoned)
        return makeError(ErrorCode::Refused, tr("Bilan no. %1 was already abandoned.").arg(bilanId));
    return bilan;
}

Result<void> BilanEndService::checkEndDate(const Bilan& bilan, QDate date, const QList<Session>& sessions)
{
    if (date > m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("The end of a bilan cannot be dated in the future."), u"date"_s);
    if (bilan.startDate.isValid() && date < bilan.startDate) {
        return makeError(ErrorCode::InvalidInput,
            tr("The end cannot come before the start of the bilan (%1).")
                .arg(QLocale().toString(bilan.startDate, QLocale::ShortFormat)),
            u"date"_s);
    }
    for (const Session& session : sessions) {
        if (session.phase != Phase::FollowUp && session.status == SessionStatus::Done
            && session.startsAt.date() > date) {
            return makeError(ErrorCode::InvalidInput,
                tr("A session took place after that day (%1).")
                    .arg(QLocale().toString(session.startsAt.date(), QLocale::ShortFormat)),
                u"date"_s);
        }
    }
    return success();
}

Result<QDate> BilanEndService::close(qint64 bilanId, QDate date)
{
    QDate endDate;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto bilan = openBilan(bilanId);
        if (!bilan)
            return bilan.error();
        auto sessions = m_repositories.sessions().forBilan(bilanId);
        if (!sessions)
            return sessions.error();
        endDate = date.isValid() ? date : defaultEndDate(sessions.value(), m_clock.today());
        if (auto valid = checkEndDate(bilan.value(), endDate, sessions.value()); !valid)
            return valid.error();
        bilan->status = BilanStatus::Closed;
        bilan->endDate = endDate;
        if (auto updated = m_repositories.bilans().update(bilan.value()); !updated)
            return updated;
        FollowUpRecord followUp;
        followUp.bilanId = bilanId;
        followUp.dueOn = followUpDueDate(endDate);
        return m_repositories.followUps().saveFollowUp(followUp);
    });
    if (!done)
        return done.error();
    return endDate;
}

Result<QDate> BilanEndService::abandon(qint64 bilanId, const QString& reason, QDate date)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the bilan was abandoned."), u"reason"_s);
    const QDate endDate = date.isValid() ? date : m_clock.today();
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto bilan = openBilan(bilanId);
        if (!bilan)
            return bilan.error();
        auto sessions = m_repositories.sessions().forBilan(bilanId);
        if (!sessions)
            return sessions.error();
        if (auto valid = checkEndDate(bilan.value(), endDate, sessions.value()); !valid)
            return valid.error();
        bilan->status = BilanStatus::Abandoned;
        bilan->endDate = endDate;
        if (auto updated = m_repositories.bilans().update(bilan.value()); !updated)
            return updated;
        auto stored = m_repositories.followUps().abandonment(bilanId);
        if (!stored)
            return stored.error();
        BilanAbandonment abandonment = stored->value_or(BilanAbandonment { bilanId, {}, 0 });
        abandonment.reason = why;
        return m_repositories.followUps().putAbandonment(abandonment);
    });
    if (!done)
        return done.error();
    return endDate;
}

Result<std::optional<BilanAbandonment>> BilanEndService::abandonment(qint64 bilanId)
{
    return m_repositories.followUps().abandonment(bilanId);
}

} // namespace parcours
