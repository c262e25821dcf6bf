#include <parcours/core/AgreementService.h>
#include <parcours/core/RichText.h>

namespace parcours {

AgreementService::AgreementService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<AgreementRecord> AgreementService::get(qint64 bilanId)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    return m_repositories.proofs().agreement(bilanId);
}

Result<AgreementStatus> AgreementService::status(qint64 bilanId)
{
    auto record = get(bilanId);
    if (!record)
        return record.error();
    return AgreementRules::status(record.value(), m_clock.today());
}

Result<AgreementRecord> AgreementService::record(qint64 bilanId, AgreementEvent event, QDate date)
{
    AgreementRecord updated;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto existing = get(bilanId);
        if (!existing)
            return existing.error();
        auto applied = AgreementRules::apply(existing.value(), event, date, m_clock.today());
        if (!applied)
            return applied.error();
        if (auto saved = m_repositories.proofs().saveAgreement(applied.value()); !saved)
            return saved;
        updated = applied.value();
        ++updated.version;
        return success();
    });
    if (!done)
        return done.error();
    return updated;
}

Result<void> AgreementService::update(const AgreementRecord& record)
{
    AgreementRecord tidied = record;
    tidied.employer = RichText::cleanText(record.employer).trimmed();
    tidied.paymentTerms = RichText::cleanText(record.paymentTerms).simplified();
    if (auto valid = firstError(AgreementRules::validate(tidied, m_clock.today())); !valid)
        return valid;
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(record.bilanId); !bilan)
            return bilan.error();
        return m_repositories.proofs().saveAgreement(tidied);
    });
}

} // namespace parcours
