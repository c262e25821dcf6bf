#include <parcours/core/InvestigationRules.h>
#include <parcours/core/InvestigationService.h>

#include <QHash>

namespace parcours {
namespace {

template<typename T> RecordRepository<T>& records(InvestigationRepository& repository);
template<> RecordRepository<Experience>& records(InvestigationRepository& r)
{
    return r.experiences();
}
template<> RecordRepository<Competence>& records(InvestigationRepository& r)
{
    return r.competences();
}
template<> RecordRepository<Criterion>& records(InvestigationRepository& r)
{
    return r.criteria();
}
template<> RecordRepository<PeerFeedback>& records(InvestigationRepository& r)
{
    return r.peerFeedback();
}
template<> RecordRepository<TestResult>& records(InvestigationRepository& r)
{
    return r.testResults();
}
template<> RecordRepository<CareerOption>& records(InvestigationRepository& r)
{
    return r.careerOptions();
}
template<> RecordRepository<FieldInquiry>& records(InvestigationRepository& r)
{
    return r.fieldInquiries();
}
template<> RecordRepository<DocumentaryResource>& records(InvestigationRepository& r)
{
    return r.resources();
}

/// The list with `record` in place of the stored one of the same id (or added when new).
template<typename T> QList<T> withRecord(QList<T> list, const T& record)
{
    for (T& item : list) {
        if (item.id == record.id && record.id != 0) {
            item = record;
            return list;
        }
    }
    list.append(record);
    return list;
}

} // namespace

InvestigationService::InvestigationService(Repositories& repositories) : m_repositories(repositories) { }

Result<void> InvestigationService::checkBilan(qint64 bilanId)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    return success();
}

template<typename T> Result<void> InvestigationService::checkLinks(const T& record)
{
    return checkBilan(record.bilanId);
}

template<> Result<void> InvestigationService::checkLinks(const Competence& competence)
{
    if (auto bilan = checkBilan(competence.bilanId); !bilan)
        return bilan;
    auto experiences = m_repositories.investigation().experiences().forBilan(competence.bilanId);
    if (!experiences)
        return experiences.error();
    for (qint64 id : competence.experienceIds) {
        const bool known
            = std::any_of(experiences->begin(), experiences->end(), [id](const Experience& e) { return e.id == id; });
        if (!known)
            return makeError(ErrorCode::InvalidInput,
                tr("A competence can only come from an experience of the same "
                   "bilan."),
                QStringLiteral("experience_ids"));
    }
    if (competence.domain == Competence::Domain::Custom) {
        auto domains = m_repositories.investigation().customDomains(competence.bilanId);
        if (!domains)
            return domains.error();
        if (!domains->contains(competence.customDomain))
            return makeError(ErrorCode::InvalidInput,
                tr("Add the domain “%1” before classing a competence in it.").arg(competence.customDomain),
                QStringLiteral("custom_domain"));
    }
    return success();
}

template<> Result<void> InvestigationService::checkLinks(const CareerOption& option)
{
    if (auto bilan = checkBilan(option.bilanId); !bilan)
        return bilan;
    auto options = m_repositories.investigation().careerOptions().forBilan(option.bilanId);
    if (!options)
        return options.error();
    return checkPlanB(withRecord(options.value(), option));
}

template<> Result<void> InvestigationService::checkLinks(const FieldInquiry& inquiry)
{
    if (auto bilan = checkBilan(inquiry.bilanId); !bilan)
        return bilan;
    if (!inquiry.careerOptionId)
        return success();
    auto option = m_repositories.investigation().careerOptions().get(*inquiry.careerOptionId);
    if (!option || option->bilanId != inquiry.bilanId)
        return makeError(ErrorCode::InvalidInput, tr("An inquiry can only be about an option of the same bilan."),
            QStringLiteral("career_option_id"));
    return success();
}

template<typename T> Result<qint64> InvestigationService::add(const T& record)
{
    if (auto valid = firstError(validateRecord(record)); !valid)
        return valid.error();
    qint64 newId = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto links = checkLinks(record); !links)
            return links;
        T stored = record;
        if constexpr (std::is_same_v<T, Criterion>) {
            auto existing = m_repositories.investigation().criteria().forBilan(record.bilanId);
            if (!existing)
                return existing.error();
            stored.rank = 1
                + static_cast<int>(std::count_if(
                    existing->begin(), existing->end(), [&](const Criterion& c) { return c.zone == record.zone; }));
        }
        auto id = records<T>(m_repositories.investigation()).add(stored);
        if (!id)
            return id.error();
        newId = id.value();
        return success();
    });
    if (!done)
        return done.error();
    return newId;
}

template<typename T> Result<void> InvestigationService::update(const T& record)
{
    if (auto valid = firstError(validateRecord(record)); !valid)
        return valid;
    return m_repositories.transact([&]() -> Result<void> {
        auto existing = records<T>(m_repositories.investigation()).get(record.id);
        if (!existing)
            return existing.error();
        if (existing->bilanId != record.bilanId)
            return makeError(ErrorCode::Refused, tr("A record cannot move to another bilan."));
        if constexpr (std::is_same_v<T, Criterion>) {
            if (existing->zone != record.zone || existing->rank != record.rank)
                return makeError(ErrorCode::Refused, tr("A criterion changes place by being moved, not edited."));
        }
        if (auto links = checkLinks(record); !links)
            return links;
        return records<T>(m_repositories.investigation()).update(record);
    });
}

template<typename T> Result<void> InvestigationService::remove(qint64 id)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto existing = records<T>(m_repositories.investigation()).get(id);
        if (!existing)
            return existing.error();
        if (auto removed = records<T>(m_repositories.investigation()).remove(id); !removed)
            return removed;
        if constexpr (std::is_same_v<T, Criterion>)
            return closeUpCriteria(existing->bilanId);
        return success();
    });
}

template<typename T> Result<void> InvestigationService::restore(const T& record)
{
    if (auto valid = firstError(validateRecord(record)); !valid)
        return valid;
    return m_repositories.transact([&]() -> Result<void> {
        if (auto links = checkLinks(record); !links)
            return links;
        if (auto restored = records<T>(m_repositories.investigation()).restore(record); !restored)
            return restored;
        if constexpr (std::is_same_v<T, Criterion>)
            return closeUpCriteria(record.bilanId, std::pair { record.id, record.rank });
        return success();
    });
}

template<typename T> Result<T> InvestigationService::get(qint64 id)
{
    return records<T>(m_repositories.investigation()).get(id);
}

#define PARCOURS_INVESTIGATION_RECORD(T)                                                                               \
    template Result<qint64> InvestigationService::add<T>(const T&);                                                    \
    template Result<void> InvestigationService::update<T>(const T&);                                                   \
    template Result<void> InvestigationService::remove<T>(qint64);                                                     \
    template Result<void> InvestigationService::restore<T>(const T&);                                                  \
    template Result<T> InvestigationService::get<T>(qint64);
PARCOURS_INVESTIGATION_RECORD(Experience)
PARCOURS_INVESTIGATION_RECORD(Competence)
PARCOURS_INVESTIGATION_RECORD(Criterion)
PARCOURS_INVESTIGATION_RECORD(PeerFeedback)
PARCOURS_INVESTIGATION_RECORD(TestResult)
PARCOURS_INVESTIGATION_RECORD(CareerOption)
PARCOURS_INVESTIGATION_RECORD(FieldInquiry)
PARCOURS_INVESTIGATION_RECORD(DocumentaryResource)
#undef PARCOURS_INVESTIGATION_RECORD

Result<Motivations> InvestigationService::motivations(qint64 bilanId)
{
    return m_repositories.investigation().motivations(bilanId);
}

Result<void> InvestigationService::setMotivations(const Motivations& motivations)
{
    if (auto valid = firstError(validateRecord(motivations)); !valid)
        return valid;
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = checkBilan(motivations.bilanId); !bilan)
            return bilan;
        return m_repositories.investigation().setMotivations(motivations);
    });
}

Result<QString> InvestigationService::addCustomDomain(qint64 bilanId, const QString& name)
{
    QString added;
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = checkBilan(bilanId); !bilan)
            return bilan;
        auto existing = m_repositories.investigation().customDomains(bilanId);
        if (!existing)
            return existing.error();
        auto clean = checkCustomDomain(name, existing.value());
        if (!clean)
            return clean.error();
        added = clean.value();
        return m_repositories.investigation().addCustomDomain(bilanId, added);
    });
    if (!done)
        return done.error();
    return added;
}

Result<void> InvestigationService::removeCustomDomain(qint64 bilanId, const QString& name)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto competences = m_repositories.investigation().competences().forBilan(bilanId);
        if (!competences)
            return competences.error();
        const auto used = std::count_if(competences->begin(), competences->end(),
            [&](const Competence& c) { return c.domain == Competence::Domain::Custom && c.customDomain == name; });
        if (used > 0)
            return makeError(ErrorCode::Refused,
                tr("The domain “%1” still holds %n competence(s): class them elsewhere "
                   "first.",
                    nullptr, static_cast<int>(used))
                    .arg(name));
        return m_repositories.investigation().removeCustomDomain(bilanId, name);
    });
}

Result<void> InvestigationService::writeRanking(qint64 bilanId, const QList<Criterion>& ranked)
{
    auto stored = m_repositories.investigation().criteria().forBilan(bilanId);
    if (!stored)
        return stored.error();
    for (const Criterion& current : stored.value()) {
        const auto wanted
            = std::find_if(ranked.begin(), ranked.end(), [&](const Criterion& c) { return c.id == current.id; });
        if (wanted == ranked.end() || (wanted->zone == current.zone && wanted->rank == current.rank))
            continue;
        Criterion moved = current;
        moved.zone = wanted->zone;
        moved.rank = wanted->rank;
        if (auto written = m_repositories.investigation().criteria().update(moved); !written)
            return written;
    }
    return success();
}

Result<void> InvestigationService::closeUpCriteria(qint64 bilanId, std::optional<std::pair<qint64, int>> restored)
{
    auto stored = m_repositories.investigation().criteria().forBilan(bilanId);
    if (!stored)
        return stored.error();
    QList<Criterion> ranked = rankCriteria(stored.value());
    if (restored) {
        // The restored criterion takes back its rank; the one that had taken it moves down.
        const auto it
            = std::find_if(ranked.begin(), ranked.end(), [&](const Criterion& c) { return c.id == restored->first; });
        if (it != ranked.end())
            ranked = parcours::moveCriterion(ranked, restored->first, it->zone, restored->second - 1);
    }
    return writeRanking(bilanId, ranked);
}

Result<void> InvestigationService::moveCriterion(qint64 criterionId, Criterion::Zone zone, int position)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto criterion = m_repositories.investigation().criteria().get(criterionId);
        if (!criterion)
            return criterion.error();
        auto stored = m_repositories.investigation().criteria().forBilan(criterion->bilanId);
        if (!stored)
            return stored.error();
        return writeRanking(criterion->bilanId, parcours::moveCriterion(stored.value(), criterionId, zone, position));
    });
}

Result<void> InvestigationService::arrangeCriteria(qint64 bilanId, const QList<Criterion>& ranked)
{
    if (auto ranking = checkRanking(ranked); !ranking)
        return ranking;
    return m_repositories.transact([&]() -> Result<void> {
        auto stored = m_repositories.investigation().criteria().forBilan(bilanId);
        if (!stored)
            return stored.error();
        if (stored->size() != ranked.size())
            return makeError(ErrorCode::Conflict, tr("The criteria changed meanwhile; nothing was moved."));
        return writeRanking(bilanId, ranked);
    });
}

Result<void> InvestigationService::setPlanB(qint64 bilanId, qint64 optionId)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto options = m_repositories.investigation().careerOptions().forBilan(bilanId);
        if (!options)
            return options.error();
        const auto chosen
            = std::find_if(options->begin(), options->end(), [&](const CareerOption& o) { return o.id == optionId; });
        if (optionId != 0 && chosen == options->end())
            return makeError(ErrorCode::NotFound, tr("This option is not one of the bilan's."));
        if (chosen != options->end() && chosen->status == CareerOption::Status::SetAside)
            return makeError(
                ErrorCode::Refused, tr("An option set aside cannot be the plan B."), QStringLiteral("plan_b"));
        // The old mark goes first: the database holds one plan B per bilan at every step.
        for (int pass = 0; pass < 2; ++pass) {
            for (CareerOption option : options.value()) {
                const bool wanted = option.id == optionId;
                if (option.planB == wanted || wanted != (pass == 1))
                    continue;
                option.planB = wanted;
                if (auto written = m_repositories.investigation().careerOptions().update(option); !written)
                    return written;
            }
        }
        return success();
    });
}

Result<ReportFile> InvestigationService::attachReport(
    qint64 testResultId, const QString& fileName, const QByteArray& content)
{
    auto file = checkReportFile(fileName, content);
    if (!file)
        return file.error();
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto test = m_repositories.investigation().testResults().get(testResultId); !test)
            return test.error();
        return m_repositories.investigation().setReportFile(testResultId, file.value());
    });
    if (!done)
        return done.error();
    return file;
}

Result<void> InvestigationService::setReport(qint64 testResultId, const std::optional<ReportFile>& file)
{
    if (file) {
        auto checked = checkReportFile(file->fileName, file->content);
        if (!checked)
            return checked.error();
    }
    return m_repositories.transact([&]() -> Result<void> {
        if (auto test = m_repositories.investigation().testResults().get(testResultId); !test)
            return test.error();
        return m_repositories.investigation().setReportFile(testResultId, file);
    });
}

Result<ReportFile> InvestigationService::reportFile(qint64 testResultId)
{
    auto file = m_repositories.investigation().reportFile(testResultId);
    if (!file)
        return file;
    if (sha256Hex(file->content) != file->sha256 || file->content.size() != file->size)
        return makeError(ErrorCode::Storage,
            tr("The stored report “%1” is damaged (its checksum no longer matches); "
               "attach it again.")
                .arg(file->fileName));
    return file;
}

} // namespace parcours
