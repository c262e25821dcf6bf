#include <parcours/core/ComplianceService.h>
#include <parcours/core/FollowUpRepository.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/Settings.h>

namespace parcours {

ComplianceService::ComplianceService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<ComplianceFacts> ComplianceService::facts(qint64 bilanId)
{
    ComplianceFacts facts;
    auto cpf = m_repositories.schedule().cpfFacts(bilanId);
    if (!cpf)
        return cpf.error();
    facts.bilan = cpf->bilan;
    facts.firstSessionDone = cpf->firstSessionDone;
    facts.lastSessionDone = cpf->lastSessionDone;
    facts.cpfDeclarations = cpf->declarations;
    // Sessions without their notes: the checks read proof only.
    auto sessions = m_repositories.sessions().between(QDate(), QDate(), bilanId);
    if (!sessions)
        return sessions.error();
    facts.sessions = sessions.value();
    auto records = m_repositories.schedule().recordsForBilan(bilanId);
    if (!records)
        return records.error();
    for (auto it = records->cbegin(); it != records->cend(); ++it) {
        if (it.value().personalWorkMinutes > 0)
            facts.personalWork.insert(it.key(), it.value().personalWorkMinutes);
    }
    auto agreement = m_repositories.proofs().agreement(bilanId);
    if (!agreement)
        return agreement.error();
    facts.agreement = agreement.value();
    auto handover = m_repositories.proofs().handover(bilanId);
    if (!handover)
        return handover.error();
    facts.handover = handover.value();
    auto history = m_repositories.syntheses().history(bilanId);
    if (!history)
        return history.error();
    facts.synthesisFinal = std::any_of(history->begin(), history->end(),
        [](const SynthesisVersion& version) { return version.status == SynthesisStatus::Final; });
    // The follow-up's due date and outcome only: its notes are bilan content.
    auto followUp = m_repositories.followUps().followUp(bilanId);
    if (!followUp)
        return followUp.error();
    if (followUp.value()) {
        facts.followUpDue = followUp.value()->dueOn;
        facts.followUpOutcome = followUp.value()->outcome;
    }
    // A handover receipt is proof that a final version existed, even once the synthèse itself was destroyed.
    facts.synthesisFinal = facts.synthesisFinal || facts.handover.has_value();
    return facts;
}

Result<QList<ComplianceCheck>> ComplianceService::checks(qint64 bilanId)
{
    auto gathered = facts(bilanId);
    if (!gathered)
        return gathered.error();
    const HolidayCalendar holidays(Settings(m_repositories.settings()).flag(settingKeys::alsaceMoselle));
    return ComplianceRules::all(gathered.value(), m_clock.today(), holidays);
}

Result<ComplianceSummary> ComplianceService::summary(qint64 bilanId)
{
    auto all = checks(bilanId);
    if (!all)
        return all.error();
    return ComplianceRules::summarise(all.value());
}

} // namespace parcours
