#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/reports/PersonExport.h>

namespace parcours {

/**
 * A person's export as one file, to hand over by e-mail or on a USB key: the export folder (PersonExport) as a zip
 * (libarchive), and, with a passphrase, that zip encrypted (EncryptedFile: libsodium secretstream, a key derived by
 * Argon2id). The zip's entries are the folder's, under one top folder named like the file. Written beside its
 * final place and renamed at the end (mode 0600); read back into a private temporary folder, regular files only,
 * refusing any entry that would land outside it.
 */
class PersonArchive {
public:
    /// Writes the export of the person to `file`, which must not exist: a zip, encrypted when `passphrase` is not
    /// empty. `result.folder` is the file written.
    static Result<PersonExportResult> write(
        Repositories& store, qint64 clientId, const QString& file, const Clock& clock, const QString& passphrase);
    /// Loads an export given as a folder, a zip, or an encrypted zip (which needs `passphrase`); the new client id.
    static Result<qint64> import(Repositories& store, const QString& path, const QString& passphrase);
};

} // namespace parcours
