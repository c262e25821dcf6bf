#pragma once

#include <parcours/core/Clock.h>
#include <parcours/storage/Store.h>

#include <QByteArray>
#include <QString>

namespace parcours::test {

/** The ids of a person filled by fillPerson. */
struct FilledPerson {
    qint64 clientId = 0;
    qint64 bilanId = 0;
    qint64 sessionId = 0;
    qint64 invoiceId = 0;
};

/// A unique text each test writes into every free-text field of the person, to search the files' bytes for.
inline const QString kPersonMarker = QStringLiteral("MARQUEUR-7d-f00d-blessure-de-carriere");

/**
 * Records a beneficiary with an e-mail, a phone and a birth date, one bilan closed on 20 March 2026 with a session
 * done (its note), the sample investigation (a test with its report file…), a synthesis section, a follow-up note, an end-of-bilan evaluation (scores and a comment), a
 * contact and a retention consent: every text holds kPersonMarker. The clock must be after 20 March 2026.
 */
FilledPerson fillPerson(Store& store, const Clock& clock, const QString& lastName = QStringLiteral("Morvan"));
/// Names a seller in the settings, prices the person's bilan and issues its invoice, with a payment; its id.
qint64 invoicePerson(Store& store, const Clock& clock, const FilledPerson& person);

/// The bytes of a file (empty when it cannot be read).
QByteArray bytesOfFile(const QString& path);
/// Whether an SQLite database file or its WAL holds `text`.
bool sqliteFilesHold(const QString& databasePath, const QString& text);

} // namespace parcours::test
