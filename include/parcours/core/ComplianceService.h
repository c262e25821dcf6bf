#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Compliance.h>
#include <parcours/core/Repositories.h>

namespace parcours {

/** The compliance checks of a bilan from what is stored (proof only: no note, no synthèse text is read). */
class ComplianceService {
public:
    ComplianceService(Repositories& repositories, const Clock& clock);

    Result<ComplianceFacts> facts(qint64 bilanId);
    /// Every check of the bilan, as of today.
    Result<QList<ComplianceCheck>> checks(qint64 bilanId);
    Result<ComplianceSummary> summary(qint64 bilanId);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
