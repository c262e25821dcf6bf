#include <parcours/core/FollowUp.h>

using namespace Qt::StringLiterals;

namespace parcours {

QString toKey(FollowUpOutcome value)
{
    switch (value) {
    case FollowUpOutcome::Done:
        return u"done"_s;
    case FollowUpOutcome::Declined:
        return u"declined"_s;
    case FollowUpOutcome::Unreachable:
        return u"unreachable"_s;
    }
    return {};
}

QString toKey(ContactChannel value)
{
    switch (value) {
    case ContactChannel::Phone:
        return u"phone"_s;
    case ContactChannel::Email:
        return u"email"_s;
    case ContactChannel::Letter:
        return u"letter"_s;
    case ContactChannel::Sms:
        return u"sms"_s;
    }
    return {};
}

template<> std::optional<FollowUpOutcome> fromKey<FollowUpOutcome>(QStringView key)
{
    for (FollowUpOutcome value : kAllFollowUpOutcomes) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<> std::optional<ContactChannel> fromKey<ContactChannel>(QStringView key)
{
    for (ContactChannel value : kAllContactChannels) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QString displayName(FollowUpOutcome value)
{
    switch (value) {
    case FollowUpOutcome::Done:
        return QCoreApplication::translate("FollowUp", "Done");
    case FollowUpOutcome::Declined:
        return QCoreApplication::translate("FollowUp", "Declined");
    case FollowUpOutcome::Unreachable:
        return QCoreApplication::translate("FollowUp", "Could not be reached");
    }
    return {};
}

QString displayName(ContactChannel value)
{
    switch (value) {
    case ContactChannel::Phone:
        return QCoreApplication::translate("FollowUp", "Phone");
    case ContactChannel::Email:
        return QCoreApplication::translate("FollowUp", "E-mail");
    case ContactChannel::Letter:
        return QCoreApplication::translate("FollowUp", "Letter");
    case ContactChannel::Sms:
        return QCoreApplication::translate("FollowUp", "Text message");
    }
    return {};
}

QDate followUpDueDate(QDate endDate)
{
    // QDate::addMonths keeps the day when it exists and takes the month's last day otherwise.
    return endDate.isValid() ? endDate.addMonths(kFollowUpMonths) : QDate();
}

QDate earliestEndDueFrom(QDate day)
{
    if (!day.isValid())
        return {};
    // followUpDueDate never decreases with the end date; walk from a close guess to the exact bound.
    QDate end = day.addMonths(-kFollowUpMonths);
    while (followUpDueDate(end) >= day)
        end = end.addDays(-1);
    while (followUpDueDate(end) < day)
        end = end.addDays(1);
    return end;
}

QDate defaultEndDate(const QList<Session>& sessions, QDate today)
{
    QDate last;
    for (const Session& session : sessions) {
        if (session.phase == Phase::Conclusion && session.status == SessionStatus::Done
            && session.startsAt.date() > last)
            last = session.startsAt.date();
    }
    return last.isValid() ? last : today;
}

} // namespace parcours
