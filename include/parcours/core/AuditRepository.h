#pragma once

#include <parcours/core/Audit.h>

namespace parcours {

/** The head of the chain: the last entry written (seq 0 and the anchor's hash when none is left). */
struct AuditTail {
    qint64 seq = 0;
    QString hash;
};

/**
 * Storage of the audit log (audit_entry, audit_anchor). The tables refuse updates and deletes themselves
 * (triggers); the purge is the one way entries leave, the anchor moving past them first.
 */
class AuditRepository {
public:
    virtual ~AuditRepository() = default;

    /// The last entry written, read in the caller's write transaction; on PostgreSQL it also takes the lock that
    /// makes appends one after the other (two workstations never chain to the same entry).
    virtual Result<AuditTail> tail() = 0;
    /// One INSERT; the database refuses an entry that does not follow the tail.
    virtual Result<void> append(const AuditEntry& entry) = 0;
    /// Entries in seq order (those the connection may read: a cabinet's consultant reads their own).
    virtual Result<QList<AuditEntry>> entries(const AuditFilter& filter) = 0;
    virtual Result<AuditAnchor> anchor() = 0;
    /// Removes the entries done before `cutoff` (UTC; only a prefix of the chain), moving the anchor to the last
    /// of them first. How many were removed.
    virtual Result<int> purgeBefore(const QDateTime& cutoff, const QDateTime& now) = 0;
    /// The PostgreSQL login of the connection; empty on SQLite.
    virtual Result<QString> login() = 0;
    /// Whether this connection reads every entry (false for a cabinet's consultant who is not a manager).
    virtual Result<bool> readsEveryEntry() = 0;
};

} // namespace parcours
