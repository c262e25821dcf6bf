// The withdrawal of a consent, one rule for the consent to keep content after the bilan and the consent to send
// results to a third party: once, on a day between the signature and today.
#include <parcours/core/Consent.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kSigned(2026, 3, 20);
const QDate kToday(2026, 3, 25);

TEST(ConsentRulesTest, AWithdrawalIsDatedFromTheSignatureToToday)
{
    EXPECT_TRUE(ConsentRules::checkWithdrawal(kSigned, {}, kSigned, kToday).ok());
    EXPECT_TRUE(ConsentRules::checkWithdrawal(kSigned, {}, kToday, kToday).ok());
    for (const QDate on : { kSigned.addDays(-1), kToday.addDays(1), QDate() }) {
        const auto refused = ConsentRules::checkWithdrawal(kSigned, {}, on, kToday);
        ASSERT_FALSE(refused.ok()) << on.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, QStringLiteral("withdrawn_on"));
    }
}

TEST(ConsentRulesTest, AConsentIsWithdrawnOnce)
{
    const auto again = ConsentRules::checkWithdrawal(kSigned, QDate(2026, 3, 22), kToday, kToday);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("2026-03-22"))) << again.error().message.toStdString();
}

} // namespace
