#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Retention.h>

#include <QCoreApplication>

namespace parcours {

/** What a destruction would take and keep, for the confirmation. */
struct DestructionPlan {
    qint64 bilanId = 0;
    QMap<ContentKind, int> counts; ///< rows that would be deleted, per kind
    QStringList outsideFiles; ///< files made outside the database the consultant must delete by hand
};

/** Retention and destruction of bilan content (R6313-7) and the prospects' 3 years, over the repositories. */
class RetentionService {
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    RetentionService(Repositories& repositories, const Clock& clock);

    /// Each kind of the bilan's content as of today.
    Result<RetentionSchedule> schedule(qint64 bilanId);
    Result<QList<RetentionConsent>> consents(qint64 bilanId);
    /// Validated by RetentionRules::validate: Invalid with the field errors, nothing written.
    Result<qint64> recordConsent(RetentionConsent consent);
    Result<RetentionConsent> withdrawConsent(qint64 consentId, QDate on);
    Result<qint64> recordContact(const ClientContact& contact);
    /// Everything due for destruction today: ended bilans' content and prospects past their 3 years.
    Result<QList<RetentionDueItem>> due();

    /// What destroying `kinds` (all kinds with rows when empty) would delete.
    Result<DestructionPlan> plan(qint64 bilanId, QList<ContentKind> kinds);
    /// Deletes the content in one transaction, journals it (table and file), then scrubs. Refused while the bilan
    /// runs. `doneBy`: the consultant's name.
    Result<DestructionRecord> destroy(qint64 bilanId, QList<ContentKind> kinds, const QString& doneBy);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
