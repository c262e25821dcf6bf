#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace parcours {

/// Wall-clock date-times are naive QDateTimes (UTC spec used as "no zone"): what the consultant reads on the clock.
QDateTime wallClock(QDate date, QTime time);

/// Strict `YYYY-MM-DD`; nothing else is accepted.
std::optional<QDate> parseIsoDate(QStringView text);
QString formatIsoDate(QDate date);

/// Strict `YYYY-MM-DDTHH:MM` (seconds are accepted when zero, as stored by some backends).
std::optional<QDateTime> parseWallClock(QStringView text);
QString formatWallClock(const QDateTime& dateTime);

/// "2 h 30", "45 min", "3 h": durations as consultants write them.
QString formatMinutes(int minutes);

} // namespace parcours
