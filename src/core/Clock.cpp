#include <parcours/core/Clock.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>

namespace parcours {
namespace {

QDateTime naive(const QDateTime& zoned)
{
    return QDateTime(zoned.date(), zoned.time(), Qt::UTC);
}

} // namespace

SystemClock::SystemClock(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
}

QDateTime SystemClock::now() const
{
    return naive(QDateTime::currentDateTimeUtc().toTimeZone(m_zone));
}

PinnedDateClock::PinnedDateClock(QDate date, const Clock& timeSource, QTime startsAt)
    : m_date(date)
    , m_timeSource(timeSource)
    , m_startsAt(startsAt)
    , m_madeAt(timeSource.now())
{
}

QDateTime PinnedDateClock::now() const
{
    if (m_startsAt.isValid()) {
        const QDateTime start(m_date, m_startsAt, Qt::UTC);
        const QDateTime moved = start.addMSecs(m_madeAt.msecsTo(m_timeSource.now()));
        return QDateTime(m_date, moved.time(), Qt::UTC);
    }
    return QDateTime(m_date, m_timeSource.now().time(), Qt::UTC);
}

ManualClock::ManualClock(QDateTime now)
    : m_now(naive(now))
{
}

void ManualClock::set(const QDateTime& now)
{
    m_now = naive(now);
}

Result<std::optional<QDate>> pinnedToday()
{
    const QString text = qEnvironmentVariable("PARCOURS_TODAY");
    if (text.isEmpty())
        return std::optional<QDate>();
    const auto date = parseIsoDate(text.section(u'T', 0, 0));
    if (!date || (text.contains(u'T') && !pinnedStartTime().isValid())) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Clock", "PARCOURS_TODAY must be a date YYYY-MM-DD, or a date and a start time "
                                                               "YYYY-MM-DDTHH:MM, not '%1'.")
                             .arg(text));
    }
    return std::optional(*date);
}

QTime pinnedStartTime()
{
    const QString text = qEnvironmentVariable("PARCOURS_TODAY");
    if (!text.contains(u'T'))
        return {};
    return QTime::fromString(text.section(u'T', 1), QStringLiteral("HH:mm"));
}

} // namespace parcours
