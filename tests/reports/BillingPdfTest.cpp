// Quotes, invoices, credit notes and the BPF sheet as real PDFs read back with pdftotext: the mentions a French
// invoice must carry, in French, each one checked by its text; the BPF CSV as a spreadsheet would read it.
#include "FailingDevice.h"
#include "PdfProbe.h"

#include <parcours/reports/BillingDocuments.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

Invoice professionalInvoice()
{
    Invoice invoice;
    invoice.id = 1;
    invoice.number = QStringLiteral("F-2026-0001");
    invoice.fiscalYear = 2026;
    invoice.sequence = 1;
    invoice.issuedOn = QDate(2026, 3, 16);
    invoice.dueOn = QDate(2026, 4, 15);
    invoice.amountCents = 180000;
    invoice.totalCents = 180000;
    invoice.funder = FunderKind::Employer;
    invoice.buyerName = QStringLiteral("Société Exemple SA");
    invoice.buyerAddress = QStringLiteral("3 rue du Port\n69002 Lyon");
    invoice.beneficiary = QStringLiteral("Zoé Lefèvre");
    invoice.periodStart = QDate(2026, 1, 12);
    invoice.periodEnd = QDate(2026, 3, 9);
    invoice.minutes = 17 * 60 + 30;
    invoice.sellerName = QStringLiteral("Céline Leca");
    invoice.sellerAddress = QStringLiteral("12 rue des Lilas\n69003 Lyon");
    invoice.sellerSiret = QStringLiteral("12345678900011");
    invoice.sellerDeclaration = QStringLiteral("84691234569");
    invoice.vatMention = QStringLiteral("Exonération de TVA, article 261-4-4° a du Code général des impôts");
    invoice.paymentTerms = QStringLiteral("Virement à réception.");
    invoice.bankDetails = QStringLiteral("IBAN FR76 3000 6000 0112 3456 7890 189");
    return invoice;
}

/// The document's text as a reader gets it (NFKC: the narrow and ordinary no-break spaces become spaces).
QString textOf(const BuiltDocument& built, const QTemporaryDir& folder, int* pages = nullptr)
{
    const QString path = folder.filePath(built.fileName);
    const auto written = built.writePdf(path);
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    const PdfProbe pdf(path);
    QString report;
    EXPECT_TRUE(pdf.valid(&report)) << report.toStdString();
    if (pages)
        *pages = pdf.pages();
    return pdf.text().simplified();
}

QString invoiceText(const Invoice& invoice, const QTemporaryDir& folder, QDate corrected = {})
{
    InvoiceContent content;
    content.state.invoice = invoice;
    content.correctsIssuedOn = corrected;
    return textOf(documents::invoice(content, std::make_unique<DocumentLanguage>()), folder);
}

} // namespace

TEST(BillingPdf, AnInvoiceCarriesTheMentionsOfAFrenchInvoice)
{
    QTemporaryDir folder;
    InvoiceContent content;
    content.state.invoice = professionalInvoice();
    const BuiltDocument built = documents::invoice(content, std::make_unique<DocumentLanguage>());
    EXPECT_EQ(built.fileName, QStringLiteral("facture-F-2026-0001.pdf"));
    int pages = 0;
    const QString text = textOf(built, folder, &pages);
    EXPECT_EQ(pages, 1);
    for (const char* mention : {
             "Facture", "N° F-2026-0001", // the number
             "Date d'émission 16 mars 2026", "Date d'échéance 15 avril 2026", // issue and due dates
             "Céline Leca", "12 rue des Lilas", "SIRET 12345678900011", "84691234569", // the seller
             "Client Société Exemple SA 3 rue du Port 69002 Lyon", "Bénéficiaire Zoé Lefèvre", // the buyer
             "Bilan de compétences de Zoé Lefèvre", "du 12 janvier 2026 au 9 mars 2026", "17 h 30", // what and hours
             "Total HT 1 800,00 €", "TVA 0,00 €", "Net à payer 1 800,00 €", // the amounts
             "article 261-4-4° a du Code général des impôts", // the VAT exemption, as set
             "au plus tard le 15 avril 2026", "Virement à réception.", "IBAN FR76", // payment terms
             "trois fois le taux d'intérêt légal", "L441-10", // late-payment penalties
             "indemnité forfaitaire pour frais de recouvrement de 40,00 €", "D441-5", "escompte" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(mention))) << mention << "\n" << text.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("Part du prix"))) << "the whole price is invoiced";
}

TEST(BillingPdf, APrivateBuyerOwesNoFixedIndemnityAndASharedPriceSaysSo)
{
    QTemporaryDir folder;
    Invoice invoice = professionalInvoice();
    invoice.funder = FunderKind::Personal;
    invoice.buyerName = QStringLiteral("Zoé Lefèvre");
    invoice.buyerAddress.clear();
    invoice.amountCents = 50000;
    invoice.totalCents = 200000;
    const QString text = invoiceText(invoice, folder);
    EXPECT_TRUE(text.contains(QStringLiteral("trois fois le taux d'intérêt légal")));
    EXPECT_FALSE(text.contains(QStringLiteral("40,00 €")));
    EXPECT_FALSE(text.contains(QStringLiteral("Bénéficiaire"))) << "the buyer is the beneficiary";
    EXPECT_TRUE(text.contains(QStringLiteral("Part du prix de 2 000,00 €")));
    EXPECT_TRUE(text.contains(QStringLiteral("Net à payer 500,00 €")));
}

TEST(BillingPdf, ACpfInvoiceStatesTheCoPayment)
{
    QTemporaryDir folder;
    Invoice invoice = professionalInvoice();
    invoice.funder = FunderKind::Cpf;
    invoice.buyerName = QStringLiteral("Caisse des Dépôts et Consignations");
    invoice.copaymentCents = 10000;
    const QString text = invoiceText(invoice, folder);
    EXPECT_TRUE(text.contains(QStringLiteral("Dont 100,00 € de participation forfaitaire du titulaire"))) << text.toStdString();
}

TEST(BillingPdf, ACreditNoteNamesTheInvoiceItCorrectsAndWhy)
{
    QTemporaryDir folder;
    Invoice note = professionalInvoice();
    note.kind = InvoiceKind::CreditNote;
    note.number = QStringLiteral("AV-2026-0001");
    note.correctsId = 1;
    note.correctsNumber = QStringLiteral("F-2026-0001");
    note.issuedOn = QDate(2026, 3, 20);
    note.dueOn = {};
    note.amountCents = 30000;
    note.reason = QStringLiteral("Séance annulée <b>non due</b> & remboursée");
    InvoiceContent content;
    content.state.invoice = note;
    content.correctsIssuedOn = QDate(2026, 3, 16);
    const BuiltDocument built = documents::invoice(content, std::make_unique<DocumentLanguage>());
    EXPECT_EQ(built.fileName, QStringLiteral("avoir-AV-2026-0001.pdf"));
    const QString text = textOf(built, folder);
    for (const char* mention : { "Avoir", "N° AV-2026-0001", "Date d'émission 20 mars 2026",
                                 "Facture rectifiée F-2026-0001 du 16 mars 2026",
                                 "Motif : Séance annulée <b>non due</b> & remboursée", // printed as typed
                                 "Total de l'avoir 300,00 €", "Cet avoir déduit 300,00 € de la facture F-2026-0001" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(mention))) << mention << "\n" << text.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("échéance")));
    EXPECT_FALSE(text.contains(QStringLiteral("pénalités")));
}

TEST(BillingPdf, AQuoteShowsThePriceTheHoursAndWhoPaysWhat)
{
    QTemporaryDir folder;
    QuoteContent content;
    content.letterhead.name = QStringLiteral("Céline Leca");
    content.letterhead.siret = QStringLiteral("12345678900011");
    content.number = QStringLiteral("D-2026-0007");
    content.issuedOn = QDate(2026, 3, 16);
    content.validUntil = QDate(2026, 4, 15);
    content.vatMention = QStringLiteral("TVA non applicable");
    content.paymentDays = 30;
    BillingOverview& billing = content.billing;
    billing.client.lastName = QStringLiteral("Lefèvre");
    billing.client.firstName = QStringLiteral("Zoé");
    billing.priceCents = 200000;
    FunderShare cpf;
    cpf.kind = FunderKind::Cpf;
    cpf.fixedCents = 150000;
    FunderShare own;
    own.kind = FunderKind::Personal;
    own.basisPoints = 10000;
    billing.plan.shares = { cpf, own };
    billing.shareCents = { 150000, 50000 };
    billing.buyerNames = { QStringLiteral("Caisse des Dépôts et Consignations"), QStringLiteral("Zoé Lefèvre") };
    billing.copaymentCents = 10000;
    const QString text = textOf(documents::quote(content, std::make_unique<DocumentLanguage>()), folder);
    for (const char* mention : { "Devis", "N° D-2026-0007", "Valable jusqu'au 15 avril 2026", "Bénéficiaire Zoé Lefèvre",
                                 "Phase préliminaire 3 h, investigation 17 h, conclusion 4 h", "24 h",
                                 "Total HT 2 000,00 €", "TVA non applicable",
                                 "Caisse des Dépôts et Consignations montant fixe 1 500,00 €",
                                 "Zoé Lefèvre 100 % 500,00 €", "participation forfaitaire du titulaire de 100,00 €",
                                 "Paiement à 30 jours de la date de facture.", "Bon pour accord" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(mention))) << mention << "\n" << text.toStdString();
    }
}

TEST(BillingPdf, TheBpfSheetAndCsvCarryTheFiguresAndWhatIsMissing)
{
    QTemporaryDir folder;
    BpfInput input;
    input.year = BillingRules::financialYearOf(2025, 1);
    input.siret = QStringLiteral("12345678900011");
    input.documents = { { QStringLiteral("F-2025-0001"), QDate(2025, 2, 10), FunderKind::Employer, 180050 },
                        { QStringLiteral("F-2025-0002"), QDate(2025, 3, 5), FunderKind::Cpf, 150000 } };
    input.sessions = { { 1, 10, QDate(2025, 1, 13), 180 }, { 2, 11, QDate(2025, 3, 3), 150 } };
    input.bilans = { { 1, 10, QStringLiteral("Zoé Lefèvre"), TraineeStatus::Employee, true },
                     { 2, 11, QStringLiteral("Loïc \"Çelik\"; fils"), std::nullopt, true } };
    BpfContent content;
    content.letterhead.name = QStringLiteral("Céline Leca");
    content.letterhead.siret = input.siret;
    content.figures = computeBpf(input);
    const QString text = textOf(documents::bpf(content, std::make_unique<DocumentLanguage>()), folder);
    for (const char* mention : { "Cerfa 10443", "du 1er janvier 2025 au 31 décembre 2025", "C-1", "1 800,50 €",
                                 "C-2e", "1 500,00 €", "3 300,50 €", "F-1a", "F-3f", "manquant",
                                 "Loïc \"Çelik\"; fils", "notice" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(mention))) << mention << "\n" << text.toStdString();
    }

    const QByteArray csv = documents::bpfCsv(content.figures, DocumentLanguage());
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "a byte-order mark, so that a spreadsheet reads UTF-8";
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.contains(QStringLiteral("C;C-1;Entreprises, pour la formation de leurs salariés;;;1800,50")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("C;total;Total du cadre C;;;3300,50")));
    EXPECT_TRUE(lines.contains(QStringLiteral("F;F-3f;Bilans de compétences;2;6;")));
    const auto quoted = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.contains(u"Çelik"); });
    ASSERT_NE(quoted, lines.end());
    EXPECT_TRUE(quoted->contains(QStringLiteral("\"\"Çelik\"\"; fils"))) << "a ';' or '\"' in a field is quoted";
    EXPECT_TRUE(quoted->startsWith(QStringLiteral("manquant;;\"Bilan de Loïc"))) << quoted->toStdString();
}

TEST(BillingPdf, AnInvoiceOnAFullDiskIsReportedNotHalfWritten)
{
    InvoiceContent content;
    content.state.invoice = professionalInvoice();
    BuiltDocument built = documents::invoice(content, std::make_unique<DocumentLanguage>());
    FailingDevice device(4096);
    device.open(QIODevice::WriteOnly);
    const auto written = PdfWriter::write(*built.document, built.options, device);
    EXPECT_FALSE(written.ok());
}
