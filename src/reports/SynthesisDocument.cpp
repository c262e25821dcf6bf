// The synthèse and its handover receipt as documents.
#include "DocumentText.h"

#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {
namespace {

// T(…): a text of this document in its language (the literal stays visible to lupdate).
#define T(source) language.text("SynthesisDocument", source)

QString sectionTitle(const SynthesisSection& section, const DocumentLanguage& language)
{
    if (!section.title.isEmpty())
        return section.title;
    if (const char* source = SynthesisRules::defaultTitleSource(section.key))
        return language.text("SynthesisSection", source);
    return section.key;
}

QString horizonName(Horizon horizon, const DocumentLanguage& language)
{
    switch (horizon) {
    case Horizon::Short:
        return language.text("Horizon", QT_TRANSLATE_NOOP("Horizon", "Short term"));
    case Horizon::Medium:
        return language.text("Horizon", QT_TRANSLATE_NOOP("Horizon", "Medium term"));
    case Horizon::Long:
        return language.text("Horizon", QT_TRANSLATE_NOOP("Horizon", "Long term"));
    }
    return {};
}

QString versionLine(const SynthesisContent& content, const DocumentLanguage& language)
{
    const SynthesisVersion& version = content.version;
    switch (version.status) {
    case SynthesisStatus::Final:
        return T(QT_TRANSLATE_NOOP("SynthesisDocument", "Final version no. %1 of %2"))
            .arg(version.number)
            .arg(language.longDate(version.finalizedAt.date()));
    case SynthesisStatus::Submitted:
        return T(QT_TRANSLATE_NOOP("SynthesisDocument", "Version no. %1, submitted for your observations on %2"))
            .arg(version.number)
            .arg(language.longDate(version.submittedAt.date()));
    case SynthesisStatus::Draft:
        break;
    }
    return T(QT_TRANSLATE_NOOP("SynthesisDocument", "Working draft no. %1 of %2 — not handed over"))
        .arg(version.number)
        .arg(language.longDate(content.printedOn));
}

void cover(DocumentBuilder& builder, const SynthesisContent& content, const DocumentLanguage& language)
{
    const BilanParties& parties = content.parties;
    builder.letterhead(parties.letterhead, language);
    builder.spacing(parties.letterhead.isEmpty() ? 45 : 28);
    builder.line(T(QT_TRANSLATE_NOOP("SynthesisDocument", "Synthesis document")), 24, true, Qt::AlignHCenter);
    builder.line(T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan de compétences")), 13, false, Qt::AlignHCenter, true);
    builder.spacing(14);
    builder.line(parties.client.fullName(), 18, true, Qt::AlignHCenter);
    const QString period = documents::period(parties, language);
    if (!period.isEmpty()) {
        builder.line(parties.lastDay.isValid()
                ? T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan carried out %1")).arg(period)
                : T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan started %1")).arg(period),
            11, false, Qt::AlignHCenter, true);
    }
    if (const QString consultant = consultantLine(parties.letterhead); !consultant.isEmpty())
        builder.line(
            T(QT_TRANSLATE_NOOP("SynthesisDocument", "With %1")).arg(consultant), 10, false, Qt::AlignHCenter, true);
    builder.spacing(4);
    builder.line(versionLine(content, language), 10, false, Qt::AlignHCenter, true);
    builder.spacing(22);
    builder.framedNote(T(QT_TRANSLATE_NOOP("SynthesisDocument", "Confidential")),
        T(QT_TRANSLATE_NOOP("SynthesisDocument",
            "This document is confidential. You are its sole recipient, as you are of the detailed results "
            "of your bilan (article L6313-4 of the Code du travail): no one else may receive it, in whole "
            "or in part, without your agreement. The provider and the consultant are bound by "
            "professional secrecy.")));
}

void actionPlan(DocumentBuilder& builder, QList<PlannedAction> actions, const DocumentLanguage& language)
{
    if (actions.isEmpty())
        return;
    std::stable_sort(actions.begin(), actions.end(),
        [](const PlannedAction& a, const PlannedAction& b) { return a.horizon < b.horizon; });
    QList<QStringList> rows;
    for (const PlannedAction& action : actions) {
        rows << QStringList { horizonName(action.horizon, language), action.step,
            action.contact.isEmpty() ? u"—"_s : action.contact,
            action.targetDate.isValid() ? language.longDate(action.targetDate) : u"—"_s };
    }
    builder.table(
        { T(QT_TRANSLATE_NOOP("SynthesisDocument", "Horizon")), T(QT_TRANSLATE_NOOP("SynthesisDocument", "Step")),
            T(QT_TRANSLATE_NOOP("SynthesisDocument", "Contact or resource")),
            T(QT_TRANSLATE_NOOP("SynthesisDocument", "Target date")) },
        rows, { 16, 42, 24, 18 });
    builder.spacing(3);
}

} // namespace

BuiltDocument synthesis(const SynthesisContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const QString name = content.parties.client.fullName();
    const QString title = T(QT_TRANSLATE_NOOP("SynthesisDocument", "Synthesis document — %1")).arg(name);
    DocumentBuilder builder(title);
    cover(builder, content, language);
    builder.pageBreak();

    const SynthesisVersion& version = content.version;
    int number = 0;
    for (const SynthesisSection& section : version.sections) {
        const bool isPlan = section.key == sectionKeys::actionPlan;
        const bool empty = section.body.isEmpty() && !(isPlan && !version.actions.isEmpty());
        if (section.hidden || (empty && version.isFrozen()))
            continue;
        builder.heading(u"%1. %2"_s.arg(++number).arg(sectionTitle(section, language)));
        if (empty) {
            builder.note(T(QT_TRANSLATE_NOOP("SynthesisDocument", "To be written.")));
            continue;
        }
        builder.richText(section.body);
        if (isPlan)
            actionPlan(builder, version.actions, language);
    }
    if (!version.observations.trimmed().isEmpty()) {
        builder.heading(T(QT_TRANSLATE_NOOP("SynthesisDocument", "The beneficiary's observations")));
        builder.paragraphs(version.observations);
    }
    builder.spacing(6);
    const QDate written = version.isFrozen() ? version.finalizedAt.date() : content.printedOn;
    const QString author = content.parties.letterhead.name;
    builder.line(author.isEmpty()
            ? T(QT_TRANSLATE_NOOP("SynthesisDocument", "Written on %1.")).arg(language.longDate(written))
            : T(QT_TRANSLATE_NOOP("SynthesisDocument", "Written on %1 by %2, under the provider's responsibility."))
                  .arg(language.longDate(written), author),
        9.5, false, Qt::AlignLeft, true);

    PdfOptions options = frame(title, content.parties,
        T(QT_TRANSLATE_NOOP("SynthesisDocument", "confidential, for the beneficiary only")), language);
    const QString fileName = u"synthese-%1-v%2.pdf"_s.arg(fileSlug(content.parties.client)).arg(version.number);
    return finish(builder, std::move(owned), options, fileName);
}

BuiltDocument receipt(const ReceiptContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BilanParties& parties = content.parties;
    const QString name = parties.client.fullName();
    const QString title = T(QT_TRANSLATE_NOOP("SynthesisDocument", "Receipt of the synthesis document"));
    DocumentBuilder builder(title + u" — "_s + name);
    builder.letterhead(parties.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan de compétences")));
    QList<std::pair<QString, QString>> rows { { T(QT_TRANSLATE_NOOP("SynthesisDocument", "Beneficiary")), name } };
    if (const QString period = documents::period(parties, language); !period.isEmpty())
        rows.append({ T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan")),
            T(QT_TRANSLATE_NOOP("SynthesisDocument", "Bilan de compétences, %1")).arg(period) });
    rows.append({ T(QT_TRANSLATE_NOOP("SynthesisDocument", "Document handed over")),
        T(QT_TRANSLATE_NOOP("SynthesisDocument", "Synthesis document, final version no. %1 of %2"))
            .arg(content.synthesisNumber)
            .arg(language.longDate(content.synthesisDate)) });
    if (const QString consultant = consultantLine(parties.letterhead); !consultant.isEmpty())
        rows.append({ T(QT_TRANSLATE_NOOP("SynthesisDocument", "Consultant")), consultant });
    builder.fields(rows);
    builder.spacing(6);
    builder.paragraph(T(QT_TRANSLATE_NOOP("SynthesisDocument",
                            "I, the undersigned, %1, acknowledge that I have received the synthesis document of "
                            "my bilan de compétences, in the final version named above."))
                          .arg(name));
    builder.paragraph(T(QT_TRANSLATE_NOOP("SynthesisDocument",
        "I have been told that I am its sole recipient: it may be given to anyone else "
        "only with my agreement (article L6313-4 of the Code du travail).")));
    builder.spacing(6);
    const QString date = content.signedOn.isValid() ? language.longDate(content.signedOn) : u"____________________"_s;
    builder.paragraph(T(QT_TRANSLATE_NOOP("SynthesisDocument", "Signed at ____________________, on %1")).arg(date));
    builder.spacing(3);
    builder.signatureBoxes({ T(QT_TRANSLATE_NOOP("SynthesisDocument", "The beneficiary")),
        T(QT_TRANSLATE_NOOP("SynthesisDocument", "The provider")) });
    builder.spacing(8);
    builder.note(T(QT_TRANSLATE_NOOP("SynthesisDocument",
        "This receipt holds nothing of the synthesis itself: it is the proof, kept by the "
        "provider, that the document was handed over.")));
    PdfOptions options = frame(title, parties, {}, language);
    return finish(builder, std::move(owned), options, u"accuse-de-remise-%1.pdf"_s.arg(fileSlug(parties.client)));
}

} // namespace parcours::documents

#undef T
