#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/core/Result.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/Letterhead.h>
#include <parcours/reports/PdfWriter.h>

#include <QTextDocument>

#include <memory>
#include <optional>

namespace parcours {

/**
 * The attendance sheet (feuille d'émargement) of a bilan, for one session or for all of them: the provider, the
 * beneficiary, each session's date, start and end, phase and place, and a box for each of them to sign. Cancelled
 * and missed sessions have no attendance to sign and are left out.
 */
class AttendanceSheet {
public:
    /// The sessions of `overview` the sheet is for: `sessionId` alone, or every session planned or done.
    /// Refused when the session is not the bilan's, or was cancelled or missed, or when there is none to sign.
    static Result<QList<Session>> sessionsFor(const BilanOverview& overview, std::optional<qint64> sessionId);

    static std::unique_ptr<QTextDocument> build(const BilanOverview& overview, const QList<Session>& sessions,
        const Letterhead& letterhead, const DocumentLanguage& language);
    static PdfOptions options(const BilanOverview& overview, const DocumentLanguage& language);

    /// Builds and writes the PDF (all or nothing).
    static Result<void> write(const BilanOverview& overview, std::optional<qint64> sessionId,
        const Letterhead& letterhead, const DocumentLanguage& language, const QString& path);
};

} // namespace parcours
