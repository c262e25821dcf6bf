// French public holidays and working days: what the planner skips and what the CPF deadlines count.
#include <parcours/core/Holidays.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(Holidays, EasterFallsOnKnownSundays)
{
    EXPECT_EQ(HolidayCalendar::easterSunday(2024), QDate(2024, 3, 31));
    EXPECT_EQ(HolidayCalendar::easterSunday(2025), QDate(2025, 4, 20));
    EXPECT_EQ(HolidayCalendar::easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(HolidayCalendar::easterSunday(2027), QDate(2027, 3, 28));
    EXPECT_EQ(HolidayCalendar::easterSunday(2038), QDate(2038, 4, 25)); // the latest possible
    EXPECT_EQ(HolidayCalendar::easterSunday(2285), QDate(2285, 3, 22)); // the earliest possible
    for (int year = 1900; year <= 2200; ++year)
        EXPECT_EQ(HolidayCalendar::easterSunday(year).dayOfWeek(), Qt::Sunday) << year;
}

TEST(Holidays, ElevenNationalHolidaysWithTheMovableOnesFromEaster)
{
    const HolidayCalendar france;
    const QList<PublicHoliday> days = france.holidays(2026);
    ASSERT_EQ(days.size(), 11);
    QList<QDate> dates;
    for (const PublicHoliday& day : days)
        dates << day.date;
    EXPECT_EQ(dates,
        (QList<QDate> { QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14),
            QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 11, 11),
            QDate(2026, 12, 25) }));
    EXPECT_EQ(france.holidayName(QDate(2026, 5, 14)).value_or(QString()), QStringLiteral("Ascension Day"));
    EXPECT_EQ(france.holidayName(QDate(2026, 4, 6)).value_or(QString()), QStringLiteral("Easter Monday"));
    EXPECT_EQ(france.holidayName(QDate(2026, 5, 25)).value_or(QString()), QStringLiteral("Whit Monday"));
    EXPECT_FALSE(france.isHoliday(QDate(2026, 4, 3))); // Good Friday: not outside Alsace-Moselle
    EXPECT_FALSE(france.isHoliday(QDate(2026, 12, 26)));
    EXPECT_FALSE(france.isHoliday(QDate(2026, 4, 5))); // Easter Sunday itself is a Sunday, not a listed holiday
}

TEST(Holidays, AlsaceMoselleAddsGoodFridayAndStStephensDay)
{
    const HolidayCalendar alsace(true);
    EXPECT_EQ(alsace.holidays(2026).size(), 13);
    EXPECT_EQ(alsace.holidayName(QDate(2026, 4, 3)).value_or(QString()), QStringLiteral("Good Friday"));
    EXPECT_TRUE(alsace.isHoliday(QDate(2026, 12, 26)));
    EXPECT_TRUE(alsace.alsaceMoselle());
}

TEST(Holidays, AscensionOnLabourDayIsOneDayWithBothNames)
{
    const HolidayCalendar france;
    EXPECT_EQ(HolidayCalendar::easterSunday(2008).addDays(39), QDate(2008, 5, 1));
    EXPECT_EQ(france.holidays(2008).size(), 11);
    const QString name = france.holidayName(QDate(2008, 5, 1)).value_or(QString());
    EXPECT_TRUE(name.contains(QStringLiteral("Labour Day")) && name.contains(QStringLiteral("Ascension Day")))
        << name.toStdString();
}

TEST(Holidays, WorkingDaysSkipWeekendsAndHolidays)
{
    const HolidayCalendar france;
    EXPECT_TRUE(france.isWorkingDay(QDate(2026, 1, 16))); // a Friday
    EXPECT_FALSE(france.isWorkingDay(QDate(2026, 1, 17))); // Saturday
    EXPECT_FALSE(france.isWorkingDay(QDate(2026, 5, 14))); // Ascension, a Thursday
    // Friday + 3 working days: Monday, Tuesday, Wednesday.
    EXPECT_EQ(france.addWorkingDays(QDate(2026, 1, 16), 3), QDate(2026, 1, 21));
    // Tuesday 12 May 2026 + 3: Wednesday 13, (Ascension 14), Friday 15, Monday 18.
    EXPECT_EQ(france.addWorkingDays(QDate(2026, 5, 12), 3), QDate(2026, 5, 18));
    // Thursday 7 May 2026 + 3: (8 May), Monday 11, Tuesday 12, Wednesday 13.
    EXPECT_EQ(france.addWorkingDays(QDate(2026, 5, 7), 3), QDate(2026, 5, 13));
    // Wednesday 24 December 2025 + 1: Friday the 26th, except in Alsace-Moselle where it is a holiday too.
    EXPECT_EQ(france.addWorkingDays(QDate(2025, 12, 24), 1), QDate(2025, 12, 26));
    EXPECT_EQ(HolidayCalendar(true).addWorkingDays(QDate(2025, 12, 24), 1), QDate(2025, 12, 29));
}
