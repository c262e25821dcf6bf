#pragma once

#include <parcours/core/FollowUp.h>
#include <parcours/core/Reminders.h>
#include <parcours/core/Result.h>

#include <optional>

namespace parcours {

/**
 * Storage of what comes after a bilan: why it was abandoned, its follow-up (due date, outcome, attempts, notes)
 * and the queries the reminders need. Writes check the record's version like every repository.
 */
class FollowUpRepository {
public:
    virtual ~FollowUpRepository() = default;

    virtual Result<std::optional<BilanAbandonment>> abandonment(qint64 bilanId) = 0;
    virtual Result<void> putAbandonment(const BilanAbandonment& abandonment) = 0;

    /// The bilan's follow-up, with its attempts and notes; nullopt when none was created (the bilan has not ended).
    virtual Result<std::optional<FollowUpRecord>> followUp(qint64 bilanId) = 0;
    /// Creates (version 0) or updates (version checked) the record, its notes included; attempts are apart.
    virtual Result<void> saveFollowUp(const FollowUpRecord& record) = 0;
    virtual Result<qint64> addAttempt(qint64 bilanId, const ContactAttempt& attempt) = 0;

    /// Follow-ups without an outcome due before `before`.
    virtual Result<QList<PendingFollowUp>> pendingFollowUps(QDate before) = 0;
    /// Agreements sent before `sentBefore`, neither signed nor refused, of bilans still open.
    virtual Result<QList<PendingAgreement>> pendingAgreements(QDate sentBefore) = 0;
};

} // namespace parcours
