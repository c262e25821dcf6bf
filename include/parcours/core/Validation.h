#pragma once

#include <QList>
#include <QString>

#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

namespace parcours {

/** A refused input: which field (its key, as in JSON) and why, in words for the user. */
struct FieldError {
    QString field;
    QString message;
};

/// Field keys used by the validators and shown next to the matching widget in dialogs.
namespace fields {
inline constexpr QStringView lastName = u"last_name";
inline constexpr QStringView firstName = u"first_name";
inline constexpr QStringView email = u"email";
inline constexpr QStringView phone = u"phone";
inline constexpr QStringView birthDate = u"birth_date";
inline constexpr QStringView startDate = u"start_date";
inline constexpr QStringView endDate = u"end_date";
inline constexpr QStringView budgets = u"budgets";
inline constexpr QStringView startsAt = u"starts_at";
inline constexpr QStringView plannedMinutes = u"planned_minutes";
inline constexpr QStringView actualMinutes = u"actual_minutes";
} // namespace fields

/// Session lengths Parcours accepts (a session is a few hours at most).
inline constexpr int kMinSessionMinutes = 15;
inline constexpr int kMaxSessionMinutes = 8 * 60;

QList<FieldError> validateClient(const Client& client, QDate today);
QList<FieldError> validateBilan(const Bilan& bilan);
QList<FieldError> validateSession(const Session& session);

/// The first error as a Result, for callers that stop at one (CLI, storage).
Result<void> firstError(const QList<FieldError>& errors);

} // namespace parcours
