#include <parcours/core/Reminders.h>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parcours {

QString toKey(ReminderKind value)
{
    switch (value) {
    case ReminderKind::FollowUp:
        return u"follow-up"_s;
    case ReminderKind::AgreementUnsigned:
        return u"agreement-unsigned"_s;
    case ReminderKind::CpfEntry:
        return u"cpf-entry"_s;
    case ReminderKind::CpfExit:
        return u"cpf-exit"_s;
    case ReminderKind::Retention:
        return u"retention"_s;
    case ReminderKind::SessionsToLog:
        return u"sessions-to-log"_s;
    }
    return {};
}

template<> std::optional<ReminderKind> fromKey<ReminderKind>(QStringView key)
{
    for (ReminderKind value : kAllReminderKinds) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QString displayName(ReminderKind value)
{
    switch (value) {
    case ReminderKind::FollowUp:
        return QCoreApplication::translate("Reminders", "Six-month follow-up");
    case ReminderKind::AgreementUnsigned:
        return QCoreApplication::translate("Reminders", "Agreement not signed (silence means refusal)");
    case ReminderKind::CpfEntry:
        return QCoreApplication::translate("Reminders", "CPF entry to declare");
    case ReminderKind::CpfExit:
        return QCoreApplication::translate("Reminders", "CPF exit to declare");
    case ReminderKind::Retention:
        return QCoreApplication::translate("Reminders", "Retention date of the records");
    case ReminderKind::SessionsToLog:
        return QCoreApplication::translate("Reminders", "Past sessions to log");
    }
    return {};
}

QList<Reminder> reminders(const ReminderFacts& facts, QDate before, const HolidayCalendar& holidays)
{
    QList<Reminder> due;
    auto add = [&](ReminderKind kind, qint64 bilanId, qint64 clientId, const QString& name, QDate dueOn) {
        if (dueOn.isValid() && dueOn < before)
            due << Reminder { kind, bilanId, clientId, name, dueOn, {} };
    };
    for (const PendingFollowUp& followUp : facts.followUps) {
        // Only a closed bilan is followed up: an abandoned one has no follow-up, an open one has not ended.
        if (followUp.status != BilanStatus::Closed)
            continue;
        // Once its session is planned, the follow-up is due that day: it is planned, not to plan.
        const QDate dueOn = followUp.plannedAt.isValid() ? followUp.plannedAt.date()
            : followUp.dueOn.isValid()                   ? followUp.dueOn
                                                         : followUpDueDate(followUp.endDate);
        add(ReminderKind::FollowUp, followUp.bilanId, followUp.clientId, followUp.clientName, dueOn);
        if (!due.isEmpty() && due.last().bilanId == followUp.bilanId && due.last().kind == ReminderKind::FollowUp)
            due.last().plannedAt = followUp.plannedAt;
    }
    for (const PendingAgreement& pending : facts.agreements) {
        if (pending.status != BilanStatus::Open || !AgreementRules::applies(pending.funding))
            continue;
        const AgreementRecord& record = pending.agreement;
        if (!record.sentOn.isValid() || record.signedOn.isValid() || record.refusedOn.isValid())
            continue;
        // Due the day silence turns into refusal: the consultant asks, then records the answer.
        const QDate silence = record.sentOn.addDays(kAgreementSignatureDays + 1);
        add(ReminderKind::AgreementUnsigned, pending.bilanId, pending.clientId, pending.clientName, silence);
    }
    for (const CpfBilanFacts& bilan : facts.cpf) {
        const CpfStatus status = cpfStatus(
            bilan.bilan, bilan.firstSessionDone, bilan.lastSessionDone, bilan.declarations, holidays);
        if (status.entry && !status.entry->declared())
            add(ReminderKind::CpfEntry, bilan.bilan.id, bilan.bilan.clientId, bilan.clientName, status.entry->dueBy);
        if (status.exit && !status.exit->declared())
            add(ReminderKind::CpfExit, bilan.bilan.id, bilan.bilan.clientId, bilan.clientName, status.exit->dueBy);
    }
    for (const RetentionDue& retention : facts.retention)
        add(ReminderKind::Retention, retention.bilanId, retention.clientId, retention.clientName, retention.dueOn);
    for (const UnloggedSessions& unlogged : facts.unlogged) {
        add(ReminderKind::SessionsToLog, unlogged.bilanId, unlogged.clientId, unlogged.clientName, unlogged.firstDay);
        if (!due.isEmpty() && due.last().bilanId == unlogged.bilanId && due.last().kind == ReminderKind::SessionsToLog)
            due.last().sessionCount = unlogged.count;
    }
    std::sort(due.begin(), due.end(), [](const Reminder& a, const Reminder& b) {
        return std::tuple(a.dueOn, a.bilanId, static_cast<int>(a.kind))
            < std::tuple(b.dueOn, b.bilanId, static_cast<int>(b.kind));
    });
    return due;
}

} // namespace parcours
