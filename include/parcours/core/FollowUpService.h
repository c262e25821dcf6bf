#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/FollowUp.h>
#include <parcours/core/Reminders.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

#include <optional>

namespace parcours {

/** What the consultant records about a follow-up in one go; whatever is unset stays as it is. */
struct FollowUpChange {
    QDate moveTo; ///< a new due date
    QList<ContactAttempt> attempts; ///< attempts to add
    std::optional<FollowUpOutcome> outcome;
    QDate outcomeOn; ///< today when null
    std::optional<QString> notes;
    /// The follow-up's version when the consultant opened it; when set and someone else saved since, the change
    /// is refused with ErrorCode::Conflict and nothing is written (their notes are never replaced silently).
    std::optional<int> readVersion;
};

/** The six-month follow-up of closed bilans: reading it, moving it, recording attempts and its outcome. */
class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)
public:
    FollowUpService(Repositories& repositories, const Clock& clock);

    /// The follow-up of a closed bilan (refused for an open or abandoned one).
    Result<FollowUpRecord> get(qint64 bilanId);
    /// Applies a change in one transaction: everything or nothing.
    Result<FollowUpRecord> apply(qint64 bilanId, const FollowUpChange& change);

private:
    Result<FollowUpRecord> load(const Bilan& bilan);
    Repositories& m_repositories;
    const Clock& m_clock;
};

/** The reminders of every bilan: follow-ups, unsigned agreements, CPF declarations, retention dates. */
class ReminderService {
public:
    /// How far ahead the panel and the CLI look by default.
    static constexpr int kHorizonDays = 30;

    ReminderService(Repositories& repositories, const Clock& clock);

    /// Everything due before `before` (exclusive), overdue included, soonest first.
    Result<QList<Reminder>> due(QDate before);
    /// Everything due up to today + 30 days, overdue included.
    Result<QList<Reminder>> upcoming();

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
