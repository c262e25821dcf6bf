#pragma once

#include <parcours/core/RetentionRepository.h>

namespace parcours {

class Database;
class StoreEvents;

/** Retention over Qt Sql: retention_consent, client_contact, destruction, and the journal file beside the database. */
class SqlRetentionRepository final : public RetentionRepository {
public:
    SqlRetentionRepository(Database& database, StoreEvents& events, QString journalFile);

    Result<QMap<ContentKind, int>> contentRows(qint64 bilanId) override;
    Result<QDate> lastSessionDone(qint64 bilanId) override;
    Result<QList<RetentionConsent>> consents(qint64 bilanId) override;
    Result<RetentionConsent> consent(qint64 id) override;
    Result<qint64> addConsent(const RetentionConsent& consent) override;
    Result<void> withdrawConsent(const RetentionConsent& consent) override;
    Result<qint64> addContact(const ClientContact& contact) override;
    Result<QList<ProspectFacts>> prospects() override;
    Result<QList<BilanRetentionFacts>> endedBilansWithContent() override;
    Result<QMap<ContentKind, int>> deleteContent(qint64 bilanId, const QList<ContentKind>& kinds) override;
    Result<qint64> addDestruction(const DestructionRecord& record) override;
    Result<QList<DestructionRecord>> destructions(qint64 bilanId) override;
    Result<DestructionRecord> destruction(qint64 id) override;
    Result<void> scrub(const QList<ContentKind>& kinds) override;
    Result<QMap<QString, int>> personRows(qint64 clientId) override;
    Result<QMap<ContentKind, int>> erasePerson(qint64 clientId, bool keepProof) override;
    Result<void> scrubPerson() override;
    Result<QList<DestructionRecord>> destructionsOfClient(qint64 clientId) override;
    Result<PersonDump> dumpPerson(qint64 clientId, const QDateTime& exportedAt) override;
    Result<qint64> loadPerson(const QJsonObject& document, const QMap<QString, QByteArray>& files) override;

private:
    Result<QList<RetentionConsent>> readConsents(const QString& where, qint64 key);
    Result<QList<DestructionRecord>> readDestructions(const QString& where, qint64 key);
    Database& m_database;
    StoreEvents& m_events;
    QString m_journalFile;
};

} // namespace parcours
