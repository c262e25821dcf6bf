#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>

#include <QList>
#include <QStringList>

namespace parcours {

/**
 * The records of one kind of the investigation workspace (experiences, competences…), per bilan. Writes check
 * the record's version and fail with ErrorCode::Conflict when someone else changed it first.
 */
template<typename T> class RecordRepository {
public:
    virtual ~RecordRepository() = default;
    virtual Result<qint64> add(const T& record) = 0;
    /// Puts back a removed record with its old id (undo).
    virtual Result<void> restore(const T& record) = 0;
    virtual Result<T> get(qint64 id) = 0;
    virtual Result<void> update(const T& record) = 0;
    virtual Result<void> remove(qint64 id) = 0;
    virtual Result<QList<T>> forBilan(qint64 bilanId) = 0;
};

/** Everything stored of the investigation workspace: bilan content, in its own tables. */
class InvestigationRepository {
public:
    virtual ~InvestigationRepository() = default;
    virtual RecordRepository<Experience>& experiences() = 0;
    virtual RecordRepository<Competence>& competences() = 0;
    virtual RecordRepository<Criterion>& criteria() = 0;
    virtual RecordRepository<PeerFeedback>& peerFeedback() = 0;
    /// Test results without their file's content (see reportFile).
    virtual RecordRepository<TestResult>& testResults() = 0;
    virtual RecordRepository<CareerOption>& careerOptions() = 0;
    virtual RecordRepository<FieldInquiry>& fieldInquiries() = 0;
    virtual RecordRepository<DocumentaryResource>& resources() = 0;

    /// Empty texts with version 0 when nothing was written yet.
    virtual Result<Motivations> motivations(qint64 bilanId) = 0;
    /// Writes the texts; version 0 creates them, otherwise the version is checked.
    virtual Result<void> setMotivations(const Motivations& motivations) = 0;

    virtual Result<QStringList> customDomains(qint64 bilanId) = 0;
    virtual Result<void> addCustomDomain(qint64 bilanId, const QString& name) = 0;
    /// Refused (Refused) while a competence is classed in it.
    virtual Result<void> removeCustomDomain(qint64 bilanId, const QString& name) = 0;

    /// The test's report file with its content; NotFound when none is attached.
    virtual Result<ReportFile> reportFile(qint64 testResultId) = 0;
    /// Attaches (replacing any) or, with nullopt, removes the report file of a test.
    virtual Result<void> setReportFile(qint64 testResultId, const std::optional<ReportFile>& file) = 0;

    /// Deletes every investigation record of the bilan (before an import; later, the retention rules).
    virtual Result<void> clear(qint64 bilanId) = 0;
};

} // namespace parcours
