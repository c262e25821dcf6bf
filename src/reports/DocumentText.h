#pragma once

// Phrases several documents of a bilan share, in the document's language.
#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/Documents.h>

namespace parcours::documents {

/// "from 12 January 2026 to 16 March 2026", "started on 12 January 2026", or empty when nothing is known.
QString period(const BilanParties& parties, const DocumentLanguage& language);
/// The consultant as printed: "Céline Leca, psychologue du travail", or the practice's name alone.
QString consultantLine(const Letterhead& letterhead);
/// The frame every page of a bilan's document shares: title, running header with the names, language.
PdfOptions frame(const QString& title, const BilanParties& parties, const QString& footerNote,
                 const DocumentLanguage& language);
/// A whole document in one object, with its suggested file name.
BuiltDocument finish(DocumentBuilder& builder, std::unique_ptr<DocumentLanguage> language, PdfOptions options,
                     QString fileName);

} // namespace parcours::documents
