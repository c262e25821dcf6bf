#pragma once

#include <QDate>
#include <QList>

#include <parcours/core/Bilan.h>
#include <parcours/core/Hours.h>
#include <parcours/core/Session.h>

#include <optional>

namespace parcours {

/**
 * The phase a bilan is in: a closed bilan waits for its follow-up; an abandoned one is in none;
 * otherwise the phase of the latest session that has started (not cancelled), or the préliminaire
 * once the bilan has started, else the entretien préalable.
 */
std::optional<Phase> currentPhase(BilanStatus status, std::optional<Phase> latestStartedSessionPhase, bool started);

/// The same rule over a bilan's sessions as of `now`.
std::optional<Phase> phaseAt(const Bilan& bilan, const QList<Session>& sessions, const QDateTime& now);

/// The next planned session after `now`, if any.
std::optional<Session> nextSession(const QList<Session>& sessions, const QDateTime& now);

/** One session as a mark on the timeline. */
struct TimelineMark {
    qint64 sessionId = 0;
    QDateTime startsAt;
    SessionStatus status = SessionStatus::Planned;
    Phase phase = Phase::Intake;
};

/** All a timeline needs to draw a bilan: hours per phase, the session marks per phase, today. */
struct TimelineData {
    BilanHours hours;
    std::array<QList<TimelineMark>, 5> marks; ///< by phase, in date order
    std::optional<Phase> current;
    QDateTime now;

    const QList<TimelineMark>& marksOf(Phase phase) const { return marks[static_cast<std::size_t>(phase)]; }
};

/// `personalWork`: minutes of personal work declared at each session (by id), for the hours.
TimelineData buildTimeline(const Bilan& bilan, const QList<Session>& sessions, const QDateTime& now,
                           const QHash<qint64, int>& personalWork = {});

} // namespace parcours
