#pragma once

#include <parcours/core/Agreement.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>

namespace parcours {

/** Recording the tripartite agreement of a bilan: its terms and when it was sent, signed or refused. */
class AgreementService {
public:
    AgreementService(Repositories& repositories, const Clock& clock);

    /// The record as stored (an empty one when nothing was recorded).
    Result<AgreementRecord> get(qint64 bilanId);
    /// The agreement's state today (the 10-day silence counts from the clock).
    Result<AgreementStatus> status(qint64 bilanId);
    /// Records that the agreement was sent, signed or refused on `date` (today when invalid).
    Result<AgreementRecord> record(qint64 bilanId, AgreementEvent event, QDate date = {});
    /// Writes a whole record as edited (terms and dates), checked by the same rules.
    Result<void> update(const AgreementRecord& record);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
