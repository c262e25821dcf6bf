#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/Enums.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/// The entretien de suivi comes about six months after the end of the bilan.
inline constexpr int kFollowUpMonths = 6;

/** What became of the six-month follow-up. */
enum class FollowUpOutcome { Done, Declined, Unreachable };
inline constexpr std::array kAllFollowUpOutcomes { FollowUpOutcome::Done, FollowUpOutcome::Declined,
    FollowUpOutcome::Unreachable };

/** How the consultant tried to reach the beneficiary. */
enum class ContactChannel { Phone, Email, Letter, Sms };
inline constexpr std::array kAllContactChannels { ContactChannel::Phone, ContactChannel::Email,
    ContactChannel::Letter, ContactChannel::Sms };

QString toKey(FollowUpOutcome value); ///< "done", "declined", "unreachable"
QString toKey(ContactChannel value); ///< "phone", "email", "letter", "sms"
template<> std::optional<FollowUpOutcome> fromKey<FollowUpOutcome>(QStringView key);
template<> std::optional<ContactChannel> fromKey<ContactChannel>(QStringView key);
QString displayName(FollowUpOutcome value);
QString displayName(ContactChannel value);

/** One attempt to reach the beneficiary for the follow-up (administrative proof). */
struct ContactAttempt {
    qint64 id = 0;
    QDate date;
    ContactChannel channel = ContactChannel::Phone;

    bool operator==(const ContactAttempt&) const = default;
};

/**
 * The follow-up of an ended bilan: when it is due (six months after the end unless the consultant moved it),
 * what came of it and the attempts made. The notes are bilan content, stored apart from the rest.
 */
struct FollowUpRecord {
    qint64 bilanId = 0;
    QDate dueOn; ///< the date it is due, moved or not
    bool moved = false; ///< the consultant chose dueOn
    std::optional<FollowUpOutcome> outcome;
    QDate outcomeOn; ///< set with the outcome
    QString notes;
    QList<ContactAttempt> attempts; ///< in date order
    int version = 0; ///< 0 while nothing is stored

    bool settled() const { return outcome.has_value(); }
};

/** Why a bilan was abandoned (administrative data; the bilan's status and end date say when). */
struct BilanAbandonment {
    qint64 bilanId = 0;
    QString reason;
    int version = 0;
};

/// The follow-up's due date for a bilan ended on `endDate`: six months later, the last day of the month when that
/// month is shorter (31 August → 28 or 29 February); null when `endDate` is.
QDate followUpDueDate(QDate endDate);

/// The first end date whose follow-up falls on or after `day`: bilans ended before it are due before `day`.
QDate earliestEndDueFrom(QDate day);

/// The day a bilan closed without a date given ends: the last conclusion session done, else today.
QDate defaultEndDate(const QList<Session>& sessions, QDate today);

} // namespace parcours
