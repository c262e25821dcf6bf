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

/// Keeps the memory the process frees for its own reuse rather than handing the top of the heap back to the system at
/// each free (glibc's trimming, on Linux; nothing elsewhere). On a virtual machine each give-back flushes every
/// CPU's address cache: writing the 10,000-beneficiary demo took 65 s instead of 8. Both executables call it first.
void keepFreedMemory();

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
