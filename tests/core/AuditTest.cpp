// The audit chain's rules without a database: the hash covers every field and the previous hash, and the walk
// finds an edited, removed, moved or cut entry, and a purge that took recent entries.
#include <parcours/core/Audit.h>

#include <gtest/gtest.h>

#include <functional>

using namespace parcours;
using namespace Qt::StringLiterals;

namespace {

QList<AuditEntry> chain(int count, QString anchorHash = {}, qint64 firstSeq = 1)
{
    QList<AuditEntry> entries;
    QString prev = std::move(anchorHash);
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.seq = firstSeq + i;
        entry.at = QDateTime(QDate(2026, 3, 1), QTime(9, i), Qt::UTC);
        entry.who = u"Céline Leca"_s;
        entry.operation = i % 2 ? AuditOperation::Print : AuditOperation::ReadContent;
        entry.recordKind = AuditRecord::Bilan;
        entry.recordId = 12;
        entry.bilanId = 12;
        entry.what = u"synthesis"_s;
        entry.prevHash = prev;
        entry.hash = audit::hashOf(entry);
        prev = entry.hash;
        entries << entry;
    }
    return entries;
}

AuditAnchor headOf(const QList<AuditEntry>& entries, AuditAnchor anchor = {})
{
    anchor.headSeq = entries.isEmpty() ? anchor.seq : entries.last().seq;
    anchor.headHash = entries.isEmpty() ? anchor.hash : entries.last().hash;
    return anchor;
}

TEST(AuditChain, AnIntactChainVerifies)
{
    const auto entries = chain(4);
    const AuditVerification result = audit::verifyChain(headOf(entries), entries);
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.checked, 4);
    EXPECT_TRUE(audit::verifyChain({}, {}).intact);
}

TEST(AuditChain, TheHashCoversEveryFieldAndIsSha256Hex)
{
    AuditEntry entry = chain(1).first();
    EXPECT_EQ(entry.hash.size(), 64);
    const QString original = entry.hash;
    const QList<std::function<void(AuditEntry&)>> changes {
        [](AuditEntry& e) { e.seq = 2; }, [](AuditEntry& e) { e.at = e.at.addSecs(1); },
        [](AuditEntry& e) { e.who = u"Céline Lecä"_s; }, [](AuditEntry& e) { e.operation = AuditOperation::Export; },
        [](AuditEntry& e) { e.recordKind = AuditRecord::Session; }, [](AuditEntry& e) { e.recordId = 13; },
        [](AuditEntry& e) { e.bilanId = 0; }, [](AuditEntry& e) { e.what = u"receipt"_s; },
        [](AuditEntry& e) { e.prevHash = QString(64, u'0'); },
        // A separator in free text cannot shift a value into the next field.
        [](AuditEntry& e) { e.who = u"Céline Leca\nread-content"_s; } };
    for (const auto& change : changes) {
        AuditEntry changed = entry;
        change(changed);
        EXPECT_NE(audit::hashOf(changed), original);
    }
}

TEST(AuditChain, AnEditedEntryIsFound)
{
    auto entries = chain(4);
    entries[2].who = u"Quelqu'un d'autre"_s;
    const AuditVerification result = audit::verifyChain(headOf(chain(4)), entries);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 3);
}

TEST(AuditChain, ARemovedEntryIsFound)
{
    const auto full = chain(4);
    auto entries = full;
    entries.removeAt(1);
    const AuditVerification result = audit::verifyChain(headOf(full), entries);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 3);
    EXPECT_EQ(result.problem, u"entry 2 is missing"_s);
}

TEST(AuditChain, AnEntryRewrittenToCoverARemovalIsFound)
{
    // Entry 2 removed and entry 3 renumbered 2 (its hash recomputed): its previous hash still names entry 2.
    const auto full = chain(4);
    auto entries = full;
    entries.removeAt(1);
    entries[1].seq = 2;
    entries[1].hash = audit::hashOf(entries[1]);
    const AuditVerification result = audit::verifyChain(headOf(full), entries);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 2);
}

TEST(AuditChain, MovedEntriesAreFound)
{
    const auto full = chain(4);
    auto entries = full;
    std::swap(entries[1].seq, entries[2].seq);
    std::swap(entries[1], entries[2]);
    const AuditVerification result = audit::verifyChain(headOf(full), entries);
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 2);
}

TEST(AuditChain, TheNewestEntriesCutOffAreFound)
{
    const auto full = chain(4);
    const AuditVerification result = audit::verifyChain(headOf(full), full.mid(0, 2));
    EXPECT_FALSE(result.intact);
    EXPECT_EQ(result.brokenAt, 3);
}

TEST(AuditChain, AfterAPurgeTheChainStartsAtTheAnchor)
{
    const auto full = chain(6);
    AuditAnchor anchor;
    anchor.seq = 3;
    anchor.hash = full[2].hash;
    anchor.lastAt = full[2].at;
    anchor.purgedAt = full[2].at.addMonths(13);
    const auto kept = full.mid(3);
    EXPECT_TRUE(audit::verifyChain(headOf(kept, anchor), kept).intact);
    // An anchor that does not match the first entry kept (entries purged and others removed with them).
    anchor.hash = full[1].hash;
    EXPECT_FALSE(audit::verifyChain(headOf(kept, anchor), kept).intact);
    // A purge that took entries younger than twelve months.
    anchor.hash = full[2].hash;
    anchor.purgedAt = full[2].at.addMonths(6);
    const AuditVerification early = audit::verifyChain(headOf(kept, anchor), kept);
    EXPECT_FALSE(early.intact);
    EXPECT_EQ(early.brokenAt, 3);
}

TEST(AuditChain, KeysRoundTrip)
{
    for (auto operation : { AuditOperation::ReadContent, AuditOperation::Export, AuditOperation::Print,
             AuditOperation::Delete, AuditOperation::Destroy, AuditOperation::Restore, AuditOperation::Purge })
        EXPECT_EQ(fromKey<AuditOperation>(toKey(operation)), operation);
    EXPECT_EQ(toKey(AuditOperation::ReadContent), u"read-content"_s);
    EXPECT_FALSE(fromKey<AuditRecord>(u"name"_s).has_value());
}

} // namespace
