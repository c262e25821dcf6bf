#pragma once

#include <parcours/core/Clock.h>
#include <parcours/storage/Store.h>

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace parcours::test {

/// SHA-256 of a file's bytes (empty when it cannot be read): proof that a refused operation changed nothing.
QByteArray digestOf(const QString& path);
/// An SQLite file at `path`.
DatabaseLocation fileAt(const QString& path);
/// Options that open a Store read-only.
inline StoreOptions readOnlyOptions()
{
    StoreOptions options;
    options.readOnly = true;
    return options;
}
/// Records a beneficiary straight through the repository; returns its id (0 on failure, with a test failure).
qint64 addClient(Store& store, const QString& lastName, const QString& firstName = QStringLiteral("Zoé"));
/// How many beneficiaries the store holds.
int clientCount(Store& store);
/// The first value of a query on an SQLite file, read through a separate read-only connection.
QVariant sqliteValue(const QString& path, const QString& statement);
/// Overwrites the page `page` (from 1) of an SQLite file with garbage, as a failing disk would.
void damagePage(const QString& path, int page);
/// The Unix mode bits of a file or folder (0600, 0700…).
int unixMode(const QString& path);
/// Names of the files in a folder (hidden ones included), sorted.
QStringList filesIn(const QString& folder);

} // namespace parcours::test
