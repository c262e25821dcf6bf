#include <parcours/core/Hours.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

bool plausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

bool plausiblePhone(const QString& phone)
{
    static const QRegularExpression pattern(u"^\\+?[0-9 .()\\-]{6,24}$"_s);
    return pattern.match(phone).hasMatch();
}

constexpr int kMaxNameLength = 100;

} // namespace

QList<FieldError> validateClient(const Client& client, QDate today)
{
    QList<FieldError> errors;
    if (client.lastName.trimmed().isEmpty())
        errors.append({ fields::lastName.toString(), QCoreApplication::translate("Validation", "The last name is required.") });
    else if (client.lastName.size() > kMaxNameLength)
        errors.append({ fields::lastName.toString(), QCoreApplication::translate("Validation", "The last name is too long (100 characters at most).") });
    if (client.firstName.trimmed().isEmpty())
        errors.append({ fields::firstName.toString(), QCoreApplication::translate("Validation", "The first name is required.") });
    else if (client.firstName.size() > kMaxNameLength)
        errors.append({ fields::firstName.toString(), QCoreApplication::translate("Validation", "The first name is too long (100 characters at most).") });
    if (!client.email.isEmpty() && !plausibleEmail(client.email))
        errors.append({ fields::email.toString(), QCoreApplication::translate("Validation", "This e-mail address is not valid.") });
    if (!client.phone.isEmpty() && !plausiblePhone(client.phone))
        errors.append({ fields::phone.toString(), QCoreApplication::translate("Validation", "A phone number holds digits, spaces, dots, dashes and a leading +.") });
    if (client.birthDate.isValid() && client.birthDate > today)
        errors.append({ fields::birthDate.toString(), QCoreApplication::translate("Validation", "The date of birth cannot be in the future.") });
    return errors;
}

QList<FieldError> validateBilan(const Bilan& bilan)
{
    QList<FieldError> errors;
    if (bilan.endDate.isValid() && bilan.startDate.isValid() && bilan.endDate < bilan.startDate)
        errors.append({ fields::endDate.toString(), QCoreApplication::translate("Validation", "The end date is before the start date.") });
    if (auto budgets = checkBudgets(bilan.budgets); !budgets)
        errors.append({ fields::budgets.toString(), budgets.error().message });
    return errors;
}

QList<FieldError> validateSession(const Session& session)
{
    QList<FieldError> errors;
    if (!session.startsAt.isValid())
        errors.append({ fields::startsAt.toString(), QCoreApplication::translate("Validation", "The date and time of the session are required.") });
    if (session.plannedMinutes < kMinSessionMinutes || session.plannedMinutes > kMaxSessionMinutes) {
        errors.append({ fields::plannedMinutes.toString(),
                        QCoreApplication::translate("Validation", "A session lasts between %1 and %2.")
                            .arg(formatMinutes(kMinSessionMinutes), formatMinutes(kMaxSessionMinutes)) });
    }
    if (session.startsAt.isValid() && session.plannedMinutes > 0) {
        // A session ends on the day it starts (midnight itself is allowed): a start at 23:00 is a typo for 11:00.
        const QDateTime end = session.endsAt();
        const QDate day = session.startsAt.date();
        if (end.date() != day && !(end.date() == day.addDays(1) && end.time() == QTime(0, 0)))
            errors.append({ fields::startsAt.toString(), QCoreApplication::translate("Validation", "The session would end after midnight: a session ends on the day it starts.") });
    }
    if (session.actualMinutes) {
        if (*session.actualMinutes < 0)
            errors.append({ fields::actualMinutes.toString(), QCoreApplication::translate("Validation", "A duration cannot be negative.") });
        else if (*session.actualMinutes > kMaxSessionMinutes)
            errors.append({ fields::actualMinutes.toString(),
                            QCoreApplication::translate("Validation", "A session lasts %1 at most.").arg(formatMinutes(kMaxSessionMinutes)) });
        else if (session.status == SessionStatus::Done && *session.actualMinutes == 0)
            errors.append({ fields::actualMinutes.toString(), QCoreApplication::translate("Validation", "A session that took place lasted some time.") });
    }
    return errors;
}

Result<void> firstError(const QList<FieldError>& errors)
{
    if (errors.isEmpty())
        return success();
    return makeError(ErrorCode::InvalidInput, errors.first().message, errors.first().field);
}

} // namespace parcours
