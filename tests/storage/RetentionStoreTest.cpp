// Retention on a real database, on both backends: consents move the schedule, destruction deletes the content and
// journals it, and (SQLite) no byte of the destroyed text is left in the database file or its WAL.
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/core/WallClock.h>
#include <parcours/storage/Backups.h>

#include <QFile>
#include <QLocale>

using namespace parcours;
using namespace parcours::test;

namespace {

const QString kMarker = QStringLiteral("MARQUEUR-7b-c0ffee-souvenir-douloureux");

/// A bilan with a session note and a synthesis section holding the marker, closed on 20 March 2026.
qint64 endedBilanWithMarker(Store& store, const Clock& clock)
{
    ClientService clients(store, clock);
    BilanService bilans(store, clock);
    SessionService sessions(store, clock);
    Client client;
    client.lastName = QStringLiteral("Morvan");
    client.firstName = QStringLiteral("Anaïs");
    const qint64 clientId = clients.add(client).value();
    const qint64 bilanId = bilans.open(clientId, Funding::Personal, QDate(2026, 3, 2)).value();
    Session session;
    session.bilanId = bilanId;
    session.phase = Phase::Preliminary;
    session.startsAt = wallClock(QDate(2026, 3, 2), QTime(10, 0));
    session.plannedMinutes = 120;
    const qint64 sessionId = sessions.add(session).value();
    EXPECT_TRUE(sessions.log(sessionId, SessionLog { SessionStatus::Done, 120, QStringLiteral("Note : ") + kMarker }).ok());
    SynthesisService syntheses(store, clock);
    const SynthesisVersion version = syntheses.currentOrStart(bilanId).value();
    auto set = syntheses.setSectionBody(version.id, version.version, QStringLiteral("circumstances"),
        RichText::fromPlainText(QStringLiteral("Synthèse ") + kMarker));
    EXPECT_TRUE(set.ok()) << set.error().message.toStdString();
    EXPECT_TRUE(BilanEndService(store, clock).close(bilanId, QDate(2026, 3, 20)).ok());
    return bilanId;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool markerIn(const QString& databasePath)
{
    const QByteArray marker = kMarker.toUtf8();
    return bytesOf(databasePath).contains(marker) || bytesOf(databasePath + QStringLiteral("-wal")).contains(marker);
}

class RetentionStoreTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
};

TEST_P(RetentionStoreTest, AConsentKeepsOneKindAndTheRestIsDue)
{
    const qint64 bilanId = endedBilanWithMarker(store(), clock);
    RetentionService retention(store(), clock);
    RetentionSchedule schedule = retention.schedule(bilanId).value();
    EXPECT_EQ(schedule.endDate, QDate(2026, 3, 20));
    EXPECT_EQ(schedule.due(), (QList<ContentKind> { ContentKind::SessionNotes, ContentKind::Synthesis }));

    RetentionConsent consent;
    consent.bilanId = bilanId;
    consent.content = ContentKind::Synthesis;
    consent.signedOn = QDate(2026, 3, 20);
    consent.scope = QStringLiteral("Pour l'entretien de suivi");
    consent.keepUntil = QDate(2027, 6, 1); // beyond one year after the end: refused
    auto refused = retention.recordConsent(consent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("keep_until"));
    consent.keepUntil = QDate(2026, 9, 20);
    const qint64 consentId = retention.recordConsent(consent).value();
    schedule = retention.schedule(bilanId).value();
    EXPECT_EQ(schedule.due(), QList<ContentKind> { ContentKind::SessionNotes });
    const auto synthesis = std::find_if(schedule.contents.cbegin(), schedule.contents.cend(),
        [](const ContentRetention& content) { return content.kind == ContentKind::Synthesis; });
    ASSERT_NE(synthesis, schedule.contents.cend());
    EXPECT_EQ(synthesis->state, RetentionState::Kept);
    EXPECT_EQ(synthesis->dueOn, QDate(2026, 9, 20));

    ASSERT_TRUE(retention.withdrawConsent(consentId, QDate(2026, 3, 24)).ok());
    EXPECT_EQ(retention.schedule(bilanId).value().due().size(), 2);
    const QList<RetentionDueItem> due = retention.due().value();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().bilanId, bilanId);
    EXPECT_EQ(due.first().clientName, QStringLiteral("Anaïs Morvan"));
}

TEST_P(RetentionStoreTest, DestructionDeletesTheContentKeepsTheProofAndLeavesNoByteBehind)
{
    const qint64 bilanId = endedBilanWithMarker(store(), clock);
    const bool sqlite = GetParam() == Backend::Sqlite;
    const QString path = database().location().path;
    if (sqlite) {
        EXPECT_TRUE(markerIn(path)) << "the marker must be found before, or the search proves nothing";
    }

    RetentionService retention(store(), clock);
    auto destroyed = retention.destroy(bilanId, {}, QStringLiteral("Céline Leca"));
    ASSERT_TRUE(destroyed.ok()) << destroyed.error().message.toStdString();
    const DestructionRecord record = store().retention().destructions(bilanId).value().value(0);
    EXPECT_EQ(record.counts.value(ContentKind::SessionNotes), 1);
    EXPECT_GE(record.counts.value(ContentKind::Synthesis), 2); // the version and its section(s)
    EXPECT_EQ(record.doneBy, QStringLiteral("Céline Leca"));

    const RetentionSchedule after = retention.schedule(bilanId).value();
    EXPECT_TRUE(after.due().isEmpty());
    EXPECT_EQ(store().sessions().forBilan(bilanId).value().size(), 1); // attendance is proof: kept
    EXPECT_TRUE(retention.due().value().isEmpty());
    if (sqlite) {
        EXPECT_FALSE(markerIn(path));
    }
}

TEST_P(RetentionStoreTest, AnOpenBilanIsNotDestroyed)
{
    ClientService clients(store(), clock);
    Client client;
    client.lastName = QStringLiteral("Ortiz");
    client.firstName = QStringLiteral("Inès");
    const qint64 bilanId = BilanService(store(), clock).open(clients.add(client).value(), Funding::Cpf,
        QDate(2026, 3, 2)).value();
    auto refused = RetentionService(store(), clock).destroy(bilanId, {}, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(store().retention().destructions(bilanId).value().isEmpty());
}

TEST_P(RetentionStoreTest, AProspectIsDueThreeYearsAfterTheLastContact)
{
    ClientService clients(store(), clock);
    Client client;
    client.lastName = QStringLiteral("Prospect");
    client.firstName = QStringLiteral("Léa");
    const qint64 clientId = clients.add(client).value();
    RetentionService retention(store(), clock);
    ASSERT_TRUE(retention.recordContact(ClientContact { 0, clientId, ContactKind::Call, QDate(2026, 3, 25) }).ok());
    EXPECT_TRUE(retention.due().value().isEmpty());
    clock.set(QDateTime(QDate(2029, 3, 24), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(retention.due().value().isEmpty()); // the day before its 3 years
    clock.set(QDateTime(QDate(2029, 3, 25), QTime(9, 0), Qt::UTC));
    const QList<RetentionDueItem> due = retention.due().value();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().what, RetentionDueItem::What::Prospect);
    EXPECT_EQ(due.first().lastContact, QDate(2026, 3, 25));
}

PARCOURS_ON_BOTH_BACKENDS(RetentionStoreTest);

TEST(RetentionRestoreTest, ARestoredBackupDoesNotBringDestroyedContentBack)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
    qint64 bilanId = 0;
    QString backup;
    {
        auto store = Store::open(fileAt(path)).value();
        bilanId = endedBilanWithMarker(*store, clock);
        backup = Backups::of(fileAt(path)).value().create(*store, BackupKind::Manual, clock).value().path;
        EXPECT_TRUE(bytesOf(backup).contains(kMarker.toUtf8()));
        ASSERT_TRUE(RetentionService(*store, clock).destroy(bilanId, {}, QStringLiteral("Céline Leca")).ok());
    }
    EXPECT_FALSE(markerIn(path));
    ASSERT_TRUE(Backups::of(fileAt(path)).value().restore(backup, clock).ok());
    EXPECT_FALSE(markerIn(path));
    auto store = Store::open(fileAt(path)).value();
    EXPECT_TRUE(store->retention().contentRows(bilanId).value().isEmpty());
    EXPECT_EQ(store->retention().destructions(bilanId).value().size(), 1);
    EXPECT_EQ(clientCount(*store), 1);
}

} // namespace
