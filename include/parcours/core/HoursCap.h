#pragma once

#include <QList>
#include <QString>

#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

#include <optional>

namespace parcours {

/*
 * The 24 h cap (L6313-4) is weighed two ways:
 *  - planning a session weighs everything the bilan is committed to: sessions done as done, sessions planned as
 *    planned, plus the personal work declared. A plan that does not fit is refused.
 *  - recording what happened (a session logged as held with its real length, cancelled or missed, the personal work
 *    declared) weighs only what is done: it is never refused because of sessions that are only planned. When the
 *    planned sessions then no longer fit, the log is kept and the consultant is told which ones to shorten or cancel
 *    (plannedOverCap).
 */

/// `sessions` with `candidate` in place of the session of the same id (appended when new, id 0).
QList<Session> withSession(const QList<Session>& sessions, const Session& candidate);

/// Planning: refuses a session (new or changed) that would take the counted sessions of the bilan, plus the personal
/// work declared, over the cap. `sessions` is the bilan's current list; a session with the same id is replaced by
/// `candidate`. A change that does not add hours is always allowed.
Result<void> checkSessionFitsCap(const QList<Session>& sessions, const Session& candidate,
                                 int personalWorkMinutes = 0);

/// Recording: refuses a logged session (`recorded`, in place of the session of the same id) or personal work only
/// when the counted sessions done plus the personal work pass the cap; sessions still planned do not count. The
/// message says what to change. A change that does not add minutes is always allowed, so an over-cap bilan can still
/// be corrected.
Result<void> checkRecordFitsCap(const QList<Session>& sessions, const Session& recorded, int personalBefore,
                                int personalAfter);

/** Planned sessions that no longer fit under the cap once the sessions done and the personal work are counted. */
struct PlannedOverCap {
    int overMinutes = 0; ///< how much the bilan would pass the cap if every planned session took place
    QList<Session> toShorten; ///< the latest planned sessions whose length covers the excess, by date
    /// "The sessions still planned no longer fit under the legal cap of 24 h: 15 min too many. To shorten or cancel:
    /// 2 March 2026 (2 h 30).", translated
    QString message() const;
};

/// nullopt when the counted sessions (done as done, planned as planned) plus `personalWorkMinutes` fit under the cap,
/// or when no planned session is left to change.
std::optional<PlannedOverCap> plannedOverCap(const QList<Session>& sessions, int personalWorkMinutes);

} // namespace parcours
