#include <parcours/core/Holidays.h>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace parcours {

HolidayCalendar::HolidayCalendar(bool alsaceMoselle) : m_alsaceMoselle(alsaceMoselle) { }

QDate HolidayCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> HolidayCalendar::holidays(int year) const
{
    auto named = [](const char* text) { return QCoreApplication::translate("Holidays", text); };
    const QDate easter = easterSunday(year);
    QList<PublicHoliday> days {
        { QDate(year, 1, 1), named(QT_TRANSLATE_NOOP("Holidays", "New Year's Day")) },
        { easter.addDays(1), named(QT_TRANSLATE_NOOP("Holidays", "Easter Monday")) },
        { QDate(year, 5, 1), named(QT_TRANSLATE_NOOP("Holidays", "Labour Day")) },
        { QDate(year, 5, 8), named(QT_TRANSLATE_NOOP("Holidays", "Victory in Europe Day")) },
        { easter.addDays(39), named(QT_TRANSLATE_NOOP("Holidays", "Ascension Day")) },
        { easter.addDays(50), named(QT_TRANSLATE_NOOP("Holidays", "Whit Monday")) },
        { QDate(year, 7, 14), named(QT_TRANSLATE_NOOP("Holidays", "Bastille Day")) },
        { QDate(year, 8, 15), named(QT_TRANSLATE_NOOP("Holidays", "Assumption Day")) },
        { QDate(year, 11, 1), named(QT_TRANSLATE_NOOP("Holidays", "All Saints' Day")) },
        { QDate(year, 11, 11), named(QT_TRANSLATE_NOOP("Holidays", "Armistice Day")) },
        { QDate(year, 12, 25), named(QT_TRANSLATE_NOOP("Holidays", "Christmas Day")) },
    };
    if (m_alsaceMoselle) {
        days.append({ easter.addDays(-2), named(QT_TRANSLATE_NOOP("Holidays", "Good Friday")) });
        days.append({ QDate(year, 12, 26), named(QT_TRANSLATE_NOOP("Holidays", "St Stephen's Day")) });
    }
    // Ascension can fall on 1 or 8 May: both stay listed, sorted by date.
    std::stable_sort(
        days.begin(), days.end(), [](const PublicHoliday& a, const PublicHoliday& b) { return a.date < b.date; });
    return days;
}

std::optional<QString> HolidayCalendar::holidayName(QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    // Quick refusals first: most days are not near a holiday.
    const QDate easter = easterSunday(date.year());
    const int fromEaster = static_cast<int>(easter.daysTo(date));
    const bool movable
        = fromEaster == 1 || fromEaster == 39 || fromEaster == 50 || (m_alsaceMoselle && fromEaster == -2);
    const int md = date.month() * 100 + date.day();
    static constexpr int kFixed[] = { 101, 501, 508, 714, 815, 1101, 1111, 1225 };
    const bool fixed
        = std::find(std::begin(kFixed), std::end(kFixed), md) != std::end(kFixed) || (m_alsaceMoselle && md == 1226);
    if (!movable && !fixed)
        return std::nullopt;
    QStringList names;
    for (const PublicHoliday& holiday : holidays(date.year())) {
        if (holiday.date == date)
            names << holiday.name;
    }
    return names.join(QStringLiteral(", "));
}

bool HolidayCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= Qt::Friday && !isHoliday(date);
}

QDate HolidayCalendar::addWorkingDays(QDate date, int days) const
{
    QDate day = date;
    int counted = 0;
    while (counted < days) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

} // namespace parcours
