#include <parcours/core/BilanService.h>
#include <parcours/core/FollowUpRepository.h>
#include <parcours/core/Reminders.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/ICalendar.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString localStamp(const QDateTime& wallClock)
{
    return wallClock.toString(u"yyyyMMdd'T'HHmmss"_s);
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int total = std::abs(seconds) / 60;
    return sign + u"%1%2"_s.arg(total / 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
}

class Lines {
public:
    void add(const QString& line) { m_data += ICalendar::fold(line.toUtf8()) + "\r\n"; }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

void writeTimeZone(Lines& out, const QTimeZone& zone, int firstYear, int lastYear)
{
    const QString id = QString::fromUtf8(zone.id());
    out.add(u"BEGIN:VTIMEZONE"_s);
    out.add(u"TZID:"_s + id);
    const QDateTime from(QDate(firstYear - 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(lastYear + 2, 1, 1), QTime(0, 0), QTimeZone::utc());
    const auto transitions = zone.transitions(from, to);
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(from);
        out.add(u"BEGIN:STANDARD"_s);
        out.add(u"DTSTART:19700101T000000"_s);
        out.add(u"TZOFFSETFROM:"_s + offsetText(offset));
        out.add(u"TZOFFSETTO:"_s + offsetText(offset));
        out.add(u"TZNAME:"_s + ICalendar::escapeText(zone.abbreviation(from)));
        out.add(u"END:STANDARD"_s);
    }
    for (const QTimeZone::OffsetData& transition : transitions) {
        // An observance starts at the local time of the offset in force just before it.
        const int before = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        const QDateTime localStart = transition.atUtc.addSecs(before);
        const QString kind = transition.daylightTimeOffset != 0 ? u"DAYLIGHT"_s : u"STANDARD"_s;
        out.add(u"BEGIN:"_s + kind);
        out.add(
            u"DTSTART:"_s + QDateTime(localStart.date(), localStart.time(), Qt::UTC).toString(u"yyyyMMdd'T'HHmmss"_s));
        out.add(u"TZOFFSETFROM:"_s + offsetText(before));
        out.add(u"TZOFFSETTO:"_s + offsetText(transition.offsetFromUtc));
        if (!transition.abbreviation.isEmpty())
            out.add(u"TZNAME:"_s + ICalendar::escapeText(transition.abbreviation));
        out.add(u"END:"_s + kind);
    }
    out.add(u"END:VTIMEZONE"_s);
}

QString summaryFor(const QString& who, Phase phase, const DocumentLanguage& language)
{
    QString phaseName;
    switch (phase) {
    case Phase::Intake:
        phaseName = language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Intake interview"));
        break;
    case Phase::Preliminary:
        phaseName = language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Preliminary"));
        break;
    case Phase::Investigation:
        phaseName = language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Investigation"));
        break;
    case Phase::Conclusion:
        phaseName = language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Conclusion"));
        break;
    case Phase::FollowUp:
        phaseName = language.text("Phase", QT_TRANSLATE_NOOP("Phase", "Follow-up"));
        break;
    }
    return language.text("ICalendar", QT_TRANSLATE_NOOP("ICalendar", "Bilan %1 — %2")).arg(who, phaseName);
}

CalendarEvent eventFor(
    const AgendaEntry& entry, const QString& domain, bool fullNames, const DocumentLanguage& language)
{
    CalendarEvent event;
    event.uid = u"session-%1@%2.parcours.invalid"_s.arg(entry.session.id).arg(domain);
    event.sequence = entry.session.version;
    event.startsAt = entry.session.startsAt;
    event.minutes = entry.session.actualMinutes.value_or(entry.session.plannedMinutes);
    event.summary = summaryFor(fullNames ? entry.clientName() : entry.initials(), entry.session.phase, language);
    event.cancelled = entry.session.status == SessionStatus::Cancelled;
    return event;
}

CalendarEvent followUpEvent(
    const PendingFollowUp& due, const QString& domain, bool fullNames, const DocumentLanguage& language)
{
    AgendaEntry who;
    who.firstName = due.firstName;
    who.lastName = due.lastName;
    CalendarEvent event;
    event.uid = u"follow-up-%1@%2.parcours.invalid"_s.arg(due.bilanId).arg(domain);
    // The due date only moves forward in practice: its day number makes a growing SEQUENCE without a stored one.
    event.sequence = static_cast<int>(due.dueOn.toJulianDay() - due.endDate.toJulianDay());
    event.startsAt = QDateTime(due.dueOn, QTime(0, 0));
    event.allDay = true;
    event.summary = language.text("ICalendar", QT_TRANSLATE_NOOP("ICalendar", "Six-month follow-up to arrange — %1"))
                        .arg(fullNames ? who.clientName() : who.initials());
    return event;
}

/// The follow-ups without an outcome, of one bilan or of all, that no planned follow-up session takes care of.
Result<QList<PendingFollowUp>> followUpsToArrange(
    Repositories& repositories, std::optional<qint64> bilanId, const QList<AgendaEntry>& entries)
{
    QSet<qint64> planned;
    for (const AgendaEntry& entry : entries) {
        if (entry.session.phase == Phase::FollowUp && entry.session.status == SessionStatus::Planned)
            planned.insert(entry.session.bilanId);
    }
    // Every follow-up still open, however far: the horizon only bounds the index range.
    auto pending = repositories.followUps().pendingFollowUps(QDate(9999, 1, 1));
    if (!pending)
        return pending.error();
    QList<PendingFollowUp> kept;
    for (const PendingFollowUp& due : std::as_const(pending.value())) {
        if ((!bilanId || due.bilanId == *bilanId) && !planned.contains(due.bilanId))
            kept << due;
    }
    return kept;
}

} // namespace

QString ICalendar::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += u"\\n"_s;
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if (c.category() == QChar::Other_Control) {
            continue; // control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendar::fold(const QByteArray& line)
{
    constexpr qsizetype kLimit = 75;
    if (line.size() <= kLimit)
        return line;
    QByteArray folded;
    qsizetype start = 0;
    qsizetype room = kLimit;
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Never cut inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        room = kLimit - 1; // the leading space counts
    }
    folded += line.mid(start);
    return folded;
}

QByteArray ICalendar::write(const QList<CalendarEvent>& events, const QTimeZone& zone, const QDateTime& stampUtc)
{
    Lines out;
    out.add(u"BEGIN:VCALENDAR"_s);
    out.add(u"VERSION:2.0"_s);
    out.add(u"PRODID:-//Parcours//Parcours %1//FR"_s.arg(QCoreApplication::applicationVersion()));
    out.add(u"CALSCALE:GREGORIAN"_s);
    out.add(u"METHOD:PUBLISH"_s);
    int firstYear = stampUtc.date().year();
    int lastYear = firstYear;
    for (const CalendarEvent& event : events) {
        firstYear = std::min(firstYear, event.startsAt.date().year());
        lastYear = std::max(lastYear, event.startsAt.date().year());
    }
    const QString tzid = QString::fromUtf8(zone.id());
    writeTimeZone(out, zone, firstYear, lastYear);
    const QString stamp = stampUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const CalendarEvent& event : events) {
        out.add(u"BEGIN:VEVENT"_s);
        out.add(u"UID:"_s + event.uid);
        out.add(u"DTSTAMP:"_s + stamp);
        out.add(u"SEQUENCE:%1"_s.arg(event.sequence));
        if (event.allDay) {
            const QDate day = event.startsAt.date();
            out.add(u"DTSTART;VALUE=DATE:"_s + day.toString(u"yyyyMMdd"_s));
            out.add(u"DTEND;VALUE=DATE:"_s + day.addDays(1).toString(u"yyyyMMdd"_s));
        } else {
            out.add(u"DTSTART;TZID="_s + tzid + u':' + localStamp(event.startsAt));
            out.add(u"DTEND;TZID="_s + tzid + u':' + localStamp(event.startsAt.addSecs(60LL * event.minutes)));
        }
        out.add(u"SUMMARY:"_s + escapeText(event.summary));
        out.add(event.cancelled ? u"STATUS:CANCELLED"_s : u"STATUS:CONFIRMED"_s);
        out.add(u"TRANSP:"_s + (event.cancelled || event.allDay ? u"TRANSPARENT"_s : u"OPAQUE"_s));
        out.add(u"CLASS:PRIVATE"_s);
        out.add(u"END:VEVENT"_s);
    }
    out.add(u"END:VCALENDAR"_s);
    return out.data();
}

Result<QList<CalendarEvent>> ICalendar::events(
    Repositories& repositories, const Clock& clock, std::optional<qint64> bilanId)
{
    auto domain = repositories.schedule().calendarUidDomain();
    if (!domain)
        return domain.error();
    const Settings settings(repositories.settings());
    const bool fullNames = settings.flag(settingKeys::calendarNames);
    const DocumentLanguage language(settings.text(settingKeys::documentLanguage));
    QList<AgendaEntry> entries;
    if (bilanId) {
        auto overview = BilanService(repositories, clock).overview(*bilanId);
        if (!overview)
            return overview.error();
        for (const Session& session : overview->sessions) {
            AgendaEntry entry;
            entry.session = session;
            entry.clientId = overview->client.id;
            entry.firstName = overview->client.firstName;
            entry.lastName = overview->client.lastName;
            entries << entry;
        }
    } else {
        // From a month back, so that a recent cancellation reaches the calendar too.
        auto upcoming = repositories.schedule().agenda(clock.today().addDays(-30), clock.today().addYears(5));
        if (!upcoming)
            return upcoming.error();
        entries = upcoming.value();
    }
    QList<CalendarEvent> events;
    for (const AgendaEntry& entry : std::as_const(entries)) {
        if (entry.session.status == SessionStatus::NoShow)
            continue; // a missed session is history, not a plan
        events << eventFor(entry, domain.value(), fullNames, language);
    }
    auto followUps = followUpsToArrange(repositories, bilanId, entries);
    if (!followUps)
        return followUps.error();
    for (const PendingFollowUp& due : std::as_const(followUps.value()))
        events << followUpEvent(due, domain.value(), fullNames, language);
    return events;
}

Result<int> ICalendar::exportFile(
    Repositories& repositories, const Clock& clock, std::optional<qint64> bilanId, const QString& path)
{
    auto list = events(repositories, clock, bilanId);
    if (!list)
        return list.error();
    const QTimeZone zone = Settings(repositories.settings()).timeZone();
    const QDateTime now = clock.now();
    const QDateTime stamp = QDateTime(now.date(), now.time(), zone).toUTC();
    QSaveFile file(path);
    auto failed = [&] {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("ICalendar", "Cannot write %1: %2")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray data = write(list.value(), zone, stamp.isValid() ? stamp : now);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return failed();
    }
    if (!file.commit())
        return failed();
    return static_cast<int>(list->size());
}

} // namespace parcours
