#pragma once

#include <parcours/core/Disclosure.h>
#include <parcours/core/Result.h>

#include <QList>
#include <QSet>

namespace parcours {

/** Storage of the disclosure log: the consents to send results to a third party and the sendings made. */
class DisclosureRepository {
public:
    virtual ~DisclosureRepository() = default;

    virtual Result<QList<DisclosureConsent>> consents(qint64 bilanId) = 0;
    virtual Result<DisclosureConsent> consent(qint64 id) = 0;
    virtual Result<qint64> addConsent(const DisclosureConsent& consent) = 0;
    /// Records the withdrawal; the version is checked.
    virtual Result<void> withdrawConsent(const DisclosureConsent& consent) = 0;

    /// The sendings of the bilan, oldest first.
    virtual Result<QList<DisclosureRecord>> disclosures(qint64 bilanId) = 0;
    virtual Result<qint64> addDisclosure(const DisclosureRecord& record) = 0;
    /// The bilans whose synthèse was sent to a CEP operator (DisclosureRules::synthesisSentToCep), in one read: the
    /// retention reminders ask it for every ended bilan at once.
    virtual Result<QSet<qint64>> bilansWithSynthesisSentToCep() = 0;
};

} // namespace parcours
