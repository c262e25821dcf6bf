#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Disclosure.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

namespace parcours {

/**
 * The disclosure log over the repositories: consents to send results to a third party, their withdrawal, and the
 * check every sending goes through. Building and writing the document is the reports layer's (DisclosureExport).
 */
class DisclosureService {
    Q_DECLARE_TR_FUNCTIONS(DisclosureService)
public:
    DisclosureService(Repositories& repositories, const Clock& clock);

    Result<QList<DisclosureConsent>> consents(qint64 bilanId);
    Result<QList<DisclosureRecord>> disclosures(qint64 bilanId);
    /// Validated by DisclosureRules::validate: Invalid with the field's key, nothing written.
    Result<qint64> recordConsent(DisclosureConsent consent);
    /// Dated between the signature and today; refused when already withdrawn.
    Result<DisclosureConsent> withdrawConsent(qint64 consentId, QDate on);
    /// The consent under which `item` of the bilan may be sent today, or why not (DisclosureRules::mayDisclose).
    Result<DisclosureConsent> authorize(qint64 bilanId, qint64 consentId, DisclosedItem item);
    /// Records a sending made (checked again with authorize). Returns its id.
    Result<qint64> record(DisclosureRecord record);
    /// The consents that hold today, for the "send" dialog.
    Result<QList<DisclosureConsent>> usableConsents(qint64 bilanId);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
