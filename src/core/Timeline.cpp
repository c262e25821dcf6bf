#include <parcours/core/Timeline.h>

#include <algorithm>

namespace parcours {

std::optional<Phase> currentPhase(BilanStatus status, std::optional<Phase> latestStartedSessionPhase, bool started)
{
    switch (status) {
    case BilanStatus::Closed:
        return Phase::FollowUp;
    case BilanStatus::Abandoned:
        return std::nullopt;
    case BilanStatus::Open:
        break;
    }
    if (latestStartedSessionPhase)
        return latestStartedSessionPhase;
    return started ? Phase::Preliminary : Phase::Intake;
}

std::optional<Phase> phaseAt(const Bilan& bilan, const QList<Session>& sessions, const QDateTime& now)
{
    const Session* latest = nullptr;
    for (const Session& session : sessions) {
        if (session.status == SessionStatus::Cancelled || session.startsAt > now)
            continue;
        if (!latest || session.startsAt > latest->startsAt)
            latest = &session;
    }
    const bool started = bilan.startDate.isValid() && bilan.startDate <= now.date();
    return currentPhase(bilan.status, latest ? std::optional(latest->phase) : std::nullopt, started);
}

std::optional<Session> nextSession(const QList<Session>& sessions, const QDateTime& now)
{
    const Session* next = nullptr;
    for (const Session& session : sessions) {
        if (session.status != SessionStatus::Planned || session.startsAt < now)
            continue;
        if (!next || session.startsAt < next->startsAt)
            next = &session;
    }
    return next ? std::optional(*next) : std::nullopt;
}

TimelineData buildTimeline(const Bilan& bilan, const QList<Session>& sessions, const QDateTime& now,
                           const QHash<qint64, int>& personalWork)
{
    TimelineData data;
    data.hours = computeHours(bilan, sessions, personalWork);
    data.current = phaseAt(bilan, sessions, now);
    data.now = now;
    for (const Session& session : sessions) {
        data.marks[static_cast<std::size_t>(session.phase)].append(
            TimelineMark { session.id, session.startsAt, session.status, session.phase });
    }
    for (auto& marks : data.marks) {
        std::sort(marks.begin(), marks.end(),
                  [](const TimelineMark& a, const TimelineMark& b) { return a.startsAt < b.startsAt; });
    }
    return data;
}

} // namespace parcours
