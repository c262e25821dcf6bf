// The disclosure log on a real database, on both backends: consents are stored and withdrawn, a sending is recorded
// only under a consent that holds and covers it, and a synthèse sent to the CEP operator moves the retention
// schedule (R6313-7: kept one year after the end).
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/DisclosureRepository.h>
#include <parcours/core/DisclosureService.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/SynthesisService.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class DisclosureStoreTest : public StoreTest {
protected:
    /// A bilan with a synthesis written, closed on 20 March 2026.
    qint64 endedBilan()
    {
        Client client;
        client.lastName = QStringLiteral("Morvan");
        client.firstName = QStringLiteral("Anaïs");
        const qint64 clientId = ClientService(store(), clock).add(client).value();
        const qint64 bilanId = BilanService(store(), clock).open(clientId, Funding::Personal, QDate(2026, 3, 2)).value();
        SynthesisService syntheses(store(), clock);
        const SynthesisVersion version = syntheses.currentOrStart(bilanId).value();
        EXPECT_TRUE(syntheses.setSectionBody(version.id, version.version, QStringLiteral("circumstances"),
            RichText::fromPlainText(QStringLiteral("Projet de reconversion."))).ok());
        EXPECT_TRUE(BilanEndService(store(), clock).close(bilanId, QDate(2026, 3, 20)).ok());
        return bilanId;
    }
    qint64 consent(qint64 bilanId, RecipientKind kind, QList<DisclosedItem> what)
    {
        DisclosureConsent consent;
        consent.bilanId = bilanId;
        consent.recipientKind = kind;
        consent.recipientName = QStringLiteral("Transitions Pro Bretagne");
        consent.what = std::move(what);
        consent.signedOn = QDate(2026, 3, 20);
        auto id = DisclosureService(store(), clock).recordConsent(consent);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }
    Result<qint64> send(qint64 bilanId, qint64 consentId, DisclosedItem what)
    {
        DisclosureRecord record;
        record.bilanId = bilanId;
        record.consentId = consentId;
        record.what = what;
        record.sentBy = QStringLiteral("Céline Leca");
        record.fileName = QStringLiteral("synthese.pdf");
        return DisclosureService(store(), clock).record(record);
    }
    RetentionState synthesisState(qint64 bilanId)
    {
        for (const ContentRetention& content : RetentionService(store(), clock).schedule(bilanId).value().contents)
            if (content.kind == ContentKind::Synthesis)
                return content.state;
        return RetentionState::None;
    }

    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
};

TEST_P(DisclosureStoreTest, AConsentIsStoredWithdrawnAndAnnounced)
{
    const qint64 bilanId = endedBilan();
    QSignalSpy changed(&store().events(), &StoreEvents::retentionChanged);
    const qint64 id = consent(bilanId, RecipientKind::Employer, { DisclosedItem::Synthesis, DisclosedItem::TestResults });
    EXPECT_EQ(changed.count(), 1);
    const DisclosureConsent stored = store().disclosures().consent(id).value();
    EXPECT_EQ(stored.recipientKind, RecipientKind::Employer);
    EXPECT_EQ(stored.recipientName, QStringLiteral("Transitions Pro Bretagne"));
    EXPECT_EQ(stored.what, (QList<DisclosedItem> { DisclosedItem::Synthesis, DisclosedItem::TestResults }));
    EXPECT_EQ(stored.signedOn, QDate(2026, 3, 20));

    DisclosureService service(store(), clock);
    EXPECT_FALSE(service.withdrawConsent(id, QDate(2026, 3, 26)).ok()); // tomorrow
    EXPECT_FALSE(service.withdrawConsent(id, QDate(2026, 3, 19)).ok()); // before the signature
    ASSERT_TRUE(service.withdrawConsent(id, QDate(2026, 3, 24)).ok());
    EXPECT_EQ(store().disclosures().consent(id).value().withdrawnOn, QDate(2026, 3, 24));
    EXPECT_EQ(service.withdrawConsent(id, QDate(2026, 3, 25)).error().code, ErrorCode::Refused);
    EXPECT_TRUE(service.usableConsents(bilanId).value().isEmpty());
}

TEST_P(DisclosureStoreTest, ASendingIsRecordedOnlyUnderAConsentThatHoldsAndCoversIt)
{
    const qint64 bilanId = endedBilan();
    EXPECT_EQ(send(bilanId, 0, DisclosedItem::Synthesis).error().code, ErrorCode::Refused);
    EXPECT_EQ(send(bilanId, 99, DisclosedItem::Synthesis).error().code, ErrorCode::Refused);
    const qint64 id = consent(bilanId, RecipientKind::Funder, { DisclosedItem::TestResults });
    EXPECT_EQ(send(bilanId, id, DisclosedItem::Synthesis).error().code, ErrorCode::Refused);
    EXPECT_TRUE(store().disclosures().disclosures(bilanId).value().isEmpty());

    ASSERT_TRUE(send(bilanId, id, DisclosedItem::TestResults).ok());
    ASSERT_TRUE(DisclosureService(store(), clock).withdrawConsent(id, QDate(2026, 3, 25)).ok());
    EXPECT_EQ(send(bilanId, id, DisclosedItem::TestResults).error().code, ErrorCode::Refused);
    const QList<DisclosureRecord> sent = store().disclosures().disclosures(bilanId).value();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].consentId, id);
    EXPECT_EQ(sent[0].what, DisclosedItem::TestResults);
    EXPECT_EQ(sent[0].sentBy, QStringLiteral("Céline Leca"));
    EXPECT_EQ(sent[0].fileName, QStringLiteral("synthese.pdf"));
    EXPECT_EQ(sent[0].sentAt, clock.now());
}

TEST_P(DisclosureStoreTest, ASynthesisSentToTheCepOperatorIsKeptOneYearAfterTheEnd)
{
    const qint64 bilanId = endedBilan();
    EXPECT_EQ(synthesisState(bilanId), RetentionState::Due);
    const qint64 employer = consent(bilanId, RecipientKind::Employer, { DisclosedItem::Synthesis });
    ASSERT_TRUE(send(bilanId, employer, DisclosedItem::Synthesis).ok());
    EXPECT_EQ(synthesisState(bilanId), RetentionState::Due); // only the CEP operator counts

    const qint64 cep = consent(bilanId, RecipientKind::Cep, { DisclosedItem::Synthesis });
    ASSERT_TRUE(send(bilanId, cep, DisclosedItem::Synthesis).ok());
    const RetentionSchedule schedule = RetentionService(store(), clock).schedule(bilanId).value();
    for (const ContentRetention& content : schedule.contents) {
        if (content.kind == ContentKind::Synthesis) {
            EXPECT_EQ(content.state, RetentionState::Kept);
            EXPECT_EQ(content.dueOn, QDate(2027, 3, 20));
        }
    }
    clock.set(QDateTime(QDate(2027, 3, 20), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(synthesisState(bilanId), RetentionState::Due);
}

PARCOURS_ON_BOTH_BACKENDS(DisclosureStoreTest);

} // namespace
