#pragma once

#include <parcours/core/DisclosureRepository.h>

namespace parcours {

class Database;
class StoreEvents;

/** The disclosure log over Qt Sql: disclosure_consent and disclosure (administrative proof, no content). */
class SqlDisclosureRepository final : public DisclosureRepository {
public:
    SqlDisclosureRepository(Database& database, StoreEvents& events);

    Result<QList<DisclosureConsent>> consents(qint64 bilanId) override;
    Result<DisclosureConsent> consent(qint64 id) override;
    Result<qint64> addConsent(const DisclosureConsent& consent) override;
    Result<void> withdrawConsent(const DisclosureConsent& consent) override;
    Result<QList<DisclosureRecord>> disclosures(qint64 bilanId) override;
    Result<qint64> addDisclosure(const DisclosureRecord& record) override;
    Result<QSet<qint64>> bilansWithSynthesisSentToCep() override;

private:
    Result<QList<DisclosureConsent>> readConsents(const QString& where, qint64 key);
    void announce(qint64 bilanId);
    Database& m_database;
    StoreEvents& m_events;
};

} // namespace parcours
