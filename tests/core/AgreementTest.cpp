// The tripartite agreement (R6313-8): sent, signed within 10 days, or refused — silence counting as a refusal.
#include <parcours/core/Agreement.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kSent(2026, 3, 2);

AgreementRecord sentOn(QDate date)
{
    AgreementRecord record;
    record.bilanId = 1;
    record.sentOn = date;
    return record;
}

} // namespace

TEST(Agreement, ThereAreTenDaysToSignThenSilenceIsARefusal)
{
    const AgreementRecord record = sentOn(kSent);
    const AgreementStatus first = AgreementRules::status(record, kSent);
    EXPECT_EQ(first.state, AgreementState::AwaitingSignature);
    EXPECT_EQ(first.deadline, QDate(2026, 3, 12));
    EXPECT_EQ(first.daysLeft, 10);
    const AgreementStatus last = AgreementRules::status(record, QDate(2026, 3, 12));
    EXPECT_EQ(last.state, AgreementState::AwaitingSignature);
    EXPECT_EQ(last.daysLeft, 0);
    const AgreementStatus silent = AgreementRules::status(record, QDate(2026, 3, 13));
    EXPECT_EQ(silent.state, AgreementState::RefusedBySilence);
    EXPECT_EQ(silent.since, QDate(2026, 3, 13));
    EXPECT_EQ(AgreementRules::status(AgreementRecord {}, kSent).state, AgreementState::NotSent);
}

TEST(Agreement, ASignatureWithinTheDelayIsRecorded)
{
    auto signedRecord = AgreementRules::apply(sentOn(kSent), AgreementEvent::Signed, QDate(2026, 3, 12),
                                              QDate(2026, 3, 20));
    ASSERT_TRUE(signedRecord.ok()) << signedRecord.error().message.toStdString();
    const AgreementStatus status = AgreementRules::status(signedRecord.value(), QDate(2026, 6, 1));
    EXPECT_EQ(status.state, AgreementState::Signed);
    EXPECT_EQ(status.since, QDate(2026, 3, 12));
}

TEST(Agreement, ALateSignatureIsRefusedUntilTheAgreementIsSentAgain)
{
    const auto late = AgreementRules::apply(sentOn(kSent), AgreementEvent::Signed, QDate(2026, 3, 13),
                                            QDate(2026, 3, 20));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().field, QStringLiteral("signed_on"));
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("silence counts as a refusal")));
    auto again = AgreementRules::apply(sentOn(kSent), AgreementEvent::Sent, QDate(2026, 3, 16), QDate(2026, 3, 20));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(AgreementRules::apply(again.value(), AgreementEvent::Signed, QDate(2026, 3, 20), QDate(2026, 3, 20))
                    .ok());
}

TEST(Agreement, EventsOutOfOrderAreRefused)
{
    const QDate today(2026, 3, 20);
    EXPECT_FALSE(AgreementRules::apply(sentOn(kSent), AgreementEvent::Signed, QDate(2026, 3, 1), today).ok());
    EXPECT_FALSE(AgreementRules::apply(sentOn(kSent), AgreementEvent::Refused, QDate(2026, 3, 1), today).ok());
    EXPECT_FALSE(AgreementRules::apply(sentOn(kSent), AgreementEvent::Sent, QDate(2026, 3, 21), today).ok());
    auto signedRecord = AgreementRules::apply(sentOn(kSent), AgreementEvent::Signed, kSent, today).value();
    EXPECT_FALSE(AgreementRules::apply(signedRecord, AgreementEvent::Refused, today, today).ok());
    EXPECT_FALSE(AgreementRules::apply(signedRecord, AgreementEvent::Sent, today, today).ok());
    auto refused = AgreementRules::apply(sentOn(kSent), AgreementEvent::Refused, QDate(2026, 3, 5), today).value();
    EXPECT_EQ(AgreementRules::status(refused, today).state, AgreementState::Refused);
    EXPECT_FALSE(AgreementRules::apply(refused, AgreementEvent::Signed, today, today).ok());
}

TEST(Agreement, TheEventDateDefaultsToToday)
{
    const QDate today(2026, 3, 20);
    auto sent = AgreementRules::apply(AgreementRecord {}, AgreementEvent::Sent, QDate(), today);
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent->sentOn, today);
}

TEST(Agreement, AnEditedRecordIsCheckedFieldByField)
{
    AgreementRecord record = sentOn(kSent);
    record.signedOn = QDate(2026, 3, 4);
    record.refusedOn = QDate(2026, 3, 5);
    record.priceCents = -1;
    const auto errors = AgreementRules::validate(record, QDate(2026, 3, 20));
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("refused_on")));
    EXPECT_TRUE(fields.contains(QStringLiteral("price")));
    record.refusedOn = {};
    record.priceCents = 190000;
    EXPECT_TRUE(AgreementRules::validate(record, QDate(2026, 3, 20)).isEmpty());
}

TEST(Agreement, TheStatusIsDescribedInWords)
{
    const AgreementStatus waiting = AgreementRules::status(sentOn(kSent), QDate(2026, 3, 10));
    EXPECT_TRUE(AgreementRules::describe(waiting).contains(QStringLiteral("2 day(s) left")))
        << AgreementRules::describe(waiting).toStdString();
    const AgreementStatus silent = AgreementRules::status(sentOn(kSent), QDate(2026, 4, 10));
    EXPECT_TRUE(AgreementRules::describe(silent).contains(QStringLiteral("10 days")));
}

TEST(Agreement, PricesAreReadAsTypedInEuros)
{
    EXPECT_EQ(AgreementRules::parsePrice(QStringLiteral("1800")), 180000);
    EXPECT_EQ(AgreementRules::parsePrice(QStringLiteral("1 800,5")), 180050);
    EXPECT_EQ(AgreementRules::parsePrice(QStringLiteral("1\u00a0800,05 €")), 180005);
    EXPECT_EQ(AgreementRules::parsePrice(QStringLiteral("0")), 0);
    EXPECT_FALSE(AgreementRules::parsePrice(QStringLiteral("douze")));
    EXPECT_FALSE(AgreementRules::parsePrice(QStringLiteral("-5")));
    EXPECT_FALSE(AgreementRules::parsePrice(QStringLiteral("1,234")));
    EXPECT_FALSE(AgreementRules::parsePrice(QString()));
}
