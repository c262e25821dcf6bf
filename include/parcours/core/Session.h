#pragma once

#include <QDateTime>
#include <QString>

#include <parcours/core/Enums.h>

#include <optional>

namespace parcours {

/** A session (séance / entretien) of a bilan: planned, then logged. */
struct Session {
    qint64 id = 0;
    qint64 bilanId = 0;
    Phase phase = Phase::Preliminary;
    QDateTime startsAt; ///< wall clock in the consultant's time zone
    int plannedMinutes = 150;
    std::optional<int> actualMinutes; ///< set when logged as done
    SessionStatus status = SessionStatus::Planned;
    QString notes; ///< bilan content: stored apart from the session row
    int version = 0;

    QDateTime endsAt() const { return startsAt.addSecs(60LL * (actualMinutes ? *actualMinutes : plannedMinutes)); }
};

/** How a session is logged: what happened, how long, what was said. */
struct SessionLog {
    SessionStatus status = SessionStatus::Done;
    std::optional<int> actualMinutes; ///< for a done session; defaults to the planned length
    std::optional<QString> notes; ///< unchanged when not given
};

} // namespace parcours
