#include <parcours/core/AgendaService.h>
#include <parcours/core/Planner.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/Settings.h>

#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parcours {

QList<AgendaEntry> AgendaPeriod::entriesOn(QDate day) const
{
    QList<AgendaEntry> found;
    for (const AgendaEntry& entry : entries) {
        if (entry.session.startsAt.date() == day)
            found << entry;
    }
    return found;
}

QDate isoWeekMonday(int year, int week)
{
    if (week < 1 || week > 53)
        return {};
    // 4 January is always in week 1.
    const QDate january4(year, 1, 4);
    const QDate monday = january4.addDays(1 - january4.dayOfWeek()).addDays(7LL * (week - 1));
    int checkYear = 0;
    if (monday.weekNumber(&checkYear) != week || checkYear != year)
        return {};
    return monday;
}

AgendaService::AgendaService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

HolidayCalendar AgendaService::holidays()
{
    return HolidayCalendar(Settings(m_repositories.settings()).flag(settingKeys::alsaceMoselle));
}

Result<AgendaPeriod> AgendaService::period(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput, tr("The period must start on or before the day it ends."));
    if (from.daysTo(to) > 366)
        return makeError(ErrorCode::InvalidInput, tr("The agenda shows a year at most."));
    AgendaPeriod period;
    period.from = from;
    period.to = to;
    auto entries = m_repositories.schedule().agenda(from, to);
    if (!entries)
        return entries.error();
    period.entries = std::move(entries).value();
    markConflicts(period.entries);
    auto absences = m_repositories.schedule().absences(from, to);
    if (!absences)
        return absences.error();
    period.absences = absences.value();
    for (AgendaEntry& entry : period.entries) {
        entry.duringAbsence = entry.session.status == SessionStatus::Planned
            && absenceOn(period.absences, entry.session.startsAt.date()) != nullptr;
    }
    const HolidayCalendar calendar = holidays();
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const PublicHoliday& holiday : calendar.holidays(year)) {
            if (holiday.date >= from && holiday.date <= to)
                period.holidays << holiday;
        }
    }
    const Settings settings(m_repositories.settings());
    period.workdayStart = settings.workdayStart();
    period.workdayEnd = settings.workdayEnd();
    period.workdays = settings.workdays();
    return period;
}

Result<AgendaPeriod> AgendaService::week(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return period(monday, monday.addDays(6));
}

Result<CpfStatus> AgendaService::cpfStatus(qint64 bilanId)
{
    auto facts = m_repositories.schedule().cpfFacts(bilanId);
    if (!facts)
        return facts.error();
    return parcours::cpfStatus(
        facts->bilan, facts->firstSessionDone, facts->lastSessionDone, facts->declarations, holidays());
}

Result<QList<CpfDueItem>> AgendaService::cpfDue()
{
    auto pending = m_repositories.schedule().cpfPending();
    if (!pending)
        return pending.error();
    const HolidayCalendar calendar = holidays();
    QList<CpfDueItem> due;
    for (const CpfBilanFacts& facts : pending.value()) {
        const CpfStatus status = parcours::cpfStatus(
            facts.bilan, facts.firstSessionDone, facts.lastSessionDone, facts.declarations, calendar);
        for (const auto& deadline : { status.entry, status.exit }) {
            if (deadline && !deadline->declared())
                due << CpfDueItem { facts.bilan.id, facts.bilan.clientId, facts.clientName, *deadline };
        }
    }
    std::sort(due.begin(), due.end(), [](const CpfDueItem& a, const CpfDueItem& b) {
        return std::tie(a.deadline.dueBy, a.bilanId) < std::tie(b.deadline.dueBy, b.bilanId);
    });
    return due;
}

Result<void> AgendaService::declareCpf(qint64 bilanId, CpfStep step, QDate date)
{
    const QDate today = m_clock.today();
    const QDate declaredOn = date.isValid() ? date : today;
    return m_repositories.transact([&]() -> Result<void> {
        auto facts = m_repositories.schedule().cpfFacts(bilanId);
        if (!facts)
            return facts.error();
        if (facts->bilan.funding != Funding::Cpf)
            return makeError(ErrorCode::Refused, tr("Bilan no. %1 is not funded by the CPF.").arg(bilanId));
        const CpfStatus status = parcours::cpfStatus(
            facts->bilan, facts->firstSessionDone, facts->lastSessionDone, facts->declarations, holidays());
        const std::optional<CpfDeadline>& deadline = step == CpfStep::Entry ? status.entry : status.exit;
        if (!deadline) {
            return makeError(ErrorCode::Refused,
                step == CpfStep::Entry ? tr("The entry is declared once the first session has taken place.")
                                       : tr("The exit is declared once the bilan has ended (set its end date)."));
        }
        if (declaredOn > today)
            return makeError(ErrorCode::InvalidInput, tr("A declaration cannot be dated in the future."), u"date"_s);
        if (declaredOn < deadline->eventDate) {
            return makeError(ErrorCode::InvalidInput,
                tr("The declaration cannot come before the event it declares (%1).")
                    .arg(QLocale().toString(deadline->eventDate, QLocale::ShortFormat)),
                u"date"_s);
        }
        return m_repositories.schedule().putCpfDeclaration(CpfDeclaration { bilanId, step, declaredOn });
    });
}

} // namespace parcours
