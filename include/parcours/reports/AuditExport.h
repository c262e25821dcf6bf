#pragma once

#include <parcours/core/Audit.h>

#include <QJsonObject>

namespace parcours {

/// One entry as JSON (`parcours-cli audit list --json`): seq, done_at (UTC), who, operation, record_kind,
/// record_id, bilan_id, what, prev_hash, hash.
QJsonObject auditEntryJson(const AuditEntry& entry);
/// The entries as CSV (UTF-8 with BOM, ';' between fields as French spreadsheets expect), header first, every
/// field of the chain so that an auditor can check the hashes elsewhere.
QByteArray auditCsv(const QList<AuditEntry>& entries);
/// Writes auditCsv to `path` (0600, whole or not at all).
Result<void> writeAuditCsv(const QList<AuditEntry>& entries, const QString& path);

} // namespace parcours
