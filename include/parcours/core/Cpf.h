#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/Holidays.h>
#include <parcours/core/Schedule.h>

#include <QDate>
#include <QList>

#include <optional>

namespace parcours {

/// CPF (EDOF): the entry and the exit are declared within 3 working days of the event.
inline constexpr int kCpfDeclarationWorkingDays = 3;

/** One CPF declaration a bilan calls for: what happened when, by when to declare it, and whether it was. */
struct CpfDeadline {
    CpfStep step = CpfStep::Entry;
    QDate eventDate; ///< the first session done (entry) or the end of the bilan (exit)
    QDate dueBy; ///< 3 working days later
    QDate declaredOn; ///< null while not declared

    bool declared() const { return declaredOn.isValid(); }
    bool overdue(QDate today) const { return !declared() && today > dueBy; }
};

/** Where a CPF-funded bilan stands with its declarations (both empty for another funding). */
struct CpfStatus {
    std::optional<CpfDeadline> entry; ///< once a first session was done
    std::optional<CpfDeadline> exit; ///< once the bilan has ended
};

/// The event that opens the exit declaration: the bilan's end date, else (closed or abandoned without one) the
/// last session done; null while the bilan runs.
QDate cpfExitEvent(const Bilan& bilan, QDate lastSessionDone);

/// The bilan's CPF deadlines, from its first and last sessions done and the declarations already made.
CpfStatus cpfStatus(const Bilan& bilan, QDate firstSessionDone, QDate lastSessionDone,
    const QList<CpfDeclaration>& declarations, const HolidayCalendar& holidays);

/** A declaration still to make, as the agenda's side panel lists it. */
struct CpfDueItem {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString clientName;
    CpfDeadline deadline;
};

} // namespace parcours

namespace parcours {

/** What storage knows of a CPF-funded bilan for its deadlines. */
struct CpfBilanFacts {
    Bilan bilan;
    QString clientName;
    QDate firstSessionDone;
    QDate lastSessionDone;
    QList<CpfDeclaration> declarations;
};

} // namespace parcours
