#pragma once

#include <QString>

namespace parcours::platform {

/**
 * The one place where Parcours calls the operating system for file privacy (see docs/portability.md). Every
 * other layer stays portable Qt; on Windows and macOS these calls fall back to what Qt offers.
 */

/// Makes every file and folder the process creates from now on private to its user (umask 077 on Unix; nothing
/// elsewhere: the user's profile folder is already private there). Both executables call it first thing.
void restrictNewFiles();

/// Removes the group's and others' permission bits of an existing file or folder, keeping the owner's (a
/// read-only file stays read-only). False when the bits could not be changed (someone else's file); a missing
/// path is not an error.
bool makePrivate(const QString& path);

/// Forces a written file to the disk (fsync(2) on Unix; macOS would want F_FULLFSYNC, Windows FlushFileBuffers).
/// False with the system's reason in `why` when it cannot.
bool flushToDisk(const QString& path, QString* why);
/// Forces a folder's entries (a rename just made) to the disk; nothing to do, or possible, elsewhere than Unix.
void flushFolder(const QString& folder);

/// Who runs Parcours, for names that must differ between users of one computer (the uid on Unix).
QString userId();

} // namespace parcours::platform
