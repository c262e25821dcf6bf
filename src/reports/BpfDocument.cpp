// The BPF figures of a financial year as a sheet to copy from (PDF) and as CSV.
#include "DocumentText.h"

#include <parcours/core/Money.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/reports/DocumentBuilder.h>

using namespace Qt::StringLiterals;

namespace parcours::documents {
namespace {

#define T(source) language.text("BpfDocument", source)

QString label(const char* source, const DocumentLanguage& language)
{
    return source ? language.text("Bpf", source) : QString();
}

QString gapText(const BpfGap& gap, const DocumentLanguage& language)
{
    const QString text = label(gap.text, language);
    return gap.argument.isEmpty() ? text : text.arg(gap.argument);
}

/// An amount as the form takes it: digits and the language's decimal mark, no currency, no grouping.
QString plainAmount(qint64 cents, const DocumentLanguage& language)
{
    QString text = Money::fromCents(cents).plain();
    if (language.code() != u"en")
        text.replace(u'.', u',');
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QStringList peopleRow(const BpfPeopleLine& line, const DocumentLanguage& language)
{
    return { line.code, label(line.label, language), language.locale().toString(line.people),
             language.locale().toString(line.hours()) };
}

} // namespace

BuiltDocument bpf(const BpfContent& content, std::unique_ptr<DocumentLanguage> owned)
{
    const DocumentLanguage& language = *owned;
    const BpfFigures& figures = content.figures;
    const QString title = T(QT_TRANSLATE_NOOP("BpfDocument", "BPF figures %1")).arg(figures.year.label);
    DocumentBuilder builder(title);
    builder.letterhead(content.letterhead, language);
    builder.documentTitle(title, T(QT_TRANSLATE_NOOP("BpfDocument", "Bilan pédagogique et financier (Cerfa 10443), "
                                                                    "financial year from %1 to %2"))
                                     .arg(language.longDate(figures.year.first), language.longDate(figures.year.last)));
    const QString missing = T(QT_TRANSLATE_NOOP("BpfDocument", "missing"));
    builder.heading(T(QT_TRANSLATE_NOOP("BpfDocument", "Frame A: the provider")), 2);
    builder.fields({
        { T(QT_TRANSLATE_NOOP("BpfDocument", "Name")), content.letterhead.name.isEmpty() ? missing : content.letterhead.name },
        { T(QT_TRANSLATE_NOOP("BpfDocument", "SIRET")), content.letterhead.siret.isEmpty() ? missing : content.letterhead.siret },
        { T(QT_TRANSLATE_NOOP("BpfDocument", "Declaration number")),
          content.letterhead.declarationNumber.isEmpty() ? missing : content.letterhead.declarationNumber },
    });

    builder.heading(T(QT_TRANSLATE_NOOP("BpfDocument", "Frame C: income from vocational training, excluding VAT")), 2);
    QList<QStringList> income;
    for (const BpfIncomeLine& line : figures.income)
        income << QStringList { line.code, label(line.label, language), Money::fromCents(line.cents).format(language.code()) };
    income << QStringList { QString(), T(QT_TRANSLATE_NOOP("BpfDocument", "Total of frame C")),
                            Money::fromCents(figures.totalCents).format(language.code()) };
    builder.table({ T(QT_TRANSLATE_NOOP("BpfDocument", "Line")), T(QT_TRANSLATE_NOOP("BpfDocument", "Origin")),
                    T(QT_TRANSLATE_NOOP("BpfDocument", "Amount")) },
                  income, { 12, 62, 26 });
    builder.note(T(QT_TRANSLATE_NOOP("BpfDocument", "Invoices issued in the financial year, less their credit notes, "
                                                    "by who was invoiced.")));

    const QStringList peopleHeaders { T(QT_TRANSLATE_NOOP("BpfDocument", "Line")),
                                      T(QT_TRANSLATE_NOOP("BpfDocument", "Who")),
                                      T(QT_TRANSLATE_NOOP("BpfDocument", "Number")),
                                      T(QT_TRANSLATE_NOOP("BpfDocument", "Hours")) };
    builder.heading(T(QT_TRANSLATE_NOOP("BpfDocument", "Frame E: people who gave the training")), 2);
    builder.table(peopleHeaders, { peopleRow(figures.trainers, language) }, { 12, 62, 12, 14 });
    builder.heading(T(QT_TRANSLATE_NOOP("BpfDocument", "Frame F: trainees and hours")), 2);
    QList<QStringList> trainees;
    for (const BpfPeopleLine& line : figures.trainees)
        trainees << peopleRow(line, language);
    trainees << peopleRow(figures.bilans, language);
    builder.table(peopleHeaders, trainees, { 12, 62, 12, 14 });
    builder.note(T(QT_TRANSLATE_NOOP("BpfDocument", "Each beneficiary counts once; hours are the face-to-face hours "
                                                    "done in the financial year in the preliminary, investigation "
                                                    "and conclusion phases, rounded to the hour.")));

    builder.heading(T(QT_TRANSLATE_NOOP("BpfDocument", "What the records lack")), 2);
    QStringList gaps;
    for (const BpfGap& gap : figures.gaps)
        gaps << gapText(gap, language);
    if (gaps.isEmpty())
        builder.paragraph(T(QT_TRANSLATE_NOOP("BpfDocument", "Nothing: every figure comes from complete records.")));
    else
        builder.bullets(gaps);
    builder.spacing(3);
    builder.framedNote(T(QT_TRANSLATE_NOOP("BpfDocument", "Before filing")),
                       T(QT_TRANSLATE_NOOP("BpfDocument",
                                           "These figures follow the BPF as Parcours knows it: check each line against "
                                           "the notice of the current Cerfa 10443 before copying it into Mon Activité "
                                           "Formation. Frames B, D (charges) and G (training subcontracted) are not "
                                           "computed: they come from your accounts.")));
    PdfOptions options;
    options.title = title;
    options.runningHeader = content.letterhead.name + u" · "_s + title;
    return finish(builder, std::move(owned), options, u"bpf-%1.pdf"_s.arg(figures.year.label));
}

QByteArray bpfCsv(const BpfFigures& figures, const DocumentLanguage& language)
{
    QStringList lines;
    const auto row = [&](const QStringList& fields) {
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        lines << escaped.join(u';');
    };
    row({ T(QT_TRANSLATE_NOOP("BpfDocument", "frame")), T(QT_TRANSLATE_NOOP("BpfDocument", "line")),
          T(QT_TRANSLATE_NOOP("BpfDocument", "label")), T(QT_TRANSLATE_NOOP("BpfDocument", "number")),
          T(QT_TRANSLATE_NOOP("BpfDocument", "hours")), T(QT_TRANSLATE_NOOP("BpfDocument", "amount")) });
    for (const BpfIncomeLine& line : figures.income)
        row({ u"C"_s, line.code, label(line.label, language), {}, {}, plainAmount(line.cents, language) });
    row({ u"C"_s, u"total"_s, T(QT_TRANSLATE_NOOP("BpfDocument", "Total of frame C")), {}, {},
          plainAmount(figures.totalCents, language) });
    const auto people = [&](const QString& frame, const BpfPeopleLine& line) {
        row({ frame, line.code, label(line.label, language), QString::number(line.people), QString::number(line.hours()), {} });
    };
    people(u"E"_s, figures.trainers);
    for (const BpfPeopleLine& line : figures.trainees)
        people(u"F"_s, line);
    people(u"F"_s, figures.bilans);
    for (const BpfGap& gap : figures.gaps)
        row({ T(QT_TRANSLATE_NOOP("BpfDocument", "missing")), {}, gapText(gap, language), {}, {}, {} });
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + QByteArrayLiteral("\r\n");
}

} // namespace parcours::documents

#undef T
