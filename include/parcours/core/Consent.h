#pragma once

#include <QCoreApplication>
#include <QDate>

#include <parcours/core/Result.h>

namespace parcours {

/**
 * What every consent a beneficiary signs has in common (keeping content after the bilan, RetentionConsent; sending
 * results to a third party, DisclosureConsent): it is withdrawn once, on a day between its signature and today.
 */
class ConsentRules {
    Q_DECLARE_TR_FUNCTIONS(ConsentRules)
public:
    /// Refused when `withdrawnOn` is already set; InvalidInput ("withdrawn_on") when `on` is not a day between
    /// `signedOn` and `today`.
    static Result<void> checkWithdrawal(QDate signedOn, QDate withdrawnOn, QDate on, QDate today);

    /**
     * Reads consent `id` from `repository`, checks the withdrawal, stores it and hands back the stored consent.
     * `Repository` has `consent(id)` and `withdrawConsent(consent)` (RetentionRepository, DisclosureRepository).
     */
    template<class Repository>
    static auto withdraw(Repository& repository, qint64 id, QDate on, QDate today) -> decltype(repository.consent(id))
    {
        auto consent = repository.consent(id);
        if (!consent)
            return consent.error();
        if (auto allowed = checkWithdrawal(consent->signedOn, consent->withdrawnOn, on, today); !allowed)
            return allowed.error();
        auto changed = consent.value();
        changed.withdrawnOn = on;
        if (auto done = repository.withdrawConsent(changed); !done)
            return done.error();
        return repository.consent(id);
    }
};

} // namespace parcours
