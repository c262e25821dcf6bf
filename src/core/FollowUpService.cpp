#include <parcours/core/RetentionService.h>
#include <parcours/core/FollowUpRepository.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/Settings.h>

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {

FollowUpService::FollowUpService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<FollowUpRecord> FollowUpService::load(const Bilan& bilan)
{
    if (bilan.status == BilanStatus::Abandoned)
        return makeError(ErrorCode::Refused, tr("Bilan no. %1 was abandoned: it has no follow-up.").arg(bilan.id));
    if (bilan.status != BilanStatus::Closed) {
        return makeError(
            ErrorCode::Refused, tr("Bilan no. %1 is not closed yet: its follow-up comes after its end.").arg(bilan.id));
    }
    auto stored = m_repositories.followUps().followUp(bilan.id);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return stored->value();
    FollowUpRecord record; // closed by an older version: due on the usual date
    record.bilanId = bilan.id;
    record.dueOn = followUpDueDate(bilan.endDate);
    return record;
}

Result<FollowUpRecord> FollowUpService::get(qint64 bilanId)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    return load(bilan.value());
}

Result<FollowUpRecord> FollowUpService::apply(qint64 bilanId, const FollowUpChange& change)
{
    const QDate today = m_clock.today();
    FollowUpRecord result;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto bilan = m_repositories.bilans().get(bilanId);
        if (!bilan)
            return bilan.error();
        auto record = load(bilan.value());
        if (!record)
            return record.error();
        if (change.readVersion && *change.readVersion != record->version) {
            return makeError(ErrorCode::Conflict,
                tr("The follow-up of bilan no. %1 was changed by someone else since you opened it.").arg(bilanId));
        }
        const QString endText = QLocale().toString(bilan->endDate, QLocale::ShortFormat);
        if (record->settled() && (change.outcome || change.moveTo.isValid() || !change.attempts.isEmpty())) {
            return makeError(ErrorCode::Refused,
                tr("The follow-up of bilan no. %1 is already recorded (%2).")
                    .arg(bilanId)
                    .arg(displayName(*record->outcome).toLower()));
        }
        if (change.moveTo.isValid()) {
            if (change.moveTo <= bilan->endDate) {
                return makeError(ErrorCode::InvalidInput,
                    tr("The follow-up must come after the end of the bilan (%1).").arg(endText), u"due_on"_s);
            }
            record->dueOn = change.moveTo;
            record->moved = change.moveTo != followUpDueDate(bilan->endDate);
        }
        for (const ContactAttempt& attempt : change.attempts) {
            if (!attempt.date.isValid() || attempt.date > today)
                return makeError(ErrorCode::InvalidInput, tr("An attempt cannot be dated in the future."), u"attempts"_s);
            if (attempt.date < bilan->endDate) {
                return makeError(ErrorCode::InvalidInput,
                    tr("An attempt cannot come before the end of the bilan (%1).").arg(endText), u"attempts"_s);
            }
        }
        if (change.outcome) {
            const QDate on = change.outcomeOn.isValid() ? change.outcomeOn : today;
            if (on > today)
                return makeError(ErrorCode::InvalidInput, tr("The follow-up cannot be dated in the future."), u"date"_s);
            if (on < bilan->endDate) {
                return makeError(ErrorCode::InvalidInput,
                    tr("The follow-up cannot come before the end of the bilan (%1).").arg(endText), u"date"_s);
            }
            record->outcome = change.outcome;
            record->outcomeOn = on;
        }
        if (change.notes)
            record->notes = *change.notes;
        if (auto saved = m_repositories.followUps().saveFollowUp(record.value()); !saved)
            return saved;
        for (const ContactAttempt& attempt : change.attempts) {
            if (auto added = m_repositories.followUps().addAttempt(bilanId, attempt); !added)
                return added.error();
        }
        auto reread = m_repositories.followUps().followUp(bilanId);
        if (!reread)
            return reread.error();
        result = reread->value_or(record.value());
        return success();
    });
    if (!done)
        return done.error();
    return result;
}

ReminderService::ReminderService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<QList<Reminder>> ReminderService::due(QDate before)
{
    ReminderFacts facts;
    auto followUps = m_repositories.followUps().pendingFollowUps(before);
    if (!followUps)
        return followUps.error();
    facts.followUps = followUps.value();
    auto agreements = m_repositories.followUps().pendingAgreements(before.addDays(-(kAgreementSignatureDays + 1)));
    if (!agreements)
        return agreements.error();
    facts.agreements = agreements.value();
    auto cpf = m_repositories.schedule().cpfPending();
    if (!cpf)
        return cpf.error();
    facts.cpf = cpf.value();
    auto unlogged = m_repositories.schedule().unloggedSessions(m_clock.today());
    if (!unlogged)
        return unlogged.error();
    facts.unlogged = unlogged.value();
    // Content due for destruction and prospects past their 3 years (a prospect has no bilan: bilanId 0).
    auto retention = RetentionService(m_repositories, m_clock).due();
    if (!retention)
        return retention.error();
    for (const RetentionDueItem& item : retention.value())
        facts.retention << RetentionDue { item.bilanId, item.clientId, item.clientName, item.dueSince };
    const HolidayCalendar holidays(Settings(m_repositories.settings()).flag(settingKeys::alsaceMoselle));
    return reminders(facts, before, holidays);
}

Result<QList<Reminder>> ReminderService::upcoming()
{
    return due(m_clock.today().addDays(kHorizonDays + 1));
}

} // namespace parcours
