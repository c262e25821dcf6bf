#include <parcours/core/Text.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(Text, FoldingIgnoresAccentsCaseAndLigatures)
{
    EXPECT_EQ(foldForSearch(u"Lefèvre"), QStringLiteral("lefevre"));
    EXPECT_EQ(foldForSearch(u"ÇELIK"), QStringLiteral("celik"));
    EXPECT_EQ(foldForSearch(u"Bœuf"), QStringLiteral("boeuf"));
    EXPECT_EQ(foldForSearch(u"N’Diaye"), QStringLiteral("n'diaye"));
    EXPECT_EQ(foldForSearch(u"Ægir"), QStringLiteral("aegir"));
}

TEST(Text, LinesAreTrimmedAndSpacesCollapsed)
{
    EXPECT_EQ(simplifiedLine(u"  Jean   Pierre \t"), QStringLiteral("Jean Pierre"));
}

TEST(WallClockFormat, DatesAndTimesAreStrict)
{
    EXPECT_EQ(parseIsoDate(u"2026-02-28"), QDate(2026, 2, 28));
    EXPECT_FALSE(parseIsoDate(u"2026-02-30"));
    EXPECT_FALSE(parseIsoDate(u"2026-2-3"));
    EXPECT_FALSE(parseIsoDate(u"28/02/2026"));
    const auto at = parseWallClock(u"2026-03-29T02:30");
    ASSERT_TRUE(at);
    EXPECT_EQ(formatWallClock(*at), QStringLiteral("2026-03-29T02:30"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29T25:00"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29"));
    EXPECT_EQ(parseWallClock(u"2026-03-29 14:30:00"), parseWallClock(u"2026-03-29T14:30"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29T14:30:15"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29T14:60"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29T1x:30"));
    EXPECT_FALSE(parseWallClock(u"2026-03-29T-1:30"));
    EXPECT_EQ(formatWallClock(parseWallClock(u"2026-12-31 23:59").value_or(QDateTime())), QStringLiteral("2026-12-31T23:59"));
}

TEST(WallClockFormat, DurationsReadAsConsultantsWriteThem)
{
    EXPECT_EQ(formatMinutes(150), QStringLiteral("2 h 30"));
    EXPECT_EQ(formatMinutes(180), QStringLiteral("3 h"));
    EXPECT_EQ(formatMinutes(45), QStringLiteral("45 min"));
    EXPECT_EQ(formatMinutes(65), QStringLiteral("1 h 05"));
    EXPECT_EQ(formatMinutes(0), QStringLiteral("0 min"));
}
