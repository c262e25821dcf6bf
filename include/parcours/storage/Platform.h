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

} // namespace parcours::platform
