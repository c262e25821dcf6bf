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

PinnedDateClock::PinnedDateClock(QDate date, const Clock& timeSource)
    : m_date(date)
    , m_timeSource(timeSource)
{
}

QDateTime PinnedDateClock::now() const
{
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
    const auto date = parseIsoDate(text);
    if (!date) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Clock", "PARCOURS_TODAY must be a date YYYY-MM-DD, not '%1'.")
                             .arg(text));
    }
    return std::optional(*date);
}

} // namespace parcours
