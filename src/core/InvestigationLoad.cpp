// The whole investigation at once: loading it, and replacing it (an import) in one transaction.
#include <parcours/core/InvestigationRules.h>
#include <parcours/core/InvestigationService.h>

#include <QHash>

namespace parcours {
namespace {

template<typename T> Result<void> loadInto(RecordRepository<T>& repository, qint64 bilanId, QList<T>& target)
{
    auto list = repository.forBilan(bilanId);
    if (!list)
        return list.error();
    target = list.value();
    return success();
}

/// Adds each record under the new bilan and returns the map from the ids given to the ids stored.
template<typename T>
Result<QHash<qint64, qint64>> addAll(RecordRepository<T>& repository, qint64 bilanId, const QList<T>& list)
{
    QHash<qint64, qint64> ids;
    for (T record : list) {
        const qint64 given = record.id;
        record.bilanId = bilanId;
        record.id = 0;
        record.version = 0;
        auto id = repository.add(record);
        if (!id)
            return id.error();
        if (given != 0)
            ids.insert(given, id.value());
    }
    return ids;
}

} // namespace

Result<Investigation> InvestigationService::load(qint64 bilanId)
{
    return loadRecords(bilanId, false);
}

Result<Investigation> InvestigationService::loadWithFiles(qint64 bilanId)
{
    return loadRecords(bilanId, true);
}

Result<Investigation> InvestigationService::loadRecords(qint64 bilanId, bool withFiles)
{
    if (auto bilan = checkBilan(bilanId); !bilan)
        return bilan.error();
    InvestigationRepository& repository = m_repositories.investigation();
    Investigation investigation;
    investigation.bilanId = bilanId;
    auto motivations = repository.motivations(bilanId);
    if (!motivations)
        return motivations.error();
    investigation.motivations = motivations.value();
    auto domains = repository.customDomains(bilanId);
    if (!domains)
        return domains.error();
    investigation.customDomains = domains.value();
    for (const Result<void>& loaded : {
             loadInto(repository.experiences(), bilanId, investigation.experiences),
             loadInto(repository.competences(), bilanId, investigation.competences),
             loadInto(repository.criteria(), bilanId, investigation.criteria),
             loadInto(repository.peerFeedback(), bilanId, investigation.peerFeedback),
             loadInto(repository.testResults(), bilanId, investigation.testResults),
             loadInto(repository.careerOptions(), bilanId, investigation.careerOptions),
             loadInto(repository.fieldInquiries(), bilanId, investigation.fieldInquiries),
             loadInto(repository.resources(), bilanId, investigation.resources),
         }) {
        if (!loaded)
            return loaded.error();
    }
    investigation.criteria = rankCriteria(investigation.criteria);
    if (withFiles) {
        for (TestResult& test : investigation.testResults) {
            if (!test.file)
                continue;
            auto file = reportFile(test.id);
            if (!file)
                return file.error();
            test.file = file.value();
        }
    }
    return investigation;
}

Result<void> InvestigationService::replace(qint64 bilanId, const Investigation& given)
{
    if (auto checked = checkInvestigation(given); !checked)
        return checked;
    InvestigationRepository& repository = m_repositories.investigation();
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = checkBilan(bilanId); !bilan)
            return bilan;
        if (auto cleared = repository.clear(bilanId); !cleared)
            return cleared;
        Motivations motivations = given.motivations;
        motivations.bilanId = bilanId;
        motivations.version = 0;
        if (auto written = repository.setMotivations(motivations); !written)
            return written;
        for (const QString& domain : given.customDomains) {
            if (auto added = repository.addCustomDomain(bilanId, domain); !added)
                return added;
        }
        auto experiences = addAll(repository.experiences(), bilanId, given.experiences);
        if (!experiences)
            return experiences.error();
        QList<Competence> competences = given.competences;
        for (Competence& competence : competences) {
            for (qint64& id : competence.experienceIds)
                id = experiences->value(id);
        }
        auto options = addAll(repository.careerOptions(), bilanId, given.careerOptions);
        if (!options)
            return options.error();
        QList<FieldInquiry> inquiries = given.fieldInquiries;
        for (FieldInquiry& inquiry : inquiries) {
            if (inquiry.careerOptionId)
                inquiry.careerOptionId = options->value(*inquiry.careerOptionId);
        }
        if (auto added = addAll(repository.competences(), bilanId, competences); !added)
            return added.error();
        if (auto added = addAll(repository.criteria(), bilanId, given.criteria); !added)
            return added.error();
        if (auto added = addAll(repository.peerFeedback(), bilanId, given.peerFeedback); !added)
            return added.error();
        QList<TestResult> tests = given.testResults;
        for (TestResult& test : tests) {
            if (test.file) // checked above: the media type, size and checksum are the content's own
                test.file = checkReportFile(test.file->fileName, test.file->content).value();
        }
        if (auto added = addAll(repository.testResults(), bilanId, tests); !added)
            return added.error();
        if (auto added = addAll(repository.fieldInquiries(), bilanId, inquiries); !added)
            return added.error();
        if (auto added = addAll(repository.resources(), bilanId, given.resources); !added)
            return added.error();
        return success();
    });
}

} // namespace parcours
