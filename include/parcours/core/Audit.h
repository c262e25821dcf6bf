#pragma once

#include <parcours/core/Enums.h>
#include <parcours/core/Result.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/** What was done with a beneficiary's data (docs/protection.md, "The audit log"). */
enum class AuditOperation {
    ReadContent, ///< bilan content shown (a tab opened, a CLI command printing it)
    Export, ///< a file written from the data (JSON, iCalendar, backup, encrypted copy)
    Print, ///< a PDF written or a document sent to a printer
    Delete, ///< a record deleted
    Destroy, ///< bilan content destroyed or a person erased (the destruction journal has the details)
    Restore, ///< a backup restored over the database
    Purge, ///< audit entries older than the retention period removed
};
QString toKey(AuditOperation value); ///< "read-content", "export", "print", "delete", "destroy", "restore", "purge"
template<> std::optional<AuditOperation> fromKey<AuditOperation>(QStringView key);

/** The kind of record an entry names. Ids only: never a name, a note or any content. */
enum class AuditRecord { None, Client, Bilan, Session, Journal };
QString toKey(AuditRecord value); ///< "none", "client", "bilan", "session", "journal"
template<> std::optional<AuditRecord> fromKey<AuditRecord>(QStringView key);

/**
 * One entry of the audit log. `what` is a fixed key written by the code ("synthesis", "session-notes",
 * "backup"…), never text typed by anyone. `hash` is SHA-256 (hex) over the canonical form of the entry, which
 * includes `prevHash`, the hash of the entry before it: a removed, edited or moved entry breaks the chain.
 */
struct AuditEntry {
    qint64 seq = 0; ///< 1, 2, 3… without gaps
    QDateTime at; ///< UTC, to the second
    QString who; ///< the consultant's profile: the name in the settings (solo), the PostgreSQL login (cabinet)
    AuditOperation operation = AuditOperation::ReadContent;
    AuditRecord recordKind = AuditRecord::None;
    qint64 recordId = 0;
    qint64 bilanId = 0; ///< the bilan the record belongs to, 0 when none
    QString what;
    QString prevHash;
    QString hash;
};

/** Where the chain starts: the last entry purged (seq 0 and the empty hash before any purge). */
struct AuditAnchor {
    qint64 seq = 0;
    QString hash;
    QDateTime lastAt; ///< UTC time of the last purged entry
    QDateTime purgedAt; ///< UTC time of the purge
    qint64 headSeq = 0; ///< the last entry written
    QString headHash;
};

/** Which entries to list. */
struct AuditFilter {
    std::optional<qint64> bilanId;
    QDate since; ///< entries on or after this day (UTC); null for all
};

/** The result of walking the chain. */
struct AuditVerification {
    bool intact = true;
    int checked = 0; ///< entries read
    qint64 brokenAt = 0; ///< the seq of the first entry that does not fit, 0 when intact
    QString problem; ///< in words (translated), empty when intact
};

namespace audit {

/// Entries are kept this many months, then purged.
inline constexpr int kRetentionMonths = 12;

/// The canonical serialisation the hash covers: one field a line, free text percent-encoded.
QByteArray canonical(const AuditEntry& entry);
/// SHA-256 (lower-case hex) of canonical(entry).
QString hashOf(const AuditEntry& entry);
/// Walks the entries (in seq order, as read) from the anchor: each must follow the previous seq, carry the
/// previous hash and hash to its own hash. The first break is reported.
AuditVerification verifyChain(const AuditAnchor& anchor, const QList<AuditEntry>& entries);

} // namespace audit

} // namespace parcours
