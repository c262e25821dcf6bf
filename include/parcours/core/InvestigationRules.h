#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

#include <QList>
#include <QString>

namespace parcours {

// The rules of the investigation workspace, free of storage: what a record must hold, how criteria are
// ranked, the one plan B, which report files are accepted. Field keys are the JSON keys.

/// Desire and feasibility are scored from 1 to 5.
inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 5;
/// A title, a name, a label: one line.
inline constexpr int kMaxLineLength = 200;
/// A free text (activities, summary, notes).
inline constexpr int kMaxTextLength = 50000;
/// A test's report file is at most this big.
inline constexpr qint64 kMaxReportFileBytes = 20LL * 1024 * 1024;

bool validScore(int score);

QList<FieldError> validateRecord(const Experience& experience);
QList<FieldError> validateRecord(const Competence& competence);
QList<FieldError> validateRecord(const Criterion& criterion);
QList<FieldError> validateRecord(const PeerFeedback& feedback);
QList<FieldError> validateRecord(const TestResult& result);
QList<FieldError> validateRecord(const CareerOption& option);
QList<FieldError> validateRecord(const FieldInquiry& inquiry);
QList<FieldError> validateRecord(const DocumentaryResource& resource);
QList<FieldError> validateRecord(const Motivations& motivations);

/// A domain the consultant adds: a name, not one of the built-in domains nor one already there (accents and case
/// ignored).
Result<QString> checkCustomDomain(const QString& name, const QStringList& existing);

/// Criteria in display order (essential first, then by rank) with ranks renumbered 1, 2, 3… within each zone.
QList<Criterion> rankCriteria(QList<Criterion> criteria);
/// Moves one criterion to `position` (0-based, clamped) of `zone`; the others close up. Returns the whole list,
/// ranked; unchanged when `id` is not there.
QList<Criterion> moveCriterion(QList<Criterion> criteria, qint64 id, Criterion::Zone zone, int position);
/// Ranks run 1, 2, 3… without gaps or repeats in each zone.
Result<void> checkRanking(const QList<Criterion>& criteria);

/// At most one plan B per bilan, and never an option set aside.
Result<void> checkPlanB(const QList<CareerOption>& options);

/// Lower-case hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray& bytes);
/// Checks a report file before it is stored: not empty, not too big, a PDF, an image or an office document whose
/// content matches its extension. Returns the file's description (media type, size, checksum) with the content.
Result<ReportFile> checkReportFile(const QString& fileName, const QByteArray& content);
/// The file extensions accepted for a report ("pdf", "png", "docx"…).
QStringList acceptedReportExtensions();

/// Checks a whole investigation as it would be imported: every record, the ranking, the one plan B, the links
/// between records (by the ids given in it) and the report files. A refusal names the bad field by its JSON
/// pointer, e.g. "/career_options/2/desire".
Result<void> checkInvestigation(const Investigation& investigation);

/** A word that comes back across respondents of "le regard des autres". */
struct KeywordCount {
    QString word; ///< as first written
    int respondents = 0;
};
/// The words respondents chose to describe the beneficiary, counted once per respondent, most cited first.
QList<KeywordCount> recurringKeywords(const QList<PeerFeedback>& feedback);

/// The columns of the competence matrix: the three built-in domains, then the consultant's own.
QStringList domainColumns(const QStringList& customDomains);
/// The column of `competence` in domainColumns(customDomains), -1 when its custom domain is unknown.
int domainColumn(const Competence& competence, const QStringList& customDomains);

} // namespace parcours
