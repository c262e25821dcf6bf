// checkInvestigation: the rules over a whole investigation, each refusal pointing at its field (JSON pointer).
#include <parcours/core/InvestigationRules.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The translation context of the checks' messages. */
struct Check {
    Q_DECLARE_TR_FUNCTIONS(InvestigationRules)
};

QString pointer(const QString& section, qsizetype index, const QString& field = {})
{
    QString path = u'/' + section + u'/' + QString::number(index);
    return field.isEmpty() ? path : path + u'/' + field;
}

Error invalid(const QString& path, const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message, path);
}

template<typename T> Result<void> checkRecords(const QString& section, const QList<T>& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QList<FieldError> errors = validateRecord(list[i]);
        if (!errors.isEmpty())
            return invalid(pointer(section, i, errors.first().field), errors.first().message);
    }
    return success();
}

template<typename T> Result<QSet<qint64>> uniqueIds(const QString& section, const QList<T>& list)
{
    QSet<qint64> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == 0)
            continue;
        if (ids.contains(list[i].id))
            return invalid(pointer(section, i, u"id"_s), Check::tr("This id is used twice in the same list."));
        ids.insert(list[i].id);
    }
    return ids;
}

Result<void> checkDomains(const QStringList& domains)
{
    QStringList seen;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        auto clean = checkCustomDomain(domains[i], seen);
        if (!clean)
            return invalid(u"/custom_domains/"_s + QString::number(i), clean.error().message);
        if (clean.value() != domains[i])
            return invalid(u"/custom_domains/"_s + QString::number(i),
                Check::tr("A domain name has no leading, trailing or repeated spaces."));
        seen << domains[i];
    }
    return success();
}

Result<void> checkCriteria(const QList<Criterion>& criteria)
{
    QHash<int, QSet<int>> seen;
    QHash<int, int> sizes;
    for (const Criterion& criterion : criteria)
        ++sizes[static_cast<int>(criterion.zone)];
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const int zone = static_cast<int>(criteria[i].zone);
        const int rank = criteria[i].rank;
        if (rank > sizes.value(zone) || seen[zone].contains(rank))
            return invalid(pointer(u"criteria"_s, i, u"rank"_s),
                Check::tr("Criteria are ranked 1, 2, 3… in each zone, without gaps or ties."));
        seen[zone].insert(rank);
    }
    return success();
}

Result<void> checkReferences(
    const Investigation& investigation, const QSet<qint64>& experiences, const QSet<qint64>& options)
{
    for (qsizetype i = 0; i < investigation.competences.size(); ++i) {
        const Competence& competence = investigation.competences[i];
        for (qsizetype j = 0; j < competence.experienceIds.size(); ++j) {
            if (!experiences.contains(competence.experienceIds[j]))
                return invalid(pointer(u"competences"_s, i, u"experience_ids/"_s + QString::number(j)),
                    Check::tr("No experience has this id."));
        }
        if (competence.domain == Competence::Domain::Custom
            && !investigation.customDomains.contains(competence.customDomain))
            return invalid(pointer(u"competences"_s, i, u"custom_domain"_s),
                Check::tr("This domain is not in the list of custom domains."));
    }
    for (qsizetype i = 0; i < investigation.fieldInquiries.size(); ++i) {
        const auto& optionId = investigation.fieldInquiries[i].careerOptionId;
        if (optionId && !options.contains(*optionId))
            return invalid(
                pointer(u"field_inquiries"_s, i, u"career_option_id"_s), Check::tr("No career option has this id."));
    }
    return success();
}

Result<void> checkFiles(const QList<TestResult>& tests)
{
    for (qsizetype i = 0; i < tests.size(); ++i) {
        if (!tests[i].file)
            continue;
        const ReportFile& file = *tests[i].file;
        auto checked = checkReportFile(file.fileName, file.content);
        if (!checked)
            return invalid(
                pointer(u"test_results"_s, i, u"report/"_s + checked.error().field), checked.error().message);
        if (!file.sha256.isEmpty() && file.sha256 != checked->sha256)
            return invalid(pointer(u"test_results"_s, i, u"report/sha256"_s),
                Check::tr("The checksum does not match the file's content."));
    }
    return success();
}

} // namespace

Result<void> checkInvestigation(const Investigation& investigation)
{
    if (auto motivations = firstError(validateRecord(investigation.motivations)); !motivations)
        return invalid(u"/motivations/"_s + motivations.error().field, motivations.error().message);
    if (auto domains = checkDomains(investigation.customDomains); !domains)
        return domains;
    const std::initializer_list<Result<void>> records {
        checkRecords(u"experiences"_s, investigation.experiences),
        checkRecords(u"competences"_s, investigation.competences),
        checkRecords(u"criteria"_s, investigation.criteria),
        checkRecords(u"peer_feedback"_s, investigation.peerFeedback),
        checkRecords(u"test_results"_s, investigation.testResults),
        checkRecords(u"career_options"_s, investigation.careerOptions),
        checkRecords(u"field_inquiries"_s, investigation.fieldInquiries),
        checkRecords(u"resources"_s, investigation.resources),
    };
    for (const Result<void>& result : records) {
        if (!result)
            return result;
    }
    if (auto criteria = checkCriteria(investigation.criteria); !criteria)
        return criteria;
    qsizetype planB = -1;
    for (qsizetype i = 0; i < investigation.careerOptions.size(); ++i) {
        if (!investigation.careerOptions[i].planB)
            continue;
        if (planB >= 0)
            return makeError(ErrorCode::InvalidInput,
                Check::tr("Only one option can be the plan B (“%1” already is).")
                    .arg(investigation.careerOptions[planB].title),
                pointer(u"career_options"_s, i, u"plan_b"_s));
        planB = i;
    }
    auto experiences = uniqueIds(u"experiences"_s, investigation.experiences);
    if (!experiences)
        return experiences.error();
    auto options = uniqueIds(u"career_options"_s, investigation.careerOptions);
    if (!options)
        return options.error();
    if (auto references = checkReferences(investigation, experiences.value(), options.value()); !references)
        return references;
    return checkFiles(investigation.testResults);
}

} // namespace parcours
