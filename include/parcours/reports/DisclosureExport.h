#pragma once

#include <QCoreApplication>

#include <parcours/core/Clock.h>
#include <parcours/core/Disclosure.h>
#include <parcours/core/Repositories.h>
#include <parcours/reports/Documents.h>

namespace parcours {

/**
 * Sending the synthèse or the test results to a third party: the one way the GUI and the CLI do it. The consent is
 * checked first (DisclosureService::authorize); without a valid one nothing is built and no file is written. The
 * sending is recorded in the same transaction as the file is written.
 */
class DisclosureExport {
    Q_DECLARE_TR_FUNCTIONS(DisclosureExport)
public:
    DisclosureExport(Repositories& repositories, const Clock& clock);

    /// The document as it would be sent under the consent (the final synthèse, or the test results).
    Result<BuiltDocument> build(qint64 bilanId, qint64 consentId, DisclosedItem item);
    /// Checks, builds, writes the PDF at `path` (all or nothing) and records the sending, by the consultant named in
    /// the settings. Returns the record.
    Result<DisclosureRecord> send(qint64 bilanId, qint64 consentId, DisclosedItem item, const QString& path);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
