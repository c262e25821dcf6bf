#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/FollowUp.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

#include <optional>

namespace parcours {

/**
 * The end of a bilan, which only the consultant decides: closing it (its follow-up is then due six months later)
 * or recording that it was abandoned, and why. Logging a session never ends a bilan.
 */
class BilanEndService {
    Q_DECLARE_TR_FUNCTIONS(BilanEndService)
public:
    BilanEndService(Repositories& repositories, const Clock& clock);

    /// Closes an open bilan on `date`; without one, on the day of the last conclusion session done, else today.
    /// Creates its follow-up, due six months later. Returns the end date.
    Result<QDate> close(qint64 bilanId, QDate date = {});
    /// Records that an open bilan was abandoned on `date` (today when null) for `reason`; it has no follow-up.
    Result<QDate> abandon(qint64 bilanId, const QString& reason, QDate date = {});
    /// Why the bilan was abandoned; nullopt when it was not.
    Result<std::optional<BilanAbandonment>> abandonment(qint64 bilanId);

private:
    Result<Bilan> openBilan(qint64 bilanId);
    Result<void> checkEndDate(const Bilan& bilan, QDate date, const QList<Session>& sessions);
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
