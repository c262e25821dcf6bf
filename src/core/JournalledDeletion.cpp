#include "JournalledDeletion.h"

#include <parcours/core/AuditService.h>
#include <parcours/core/RetentionRepository.h>

#include <QCoreApplication>
#include <QUuid>

namespace parcours {

Result<DestructionRecord> deleteAndJournal(Repositories& repositories, const Clock& clock, DestructionRecord record,
    const QString& doneBy, const std::function<Result<QMap<ContentKind, int>>()>& deleteRows,
    const DeletionAudit& audit)
{
    record.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.doneAt = clock.now();
    record.doneBy = doneBy;
    auto done = repositories.transact([&]() -> Result<void> {
        auto counts = deleteRows();
        if (!counts)
            return counts.error();
        record.counts = counts.value();
        auto id = repositories.retention().addDestruction(record);
        if (!id)
            return id.error();
        record.id = id.value();
        // No deletion without its entry in the access log, and no entry for a deletion that did not happen.
        auto logged = AuditService(repositories, clock)
                          .record(audit.operation, audit.record, audit.id != 0 ? audit.id : record.id, audit.what);
        if (!logged) {
            return makeError(logged.error().code,
                QCoreApplication::translate("parcours::JournalledDeletion",
                    "Nothing was deleted: the access log could not be written (an auditor must be able to trust it). %1")
                    .arg(logged.error().message));
        }
        return success();
    });
    if (!done)
        return done.error();
    return record;
}

} // namespace parcours
