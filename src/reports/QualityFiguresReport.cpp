// The quality dashboard's figures for an auditor, as PDF and CSV: counts and rates only, no one named.
#include <parcours/core/WallClock.h>
#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>
#include <parcours/reports/QualityDocuments.h>

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr const char* kContext = "QualityFigures";

QString text(const DocumentLanguage& language, const char* source)
{
    return language.text(kContext, source);
}

QString percent(const DocumentLanguage& language, const std::optional<double>& rate)
{
    return rate ? language.locale().toString(*rate * 100, 'f', 0) + u"\u00A0%"_s : u"—"_s;
}

QString decimal(const DocumentLanguage& language, const std::optional<double>& value)
{
    return value ? language.locale().toString(*value, 'f', 1) : u"—"_s;
}

/// Hours as the rest of Parcours writes them ("17 h 20"), in the document and the CSV alike.
QString hours(const std::optional<int>& minutes)
{
    return minutes ? formatMinutes(*minutes) : u"—"_s;
}

QString fundingName(const DocumentLanguage& language, Funding funding)
{
    switch (funding) {
    case Funding::Cpf:
        return text(language, QT_TRANSLATE_NOOP("QualityFigures", "CPF"));
    case Funding::Employer:
        return text(language, QT_TRANSLATE_NOOP("QualityFigures", "Employer"));
    case Funding::FranceTravail:
        return text(language, QT_TRANSLATE_NOOP("QualityFigures", "France Travail"));
    case Funding::Personal:
        return text(language, QT_TRANSLATE_NOOP("QualityFigures", "Personal funds"));
    }
    return {};
}

QString outOf(const DocumentLanguage& language, int part, int whole)
{
    return text(language, QT_TRANSLATE_NOOP("QualityFigures", "%1 of %2")).arg(part).arg(whole);
}

/// Label / value rows of the figures, in the order of the document and the CSV.
QList<QStringList> rows(const QualityFigures& f, const DocumentLanguage& language)
{
    const auto t = [&](const char* source) { return text(language, source); };
    return {
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Bilans started")), QString::number(f.started) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Bilans concluded")), QString::number(f.concluded) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Bilans abandoned")), QString::number(f.abandoned) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Completion rate")), percent(language, f.completionRate) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Abandonment rate")), percent(language, f.abandonmentRate) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Mean hours done (concluded bilans)")),
            hours(f.meanMinutesDone()) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Satisfaction at the end (out of 5)")),
            decimal(language, f.endSatisfaction.mean) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Response rate at the end")),
            percent(language, f.endSatisfaction.responseRate()) + u" ("_s
                + outOf(language, f.endSatisfaction.answered, f.endSatisfaction.expected) + u')' },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Satisfaction at six months (out of 5)")),
            decimal(language, f.sixMonthSatisfaction.mean) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Response rate at six months")),
            percent(language, f.sixMonthSatisfaction.responseRate()) + u" ("_s
                + outOf(language, f.sixMonthSatisfaction.answered, f.sixMonthSatisfaction.expected) + u')' },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Follow-ups due")), QString::number(f.followUpsDue) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Follow-ups done")), QString::number(f.followUpsDone) },
        { t(QT_TRANSLATE_NOOP("QualityFigures", "Follow-ups done on time (within 30 days)")),
            percent(language, f.onTimeRate()) + u" ("_s + outOf(language, f.followUpsOnTime, f.followUpsDue) + u')' },
    };
}

QString figuresTitle(const DocumentLanguage& language)
{
    return text(language, QT_TRANSLATE_NOOP("QualityFigures", "Quality indicators"));
}

QString periodText(const DocumentLanguage& language, const QualityFigures& f)
{
    return text(language, QT_TRANSLATE_NOOP("QualityFigures", "From %1 to %2"))
        .arg(language.longDate(f.from), language.longDate(f.to));
}

QString reasonName(const DocumentLanguage& language, const QString& reason)
{
    return reason.isEmpty() ? text(language, QT_TRANSLATE_NOOP("QualityFigures", "Reason not given")) : reason;
}

} // namespace

std::unique_ptr<QTextDocument> buildQualityFigures(const QualityDocumentContext& context, const QualityFigures& figures)
{
    const DocumentLanguage& language = context.language;
    DocumentBuilder builder(figuresTitle(language));
    builder.letterhead(context.letterhead, language);
    builder.documentTitle(figuresTitle(language), periodText(language, figures));
    builder.note(text(language,
        QT_TRANSLATE_NOOP("QualityFigures",
            "Bilans started in the period give the number started and the "
            "funding; bilans concluded or abandoned in the period give the "
            "rates, hours, satisfaction and follow-ups. Satisfaction is the "
            "mean of the anonymous scores (1 to 5).")));
    builder.heading(text(language, QT_TRANSLATE_NOOP("QualityFigures", "Figures")), 2);
    builder.table({ text(language, QT_TRANSLATE_NOOP("QualityFigures", "Indicator")),
                      text(language, QT_TRANSLATE_NOOP("QualityFigures", "Value")) },
        rows(figures, language), { 65, 35 });
    builder.heading(text(language, QT_TRANSLATE_NOOP("QualityFigures", "Funding of the bilans started")), 2);
    QList<QStringList> funding;
    for (Funding f : kAllFundings)
        funding.append({ fundingName(language, f), QString::number(figures.fundingMix.value(f)) });
    builder.table({ text(language, QT_TRANSLATE_NOOP("QualityFigures", "Funding")),
                      text(language, QT_TRANSLATE_NOOP("QualityFigures", "Bilans")) },
        funding, { 65, 35 });
    if (!figures.abandonReasons.isEmpty()) {
        builder.heading(text(language, QT_TRANSLATE_NOOP("QualityFigures", "Reasons for abandonment")), 2);
        QList<QStringList> reasons;
        for (auto it = figures.abandonReasons.cbegin(); it != figures.abandonReasons.cend(); ++it)
            reasons.append({ reasonName(language, it.key()), QString::number(it.value()) });
        builder.table({ text(language, QT_TRANSLATE_NOOP("QualityFigures", "Reason")),
                          text(language, QT_TRANSLATE_NOOP("QualityFigures", "Bilans")) },
            reasons, { 65, 35 });
    }
    return builder.finish();
}

Result<void> writeQualityFigures(
    const QualityDocumentContext& context, const QualityFigures& figures, const QString& path)
{
    auto document = buildQualityFigures(context, figures);
    PdfOptions options;
    options.title = figuresTitle(context.language);
    options.runningHeader = figuresTitle(context.language) + u" — "_s + periodText(context.language, figures);
    options.language = &context.language;
    return PdfWriter::writeFile(*document, options, path);
}

QByteArray figuresCsv(const QualityFigures& figures, const DocumentLanguage& language)
{
    QList<QStringList> table { { text(language, QT_TRANSLATE_NOOP("QualityFigures", "Indicator")),
        text(language, QT_TRANSLATE_NOOP("QualityFigures", "Value")) } };
    return csvTable(table + figuresTable(figures, language));
}

QList<QStringList> figuresTable(const QualityFigures& figures, const DocumentLanguage& language)
{
    QList<QStringList> table;
    table.append({ text(language, QT_TRANSLATE_NOOP("QualityFigures", "Period")),
        formatIsoDate(figures.from) + u" / "_s + formatIsoDate(figures.to) });
    table += rows(figures, language);
    for (Funding f : kAllFundings)
        table.append({ text(language, QT_TRANSLATE_NOOP("QualityFigures", "Funding: %1")).arg(fundingName(language, f)),
            QString::number(figures.fundingMix.value(f)) });
    for (auto it = figures.abandonReasons.cbegin(); it != figures.abandonReasons.cend(); ++it)
        table.append(
            { text(language, QT_TRANSLATE_NOOP("QualityFigures", "Abandoned: %1")).arg(reasonName(language, it.key())),
                QString::number(it.value()) });
    return table;
}

} // namespace parcours
