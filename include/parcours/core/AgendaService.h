#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Cpf.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Schedule.h>

#include <QCoreApplication>

namespace parcours {

/** A stretch of the consultant's agenda: the sessions of every beneficiary, the absences and the holidays. */
struct AgendaPeriod {
    QDate from;
    QDate to;
    QList<AgendaEntry> entries; ///< in time order, conflicts marked
    QList<Absence> absences;
    QList<PublicHoliday> holidays;
    QTime workdayStart;
    QTime workdayEnd;
    QList<Qt::DayOfWeek> workdays;

    QList<AgendaEntry> entriesOn(QDate day) const;
};

/// Monday of the ISO week `week` of `year` (null when the week does not exist that year).
QDate isoWeekMonday(int year, int week);

/**
 * The consultant's agenda (all sessions of all beneficiaries over a period, conflicts flagged) and the CPF
 * declarations it reminds of: deadlines per bilan, the ones still due, and marking them declared.
 */
class AgendaService {
    Q_DECLARE_TR_FUNCTIONS(AgendaService)
public:
    AgendaService(Repositories& repositories, const Clock& clock);

    Result<AgendaPeriod> period(QDate from, QDate to);
    /// The week (Monday to Sunday) holding `day`.
    Result<AgendaPeriod> week(QDate day);

    /// The bilan's CPF deadlines (both empty unless it is CPF-funded).
    Result<CpfStatus> cpfStatus(qint64 bilanId);
    /// Declarations still to make, soonest due first.
    Result<QList<CpfDueItem>> cpfDue();
    /// Records that a step was declared on `date` (today when null); declaring again corrects the date.
    Result<void> declareCpf(qint64 bilanId, CpfStep step, QDate date = {});

private:
    HolidayCalendar holidays();
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
