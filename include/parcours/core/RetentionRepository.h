#pragma once

#include <parcours/core/PersonDump.h>
#include <parcours/core/Result.h>
#include <parcours/core/Retention.h>

#include <QDate>
#include <QList>
#include <QMap>

namespace parcours {

/** A person without any bilan and the day of the last contact recorded (or the day the record was created). */
struct ProspectFacts {
    qint64 clientId = 0;
    QString clientName;
    QDate lastContact;
};

/**
 * Storage of what the retention rules need: counts of content rows per kind, the consents, the contacts, the
 * destruction journal (table and file) and the destruction itself. Content is counted and deleted, never read.
 */
class RetentionRepository {
public:
    virtual ~RetentionRepository() = default;

    /// Rows stored per kind of content of the bilan (the tables DataInventory names for each kind).
    virtual Result<QMap<ContentKind, int>> contentRows(qint64 bilanId) = 0;
    /// The day of the bilan's last session done, null when none.
    virtual Result<QDate> lastSessionDone(qint64 bilanId) = 0;

    virtual Result<QList<RetentionConsent>> consents(qint64 bilanId) = 0;
    virtual Result<RetentionConsent> consent(qint64 id) = 0;
    virtual Result<qint64> addConsent(const RetentionConsent& consent) = 0;
    /// Records the withdrawal; the version is checked.
    virtual Result<void> withdrawConsent(const RetentionConsent& consent) = 0;

    virtual Result<qint64> addContact(const ClientContact& contact) = 0;
    /// People with no bilan and their last contact (the latest of their contacts and the record's creation).
    virtual Result<QList<ProspectFacts>> prospects() = 0;
    /// Every bilan closed or abandoned with some content still stored, with what the retention rules need of it
    /// (the reminder): a few queries in all, however many bilans there are. In the order of the bilans' ids.
    virtual Result<QList<BilanRetentionFacts>> endedBilansWithContent() = 0;

    /// Deletes the bilan's content rows of `kinds` (in the caller's transaction); the rows deleted per kind.
    virtual Result<QMap<ContentKind, int>> deleteContent(qint64 bilanId, const QList<ContentKind>& kinds) = 0;
    /// Writes the entry to the table and appends it to the journal file beside the database (in the transaction:
    /// when the file cannot be written, nothing is destroyed). Returns the entry's id.
    virtual Result<qint64> addDestruction(const DestructionRecord& record) = 0;
    virtual Result<QList<DestructionRecord>> destructions(qint64 bilanId) = 0;
    virtual Result<DestructionRecord> destruction(qint64 id) = 0;
    /// After the commit: leaves no trace of deleted rows in the files (SQLite: WAL checkpoint and truncate;
    /// secure_delete is always on) or the tables (PostgreSQL: VACUUM of the tables of `kinds`).
    virtual Result<void> scrub(const QList<ContentKind>& kinds) = 0;

    /// Rows of each table that belong to the person (client included), counted, never read; tables with none
    /// are left out.
    virtual Result<QMap<QString, int>> personRows(qint64 clientId) = 0;
    /// Erases the person in the caller's transaction: everything but the destruction journal, or (`keepProof`)
    /// the content of every bilan, the contacts and the e-mail, phone and birth date. Content rows deleted per kind.
    virtual Result<QMap<ContentKind, int>> erasePerson(qint64 clientId, bool keepProof) = 0;
    /// After the commit of an erasure: as scrub, over every table a person's rows live in.
    virtual Result<void> scrubPerson() = 0;
    /// The journal's entries about a person, oldest first.
    virtual Result<QList<DestructionRecord>> destructionsOfClient(qint64 clientId) = 0;

    /// Everything stored about the person, as the portability export writes it (docs/export-format.md).
    virtual Result<PersonDump> dumpPerson(qint64 clientId, const QDateTime& exportedAt) = 0;
    /// Loads such a document as a new person with new ids, in one transaction; the new client id. Refused with an
    /// English reason (InvalidInput) when it is not a valid export this database can hold, and (Conflict) when the
    /// person is already there (same names and creation time); nothing written then.
    virtual Result<qint64> loadPerson(const QJsonObject& document, const QMap<QString, QByteArray>& files) = 0;
};

} // namespace parcours
