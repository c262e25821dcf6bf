#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Result.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace parcours {

/**
 * One session, or one follow-up still to arrange, as a calendar event: only what may leave Parcours (initials and
 * phase by default, no notes).
 */
struct CalendarEvent {
    QString uid; ///< stable: the same session always has the same UID, so a re-import updates it
    int sequence = 0; ///< grows with every change of the session
    QDateTime startsAt; ///< wall clock in the consultant's time zone
    int minutes = 0;
    QString summary;
    bool cancelled = false;
    bool allDay = false; ///< a follow-up due that day: startsAt's date only, shown free
};

/**
 * Writes iCalendar (RFC 5545) by hand: VCALENDAR with one VTIMEZONE (built from the zone's transitions over the
 * events' years) and a VEVENT per session with TZID times, CRLF line endings, lines folded at 75 octets without
 * splitting a UTF-8 sequence, TEXT values escaped. No Debian C++ library does this for Qt types without dragging in
 * much more (libical's C API would need the same glue), and the format is small.
 */
class ICalendar {
public:
    static QByteArray write(const QList<CalendarEvent>& events, const QTimeZone& zone, const QDateTime& stampUtc);
    /// Escapes a TEXT value (backslash, semicolon, comma, line breaks).
    static QString escapeText(const QString& text);
    /// Folds one content line (without its CRLF) into lines of 75 octets at most, joined by CRLF + space.
    static QByteArray fold(const QByteArray& line);

    /// The events of one bilan's sessions, or of every session from 30 days ago on: cancelled ones are exported as
    /// cancelled so the calendar drops them. Each six-month follow-up without an outcome and without a follow-up
    /// session planned is an all-day event on its due date, so that it is not forgotten. Summaries hold initials
    /// and phase, unless the setting `calendar.full_names` asks for full names.
    static Result<QList<CalendarEvent>> events(
        Repositories& repositories, const Clock& clock, std::optional<qint64> bilanId);
    /// Builds and writes the file (all or nothing); returns the number of events.
    static Result<int> exportFile(
        Repositories& repositories, const Clock& clock, std::optional<qint64> bilanId, const QString& path);
};

} // namespace parcours
