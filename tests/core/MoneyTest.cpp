// Amounts in whole cents: how they print in a French or English document, and what typed input is accepted.
#include <parcours/core/Money.h>
#include <parcours/core/Settings.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

qint64 cents(const char* typed)
{
    const auto parsed = Money::parse(QString::fromUtf8(typed));
    EXPECT_TRUE(parsed.ok()) << typed << ": " << (parsed ? "" : parsed.error().message.toStdString());
    return parsed ? parsed->cents() : -1;
}

bool refused(const char* typed)
{
    return !Money::parse(QString::fromUtf8(typed)).ok();
}

} // namespace

TEST(Money, PrintsAsAFrenchDocumentWritesIt)
{
    // A narrow no-break space between thousands, a no-break space before the euro sign.
    EXPECT_EQ(Money::fromCents(123450).format(), QStringLiteral("1\u202f234,50\u00a0€"));
    EXPECT_EQ(Money::fromCents(123456789).format(), QStringLiteral("1\u202f234\u202f567,89\u00a0€"));
    EXPECT_EQ(Money::fromCents(5).format(), QStringLiteral("0,05\u00a0€"));
    EXPECT_EQ(Money::fromCents(-10000).format(), QStringLiteral("-100,00\u00a0€"));
    EXPECT_EQ(Money::fromCents(123450).format(u"en"), QStringLiteral("€1,234.50"));
    EXPECT_EQ(Money::fromCents(123450).plain(), QStringLiteral("1234.50"));
    EXPECT_EQ(Money::fromCents(-7).plain(), QStringLiteral("-0.07"));
}

TEST(Money, ReadsWhatPeopleType)
{
    EXPECT_EQ(cents("1800"), 180000);
    EXPECT_EQ(cents("1234,5"), 123450);
    EXPECT_EQ(cents("1 234.50"), 123450);
    EXPECT_EQ(cents("1\u00a0234,50 €"), 123450);
    EXPECT_EQ(cents("1\u202f234,50\u00a0€"), 123450); // what Money::format wrote reads back
    EXPECT_EQ(cents("1.234,50"), 123450);
    EXPECT_EQ(cents("1,234.50"), 123450);
    EXPECT_EQ(cents("1.234.567"), 123456700);
    EXPECT_EQ(cents("0,05"), 5);
    EXPECT_EQ(cents("€ 12"), 1200);
    EXPECT_EQ(cents("-12,30"), -1230);
}

TEST(Money, RefusesTheAmbiguousAndTheMalformed)
{
    EXPECT_TRUE(refused("1,234")) << "thousands or decimals?";
    EXPECT_TRUE(refused("1.234"));
    const auto ambiguous = Money::parse(QStringLiteral("2,500"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.error().message.contains(QStringLiteral("ambiguous")));
    EXPECT_TRUE(refused("1 234,567")) << "three decimals";
    EXPECT_TRUE(refused("12,345"));
    EXPECT_TRUE(refused("12 34"));
    EXPECT_TRUE(refused("12,")) << "a decimal mark with no decimals";
    EXPECT_TRUE(refused("1.234.56"));
    EXPECT_TRUE(refused("1,2,3.4,5"));
    EXPECT_TRUE(refused("douze"));
    EXPECT_TRUE(refused("12e3"));
    EXPECT_TRUE(refused(""));
    EXPECT_TRUE(refused("€"));
    EXPECT_TRUE(refused("9999999999999"));
}

TEST(Money, AmountSettingsAreStoredPlainAndReadInCents)
{
    EXPECT_EQ(Settings::normalise(settingKeys::billingDefaultPrice, QStringLiteral("1 800,5")).value(),
              QStringLiteral("1800.50"));
    EXPECT_FALSE(Settings::normalise(settingKeys::billingDefaultPrice, QStringLiteral("-3")).ok());
    EXPECT_FALSE(Settings::normalise(settingKeys::billingDefaultPrice, QStringLiteral("1,800")).ok());
    EXPECT_EQ(Settings::normalise(settingKeys::billingYearStart, QStringLiteral("9")).value(), QStringLiteral("9"));
    EXPECT_FALSE(Settings::normalise(settingKeys::billingYearStart, QStringLiteral("13")).ok());
    EXPECT_FALSE(Settings::normalise(settingKeys::billingYearStart, QStringLiteral("0")).ok());
}
