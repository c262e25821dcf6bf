// The quote (devis), the invoice and the credit note (avoir): the mentions of a French invoice, from values.
#include "DocumentText.h"

#include <parcours/core/Money.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {
namespace {

// T(…): a text of these documents in their language (the literal stays visible to lupdate).
#define T(source) language.text("BillingDocument", source)

QString money(qint64 cents, const DocumentLanguage& language)
{
    return Money::fromCents(cents).format(language.code());
}

QString percent(int basisPoints, const DocumentLanguage& language)
{
    const QString number = basisPoints % 100 == 0 ? QString::number(basisPoints / 100)
                                                  : language.locale().toString(basisPoints / 100.0, 'f', 2);
    return number + (language.code() == u"en" ? u"%"_s : u"\u00a0%"_s);
}

QString periodText(QDate start, QDate end, const DocumentLanguage& language)
{
    if (start.isValid() && end.isValid() && end > start) {
        return language.text("Document", QT_TRANSLATE_NOOP("Document", "from %1 to %2"))
            .arg(language.longDate(start), language.longDate(end));
    }
    if (start.isValid())
        return language.text("Document", QT_TRANSLATE_NOOP("Document", "on %1")).arg(language.longDate(start));
    return {};
}

QString nameAndAddress(const QString& name, const QString& address)
{
    return address.trimmed().isEmpty() ? name : name + u'\n' + address.trimmed();
}

/// The amounts at the foot of a document: without VAT, the VAT (none: the exemption is stated), the total.
void totals(DocumentBuilder& builder, qint64 cents, const QString& totalLabel, const QString& vatMention,
            const DocumentLanguage& language)
{
    builder.spacing(2);
    builder.fields({
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Total excluding VAT")), money(cents, language) },
        { T(QT_TRANSLATE_NOOP("BillingDocument", "VAT")), money(0, language) },
        { totalLabel, money(cents, language) },
    });
    if (!vatMention.trimmed().isEmpty())
        builder.paragraph(vatMention.trimmed());
}

void invoiceTerms(DocumentBuilder& builder, const Invoice& invoice, const DocumentLanguage& language)
{
    builder.heading(T(QT_TRANSLATE_NOOP("BillingDocument", "Payment")), 2);
    QString due = T(QT_TRANSLATE_NOOP("BillingDocument", "Payment due by %1.")).arg(language.longDate(invoice.dueOn));
    if (!invoice.paymentTerms.isEmpty())
        due += u' ' + invoice.paymentTerms;
    builder.paragraph(due);
    if (!invoice.bankDetails.isEmpty())
        builder.paragraphs(T(QT_TRANSLATE_NOOP("BillingDocument", "Bank details:")) + u'\n' + invoice.bankDetails);
    builder.note(T(QT_TRANSLATE_NOOP("BillingDocument",
                                     "Late payment: penalties at three times the French legal interest rate, due from "
                                     "the day after the due date without a reminder (article L441-10 of the Code de "
                                     "commerce).")));
    if (invoice.professionalBuyer()) {
        builder.note(T(QT_TRANSLATE_NOOP("BillingDocument",
                                         "Professional customers: a fixed indemnity of %1 for recovery costs is due "
                                         "on late payment (articles L441-10 and D441-5 of the Code de commerce). No "
                                         "discount for early payment."))
                         .arg(money(4000, language)));
    }
}

} // namespace

BuiltDocument invoice(const InvoiceContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const Invoice& invoice = content.state.invoice;
    const bool credit = invoice.kind == InvoiceKind::CreditNote;
    const QString title = credit ? T(QT_TRANSLATE_NOOP("BillingDocument", "Credit note"))
                                 : T(QT_TRANSLATE_NOOP("BillingDocument", "Invoice"));
    DocumentBuilder builder(title + u' ' + invoice.number);
    Letterhead seller;
    seller.name = invoice.sellerName;
    seller.address = invoice.sellerAddress;
    seller.siret = invoice.sellerSiret;
    seller.declarationNumber = invoice.sellerDeclaration;
    seller.logo = content.logo;
    builder.letterhead(seller, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("BillingDocument", "No. %1")).arg(invoice.number));

    QList<std::pair<QString, QString>> rows {
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Number")), invoice.number },
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Date of issue")), language.longDate(invoice.issuedOn) },
    };
    if (credit) {
        rows.append({ T(QT_TRANSLATE_NOOP("BillingDocument", "Corrects invoice")),
                      content.correctsIssuedOn.isValid()
                          ? T(QT_TRANSLATE_NOOP("BillingDocument", "%1 of %2"))
                                .arg(invoice.correctsNumber, language.longDate(content.correctsIssuedOn))
                          : invoice.correctsNumber });
    } else {
        rows.append({ T(QT_TRANSLATE_NOOP("BillingDocument", "Due date")), language.longDate(invoice.dueOn) });
    }
    rows.append({ T(QT_TRANSLATE_NOOP("BillingDocument", "Customer")), nameAndAddress(invoice.buyerName, invoice.buyerAddress) });
    if (invoice.buyerName != invoice.beneficiary)
        rows.append({ T(QT_TRANSLATE_NOOP("BillingDocument", "Beneficiary")), invoice.beneficiary });
    builder.fields(rows);

    builder.heading(T(QT_TRANSLATE_NOOP("BillingDocument", "Details")), 2);
    QString description;
    if (credit) {
        description = T(QT_TRANSLATE_NOOP("BillingDocument", "Credit on invoice %1 (bilan de compétences of %2)"))
                          .arg(invoice.correctsNumber, invoice.beneficiary)
            + u'\n' + T(QT_TRANSLATE_NOOP("BillingDocument", "Reason: %1")).arg(invoice.reason);
    } else {
        description = T(QT_TRANSLATE_NOOP("BillingDocument", "Bilan de compétences of %1")).arg(invoice.beneficiary);
        const QString period = periodText(invoice.periodStart, invoice.periodEnd, language);
        if (!period.isEmpty())
            description += u'\n' + period;
        if (invoice.amountCents != invoice.totalCents) {
            description += u'\n' + T(QT_TRANSLATE_NOOP("BillingDocument", "Share of the price of %1"))
                                       .arg(money(invoice.totalCents, language));
        }
    }
    builder.table({ T(QT_TRANSLATE_NOOP("BillingDocument", "Description")),
                    T(QT_TRANSLATE_NOOP("BillingDocument", "Hours")),
                    T(QT_TRANSLATE_NOOP("BillingDocument", "Amount excluding VAT")) },
                  { { description, credit ? QString() : formatMinutes(invoice.minutes), money(invoice.amountCents, language) } },
                  { 60, 14, 26 });
    totals(builder,
           invoice.amountCents,
           credit ? T(QT_TRANSLATE_NOOP("BillingDocument", "Total credited"))
                  : T(QT_TRANSLATE_NOOP("BillingDocument", "Total due")),
           invoice.vatMention, language);
    if (invoice.copaymentCents > 0) {
        builder.note(T(QT_TRANSLATE_NOOP("BillingDocument",
                                         "Of which %1 is the beneficiary's flat co-payment, paid on Mon Compte "
                                         "Formation."))
                         .arg(money(invoice.copaymentCents, language)));
    }
    if (credit) {
        builder.paragraph(T(QT_TRANSLATE_NOOP("BillingDocument", "This credit note takes %1 off invoice %2."))
                              .arg(money(invoice.amountCents, language), invoice.correctsNumber));
    } else {
        invoiceTerms(builder, invoice, language);
    }

    PdfOptions options;
    options.title = title + u' ' + invoice.number;
    options.runningHeader = invoice.sellerName + u" · "_s + title + u' ' + invoice.number;
    const QString file = (credit ? u"avoir-"_s : u"facture-"_s) + invoice.number + u".pdf"_s;
    return finish(builder, std::move(owned), options, file);
}

BuiltDocument quote(const QuoteContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BillingOverview& billing = content.billing;
    const QString title = T(QT_TRANSLATE_NOOP("BillingDocument", "Quote"));
    DocumentBuilder builder(title + u' ' + content.number);
    builder.letterhead(content.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("BillingDocument", "No. %1")).arg(content.number));
    builder.fields({
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Date")), language.longDate(content.issuedOn) },
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Valid until")), language.longDate(content.validUntil) },
        { T(QT_TRANSLATE_NOOP("BillingDocument", "Beneficiary")), billing.client.fullName() },
    });

    builder.heading(T(QT_TRANSLATE_NOOP("BillingDocument", "The service")), 2);
    builder.paragraph(T(QT_TRANSLATE_NOOP("BillingDocument",
                                          "A bilan de compétences (articles L6313-1, L6313-4 and R6313-4 of the Code du "
                                          "travail), in individual sessions: a preliminary phase, an investigation "
                                          "phase and a conclusion phase, ending with a synthesis document handed to the "
                                          "beneficiary alone.")));
    const PhaseBudgets& budgets = billing.bilan.budgets;
    const QString phases = T(QT_TRANSLATE_NOOP("BillingDocument", "Preliminary phase %1, investigation %2, conclusion %3"))
                               .arg(formatMinutes(budgets.minutes(Phase::Preliminary)),
                                    formatMinutes(budgets.minutes(Phase::Investigation)),
                                    formatMinutes(budgets.minutes(Phase::Conclusion)));
    const qint64 price = billing.priceCents.value_or(0);
    builder.table({ T(QT_TRANSLATE_NOOP("BillingDocument", "Description")),
                    T(QT_TRANSLATE_NOOP("BillingDocument", "Hours")),
                    T(QT_TRANSLATE_NOOP("BillingDocument", "Amount excluding VAT")) },
                  { { T(QT_TRANSLATE_NOOP("BillingDocument", "Bilan de compétences")) + u'\n' + phases,
                      formatMinutes(budgets.countedMinutes()), money(price, language) } },
                  { 60, 14, 26 });
    totals(builder, price, T(QT_TRANSLATE_NOOP("BillingDocument", "Total")), content.vatMention, language);

    if (billing.shareCents.size() == billing.plan.shares.size() && !billing.plan.shares.isEmpty()) {
        builder.heading(T(QT_TRANSLATE_NOOP("BillingDocument", "Funding")), 2);
        QList<QStringList> funders;
        for (qsizetype i = 0; i < billing.plan.shares.size(); ++i) {
            const FunderShare& share = billing.plan.shares[i];
            const QString name = billing.buyerNames.value(i).isEmpty() ? share.name : billing.buyerNames.value(i);
            funders << QStringList { name.isEmpty() ? T(QT_TRANSLATE_NOOP("BillingDocument", "To be named")) : name,
                                     share.fixedCents ? T(QT_TRANSLATE_NOOP("BillingDocument", "fixed amount"))
                                                      : percent(share.basisPoints, language),
                                     money(billing.shareCents[i], language) };
        }
        builder.table({ T(QT_TRANSLATE_NOOP("BillingDocument", "Funder")),
                        T(QT_TRANSLATE_NOOP("BillingDocument", "Share")),
                        T(QT_TRANSLATE_NOOP("BillingDocument", "Amount")) },
                      funders, { 60, 14, 26 });
        if (billing.copaymentCents > 0) {
            builder.note(T(QT_TRANSLATE_NOOP("BillingDocument",
                                             "The CPF share includes the beneficiary's flat co-payment of %1, paid on "
                                             "Mon Compte Formation when registering."))
                             .arg(money(billing.copaymentCents, language)));
        }
    }
    builder.heading(T(QT_TRANSLATE_NOOP("BillingDocument", "Payment")), 2);
    builder.paragraph(content.paymentTerms.isEmpty()
                          ? (content.paymentDays > 0
                                 ? T(QT_TRANSLATE_NOOP("BillingDocument", "Payment within %1 days of the invoice's date."))
                                       .arg(content.paymentDays)
                                 : T(QT_TRANSLATE_NOOP("BillingDocument", "Payment on receipt of the invoice.")))
                          : content.paymentTerms);
    builder.spacing(4);
    builder.signatureBoxes({ T(QT_TRANSLATE_NOOP("BillingDocument", "Agreed: the beneficiary (date and signature)")),
                             T(QT_TRANSLATE_NOOP("BillingDocument", "The provider")) },
                           24);
    PdfOptions options;
    options.title = title + u' ' + content.number;
    options.runningHeader = content.letterhead.name + u" · "_s + billing.client.fullName();
    return finish(builder, std::move(owned), options, u"devis-%1.pdf"_s.arg(fileSlug(billing.client)));
}

} // namespace parcours::documents

#undef T
