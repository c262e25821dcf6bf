#pragma once

// A session of bilan 1 for the core's hour rules (HoursTest, HoursCapTest): at 14:00 on its day.
#include <parcours/core/Session.h>
#include <parcours/core/WallClock.h>

#include <optional>

namespace parcours::test {

inline Session session(qint64 id, Phase phase, int planned, SessionStatus status = SessionStatus::Planned,
                       std::optional<int> actual = std::nullopt, QDate date = QDate(2026, 3, 2))
{
    Session s;
    s.id = id;
    s.bilanId = 1;
    s.phase = phase;
    s.plannedMinutes = planned;
    s.status = status;
    s.actualMinutes = actual;
    s.startsAt = wallClock(date, QTime(14, 0));
    return s;
}

} // namespace parcours::test
