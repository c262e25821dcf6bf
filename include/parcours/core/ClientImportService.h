#pragma once

#include <parcours/core/ClientImport.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

namespace parcours {

/** What an import did: the plan it followed and the ids of the beneficiaries it created, in file order. */
struct ImportOutcome {
    ImportPlan plan;
    QList<qint64> created;
};

/**
 * Imports beneficiaries from the consultant's spreadsheet (GUI and CLI alike): a plan to preview first, then
 * all or nothing — every new beneficiary in one transaction, none when any line has a problem; duplicates of
 * recorded beneficiaries or of earlier lines are left out.
 */
class ClientImportService {
    Q_DECLARE_TR_FUNCTIONS(ClientImportService)
public:
    ClientImportService(Repositories& repositories, const Clock& clock);

    /// What importing the file would do, changing nothing.
    Result<ImportPlan> plan(const CsvTable& table, const QList<ImportField>& mapping);
    /// Imports; refused (InvalidInput, nothing created) when the plan has a problem.
    Result<ImportOutcome> import(const CsvTable& table, const QList<ImportField>& mapping);

private:
    Result<QList<ExistingClient>> existing();
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
