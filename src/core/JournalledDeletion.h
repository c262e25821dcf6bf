#pragma once

#include <parcours/core/Audit.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Retention.h>

#include <functional>

namespace parcours {

/// How the access log names a deletion: the operation, the kind and id of the record (0: the journal entry the
/// deletion writes) and a fixed key.
struct DeletionAudit {
    AuditOperation operation = AuditOperation::Destroy;
    AuditRecord record = AuditRecord::Journal;
    qint64 id = 0;
    QString what;
};

/**
 * The one way content leaves the database (RetentionService::destroy, ErasureService::erase): in one transaction
 * the rows are deleted, the destruction journal gets its entry (table and file) and the access log its own; when
 * one of them fails nothing is deleted. Stamps the record's uid, time and author; the caller fills what it names
 * (operation, person, bilan, kinds) and scrubs the freed pages afterwards.
 */
Result<DestructionRecord> deleteAndJournal(Repositories& repositories, const Clock& clock, DestructionRecord record,
    const QString& doneBy, const std::function<Result<QMap<ContentKind, int>>()>& deleteRows,
    const DeletionAudit& audit);

} // namespace parcours
