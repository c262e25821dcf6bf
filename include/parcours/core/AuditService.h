#pragma once

#include <parcours/core/Audit.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

namespace parcours {

/**
 * The audit log (docs/protection.md). Every front end calls `record` before it shows bilan content, writes an
 * export or a PDF, prints, deletes, destroys or restores; when the entry cannot be written the action must be
 * refused (the log is only worth something if nothing happens without it).
 *
 *     AuditService audit(repositories, clock);
 *     if (auto logged = audit.record(AuditOperation::Export, AuditRecord::Client, clientId, u"portability"_s); !logged)
 *         return logged.error(); // nothing exported
 */
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    AuditService(Repositories& repositories, const Clock& clock);

    /// Appends one entry (in its own transaction, or the caller's). `what` is a fixed key of the code
    /// ("synthesis", "backup"…, 40 characters at most), never a user's text. The bilan of a session or a journal
    /// entry is looked up so that `list --bilan` finds it.
    Result<void> record(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what = {});
    /// Entries in seq order.
    Result<QList<AuditEntry>> list(const AuditFilter& filter = {});
    /// Walks the whole chain from the anchor to the head. A cabinet's consultant who is not a manager sees only
    /// their own entries and cannot verify the chain: Refused.
    Result<AuditVerification> verify();
    /// Removes the entries older than audit::kRetentionMonths (by the clock), then logs the purge. How many went.
    Result<int> purge();
    Result<AuditAnchor> anchor();

    /// The time of the clock in UTC (the clock gives the consultant's wall clock).
    QDateTime nowUtc() const;

private:
    Result<QString> who();
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
