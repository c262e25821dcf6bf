#pragma once

#include <parcours/core/FollowUpRepository.h>

namespace parcours {

class Database;
class StoreEvents;

/** The end of bilans and their follow-ups over Qt Sql: bilan_abandonment, follow_up, its notes and attempts. */
class SqlFollowUpRepository final : public FollowUpRepository {
public:
    SqlFollowUpRepository(Database& database, StoreEvents& events);

    Result<std::optional<BilanAbandonment>> abandonment(qint64 bilanId) override;
    Result<void> putAbandonment(const BilanAbandonment& abandonment) override;
    Result<std::optional<FollowUpRecord>> followUp(qint64 bilanId) override;
    Result<void> saveFollowUp(const FollowUpRecord& record) override;
    Result<qint64> addAttempt(qint64 bilanId, const ContactAttempt& attempt) override;
    Result<QList<PendingFollowUp>> pendingFollowUps(QDate before) override;
    Result<QList<PendingAgreement>> pendingAgreements(QDate sentBefore) override;

private:
    Result<void> writeNotes(qint64 bilanId, const QString& notes);
    Database& m_database;
    StoreEvents& m_events;
};

} // namespace parcours
