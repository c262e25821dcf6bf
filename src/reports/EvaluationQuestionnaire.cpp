// The blank satisfaction questionnaire (end of the bilan or six months later), for the beneficiary to fill on paper.
#include "QuestionBox.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>
#include <parcours/reports/QualityDocuments.h>

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr const char* kContext = "EvaluationQuestionnaire";

QString text(const QualityDocumentContext& context, const char* source)
{
    return context.language.text(kContext, source);
}

QString title(const QualityDocumentContext& context, EvaluationKind kind)
{
    return kind == EvaluationKind::End
        ? text(context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Your opinion on your bilan"))
        : text(context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Six months after your bilan"));
}

} // namespace

std::unique_ptr<QTextDocument> buildEvaluationQuestionnaire(
    const QualityDocumentContext& context, const Questionnaire& questionnaire)
{
    DocumentBuilder builder(title(context, questionnaire.kind));
    builder.letterhead(context.letterhead, context.language);
    builder.documentTitle(title(context, questionnaire.kind),
        questionnaire.kind == EvaluationKind::End
            ? text(context,
                QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Satisfaction questionnaire at the end of the bilan"))
            : text(
                context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Satisfaction questionnaire six months later")));
    builder.paragraph(questionnaire.kind == EvaluationKind::End
            ? text(context,
                QT_TRANSLATE_NOOP("EvaluationQuestionnaire",
                    "Your bilan de compétences is coming to an end. Your answers "
                    "help us improve how we accompany the people who come after "
                    "you. They are anonymous: do not write your name."))
            : text(context,
                QT_TRANSLATE_NOOP("EvaluationQuestionnaire",
                    "Six months have passed since your bilan de compétences. "
                    "Tell us what it has become for you: your answers help us "
                    "improve our work. They are anonymous: do not write your "
                    "name.")));
    builder.paragraph(text(context,
        QT_TRANSLATE_NOOP("EvaluationQuestionnaire",
            "For each statement, tick one box: 1 = not at all, 2 = a little, "
            "3 = fairly, 4 = largely, 5 = completely.")));
    QList<QStringList> rows;
    int index = 0;
    for (const EvaluationQuestion& question : questionnaire.questions)
        rows.append({ u"%1. %2"_s.arg(++index).arg(question.text), u"☐"_s, u"☐"_s, u"☐"_s, u"☐"_s, u"☐"_s });
    builder.table({ text(context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Statement")), u"1"_s, u"2"_s, u"3"_s,
                      u"4"_s, u"5"_s },
        rows, { 70, 6, 6, 6, 6, 6 });
    questionBox(builder,
        text(
            context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Anything you would like to add, in your own words")),
        {}, 45);
    builder.spacing(3);
    builder.note(text(context,
        QT_TRANSLATE_NOOP("EvaluationQuestionnaire",
            "Thank you. Questionnaire version %1: please hand it back to your "
            "consultant or leave it in the box provided."))
                     .arg(questionnaire.number));
    return builder.finish();
}

Result<void> writeEvaluationQuestionnaire(
    const QualityDocumentContext& context, const Questionnaire& questionnaire, const QString& path)
{
    auto document = buildEvaluationQuestionnaire(context, questionnaire);
    PdfOptions options;
    options.title = title(context, questionnaire.kind);
    options.runningHeader = title(context, questionnaire.kind);
    options.footerNote = text(context, QT_TRANSLATE_NOOP("EvaluationQuestionnaire", "Anonymous questionnaire"));
    options.language = &context.language;
    return PdfWriter::writeFile(*document, options, path);
}

} // namespace parcours
