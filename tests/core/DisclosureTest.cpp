// The disclosure log without a database: nothing goes to a third party without a consent that holds on the day and
// covers what is sent, and a synthèse sent to the CEP operator is what lets it be kept one year (R6313-7).
#include <parcours/core/Disclosure.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kToday(2026, 4, 10);

DisclosureConsent consentToCep(QList<DisclosedItem> what = { DisclosedItem::Synthesis })
{
    DisclosureConsent consent;
    consent.id = 4;
    consent.bilanId = 3;
    consent.recipientKind = RecipientKind::Cep;
    consent.recipientName = QStringLiteral("Transitions Pro Occitanie");
    consent.what = std::move(what);
    consent.signedOn = QDate(2026, 4, 2);
    return consent;
}

DisclosureRecord sending(qint64 consentId, DisclosedItem what)
{
    DisclosureRecord record;
    record.id = 1;
    record.consentId = consentId;
    record.bilanId = 3;
    record.what = what;
    return record;
}

bool allowed(const std::optional<DisclosureConsent>& consent, DisclosedItem item, QDate day = kToday)
{
    return DisclosureRules::mayDisclose(consent, 3, item, day).ok();
}

} // namespace

TEST(Disclosure, NothingIsSentWithoutAConsent)
{
    const Result<void> refused = DisclosureRules::mayDisclose(std::nullopt, 3, DisclosedItem::Synthesis, kToday);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("written consent"))) << refused.error().message.toStdString();
    EXPECT_TRUE(allowed(consentToCep(), DisclosedItem::Synthesis));
}

TEST(Disclosure, AWithdrawnConsentRefusesFromTheDayOfTheWithdrawal)
{
    DisclosureConsent consent = consentToCep();
    consent.withdrawnOn = QDate(2026, 4, 8);
    EXPECT_TRUE(allowed(consent, DisclosedItem::Synthesis, QDate(2026, 4, 7)));
    EXPECT_FALSE(allowed(consent, DisclosedItem::Synthesis, QDate(2026, 4, 8)));
    const Result<void> refused = DisclosureRules::mayDisclose(consent, 3, DisclosedItem::Synthesis, kToday);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("withdrew"))) << refused.error().message.toStdString();
}

TEST(Disclosure, TheConsentMustCoverWhatIsSent)
{
    EXPECT_FALSE(allowed(consentToCep({ DisclosedItem::Synthesis }), DisclosedItem::TestResults));
    EXPECT_FALSE(allowed(consentToCep({ DisclosedItem::TestResults }), DisclosedItem::Synthesis));
    EXPECT_TRUE(allowed(consentToCep({ DisclosedItem::TestResults }), DisclosedItem::TestResults));
    const DisclosureConsent both = consentToCep({ DisclosedItem::Synthesis, DisclosedItem::TestResults });
    EXPECT_TRUE(allowed(both, DisclosedItem::Synthesis));
    EXPECT_TRUE(allowed(both, DisclosedItem::TestResults));
}

TEST(Disclosure, AConsentCoversItsOwnBilanAndOnlyOnceSigned)
{
    DisclosureConsent other = consentToCep();
    other.bilanId = 8;
    EXPECT_FALSE(allowed(other, DisclosedItem::Synthesis));
    EXPECT_FALSE(allowed(consentToCep(), DisclosedItem::Synthesis, QDate(2026, 4, 1))); // the day before signing
    EXPECT_TRUE(allowed(consentToCep(), DisclosedItem::Synthesis, QDate(2026, 4, 2)));
}

TEST(Disclosure, AConsentNamesItsRecipientWhatAndWhen)
{
    DisclosureConsent consent = consentToCep();
    EXPECT_TRUE(DisclosureRules::validate(consent, kToday).isEmpty());
    consent.recipientName = QStringLiteral("   ");
    consent.what.clear();
    consent.signedOn = kToday.addDays(1);
    QStringList fields;
    for (const FieldError& error : DisclosureRules::validate(consent, kToday))
        fields << error.field;
    EXPECT_EQ(fields, (QStringList { QStringLiteral("recipient_name"), QStringLiteral("what"), QStringLiteral("signed_on") }));
    consent.signedOn = {};
    EXPECT_EQ(DisclosureRules::validate(consent, kToday).last().field, QStringLiteral("signed_on"));
}

TEST(Disclosure, OnlyASynthesisSentToTheCepOperatorExtendsItsRetention)
{
    const DisclosureConsent cep = consentToCep({ DisclosedItem::Synthesis, DisclosedItem::TestResults });
    DisclosureConsent employer = consentToCep();
    employer.id = 5;
    employer.recipientKind = RecipientKind::Employer;
    EXPECT_FALSE(DisclosureRules::synthesisSentToCep({ cep, employer }, {}));
    EXPECT_FALSE(DisclosureRules::synthesisSentToCep({ cep, employer }, { sending(4, DisclosedItem::TestResults) }));
    EXPECT_FALSE(DisclosureRules::synthesisSentToCep({ cep, employer }, { sending(5, DisclosedItem::Synthesis) }));
    EXPECT_TRUE(DisclosureRules::synthesisSentToCep({ cep, employer }, { sending(4, DisclosedItem::Synthesis) }));
}

TEST(Disclosure, WhatIsSentIsWrittenAsKeysAndReadBack)
{
    EXPECT_EQ(formatItems({ DisclosedItem::TestResults, DisclosedItem::Synthesis }),
        QStringLiteral("synthesis,test-results"));
    EXPECT_EQ(parseItems(u"test-results, synthesis"),
        (QList<DisclosedItem> { DisclosedItem::Synthesis, DisclosedItem::TestResults }));
    EXPECT_FALSE(parseItems(u"synthesis,notes").has_value());
    EXPECT_EQ(fromKey<RecipientKind>(u"funder"), RecipientKind::Funder);
    EXPECT_FALSE(fromKey<RecipientKind>(u"cousin").has_value());
}
