#pragma once

#include "SqlRecordRepository.h"

#include <parcours/core/InvestigationRepository.h>

namespace parcours {

/** The investigation workspace over Qt Sql: one SqlRecordRepository per kind of record, and the rest by hand. */
class SqlInvestigationRepository final : public InvestigationRepository {
public:
    SqlInvestigationRepository(Database& database, StoreEvents& events);

    RecordRepository<Experience>& experiences() override { return m_experiences; }
    RecordRepository<Competence>& competences() override { return m_competences; }
    RecordRepository<Criterion>& criteria() override { return m_criteria; }
    RecordRepository<PeerFeedback>& peerFeedback() override { return m_peerFeedback; }
    RecordRepository<TestResult>& testResults() override { return m_testResults; }
    RecordRepository<CareerOption>& careerOptions() override { return m_careerOptions; }
    RecordRepository<FieldInquiry>& fieldInquiries() override { return m_fieldInquiries; }
    RecordRepository<DocumentaryResource>& resources() override { return m_resources; }

    Result<Motivations> motivations(qint64 bilanId) override;
    Result<void> setMotivations(const Motivations& motivations) override;
    Result<QStringList> customDomains(qint64 bilanId) override;
    Result<void> addCustomDomain(qint64 bilanId, const QString& name) override;
    Result<void> removeCustomDomain(qint64 bilanId, const QString& name) override;
    Result<ReportFile> reportFile(qint64 testResultId) override;
    Result<void> setReportFile(qint64 testResultId, const std::optional<ReportFile>& file) override;
    Result<void> clear(qint64 bilanId) override;

private:
    /// Runs one write statement in its own transaction (or the caller's) and announces the bilan's change.
    Result<void> write(SqlQuery& query, qint64 bilanId);
    Result<qint64> bilanOfTest(qint64 testResultId);

    Database& m_database;
    StoreEvents& m_events;
    SqlRecordRepository<Experience> m_experiences;
    SqlRecordRepository<Competence> m_competences;
    SqlRecordRepository<Criterion> m_criteria;
    SqlRecordRepository<PeerFeedback> m_peerFeedback;
    SqlRecordRepository<TestResult> m_testResults;
    SqlRecordRepository<CareerOption> m_careerOptions;
    SqlRecordRepository<FieldInquiry> m_fieldInquiries;
    SqlRecordRepository<DocumentaryResource> m_resources;
};

} // namespace parcours
