#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <parcours/core/BillingService.h>
#include <parcours/reports/Documents.h>

namespace parcours {

/** What a quote (devis) prints: the seller, the bilan's price, hours and funders, its validity. */
struct QuoteContent {
    Letterhead letterhead;
    BillingOverview billing;
    QString number; ///< "D-2026-0012": the year and the bilan (quotes are not accounting documents)
    QDate issuedOn;
    QDate validUntil;
    QString vatMention;
    QString paymentTerms; ///< the agreement's, when set
    int paymentDays = 30;
};

/** What an invoice or a credit note prints: the document as issued (its own copy of every mention). */
struct InvoiceContent {
    InvoiceState state;
    QImage logo; ///< the letterhead's logo as it is now (the only thing not copied into the invoice)
    QDate correctsIssuedOn; ///< a credit note: the date of the invoice it corrects
};

/** What the BPF sheet prints: the year's figures and who files them. */
struct BpfContent {
    Letterhead letterhead;
    BpfFigures figures;
    QDate printedOn;
};

namespace documents {

BuiltDocument quote(const QuoteContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument invoice(const InvoiceContent& content, std::unique_ptr<DocumentLanguage> language);
BuiltDocument bpf(const BpfContent& content, std::unique_ptr<DocumentLanguage> language);
/// The BPF figures as CSV in the document's language: UTF-8 with a byte-order mark, ';' between fields, amounts
/// with the language's decimal mark, one row per line of the form, then what the records lack.
QByteArray bpfCsv(const BpfFigures& figures, const DocumentLanguage& language);

} // namespace documents

/**
 * Builds the billing documents from what is stored (quotes, invoices, credit notes, the BPF sheet and CSV): the one
 * place the GUI and the CLI get them from.
 */
class BillingDocumentService {
    Q_DECLARE_TR_FUNCTIONS(BillingDocumentService)
public:
    BillingDocumentService(Repositories& repositories, const Clock& clock);

    Result<BuiltDocument> quote(qint64 bilanId);
    /// An invoice or a credit note, by its id.
    Result<BuiltDocument> invoice(qint64 invoiceId);
    Result<BuiltDocument> bpf(int year);
    /// Writes the BPF figures as CSV (all or nothing).
    Result<void> writeBpfCsv(int year, const QString& path);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
