#pragma once

#include <QDate>
#include <QString>
#include <QTextDocument>

#include <parcours/core/Agreement.h>
#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Investigation.h>
#include <parcours/core/Retention.h>
#include <parcours/core/Synthesis.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/Letterhead.h>
#include <parcours/reports/PdfWriter.h>

#include <memory>

namespace parcours {

/** A document ready to preview, print or write as PDF: its text, its page frame, its language, a file name. */
struct BuiltDocument {
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<DocumentLanguage> language; ///< what options.language points to
    PdfOptions options;
    QString fileName; ///< suggested, e.g. "synthese-lefevre-zoe-v1.pdf"

    Result<void> writePdf(const QString& path) const { return PdfWriter::writeFile(*document, options, path); }
};

/** Who and when, shared by every document of a bilan. */
struct BilanParties {
    Letterhead letterhead;
    Client client;
    Bilan bilan;
    QDate firstDay; ///< first session done (or the start date), null when none
    QDate lastDay; ///< the end date, else the last session done, null when none
};

/** What the synthèse prints: the version's sections, action plan and observations. */
struct SynthesisContent {
    BilanParties parties;
    SynthesisVersion version;
    QDate printedOn;
};

/** What the handover receipt prints: which final version was handed over; none of its content. */
struct ReceiptContent {
    BilanParties parties;
    int synthesisNumber = 0;
    QDate synthesisDate;
    QDate signedOn; ///< null: left blank, to be written by hand
};

/** What the tripartite agreement (R6313-8) prints. */
struct AgreementContent {
    BilanParties parties;
    AgreementRecord record;
};

/** What the certificat de réalisation prints: the hours done and their period. */
struct CertificateContent {
    BilanParties parties;
    QString employer; ///< from the agreement, when there is one
    int doneMinutes = 0; ///< face-to-face hours of the three phases that count
    QDate issuedOn;
};

/** What the destruction certificate prints: what kinds, how many records, when, by whom; no content. */
struct DestructionCertificateContent {
    BilanParties parties;
    DestructionRecord record;
    QDate issuedOn;
};

/** What the test results sent to a third party print: each test's instrument, day and summary (no report file). */
struct TestResultsContent {
    BilanParties parties;
    QList<TestResult> results;
    QString recipient; ///< "Transitions Pro Occitanie (CEP operator)", empty when not sent to anyone
    QDate printedOn;
};

// Builders: domain values in, a laid-out document out. Every user string is inserted as text.
namespace documents {

BuiltDocument synthesis(const SynthesisContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument receipt(const ReceiptContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument agreement(const AgreementContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument completionCertificate(const CertificateContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument destructionCertificate(const DestructionCertificateContent& content,
    std::unique_ptr<DocumentLanguage> language);
BuiltDocument testResults(const TestResultsContent& content, std::unique_ptr<DocumentLanguage> language);

/// "lefevre-zoe": the beneficiary's name as it goes into a file name.
QString fileSlug(const Client& client);

} // namespace documents
} // namespace parcours
