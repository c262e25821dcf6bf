#pragma once

#include <QCoreApplication>

#include <parcours/core/Clock.h>
#include <parcours/core/Disclosure.h>
#include <parcours/core/Repositories.h>
#include <parcours/reports/Documents.h>

#include <optional>

namespace parcours {

/**
 * Builds a bilan's documents from what is stored (the letterhead and document language from the settings, the
 * beneficiary, the sessions, the synthèse, the agreement): the one place the GUI and the CLI get them from.
 */
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    DocumentService(Repositories& repositories, const Clock& clock);

    /// The synthèse: a given version, else the bilan's latest one.
    Result<BuiltDocument> synthesis(qint64 bilanId, std::optional<qint64> versionId = std::nullopt);
    /// The handover receipt of the latest final version (refused while there is none).
    Result<BuiltDocument> receipt(qint64 bilanId);
    /// The tripartite agreement (for a bilan funded by an employer or France Travail).
    Result<BuiltDocument> agreement(qint64 bilanId);
    /// The certificat de réalisation (once a session is done).
    Result<BuiltDocument> completionCertificate(qint64 bilanId);
    /// The certificate of one entry of the destruction journal (R6313-7); no content of the bilan.
    Result<BuiltDocument> destructionCertificate(qint64 journalId);
    /// The certificate of the bilan's latest destruction.
    Result<BuiltDocument> destructionCertificateOfBilan(qint64 bilanId);

    /// The synthèse as it may be sent to a third party: its latest final version (refused while there is none).
    Result<BuiltDocument> finalSynthesis(qint64 bilanId);
    /// The test results (instrument, day, summary), "sent to" `recipient` when it is not empty.
    /// The test results for the named recipient, whose kind is written in the document's language.
    Result<BuiltDocument> testResults(qint64 bilanId, const QString& recipientName, RecipientKind recipientKind);

    /// Who and when, as every document of the bilan prints it.
    Result<BilanParties> parties(qint64 bilanId);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
