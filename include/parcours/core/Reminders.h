#pragma once

#include <parcours/core/Agreement.h>
#include <parcours/core/Cpf.h>
#include <parcours/core/FollowUp.h>
#include <parcours/core/Holidays.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** What a reminder is about. */
enum class ReminderKind { FollowUp, AgreementUnsigned, CpfEntry, CpfExit, Retention, SessionsToLog };
inline constexpr std::array kAllReminderKinds { ReminderKind::FollowUp, ReminderKind::AgreementUnsigned,
    ReminderKind::CpfEntry, ReminderKind::CpfExit, ReminderKind::Retention, ReminderKind::SessionsToLog };

/// "follow-up", "agreement-unsigned", "cpf-entry", "cpf-exit", "retention", "sessions-to-log"
QString toKey(ReminderKind value);
template<> std::optional<ReminderKind> fromKey<ReminderKind>(QStringView key);
QString displayName(ReminderKind value);

/** Something the consultant must do for a bilan by a date. */
struct Reminder {
    ReminderKind kind = ReminderKind::FollowUp;
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    QDate dueOn;
    QDateTime plannedAt; ///< a follow-up whose session is already planned: when (null otherwise)
    int sessionCount = 0; ///< sessions to log: how many (the first one's day is dueOn)

    bool overdue(QDate today) const { return dueOn < today; }
    bool operator==(const Reminder&) const = default;
};

/** An ended bilan whose follow-up has no outcome yet, as storage finds it. */
struct PendingFollowUp {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString firstName; ///< the two parts of clientName, for the initials of a calendar event
    QString lastName;
    BilanStatus status = BilanStatus::Closed;
    QDate endDate;
    QDate dueOn;
    QDateTime plannedAt; ///< the earliest follow-up session planned, null when none
};

/** A bilan whose agreement was sent and neither signed nor refused. */
struct PendingAgreement {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    BilanStatus status = BilanStatus::Open;
    Funding funding = Funding::Employer;
    AgreementRecord agreement;
};

/** A date by which a bilan's records must be kept or destroyed (R6313-7): filled by the retention rules. */
struct RetentionDue {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    QDate dueOn;
};

/** A bilan's sessions still « planned » after their day: they took place or not, and nobody logged them. */
struct UnloggedSessions {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    int count = 0;
    QDate firstDay; ///< the day of the earliest of them
};

/** Everything the reminder rule looks at, gathered by storage for dates before a bound. */
struct ReminderFacts {
    QList<PendingFollowUp> followUps;
    QList<PendingAgreement> agreements;
    QList<CpfBilanFacts> cpf;
    QList<RetentionDue> retention;
    QList<UnloggedSessions> unlogged;
};

/// The reminders due before `before` (exclusive), overdue ones included, soonest first: follow-ups of closed
/// bilans (never of abandoned ones; one whose session is planned is due on that session's day and carries it), agreements awaiting a signature past their 10 days (due on the day silence
/// becomes refusal), CPF declarations not made, retention dates, and past sessions still to log (one reminder per
/// bilan, due on the day of the first of them: overdue from the day after).
QList<Reminder> reminders(const ReminderFacts& facts, QDate before, const HolidayCalendar& holidays);

} // namespace parcours
