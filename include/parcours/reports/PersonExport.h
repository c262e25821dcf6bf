#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Result.h>

#include <QDate>
#include <QString>
#include <QStringList>

namespace parcours {

/** What an export wrote. */
struct PersonExportResult {
    QString folder; ///< the folder made
    QStringList documents; ///< the PDFs, relative to the folder
    int files = 0; ///< the attached files (test reports, scans)
};

/**
 * The right of access and portability (RGPD articles 15 and 20) as a folder: `personne.json` (RetentionRepository::dumpPerson, documented
 * in docs/export-format.md), `fichiers/` (the files stored in the database) and `documents/` (the PDFs Parcours
 * makes for the person: synthèse, attendance sheets, certificate, receipt, agreement, destruction certificates).
 * The folder is written beside its final place and renamed at the end, so a failure leaves no partial folder;
 * folders are 0700 and files 0600. Building PDFs needs a QGuiApplication.
 */
class PersonExport {
public:
    static inline const QString kDocumentName = QStringLiteral("personne.json");

    /// Writes the export of the person as the folder `folder`, which must not exist yet.
    static Result<PersonExportResult> write(Repositories& store, qint64 clientId, const QString& folder, const Clock& clock);
    /// A folder name for the export of a person ("export-morvan-anais-2026-03-25"), for the GUI.
    static QString suggestedName(const QString& fullName, QDate day);
    /// Loads an export folder into the database (RetentionRepository::loadPerson); the new client id. A folder that is not an
    /// export is refused with an English reason, nothing written.
    static Result<qint64> import(Repositories& store, const QString& folder);
};

} // namespace parcours
