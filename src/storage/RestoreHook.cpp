#include "RestoreHook.h"

#include "Database.h"
#include "DestructionJournal.h"

namespace parcours {

Result<void> afterRestoreBeforeOpen(Database& restored, const QString& journalFile)
{
    // Every destruction recorded beside the live database is applied again, oldest first: content destroyed
    // after the backup was made stays destroyed. Entries already applied in the copy delete nothing.
    auto journal = readJournal(journalFile);
    if (!journal)
        return journal.error();
    if (journal->isEmpty())
        return success();
    auto transaction = WriteTransaction::begin(restored);
    if (!transaction)
        return transaction.error();
    for (const DestructionRecord& record : journal.value()) {
        if (auto applied = reapply(restored, record); !applied)
            return applied.error();
    }
    return transaction->commit();
}

} // namespace parcours
