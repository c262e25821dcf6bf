#pragma once

#include "SqlRecordRepository.h"

#include <parcours/core/Investigation.h>

namespace parcours {

// The table of each kind of investigation record (migration 002-investigation.sql).
RecordTable<Experience> experienceTable();
RecordTable<Competence> competenceTable();
RecordTable<Criterion> criterionTable();
RecordTable<PeerFeedback> peerFeedbackTable();
RecordTable<TestResult> testResultTable();
RecordTable<CareerOption> careerOptionTable();
RecordTable<FieldInquiry> fieldInquiryTable();
RecordTable<DocumentaryResource> resourceTable();

/// Stores a test's report file (replacing any), content and checksum as given.
Result<void> writeReportFile(Database& database, qint64 testResultId, const ReportFile& file);

} // namespace parcours
