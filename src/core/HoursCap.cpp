#include <parcours/core/Hours.h>
#include <parcours/core/HoursCap.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// What a session weighs against the cap when planning: the time it took when done, the time it will take when
// planned.
int committedMinutes(const Session& session)
{
    return session.status == SessionStatus::Done ? doneContribution(session) : plannedContribution(session);
}

int countedCommitted(const QList<Session>& sessions)
{
    int total = 0;
    for (const Session& session : sessions) {
        if (countsTowardCap(session.phase))
            total += committedMinutes(session);
    }
    return total;
}

int countedDone(const QList<Session>& sessions)
{
    int total = 0;
    for (const Session& session : sessions) {
        if (countsTowardCap(session.phase))
            total += doneContribution(session);
    }
    return total;
}

} // namespace

QList<Session> withSession(const QList<Session>& sessions, const Session& candidate)
{
    QList<Session> after;
    after.reserve(sessions.size() + 1);
    for (const Session& session : sessions) {
        if (candidate.id == 0 || session.id != candidate.id)
            after.append(session);
    }
    after.append(candidate);
    return after;
}

Result<void> checkSessionFitsCap(const QList<Session>& sessions, const Session& candidate, int personalWorkMinutes)
{
    if (!countsTowardCap(candidate.phase))
        return success();
    const int before = countedCommitted(sessions);
    const int total = countedCommitted(withSession(sessions, candidate));
    // A change that does not add hours is always allowed, so an over-cap bilan can still be corrected.
    if (total + personalWorkMinutes <= kCapMinutes || total <= before)
        return success();
    if (personalWorkMinutes > 0) {
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("Hours", "This would bring the bilan to %1 of sessions plus %2 of personal work, over the legal "
                            "cap of %3 (%4 of sessions already committed).")
                             .arg(formatMinutes(total), formatMinutes(personalWorkMinutes),
                                  formatMinutes(kCapMinutes), formatMinutes(before)),
                         QStringLiteral("planned_minutes"));
    }
    return makeError(ErrorCode::Refused,
                     QCoreApplication::translate("Hours", "This would bring the bilan to %1 of sessions, over the legal cap of %2 (%3 already "
                        "committed).")
                         .arg(formatMinutes(total), formatMinutes(kCapMinutes), formatMinutes(before)),
                     QStringLiteral("planned_minutes"));
}

Result<void> checkRecordFitsCap(const QList<Session>& sessions, const Session& recorded, int personalBefore,
                                int personalAfter)
{
    const int doneBefore = countedDone(sessions);
    const int doneAfter = countedDone(withSession(sessions, recorded));
    const int total = doneAfter + personalAfter;
    if (total <= kCapMinutes || total <= doneBefore + personalBefore)
        return success();
    const QString over = QCoreApplication::translate("Hours",
                             "The sessions held (%1) and the personal work (%2) would reach %3, over the legal cap "
                             "of %4.")
                             .arg(formatMinutes(doneAfter), formatMinutes(personalAfter), formatMinutes(total),
                                  formatMinutes(kCapMinutes));
    if (personalAfter > personalBefore) {
        return makeError(ErrorCode::Refused,
                         over + u' '
                             + QCoreApplication::translate("Hours",
                                   "Declare %1 less personal work, or correct the length of the sessions logged.")
                                   .arg(formatMinutes(total - kCapMinutes)),
                         u"personal_work_minutes"_s);
    }
    const int thisSession = countsTowardCap(recorded.phase) ? doneContribution(recorded) : 0;
    const int room = kCapMinutes - (doneAfter - thisSession) - personalAfter;
    if (thisSession > 0 && room > 0) {
        return makeError(ErrorCode::Refused,
                         over + u' '
                             + QCoreApplication::translate("Hours",
                                   "With this personal work, this session can be logged for %1 at most; otherwise "
                                   "lower the personal work declared.")
                                   .arg(formatMinutes(room)),
                         u"actual_minutes"_s);
    }
    return makeError(ErrorCode::Refused,
                     over + u' '
                         + QCoreApplication::translate("Hours",
                               "Lower the personal work declared, or correct the length of the sessions already "
                               "logged."),
                     u"actual_minutes"_s);
}

QString PlannedOverCap::message() const
{
    QStringList items;
    for (const Session& session : toShorten) {
        items << QLocale().toString(session.startsAt.date(), u"d MMMM yyyy"_s) + u" ("_s
                + formatMinutes(session.plannedMinutes) + u')';
    }
    return QCoreApplication::translate("Hours",
               "The sessions still planned no longer fit under the legal cap of %1: %2 too many. To shorten or "
               "cancel: %3.")
        .arg(formatMinutes(kCapMinutes), formatMinutes(overMinutes), items.join(u", "_s));
}

std::optional<PlannedOverCap> plannedOverCap(const QList<Session>& sessions, int personalWorkMinutes)
{
    const int over = countedCommitted(sessions) + personalWorkMinutes - kCapMinutes;
    if (over <= 0)
        return std::nullopt;
    QList<Session> planned;
    for (const Session& session : sessions) {
        if (countsTowardCap(session.phase) && session.status == SessionStatus::Planned && session.plannedMinutes > 0)
            planned << session;
    }
    if (planned.isEmpty())
        return std::nullopt;
    std::sort(planned.begin(), planned.end(),
              [](const Session& a, const Session& b) { return a.startsAt > b.startsAt; });
    PlannedOverCap result { over, {} };
    int covered = 0;
    for (const Session& session : planned) {
        if (covered >= over)
            break;
        result.toShorten.prepend(session);
        covered += session.plannedMinutes;
    }
    return result;
}

} // namespace parcours
