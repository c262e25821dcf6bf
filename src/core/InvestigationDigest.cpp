#include <parcours/core/InvestigationDigest.h>

#include <algorithm>

namespace parcours {

InvestigationDigest digest(const Investigation& investigation)
{
    InvestigationDigest result;
    const QStringList columns = domainColumns(investigation.customDomains);
    QList<InvestigationDigest::Domain> domains(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        domains[i].name = columns[i];
    for (const Competence& competence : investigation.competences) {
        const int column = domainColumn(competence, investigation.customDomains);
        if (column < 0)
            continue;
        InvestigationDigest::Domain& domain = domains[column];
        switch (competence.kind) {
        case Competence::Kind::KnowHow:
            domain.knowHow << competence.label;
            break;
        case Competence::Kind::Knowledge:
            domain.knowledge << competence.label;
            break;
        case Competence::Kind::Behaviour:
            domain.behaviour << competence.label;
            break;
        }
        if (competence.transferable)
            domain.transferable << competence.label;
    }
    for (const InvestigationDigest::Domain& domain : std::as_const(domains)) {
        if (!domain.knowHow.isEmpty() || !domain.knowledge.isEmpty() || !domain.behaviour.isEmpty())
            result.domains << domain;
    }

    for (const CareerOption& option : investigation.careerOptions) {
        if (option.status != CareerOption::Status::Kept && !option.planB)
            continue;
        result.keptOptions << InvestigationDigest::Option { option.title, option.description, option.desire,
            option.feasibility, option.planB, option.favourable, option.unfavourable };
    }
    std::stable_sort(result.keptOptions.begin(), result.keptOptions.end(),
        [](const InvestigationDigest::Option& a, const InvestigationDigest::Option& b) {
            if (a.planB != b.planB)
                return !a.planB;
            return a.desire * a.feasibility > b.desire * b.feasibility;
        });

    for (const Criterion& criterion : rankCriteria(investigation.criteria))
        (criterion.zone == Criterion::Zone::Essential ? result.essentialCriteria : result.negotiableCriteria)
            << criterion.label;
    result.meaningOfWork = investigation.motivations.meaningOfWork;
    result.idealActivity = investigation.motivations.idealActivity;
    for (const KeywordCount& keyword : recurringKeywords(investigation.peerFeedback)) {
        if (keyword.respondents >= 2)
            result.peerKeywords << keyword;
    }
    return result;
}

} // namespace parcours
