#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/** One French public holiday (jour férié) of a given year. */
struct PublicHoliday {
    QDate date;
    QString name; ///< translated ("Ascension", "Whit Monday"…)
};

/**
 * The French public holidays, and the working days (jours ouvrés: Monday to Friday, holidays excluded) that the
 * CPF deadlines count. The eleven national holidays, with Easter Monday, Ascension and Whit Monday computed from
 * Easter; Alsace-Moselle adds Good Friday and 26 December (setting `holidays.alsace_moselle`).
 */
class HolidayCalendar {
public:
    HolidayCalendar() : HolidayCalendar(false) { }
    explicit HolidayCalendar(bool alsaceMoselle);

    bool alsaceMoselle() const { return m_alsaceMoselle; }
    /// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, valid for any year after 1582).
    static QDate easterSunday(int year);
    /// The year's holidays in date order: 11, or 13 in Alsace-Moselle.
    QList<PublicHoliday> holidays(int year) const;
    /// The holiday's name when `date` is one.
    std::optional<QString> holidayName(QDate date) const;
    bool isHoliday(QDate date) const { return holidayName(date).has_value(); }
    /// Monday to Friday and not a public holiday.
    bool isWorkingDay(QDate date) const;
    /// The working day that comes `days` working days after `date` (the date itself is not counted).
    QDate addWorkingDays(QDate date, int days) const;

private:
    bool m_alsaceMoselle;
};

} // namespace parcours
