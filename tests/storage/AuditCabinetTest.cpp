// The audit log in a cabinet: every consultant appends under their own login and reads only their entries; nobody
// but the owner changes or deletes one; a manager reads and verifies the whole chain.
#include "CabinetTestSupport.h"
#include "StorageTestSupport.h"

#include <parcours/core/AuditService.h>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

using AuditCabinetTest = CabinetTest;

TEST_F(AuditCabinetTest, ConsultantsAppendAndReadTheirOwnEntriesAndAManagerVerifiesTheWholeChain)
{
    ManualClock clock(QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
    auto aliceStore = Store::open(as(alice));
    auto bobStore = Store::open(as(bob));
    auto miaStore = Store::open(as(mia));
    ASSERT_TRUE(aliceStore.ok() && bobStore.ok() && miaStore.ok());
    AuditService aliceLog(*aliceStore.value(), clock);
    AuditService bobLog(*bobStore.value(), clock);
    AuditService miaLog(*miaStore.value(), clock);
    ASSERT_TRUE(aliceLog.record(AuditOperation::ReadContent, AuditRecord::Bilan, 7, u"synthesis"_s).ok());
    ASSERT_TRUE(bobLog.record(AuditOperation::Print, AuditRecord::Bilan, 9, u"synthesis"_s).ok());
    ASSERT_TRUE(aliceLog.record(AuditOperation::Export, AuditRecord::None, 0, u"icalendar"_s).ok());

    auto aliceSees = aliceLog.list();
    ASSERT_TRUE(aliceSees.ok());
    ASSERT_EQ(aliceSees->size(), 2);
    EXPECT_EQ(aliceSees->at(0).who, alice);
    EXPECT_EQ(bobLog.list()->size(), 1);
    // A consultant sees only part of the chain: the verification is the manager's.
    auto refused = aliceLog.verify();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);

    auto all = miaLog.list();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3);
    auto verified = miaLog.verify();
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
    EXPECT_EQ(verified->checked, 3);

    // Through raw SQL: no change, no deletion, no entry under someone else's name, no move of the anchor.
    RawConnection asBob(m_database->location(), bob);
    QString error;
    int rows = -1;
    EXPECT_FALSE(asBob.exec(u"UPDATE audit_entry SET who = 'x'"_s, &error));
    EXPECT_FALSE(asBob.exec(u"DELETE FROM audit_entry"_s, &error));
    EXPECT_FALSE(asBob.exec(u"UPDATE audit_anchor SET seq = 3"_s, &error));
    EXPECT_FALSE(asBob.exec(u"INSERT INTO audit_entry (seq, done_at, who, operation, record_kind, prev_hash, hash) "
                            u"VALUES (4, '2026-02-03T09:00:00Z', '%1', 'export', 'none', '', '%2')"_s.arg(alice, QString(64, u'a')),
        &error, &rows));
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM audit_entry"_s), 1);
    // The purge runs for anyone (nothing is twelve months old here) without giving them the right to delete.
    auto purged = bobLog.purge();
    ASSERT_TRUE(purged.ok()) << purged.error().message.toStdString();
    EXPECT_EQ(purged.value(), 0);
    EXPECT_EQ(miaLog.list()->size(), 3);
}

} // namespace
