// iCalendar export, read back by an independent parser (Debian's python3-icalendar), never by our own code.
#include "TestDatabase.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/ICalendar.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace parcours;
using namespace parcours::test;

namespace {

// Reads the file with python3-icalendar and prints what a calendar application would see, as JSON.
const char* kParser = R"PY(
import json, sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
tz = cal.walk('VTIMEZONE')[0]
zone = tz.to_tz()
out = {'tzid': str(tz['TZID']), 'prodid': str(cal['PRODID']), 'events': [],
       'winter': zone.utcoffset(datetime.datetime(2026, 3, 16, 14, 0)).total_seconds(),
       'summer': zone.utcoffset(datetime.datetime(2026, 3, 30, 14, 0)).total_seconds()}
for event in cal.walk('VEVENT'):
    start = event.decoded('DTSTART')
    timed = isinstance(start, datetime.datetime)
    out['events'].append({'uid': str(event['UID']), 'summary': str(event['SUMMARY']),
                          'status': str(event['STATUS']), 'sequence': int(event['SEQUENCE']),
                          'start': start.isoformat(), 'end': event.decoded('DTEND').isoformat(),
                          'utc': start.astimezone(datetime.timezone.utc).isoformat() if timed else '',
                          'allday': not timed, 'transp': str(event.get('TRANSP')),
                          'tzid': str(event['DTSTART'].params.get('TZID'))})
print(json.dumps(out))
)PY";

QJsonObject parse(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(kParser), path });
    EXPECT_TRUE(python.waitForFinished(30000));
    const QByteArray err = python.readAllStandardError();
    EXPECT_EQ(python.exitCode(), 0) << err.toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

class ICalendarTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        Client client;
        client.lastName = QStringLiteral("Lefèvre");
        client.firstName = QStringLiteral("Zoé");
        const qint64 clientId = ClientService(store(), clock).add(client).value();
        bilanId = BilanService(store(), clock).open(clientId, Funding::Cpf, QDate(2026, 3, 9)).value();
        PlanRequest request;
        request.from = QDate(2026, 3, 16);
        request.weekday = Qt::Monday;
        request.time = QTime(14, 0);
        request.count = 3;
        PlanningService planning(store(), clock);
        ids = planning.save(bilanId, planning.propose(bilanId, request).value()).value();
    }
    QString exported(const char* name, std::optional<qint64> bilan)
    {
        const QString path = database().folder() + QLatin1Char('/') + QString::fromLatin1(name);
        const auto count = ICalendar::exportFile(store(), clock, bilan, path);
        EXPECT_TRUE(count.ok()) << count.error().message.toStdString();
        return path;
    }

    ManualClock clock { QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC) };
    qint64 bilanId = 0;
    QList<qint64> ids;
};

} // namespace

TEST_P(ICalendarTest, ACalendarAppReadsTheSessionsAtTheirParisTimesAcrossTheClockChange)
{
    const QJsonObject calendar = parse(exported("bilan.ics", bilanId));
    EXPECT_EQ(calendar.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Paris"));
    EXPECT_EQ(calendar.value(QStringLiteral("winter")).toDouble(), 3600);
    EXPECT_EQ(calendar.value(QStringLiteral("summer")).toDouble(), 7200);
    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3);
    const QJsonObject first = events.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-16T14:00:00+01:00"));
    EXPECT_EQ(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-03-16T16:30:00+01:00"));
    EXPECT_EQ(first.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Paris"));
    // After the clocks go forward (29 March), the wall clock stays at 14:00: one hour earlier in UTC.
    const QJsonObject third = events.at(2).toObject();
    EXPECT_EQ(third.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-30T14:00:00+02:00"));
    EXPECT_EQ(third.value(QStringLiteral("utc")).toString(), QStringLiteral("2026-03-30T12:00:00+00:00"));
    // Initials and phase only: no name, no note.
    EXPECT_EQ(first.value(QStringLiteral("summary")).toString(), QStringLiteral("Bilan Z. L. — Préliminaire"));
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
}

TEST_P(ICalendarTest, AReExportKeepsEveryUidAndCancelsWhatWasCalledOff)
{
    SessionService sessions(store(), clock);
    Session noted = sessions.get(ids.at(1)).value();
    noted.notes = QStringLiteral("Confidentiel : conflit avec sa responsable");
    ASSERT_TRUE(sessions.update(noted).ok());
    const QJsonArray before = parse(exported("before.ics", std::nullopt)).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(before.size(), 3);

    const auto moved = PlanningService(store(), clock).move(ids.at(0), wallClock(QDate(2026, 3, 17), QTime(10, 0)));
    ASSERT_TRUE(moved.ok());
    const QString path = exported("after.ics", std::nullopt);
    const QJsonArray after = parse(path).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(after.size(), 4);
    const QJsonObject old = after.at(0).toObject();
    EXPECT_EQ(old.value(QStringLiteral("uid")), before.at(0).toObject().value(QStringLiteral("uid")));
    EXPECT_EQ(old.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
    EXPECT_GT(old.value(QStringLiteral("sequence")).toInt(),
        before.at(0).toObject().value(QStringLiteral("sequence")).toInt());
    EXPECT_EQ(
        after.at(2).toObject().value(QStringLiteral("uid")), before.at(1).toObject().value(QStringLiteral("uid")));
    EXPECT_TRUE(after.at(0).toObject().value(QStringLiteral("uid")).toString().startsWith(QStringLiteral("session-")));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    EXPECT_FALSE(raw.contains("Confidentiel"));
    EXPECT_FALSE(raw.contains("Lef"));
    // With the setting, the full name appears.
    ASSERT_TRUE(Settings(store().settings()).setValue(settingKeys::calendarNames, QStringLiteral("true")).ok());
    const QJsonArray named = parse(exported("named.ics", bilanId)).value(QStringLiteral("events")).toArray();
    EXPECT_EQ(named.at(2).toObject().value(QStringLiteral("summary")).toString(),
        QStringLiteral("Bilan Zoé Lefèvre — Investigation"));
}

TEST_P(ICalendarTest, AFollowUpStillToArrangeIsADayInTheCalendarUntilItsSessionIsPlanned)
{
    for (const qint64 id : std::as_const(ids)) {
        Session session = SessionService(store(), clock).get(id).value();
        session.status = SessionStatus::Done;
        session.actualMinutes = session.plannedMinutes;
        ASSERT_TRUE(SessionService(store(), clock).update(session).ok());
    }
    // Closed on 31 August: the follow-up is due on the last day of February.
    clock.set(QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(BilanEndService(store(), clock).close(bilanId, QDate(2026, 8, 31)).ok());
    const QJsonArray events = parse(exported("follow-up.ics", std::nullopt)).value(QStringLiteral("events")).toArray();
    QJsonObject followUp;
    for (const QJsonValue& event : events) {
        if (event.toObject().value(QStringLiteral("allday")).toBool())
            followUp = event.toObject();
    }
    ASSERT_FALSE(followUp.isEmpty()) << "no all-day follow-up among " << events.size() << " events";
    EXPECT_EQ(followUp.value(QStringLiteral("start")).toString(), QStringLiteral("2027-02-28"));
    EXPECT_EQ(followUp.value(QStringLiteral("end")).toString(), QStringLiteral("2027-03-01"));
    EXPECT_EQ(followUp.value(QStringLiteral("summary")).toString(), QStringLiteral("Suivi à six mois à organiser — Z. L."));
    EXPECT_EQ(followUp.value(QStringLiteral("transp")).toString(), QStringLiteral("TRANSPARENT"));
    EXPECT_TRUE(followUp.value(QStringLiteral("uid")).toString().startsWith(QStringLiteral("follow-up-")));
    // The same in the bilan's own file, after its three sessions.
    const QJsonArray own = parse(exported("own.ics", bilanId)).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(own.size(), 4);
    EXPECT_EQ(own.at(3).toObject().value(QStringLiteral("uid")), followUp.value(QStringLiteral("uid")));

    // Once the follow-up session is in the agenda, the session stands for it.
    Session meeting;
    meeting.bilanId = bilanId;
    meeting.phase = Phase::FollowUp;
    meeting.startsAt = wallClock(QDate(2027, 3, 2), QTime(10, 0));
    meeting.plannedMinutes = 60;
    ASSERT_TRUE(SessionService(store(), clock).add(meeting).ok());
    const QJsonArray planned = parse(exported("planned.ics", std::nullopt)).value(QStringLiteral("events")).toArray();
    ASSERT_EQ(planned.size(), 1);
    EXPECT_FALSE(planned.at(0).toObject().value(QStringLiteral("allday")).toBool());
    EXPECT_EQ(planned.at(0).toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("Bilan Z. L. — Suivi"));
}

PARCOURS_ON_BOTH_BACKENDS(ICalendarTest);

TEST(ICalendarFormat, LinesEndWithCrlfAndAreFoldedWithoutSplittingCharacters)
{
    CalendarEvent event;
    event.uid = QStringLiteral("session-1@test.parcours.invalid");
    event.startsAt = wallClock(QDate(2026, 1, 12), QTime(9, 30));
    event.minutes = 120;
    event.summary = QStringLiteral("Bilan Zoé, Hélène; Léa\\Noël — %1").arg(QStringLiteral("é").repeated(60));
    const QByteArray data = ICalendar::write(
        { event }, QTimeZone(QByteArrayLiteral("Europe/Paris")), QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC));
    EXPECT_TRUE(data.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_TRUE(data.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(data.count("\n"), data.count("\r\n")) << "no bare line feed";
    for (const QByteArray& line : data.split('\n')) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        EXPECT_LE(content.size(), 75) << content.toStdString();
        EXPECT_FALSE(QString::fromUtf8(content).contains(QChar::ReplacementCharacter)) << "a character was cut";
    }
    EXPECT_TRUE(data.contains("SUMMARY:Bilan Zoé\\, Hélène\\; Léa\\\\Noël"));
    EXPECT_TRUE(data.contains("DTSTAMP:20260102T080000Z"));
    EXPECT_TRUE(data.contains("DTSTART;TZID=Europe/Paris:20260112T093000"));
    EXPECT_TRUE(data.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
    EXPECT_EQ(ICalendar::escapeText(QStringLiteral("a\r\nb\nc")), QStringLiteral("a\\nb\\nc"));
}
