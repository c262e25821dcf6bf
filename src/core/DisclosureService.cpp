#include <parcours/core/Consent.h>
#include <parcours/core/DisclosureRepository.h>
#include <parcours/core/DisclosureService.h>

using namespace Qt::StringLiterals;

namespace parcours {

DisclosureService::DisclosureService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<QList<DisclosureConsent>> DisclosureService::consents(qint64 bilanId)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    return m_repositories.disclosures().consents(bilanId);
}

Result<QList<DisclosureRecord>> DisclosureService::disclosures(qint64 bilanId)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    return m_repositories.disclosures().disclosures(bilanId);
}

Result<qint64> DisclosureService::recordConsent(DisclosureConsent consent)
{
    if (auto bilan = m_repositories.bilans().get(consent.bilanId); !bilan)
        return bilan.error();
    if (auto valid = firstError(DisclosureRules::validate(consent, m_clock.today())); !valid)
        return valid.error();
    consent.recipientName = consent.recipientName.trimmed();
    consent.withdrawnOn = {};
    consent.recordedAt = m_clock.now();
    return m_repositories.disclosures().addConsent(consent);
}

Result<DisclosureConsent> DisclosureService::withdrawConsent(qint64 consentId, QDate on)
{
    return ConsentRules::withdraw(m_repositories.disclosures(), consentId, on, m_clock.today());
}

Result<DisclosureConsent> DisclosureService::authorize(qint64 bilanId, qint64 consentId, DisclosedItem item)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    std::optional<DisclosureConsent> consent;
    if (consentId != 0) {
        auto found = m_repositories.disclosures().consent(consentId);
        if (found)
            consent = found.value();
        else if (found.error().code != ErrorCode::NotFound)
            return found.error();
    }
    if (auto allowed = DisclosureRules::mayDisclose(consent, bilanId, item, m_clock.today()); !allowed)
        return allowed.error();
    return *consent;
}

Result<qint64> DisclosureService::record(DisclosureRecord record)
{
    if (auto allowed = authorize(record.bilanId, record.consentId, record.what); !allowed)
        return allowed.error();
    if (!record.sentAt.isValid())
        record.sentAt = m_clock.now();
    return m_repositories.disclosures().addDisclosure(record);
}

Result<QList<DisclosureConsent>> DisclosureService::usableConsents(qint64 bilanId)
{
    auto all = consents(bilanId);
    if (!all)
        return all.error();
    QList<DisclosureConsent> usable;
    for (const DisclosureConsent& consent : all.value()) {
        if (consent.holdsOn(m_clock.today()))
            usable << consent;
    }
    return usable;
}

} // namespace parcours
