// The audit log on a real database, on both backends: entries chain, the tables refuse changes, tampering through
// raw SQL (the guards dropped first, as someone with the file or the owner's password could) is found, and the
// 12-month purge keeps the chain verifiable from its anchor.
#include "Database.h"
#include "SqlQuery.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/AuditRepository.h>
#include <parcours/core/AuditService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>

#include <gmock/gmock.h>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class AuditStoreTest : public StoreTest {
protected:
    /// A bilan with one session; its ids.
    std::pair<qint64, qint64> bilanWithSession()
    {
        ClientService clients(store(), clock);
        Client client;
        client.lastName = u"Morvan"_s;
        client.firstName = u"Anaïs"_s;
        const qint64 clientId = clients.add(client).value();
        const qint64 bilanId = BilanService(store(), clock).open(clientId, Funding::Personal, clock.today()).value();
        Session session;
        session.bilanId = bilanId;
        session.phase = Phase::Preliminary;
        session.startsAt = wallClock(clock.today(), QTime(10, 0));
        session.plannedMinutes = 60;
        return { bilanId, SessionService(store(), clock).add(session).value() };
    }
    /// Five entries: reads, a print, an export, a deletion.
    void fiveEntries()
    {
        const auto [bilanId, sessionId] = bilanWithSession();
        AuditService audit(store(), clock);
        ASSERT_TRUE(audit.record(AuditOperation::ReadContent, AuditRecord::Bilan, bilanId, u"synthesis"_s).ok());
        ASSERT_TRUE(audit.record(AuditOperation::Print, AuditRecord::Bilan, bilanId, u"synthesis"_s).ok());
        ASSERT_TRUE(audit.record(AuditOperation::Export, AuditRecord::None, 0, u"backup"_s).ok());
        ASSERT_TRUE(audit.record(AuditOperation::ReadContent, AuditRecord::Session, sessionId, u"session-notes"_s).ok());
        ASSERT_TRUE(SessionService(store(), clock).remove(sessionId).ok());
    }
    bool exec(const QString& sql)
    {
        auto done = execStatement(store().database(), sql);
        EXPECT_TRUE(done.ok()) << sql.toStdString() << ": " << (done ? std::string() : done.error().message.toStdString());
        return done.ok();
    }
    /// What someone who can change the schema does first.
    void dropGuards()
    {
        if (GetParam() == Backend::Sqlite) {
            for (const QString& trigger : { u"audit_entry_no_update"_s, u"audit_entry_no_delete"_s, u"audit_entry_chain"_s })
                exec(u"DROP TRIGGER "_s + trigger);
        } else {
            exec(u"DROP TRIGGER audit_entry_append_only ON audit_entry"_s);
            exec(u"DROP TRIGGER audit_entry_chain ON audit_entry"_s);
        }
    }
    AuditVerification verify()
    {
        auto result = AuditService(store(), clock).verify();
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.valueOr(AuditVerification {});
    }
    ManualClock clock { QDateTime(QDate(2025, 1, 10), QTime(9, 30), Qt::UTC) };
};

TEST_P(AuditStoreTest, EntriesNameTheRecordWhoAndWhenAndChainUp)
{
    ASSERT_TRUE(Settings(store().settings()).setValue(settingKeys::consultantName, u"Céline Leca"_s).ok());
    fiveEntries();
    auto entries = AuditService(store(), clock).list();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 5);
    const AuditEntry& read = entries->at(0);
    EXPECT_EQ(read.seq, 1);
    EXPECT_EQ(read.operation, AuditOperation::ReadContent);
    EXPECT_EQ(read.recordKind, AuditRecord::Bilan);
    EXPECT_EQ(read.what, u"synthesis"_s);
    EXPECT_EQ(read.at, QDateTime(QDate(2025, 1, 10), QTime(8, 30), Qt::UTC)); // 9:30 in Paris
    if (GetParam() == Backend::Sqlite) {
        EXPECT_EQ(read.who, u"Céline Leca"_s); // the consultant's name from the settings
    } else {
        EXPECT_EQ(read.who, store().audit().login().value()); // the PostgreSQL login
    }
    EXPECT_FALSE(read.who.isEmpty());
    EXPECT_TRUE(read.prevHash.isEmpty());
    EXPECT_EQ(entries->at(1).prevHash, read.hash);
    // The deleted session's entries still say which bilan it belonged to.
    const AuditEntry& deletion = entries->at(4);
    EXPECT_EQ(deletion.operation, AuditOperation::Delete);
    EXPECT_EQ(deletion.recordKind, AuditRecord::Session);
    EXPECT_EQ(deletion.bilanId, read.recordId);
    AuditFilter ofBilan;
    ofBilan.bilanId = read.recordId;
    EXPECT_EQ(AuditService(store(), clock).list(ofBilan)->size(), 4); // not the backup
    const AuditVerification result = verify();
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.checked, 5);
}

TEST_P(AuditStoreTest, TheTablesRefuseEveryChangeAndEveryEntryOutOfTheChain)
{
    fiveEntries();
    for (const QString& sql : { u"UPDATE audit_entry SET who = 'x' WHERE seq = 2"_s, u"DELETE FROM audit_entry WHERE seq = 5"_s,
             u"DELETE FROM audit_entry"_s,
             u"UPDATE audit_anchor SET head_seq = 1"_s, u"DELETE FROM audit_anchor"_s,
             u"INSERT INTO audit_entry (seq, done_at, operation, record_kind, prev_hash, hash) VALUES "
             u"(9, '2025-01-10T08:30:00Z', 'export', 'none', '', '%1')"_s.arg(QString(64, u'a')) }) {
        EXPECT_FALSE(execStatement(store().database(), sql).ok()) << sql.toStdString();
    }
    EXPECT_EQ(AuditService(store(), clock).list()->size(), 5);
    EXPECT_TRUE(verify().intact);
}

TEST_P(AuditStoreTest, AnEditedEntryIsFound)
{
    fiveEntries();
    dropGuards();
    exec(u"UPDATE audit_entry SET record_id = record_id + 1 WHERE seq = 2"_s);
    const AuditVerification result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 2);
    EXPECT_THAT(result.problem.toStdString(), ::testing::HasSubstr("changed"));
}

TEST_P(AuditStoreTest, AnEntryRemovedFromTheMiddleIsFound)
{
    fiveEntries();
    dropGuards();
    exec(u"DELETE FROM audit_entry WHERE seq = 3"_s);
    const AuditVerification result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 4);
    EXPECT_THAT(result.problem.toStdString(), ::testing::HasSubstr("missing"));
}

TEST_P(AuditStoreTest, TheNewestEntryRemovedIsFound)
{
    fiveEntries();
    dropGuards();
    exec(u"DELETE FROM audit_entry WHERE seq = 5"_s);
    const AuditVerification result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 5);
}

TEST_P(AuditStoreTest, EntriesPutInAnotherOrderAreFound)
{
    fiveEntries();
    dropGuards();
    // Swap the contents of entries 2 and 3, each keeping its hash: as if they had been written the other way round.
    exec(u"UPDATE audit_entry SET seq = 100 WHERE seq = 2"_s);
    exec(u"UPDATE audit_entry SET seq = 2 WHERE seq = 3"_s);
    exec(u"UPDATE audit_entry SET seq = 3 WHERE seq = 100"_s);
    const AuditVerification result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 2);
}

TEST_P(AuditStoreTest, ThePurgeTakesWhatIsOlderThanTwelveMonthsAndTheChainStillVerifies)
{
    fiveEntries(); // 10 January 2025
    AuditService audit(store(), clock);
    clock.set(QDateTime(QDate(2025, 6, 2), QTime(14, 0), Qt::UTC));
    ASSERT_TRUE(audit.record(AuditOperation::Print, AuditRecord::None, 0, u"quality-registers"_s).ok());
    clock.set(QDateTime(QDate(2026, 1, 9), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(audit.purge().value(), 0); // one day short of twelve months
    clock.set(QDateTime(QDate(2026, 1, 11), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(audit.purge().value(), 5);
    auto entries = audit.list();
    ASSERT_EQ(entries->size(), 2); // June's print, and the purge itself
    EXPECT_EQ(entries->at(0).seq, 6);
    EXPECT_EQ(entries->at(1).operation, AuditOperation::Purge);
    const AuditAnchor anchor = audit.anchor().value();
    EXPECT_EQ(anchor.seq, 5);
    EXPECT_EQ(entries->at(0).prevHash, anchor.hash);
    AuditVerification result = verify();
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.checked, 2);
    EXPECT_EQ(audit.purge().value(), 0); // nothing more is due

    // Tampering after a purge is still found.
    dropGuards();
    exec(u"UPDATE audit_entry SET who = 'someone else' WHERE seq = 6"_s);
    result = verify();
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 6);
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(AuditStoreTest);
