#pragma once

#include <parcours/core/ScheduleRepository.h>

namespace parcours {

class Database;
class StoreEvents;

/** The schedule over Qt Sql: session_record, session_scan, consultant_absence, cpf_declaration, the agenda. */
class SqlScheduleRepository final : public ScheduleRepository {
public:
    SqlScheduleRepository(Database& database, StoreEvents& events);

    Result<std::optional<SessionRecord>> record(qint64 sessionId) override;
    Result<QHash<qint64, SessionRecord>> recordsForBilan(qint64 bilanId) override;
    Result<void> putRecord(const SessionRecord& record) override;
    Result<void> removeRecord(qint64 sessionId) override;

    Result<std::optional<SessionScan>> scan(qint64 sessionId) override;
    Result<void> putScan(const SessionScan& scan) override;
    Result<void> removeScan(qint64 sessionId) override;

    Result<QList<Absence>> absences(QDate from, QDate to) override;
    Result<qint64> addAbsence(const Absence& absence) override;
    Result<void> removeAbsence(qint64 id) override;

    Result<QList<AgendaEntry>> agenda(QDate from, QDate to) override;

    Result<QList<CpfDeclaration>> cpfDeclarations(qint64 bilanId) override;
    Result<void> putCpfDeclaration(const CpfDeclaration& declaration) override;
    Result<QList<CpfBilanFacts>> cpfPending() override;
    Result<QList<UnloggedSessions>> unloggedSessions(QDate day) override;
    Result<CpfBilanFacts> cpfFacts(qint64 bilanId) override;

    Result<QString> calendarUidDomain() override;

private:
    /// The bilan of a session (for the change events), 0 when the session is gone.
    qint64 bilanOf(qint64 sessionId);
    Result<QList<CpfBilanFacts>> selectCpfFacts(const QString& where, qint64 bilanId);

    Database& m_database;
    StoreEvents& m_events;
};

} // namespace parcours
