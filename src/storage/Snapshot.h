#pragma once

#include <parcours/core/Result.h>

#include <QString>

namespace parcours {

class Database;

/** What an SQLite file holds, read without changing it. */
struct FileFacts {
    int schemaVersion = 0;
    int clients = 0;
    int bilans = 0;
    qint64 bytes = 0;
};

/** Snapshots of SQLite files and checks of copies: the storage layer's tools for backups and restores. */
namespace snapshot {

/// How far readFacts looks: the header, application id, version and counts; or all of that and every page.
enum class Depth { Quick, Full };

/// Reads a Parcours database file through an immutable read-only connection (no side file is created):
/// refuses what is not a Parcours database this build can read, and at Depth::Full anything that fails
/// PRAGMA integrity_check or foreign_key_check.
Result<FileFacts> readFacts(const QString& path, Depth depth);

/// Writes a consistent copy of the open database to `target`: VACUUM INTO a temporary file beside it (mode
/// 0600), a full check of the copy, fsync, then an atomic rename over `target` and an fsync of the folder.
/// On failure nothing is left behind and a previous `target` is untouched.
Result<FileFacts> write(Database& source, const QString& target);

/// A name beside `path` for a temporary file (hidden, unique), e.g. ".parcours.sqlite.partial-1a2b…".
QString temporarySibling(const QString& path, const QString& tag);
/// fsync(2) of a file, so that a rename after it cannot leave an empty or partial file after a power loss.
Result<void> syncFile(const QString& path);
/// fsync(2) of a folder, so that a rename in it is durable.
void syncFolder(const QString& folder);

} // namespace snapshot
} // namespace parcours
