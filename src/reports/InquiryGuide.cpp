// The interview guide of a field inquiry (enquête métier): preparing the meeting, the questions by theme, room
// for the answers. Our own wording.
#include "QuestionBox.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/InvestigationHandouts.h>
#include <parcours/reports/PdfWriter.h>

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr const char* kContext = "InquiryGuide";

QString text(const HandoutContext& context, const char* source)
{
    return context.language.text(kContext, source);
}

QString title(const HandoutContext& context)
{
    return text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Meeting a professional: interview guide"));
}

/** One theme of the interview: its heading and the questions to ask. */
struct Theme {
    const char* heading;
    std::initializer_list<const char*> questions;
};

} // namespace

std::unique_ptr<QTextDocument> buildInquiryGuide(const HandoutContext& context, const QString& optionTitle)
{
    DocumentBuilder builder(title(context));
    builder.letterhead(context.letterhead, context.language);
    const QString subtitle = optionTitle.trimmed().isEmpty()
        ? text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Prepared for %1")).arg(context.beneficiaryFirstName)
        : text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Option explored: %1 — prepared for %2"))
              .arg(optionTitle.trimmed(), context.beneficiaryFirstName);
    builder.documentTitle(title(context), subtitle);
    builder.paragraph(text(context,
        QT_TRANSLATE_NOOP("InquiryGuide",
            "Talking with people who do the job is the surest way to check "
            "the picture you have of it against everyday reality, and to "
            "start a network in the field. This guide helps you prepare the "
            "meeting and keep track of what you learn.")));

    builder.heading(text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Before the meeting")), 2);
    builder.bullets({
        text(context,
            QT_TRANSLATE_NOOP("InquiryGuide",
                "Say who you are and why you are asking: you are exploring this "
                "job as part of a bilan de compétences, not applying for a "
                "position.")),
        text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Ask for 30 to 45 minutes, at their workplace if you can.")),
        text(context,
            QT_TRANSLATE_NOOP("InquiryGuide",
                "Find out about the organisation beforehand and mark the "
                "questions that matter most to you.")),
    });

    builder.heading(text(context, QT_TRANSLATE_NOOP("InquiryGuide", "The person you meet")), 2);
    builder.signatureBoxes({ text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Name")),
                               text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Job")),
                               text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Organisation")) },
        9);
    builder.signatureBoxes({ text(context, QT_TRANSLATE_NOOP("InquiryGuide", "How to reach them")),
                               text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Date of the meeting")) },
        9);

    const Theme themes[] = {
        { QT_TRANSLATE_NOOP("InquiryGuide", "The activities"),
            { QT_TRANSLATE_NOOP("InquiryGuide", "What does an ordinary day or week look like?"),
                QT_TRANSLATE_NOOP("InquiryGuide", "Which tasks take the most time? Which do you prefer?") } },
        { QT_TRANSLATE_NOOP("InquiryGuide", "Working conditions"),
            { QT_TRANSLATE_NOOP("InquiryGuide", "Hours, place, pace, travel, physical demands?"),
                QT_TRANSLATE_NOOP("InquiryGuide",
                    "Working alone or in a team? Employed or self-employed? What pay can a "
                    "beginner expect?") } },
        { QT_TRANSLATE_NOOP("InquiryGuide", "Qualities required"),
            { QT_TRANSLATE_NOOP("InquiryGuide", "Which qualities matter most in this job?"),
                QT_TRANSLATE_NOOP("InquiryGuide", "What makes people thrive in it, or leave it?") } },
        { QT_TRANSLATE_NOOP("InquiryGuide", "Training path"),
            { QT_TRANSLATE_NOOP("InquiryGuide", "What path led you to this job?"),
                QT_TRANSLATE_NOOP("InquiryGuide",
                    "Which training or qualifications are expected? Are there other routes "
                    "(apprenticeship, VAE, learning on the job)?") } },
        { QT_TRANSLATE_NOOP("InquiryGuide", "The job market"),
            { QT_TRANSLATE_NOOP("InquiryGuide", "Are people being hired? Where, and by which organisations?"),
                QT_TRANSLATE_NOOP("InquiryGuide",
                    "How does one find a first position? Whom else would you advise me to "
                    "meet?") } },
    };
    builder.heading(text(context, QT_TRANSLATE_NOOP("InquiryGuide", "The questions")), 2);
    for (const Theme& theme : themes) {
        QStringList questions;
        for (const char* question : theme.questions)
            questions << text(context, question);
        questionBox(builder, text(context, theme.heading), questions, 24);
    }

    questionBox(builder, text(context, QT_TRANSLATE_NOOP("InquiryGuide", "After the meeting")),
        { text(context,
            QT_TRANSLATE_NOOP("InquiryGuide",
                "Your impressions: what surprised, attracted or put "
                "you off")) },
        22);
    builder.note(text(context,
        QT_TRANSLATE_NOOP("InquiryGuide",
            "Send a word of thanks within a few days, and bring "
            "this guide to your next session.")));
    return builder.finish();
}

Result<void> writeInquiryGuide(const HandoutContext& context, const QString& optionTitle, const QString& path)
{
    auto document = buildInquiryGuide(context, optionTitle);
    PdfOptions options;
    options.title = title(context);
    options.runningHeader = title(context) + u" — "_s + context.beneficiaryFirstName;
    options.footerNote = text(context, QT_TRANSLATE_NOOP("InquiryGuide", "Working document of the bilan"));
    options.language = &context.language;
    return PdfWriter::writeFile(*document, options, path);
}

} // namespace parcours
