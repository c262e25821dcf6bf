// The right to erasure on a real database, on both backends: the person goes entirely, or down to the
// administrative proof; refused while a bilan is open and, entirely, once invoiced; no byte left behind (SQLite) and
// no restore brings the person back.
#include "PersonFixture.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/ErasureService.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/storage/Backups.h>

#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

const QString kNameMarker = QStringLiteral("Nom-7d-e7a5e-Kerhervé");

class ErasureStoreTest : public StoreTest {
protected:
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
    bool sqlite() const { return GetParam() == Backend::Sqlite; }
};

TEST_P(ErasureStoreTest, FullErasureDeletesThePersonAndEverythingUnderThem)
{
    const FilledPerson person = fillPerson(store(), clock, kNameMarker);
    const QString path = database().location().path;
    if (sqlite()) {
        EXPECT_TRUE(sqliteFilesHold(path, kNameMarker)) << "the search must find the name before, or it proves nothing";
    }
    ErasureService erasure(store(), clock);
    const ErasurePlan plan = erasure.plan(person.clientId, false).value();
    EXPECT_TRUE(plan.refusal.isEmpty());
    EXPECT_TRUE(plan.kept.isEmpty());
    EXPECT_GE(plan.deleted.size(), 10);

    auto erased = erasure.erase(person.clientId, false, QStringLiteral("Céline Leca"));
    ASSERT_TRUE(erased.ok()) << erased.error().message.toStdString();
    EXPECT_EQ(erased->operation, DestructionOperation::EraseClient);
    EXPECT_EQ(clientCount(store()), 0);
    EXPECT_FALSE(store().clients().get(person.clientId).ok());
    const QMap<QString, int> left = store().retention().personRows(person.clientId).value();
    EXPECT_TRUE(left.isEmpty()) << left.keys().join(u' ').toStdString();
    const QList<DestructionRecord> journal = store().retention().destructionsOfClient(person.clientId).value();
    ASSERT_FALSE(journal.isEmpty());
    EXPECT_EQ(journal.last().operation, DestructionOperation::EraseClient);
    if (sqlite()) {
        EXPECT_FALSE(sqliteFilesHold(path, kNameMarker));
        EXPECT_FALSE(sqliteFilesHold(path, kPersonMarker));
    }
}

TEST_P(ErasureStoreTest, KeepingTheProofKeepsTheNameAttendanceInvoicesAndScoresOnly)
{
    const FilledPerson person = fillPerson(store(), clock);
    ASSERT_GT(invoicePerson(store(), clock, person), 0);
    ErasureService erasure(store(), clock);
    const ErasurePlan full = erasure.plan(person.clientId, false).value();
    EXPECT_TRUE(full.proofRequired);
    auto refused = erasure.erase(person.clientId, false, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("invoices")));
    EXPECT_EQ(clientCount(store()), 1);

    const ErasurePlan plan = erasure.plan(person.clientId, true).value();
    EXPECT_TRUE(plan.refusal.isEmpty());
    EXPECT_EQ(plan.identityCleared.size(), 3);
    QStringList kept;
    for (const ErasureLine& line : plan.kept)
        kept << line.table;
    for (const char* table : { "client", "bilan", "session", "invoice", "payment", "evaluation_score" })
        EXPECT_TRUE(kept.contains(QString::fromLatin1(table))) << table;

    ASSERT_TRUE(erasure.erase(person.clientId, true, QStringLiteral("Céline Leca")).ok());
    const Client client = store().clients().get(person.clientId).value();
    EXPECT_EQ(client.lastName, QStringLiteral("Morvan"));
    EXPECT_TRUE(client.email.isEmpty());
    EXPECT_TRUE(client.phone.isEmpty());
    EXPECT_FALSE(client.birthDate.isValid());
    EXPECT_EQ(store().sessions().forBilan(person.bilanId).value().size(), 1);
    EXPECT_TRUE(store().retention().contentRows(person.bilanId).value().isEmpty());
    const QMap<QString, int> left = store().retention().personRows(person.clientId).value();
    EXPECT_FALSE(left.contains(QStringLiteral("client_contact")));
    EXPECT_EQ(left.value(QStringLiteral("invoice")), 1);
    const auto evaluation = QualityService(store(), clock).evaluation(person.bilanId, EvaluationKind::End).value();
    ASSERT_TRUE(evaluation.has_value());
    EXPECT_EQ(evaluation->scores.value(QStringLiteral("q1")), 5);
    // The search finds the person by name only.
    ClientQuery query;
    query.search = QStringLiteral("example.org");
    EXPECT_TRUE(store().clients().summaries(query, clock.now()).value().isEmpty());
    if (sqlite()) {
        const QString path = database().location().path;
        EXPECT_FALSE(sqliteFilesHold(path, kPersonMarker));
        EXPECT_FALSE(sqliteFilesHold(path, QStringLiteral("anais.morvan@example.org")));
    }
}

TEST_P(ErasureStoreTest, APersonWithAnOpenBilanIsNotErased)
{
    Client client;
    client.lastName = QStringLiteral("Ortiz");
    client.firstName = QStringLiteral("Inès");
    client.email = QStringLiteral("ines@example.org");
    const qint64 clientId = ClientService(store(), clock).add(client).value();
    ASSERT_TRUE(BilanService(store(), clock).open(clientId, Funding::Cpf, QDate(2026, 3, 2)).ok());
    ErasureService erasure(store(), clock);
    for (bool keepProof : { false, true }) {
        auto refused = erasure.erase(clientId, keepProof, QString());
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    }
    EXPECT_EQ(store().clients().get(clientId).value().email, QStringLiteral("ines@example.org"));
    EXPECT_TRUE(store().retention().destructionsOfClient(clientId).value().isEmpty());
}

PARCOURS_ON_BOTH_BACKENDS(ErasureStoreTest);

TEST(ErasureRestoreTest, ARestoredBackupDoesNotBringAnErasedPersonBack)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    ManualClock clock { QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC) };
    QString backup;
    {
        auto store = Store::open(fileAt(path)).value();
        const FilledPerson erased = fillPerson(*store, clock, kNameMarker);
        const FilledPerson reduced = fillPerson(*store, clock, QStringLiteral("Réduite"));
        Client other;
        other.lastName = QStringLiteral("Gardé");
        other.firstName = QStringLiteral("Jean");
        ASSERT_TRUE(ClientService(*store, clock).add(other).ok());
        backup = Backups::of(fileAt(path)).value().create(*store, BackupKind::Manual, clock).value().path;
        EXPECT_TRUE(bytesOfFile(backup).contains(kNameMarker.toUtf8()));
        ErasureService erasure(*store, clock);
        ASSERT_TRUE(erasure.erase(erased.clientId, false, QString()).ok());
        ASSERT_TRUE(erasure.erase(reduced.clientId, true, QString()).ok());
    }
    EXPECT_FALSE(sqliteFilesHold(path, kNameMarker));
    ASSERT_TRUE(Backups::of(fileAt(path)).value().restore(backup, clock).ok());
    EXPECT_FALSE(sqliteFilesHold(path, kNameMarker));
    EXPECT_FALSE(sqliteFilesHold(path, kPersonMarker));
    auto store = Store::open(fileAt(path)).value();
    EXPECT_EQ(clientCount(*store), 2); // the reduced person and the one no one erased
    ClientQuery query;
    query.search = QStringLiteral("Réduite");
    const QList<ClientSummary> found = store->clients().summaries(query, clock.now()).value();
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().email.isEmpty());
}

} // namespace
