#pragma once

#include <parcours/core/Quality.h>
#include <parcours/core/QualityStats.h>
#include <parcours/core/Result.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/Letterhead.h>

#include <QByteArray>
#include <QList>

#include <memory>

class QTextDocument;

namespace parcours {

/** Whose documents these are (the consultant's letterhead) and their language. */
struct QualityDocumentContext {
    Letterhead letterhead;
    DocumentLanguage language;
};

/// A blank questionnaire for the beneficiary to fill on paper: each question with boxes 1 to 5, room for a comment.
/// Anonymous: it names nobody; its version number is printed so the answers can be entered against it.
std::unique_ptr<QTextDocument> buildEvaluationQuestionnaire(
    const QualityDocumentContext& context, const Questionnaire& questionnaire);
Result<void> writeEvaluationQuestionnaire(
    const QualityDocumentContext& context, const Questionnaire& questionnaire, const QString& path);

/// The complaints and incidents register and the improvement-actions log, for an auditor (indicators 31 and 32).
std::unique_ptr<QTextDocument> buildQualityRegisters(const QualityDocumentContext& context,
    const QList<RegisterEntry>& entries, const QList<ImprovementAction>& actions, QDate from, QDate to);
Result<void> writeQualityRegisters(const QualityDocumentContext& context, const QList<RegisterEntry>& entries,
    const QList<ImprovementAction>& actions, QDate from, QDate to, const QString& path);
/// The register as CSV (UTF-8 with BOM, ';' separators, as French spreadsheets open it).
QByteArray registerCsv(const QList<RegisterEntry>& entries, const DocumentLanguage& language);
QByteArray actionsCsv(const QList<ImprovementAction>& actions, const DocumentLanguage& language);

/// The dashboard's figures as a document for an auditor: tables only, no personal data.
std::unique_ptr<QTextDocument> buildQualityFigures(
    const QualityDocumentContext& context, const QualityFigures& figures);
Result<void> writeQualityFigures(
    const QualityDocumentContext& context, const QualityFigures& figures, const QString& path);
/// The figures as CSV: one "indicator;value" line each, under a header. Values are written for people, as in the
/// PDF ("100 %", "17 h 20", "4,7"); `stats --json` gives the raw numbers.
QByteArray figuresCsv(const QualityFigures& figures, const DocumentLanguage& language);
/// The CSV's indicator / value rows without the header: the period, the figures, the funding and the reasons for
/// abandonment (what `parcours-cli stats` prints, in English).
QList<QStringList> figuresTable(const QualityFigures& figures, const DocumentLanguage& language);

/// Rows as CSV (UTF-8 with BOM, `;`, CRLF; formula-looking cells quoted as text).
QByteArray csvTable(const QList<QStringList>& rows);
/// Writes bytes to a file, all or nothing.
Result<void> writeBytes(const QByteArray& bytes, const QString& path);

} // namespace parcours
