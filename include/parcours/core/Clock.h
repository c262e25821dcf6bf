#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <parcours/core/Result.h>

#include <optional>

namespace parcours {

/**
 * Where "now" comes from. Parcours works in wall-clock time of the consultant's time zone: every
 * date-time it hands out is a naive QDateTime (UTC spec, no offset applied) holding that wall clock.
 * Nothing else in the code asks the system for the date, so tests can jump months ahead.
 */
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

/** The real clock, read in the consultant's time zone. */
class SystemClock final : public Clock {
public:
    explicit SystemClock(QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Paris")));
    QDateTime now() const override;
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

private:
    QTimeZone m_zone;
};

/**
 * A clock whose date is pinned (PARCOURS_TODAY) while the time of day runs: demonstrations and CLI tests. With a
 * start time (PARCOURS_TODAY=2026-03-18T09:00, the guide's pictures), the time of day starts there when the clock
 * is made, and runs from there.
 */
class PinnedDateClock final : public Clock {
public:
    PinnedDateClock(QDate date, const Clock& timeSource, QTime startsAt = {});
    QDateTime now() const override;

private:
    QDate m_date;
    const Clock& m_timeSource;
    QTime m_startsAt;
    QDateTime m_madeAt;
};

/** A clock tests move by hand. */
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now);
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceMonths(int months) { m_now = m_now.addMonths(months); }

private:
    QDateTime m_now;
};

/// The date PARCOURS_TODAY pins (tests and demonstrations): nullopt when unset; an error when it is not a date
/// (YYYY-MM-DD, or YYYY-MM-DDTHH:MM with the time of day the clock starts at).
Result<std::optional<QDate>> pinnedToday();
/// The time of day PARCOURS_TODAY starts the clock at ("2026-03-18T09:00"): invalid when it gives none.
QTime pinnedStartTime();

} // namespace parcours
