// The questionnaire "le regard des autres": how the people around the beneficiary see them. Our own wording.
#include "QuestionBox.h"

#include <parcours/core/Investigation.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/InvestigationHandouts.h>
#include <parcours/reports/PdfWriter.h>

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr const char* kContext = "PeerQuestionnaire";

QString text(const HandoutContext& context, const char* source)
{
    return context.language.text(kContext, source);
}

QString title(const HandoutContext& context)
{
    return text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "How others see me"));
}

} // namespace

HandoutContext HandoutContext::fromSettings(const Settings& settings, const QString& beneficiaryFirstName)
{
    return { Letterhead::fromSettings(settings), beneficiaryFirstName,
        DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
}

std::unique_ptr<QTextDocument> buildPeerQuestionnaire(const HandoutContext& context)
{
    const QString name = context.beneficiaryFirstName;
    DocumentBuilder builder(title(context));
    builder.letterhead(context.letterhead, context.language);
    builder.documentTitle(title(context),
        text(context,
            QT_TRANSLATE_NOOP("PeerQuestionnaire",
                "A questionnaire for the people "
                "who know %1"))
            .arg(name));
    builder.paragraph(text(context,
        QT_TRANSLATE_NOOP("PeerQuestionnaire",
            "%1 is taking stock of their skills and career (a bilan de "
            "compétences) and would like to know how you see them, at work "
            "or in everyday life. There are no right or wrong answers: say "
            "what you have noticed, in your own words. A few lines are "
            "enough."))
                          .arg(name));

    builder.heading(text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "About you")), 2);
    builder.signatureBoxes(
        { text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "Your first name")),
            text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "Since when you have known %1")).arg(name) },
        9);
    QStringList relations;
    for (PeerFeedback::Relation relation : kAllRelations)
        relations << u"☐\u00A0"_s + context.language.text("Investigation", sourceName(relation));
    builder.paragraph(text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "How you know %1:")).arg(name) + u"  "_s
        + relations.join(u"   "_s));

    const char* questions[] = {
        QT_TRANSLATE_NOOP("PeerQuestionnaire", "1. How would you describe their way of being with others?"),
        QT_TRANSLATE_NOOP("PeerQuestionnaire", "2. What are their strengths, in your view? What do they do best?"),
        QT_TRANSLATE_NOOP("PeerQuestionnaire", "3. What should they watch out for? What could stand in their way?"),
        QT_TRANSLATE_NOOP("PeerQuestionnaire", "4. In which activities, roles or jobs could you picture them?"),
    };
    for (const char* question : questions)
        questionBox(builder, text(context, question), {}, 32);
    questionBox(builder,
        text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "5. Three words that suit them, for you")), {}, 9);

    builder.spacing(3);
    builder.paragraph(text(context,
        QT_TRANSLATE_NOOP("PeerQuestionnaire",
            "Thank you for your time. Please give your answers back to %1, "
            "on paper or by e-mail: only %1 and the consultant who "
            "accompanies the bilan will read them."))
                          .arg(name));
    return builder.finish();
}

Result<void> writePeerQuestionnaire(const HandoutContext& context, const QString& path)
{
    auto document = buildPeerQuestionnaire(context);
    PdfOptions options;
    options.title = title(context);
    options.runningHeader = title(context) + u" — "_s + context.beneficiaryFirstName;
    options.footerNote = text(context, QT_TRANSLATE_NOOP("PeerQuestionnaire", "Confidential"));
    options.language = &context.language;
    return PdfWriter::writeFile(*document, options, path);
}

} // namespace parcours
