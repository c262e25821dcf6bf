// The tripartite agreement (R6313-8) and the certificat de réalisation: administrative documents of a bilan.
#include "DocumentText.h"

#include <parcours/core/Money.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {
namespace {

// T(…): a text of these documents in their language (the literal stays visible to lupdate).
#define T(source) language.text("AdministrativeDocument", source)

const QString kBlank = u"________________________________"_s;

QString orBlank(const QString& text)
{
    return text.trimmed().isEmpty() ? kBlank : text;
}

QString providerLines(const Letterhead& letterhead, const DocumentLanguage& language)
{
    QStringList lines { orBlank(letterhead.name) };
    lines << letterhead.contactLines();
    if (!letterhead.siret.isEmpty())
        lines << T(QT_TRANSLATE_NOOP("AdministrativeDocument", "SIRET %1")).arg(letterhead.siret);
    if (!letterhead.declarationNumber.isEmpty()) {
        lines << T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Training provider declaration no. %1"))
                     .arg(letterhead.declarationNumber);
    }
    return lines.join(u'\n');
}

QString thirdParty(Funding funding, const DocumentLanguage& language)
{
    return funding == Funding::FranceTravail ? T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The funder"))
                                             : T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The employer"));
}

void article(DocumentBuilder& builder, int number, const QString& title, const QString& text)
{
    builder.heading(u"%1. %2"_s.arg(number).arg(title), 2);
    builder.paragraphs(text);
}

} // namespace

BuiltDocument agreement(const AgreementContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BilanParties& parties = content.parties;
    const QString title = T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Bilan de compétences agreement"));
    DocumentBuilder builder(title + u" — "_s + parties.client.fullName());
    builder.letterhead(parties.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                                     "Tripartite agreement (article R6313-8 of the Code du travail)")));
    builder.heading(T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Between")), 2);
    QString beneficiary = parties.client.fullName();
    if (parties.client.birthDate.isValid()) {
        beneficiary += u'\n' + T(QT_TRANSLATE_NOOP("AdministrativeDocument", "born on %1"))
                                   .arg(language.longDate(parties.client.birthDate));
    }
    builder.fields({
        { T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The provider")), providerLines(parties.letterhead, language) },
        { T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The beneficiary")), beneficiary },
        { thirdParty(parties.bilan.funding, language), orBlank(content.record.employer) },
    });

    const PhaseBudgets& budgets = parties.bilan.budgets;
    const QString hours = formatMinutes(budgets.countedMinutes());
    int n = 0;
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Title of the action")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Bilan de compétences.")));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Objective")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "To allow the beneficiary to analyse their professional and personal competences, "
                                "their aptitudes and their motivations, in order to define a career project and, "
                                "where relevant, a training project.")));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Content")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "A preliminary phase (%1): the request, the method, the beneficiary's path.\n\n"
                                "An investigation phase (%2): competences, personal characteristics, values and "
                                "motivations, exploration of options and of the job market.\n\n"
                                "A conclusion phase (%3): the project, its strengths and points of vigilance, the "
                                "action plan and the synthesis document."))
                .arg(formatMinutes(budgets.minutes(Phase::Preliminary)),
                     formatMinutes(budgets.minutes(Phase::Investigation)),
                     formatMinutes(budgets.minutes(Phase::Conclusion))));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Means")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "Individual face-to-face interviews with %1; questionnaires and exercises; tests where "
                                "useful; documentary research; meetings with professionals."))
                .arg(orBlank(consultantLine(parties.letterhead))));
    // Signed before the bilan starts: its period is the one planned.
    const QDate start = parties.bilan.startDate.isValid() ? parties.bilan.startDate : parties.firstDay;
    QString period;
    if (start.isValid() && parties.lastDay.isValid() && parties.lastDay > start) {
        period = documents::period(parties, language);
    } else if (start.isValid()) {
        period = T(QT_TRANSLATE_NOOP("AdministrativeDocument", "starting on %1, over about two months"))
                     .arg(language.longDate(start));
    } else {
        period = T(QT_TRANSLATE_NOOP("AdministrativeDocument", "from ______________ to ______________"));
    }
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Duration and period")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "%1 in all, within the legal limit of 24 hours, %2, in sessions of two to three hours "
                                "about one week apart."))
                .arg(hours, period));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "How the bilan runs and is followed up")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "Each session is recorded on an attendance sheet signed by the beneficiary and the "
                                "consultant. Between sessions the beneficiary does personal work. A follow-up "
                                "interview is offered six months after the end of the bilan.")));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "How the results are handed over")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "The detailed results and the synthesis document are handed to the beneficiary alone, "
                                "in an individual interview of the conclusion phase. They are given to no one else, "
                                "the signatories of this agreement included, without the beneficiary's agreement "
                                "(article L6313-4). The documents made for the bilan are destroyed at its end, save "
                                "the exceptions of article R6313-7.")));
    const QString price = content.record.priceCents
        ? Money::fromCents(*content.record.priceCents).format(language.code())
        : kBlank;
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Price and payment")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Price: %1.\n\nPayment: %2."))
                .arg(price, orBlank(content.record.paymentTerms)));
    article(builder, ++n, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Time to decide")),
            T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                "The beneficiary has %1 days from receiving this agreement to sign it. Without an "
                                "answer within that time, the agreement is considered refused."))
                .arg(kAgreementSignatureDays));
    builder.spacing(4);
    const QString sent = content.record.sentOn.isValid() ? language.longDate(content.record.sentOn) : kBlank;
    builder.paragraph(T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Made in three copies. Sent to the beneficiary on %1."))
                          .arg(sent));
    builder.signatureBoxes({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The beneficiary")),
                             thirdParty(parties.bilan.funding, language),
                             T(QT_TRANSLATE_NOOP("AdministrativeDocument", "The provider")) },
                           24);
    builder.note(T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                     "Each signature preceded by the words “read and approved” and the date.")));
    PdfOptions options = frame(title, parties, {}, language);
    return finish(builder, std::move(owned), options, u"convention-%1.pdf"_s.arg(fileSlug(parties.client)));
}

BuiltDocument completionCertificate(const CertificateContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BilanParties& parties = content.parties;
    const QString title = T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Certificate of completion"));
    DocumentBuilder builder(title + u" — "_s + parties.client.fullName());
    builder.letterhead(parties.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Certificat de réalisation")));
    builder.paragraph(T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                          "I, the undersigned, %1, legal representative of the provider of the action "
                                          "that contributes to the development of competences, certify that:"))
                          .arg(orBlank(parties.letterhead.name)));
    QList<std::pair<QString, QString>> rows {
        { T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Beneficiary")), parties.client.fullName() },
    };
    if (!content.employer.trimmed().isEmpty()) {
        rows.append({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Employee of")),
                      content.employer.section(u'\n', 0, 0) });
    }
    rows.append({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Followed the action")),
                  T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Bilan de compétences")) });
    rows.append({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Nature of the action")),
                  T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                      "☐ training action\n☒ bilan de compétences\n☐ validation of prior "
                                      "experience (VAE)\n☐ apprenticeship")) });
    rows.append({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Period")), orBlank(period(parties, language)) });
    rows.append({ T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Duration")),
                  T(QT_TRANSLATE_NOOP("AdministrativeDocument", "%1 of face-to-face sessions"))
                      .arg(formatMinutes(content.doneMinutes)) });
    builder.fields(rows);
    builder.spacing(4);
    builder.paragraph(T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                          "Without prejudice to the periods set by tax, accounting or commercial rules, "
                                          "I undertake to keep all the documents that justify this certificate for three "
                                          "years from the end of the year of the last payment.")));
    builder.spacing(4);
    builder.paragraph(T(QT_TRANSLATE_NOOP("AdministrativeDocument", "Signed at ____________________, on %1"))
                          .arg(language.longDate(content.issuedOn)));
    builder.signatureBoxes({ T(QT_TRANSLATE_NOOP("AdministrativeDocument",
                                                 "Signature and stamp of the provider's legal representative")) },
                           30);
    PdfOptions options = frame(title, parties, {}, language);
    return finish(builder, std::move(owned), options,
                  u"certificat-de-realisation-%1.pdf"_s.arg(fileSlug(parties.client)));
}

} // namespace parcours::documents

#undef T
