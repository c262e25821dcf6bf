// evaluation …, questionnaire …: satisfaction at the end of the bilan and six months later.
#include "Cli.h"

#include <parcours/core/QualityService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/QualityDocuments.h>
#include <parcours/reports/QualityJson.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

std::optional<EvaluationKind> kindOption(Context& context)
{
    const auto kind = evaluationKindFromKey(context.option(u"kind"_s));
    if (!kind)
        context.fail(u"--kind: '%1' is not a questionnaire (expected end|six-months)"_s.arg(context.option(u"kind"_s)));
    return kind;
}

int recordEvaluation(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    const auto kind = kindOption(context);
    if (!kind)
        return Exit::Failed;
    const auto dateGiven = context.dateOption(u"date"_s, QDate());
    if (!dateGiven)
        return Exit::Failed;
    const QDate date = *dateGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    QualityService service(*store.value(), context.clock());
    if (auto bilan = store.value()->bilans().get(*bilanId); !bilan)
        return context.fail(bilan.error());
    auto questionnaire = service.currentQuestionnaire(*kind);
    if (!questionnaire)
        return context.fail(questionnaire.error());
    auto scores = quality::parseScores(context.option(u"scores"_s), questionnaire.value());
    if (!scores)
        return context.fail(u"--scores: "_s + scores.error().message);
    auto recorded = service.recordEvaluation(*bilanId, *kind, scores.value(), context.option(u"comment"_s), date);
    if (!recorded)
        return context.fail(recorded.error());
    if (context.json())
        context.printJson(json::evaluation(recorded.value(), questionnaire.value()));
    return Exit::Ok;
}

int showEvaluation(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    const auto kind = kindOption(context);
    if (!kind)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::ReadContent, AuditRecord::Bilan, *bilanId, u"evaluation"_s); !logged)
        return context.fail(logged.error());
    QualityService service(*store.value(), context.clock());
    auto evaluation = service.evaluation(*bilanId, *kind);
    if (!evaluation)
        return context.fail(evaluation.error());
    if (!evaluation.value())
        return context.fail(u"bilan %1 has no %2 evaluation"_s.arg(*bilanId).arg(toKey(*kind)));
    auto answered = service.questionnaire(evaluation.value()->questionnaireId);
    if (!answered)
        return context.fail(answered.error());
    if (context.json()) {
        context.printJson(json::evaluation(*evaluation.value(), answered.value()));
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const EvaluationQuestion& q : answered->questions) {
        const auto score = evaluation.value()->scores.find(q.key);
        rows.append({ q.key, score == evaluation.value()->scores.cend() ? u"-"_s : QString::number(*score), q.text });
    }
    context.out() << "Bilan " << *bilanId << ", " << toKey(*kind) << " evaluation of "
                  << formatIsoDate(evaluation.value()->answeredOn) << " (questionnaire version " << answered->number
                  << ")\n";
    context.printTable({ u"KEY"_s, u"SCORE"_s, u"QUESTION"_s }, rows);
    if (!evaluation.value()->comment.isEmpty())
        context.out() << "Comment: " << evaluation.value()->comment << '\n';
    context.out().flush();
    return Exit::Ok;
}

int showQuestionnaire(Context& context)
{
    const auto kind = kindOption(context);
    if (!kind)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto questionnaire = QualityService(*store.value(), context.clock()).currentQuestionnaire(*kind);
    if (!questionnaire)
        return context.fail(questionnaire.error());
    if (context.json()) {
        context.printJson(json::questionnaire(questionnaire.value()));
        return Exit::Ok;
    }
    context.out() << toKey(*kind) << " questionnaire, version " << questionnaire->number << '\n';
    QList<QStringList> rows;
    for (const EvaluationQuestion& q : questionnaire->questions)
        rows.append({ q.key, q.text });
    context.printTable({ u"KEY"_s, u"QUESTION"_s }, rows);
    return Exit::Ok;
}

int editQuestionnaire(Context& context)
{
    const auto kind = kindOption(context);
    if (!kind)
        return Exit::Failed;
    QFile file(context.option(u"file"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return context.fail(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto revised = QualityService(*store.value(), context.clock()).reviseQuestionnaire(*kind, lines);
    if (!revised)
        return context.fail(revised.error());
    context.out() << revised->number << '\n';
    context.out().flush();
    return Exit::Ok;
}

int printQuestionnaire(Context& context)
{
    const auto kind = kindOption(context);
    if (!kind)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto questionnaire = QualityService(*store.value(), context.clock()).currentQuestionnaire(*kind);
    if (!questionnaire)
        return context.fail(questionnaire.error());
    const Settings settings(store.value()->settings());
    const QualityDocumentContext documentContext { Letterhead::fromSettings(settings),
        DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
    if (auto written = writeEvaluationQuestionnaire(documentContext, questionnaire.value(), context.option(u"out"_s));
        !written)
        return context.fail(written.error());
    return Exit::Ok;
}

} // namespace

void registerEvaluationCommands(QList<CommandSpec>& commands)
{
    const OptionSpec kind { u"kind"_s, u"end|six-months"_s, true };
    commands.append({ { u"evaluation"_s }, { u"BILAN_ID"_s },
        { kind, { u"scores"_s, u"q1=5,q2=4"_s, true }, { u"comment"_s, u"TEXT"_s }, { u"date"_s, u"YYYY-MM-DD"_s } },
        u"Records the beneficiary's answers (scores 1-5) to the current questionnaire; entering them "
        u"again replaces them."_s,
        false, recordEvaluation });
    commands.append({ { u"evaluation"_s, u"show"_s }, { u"BILAN_ID"_s }, { kind },
        u"Shows a bilan's answers beside the questions of the version they answered."_s, false, showEvaluation });
    commands.append({ { u"questionnaire"_s, u"show"_s }, {}, { kind },
        u"Lists the questions of the current version of a questionnaire."_s, false, showQuestionnaire });
    commands.append({ { u"questionnaire"_s, u"edit"_s }, {}, { kind, { u"file"_s, u"FILE.txt"_s, true } },
        u"Makes a new version of a questionnaire from a file of one question per line; prints its "
        u"number."_s,
        false, editQuestionnaire });
    commands.append({ { u"pdf"_s, u"questionnaire"_s }, {}, { kind, { u"out"_s, u"FILE.pdf"_s, true } },
        u"Writes the blank questionnaire for the beneficiary to fill on paper (anonymous)."_s, true,
        printQuestionnaire });
}

} // namespace parcours::cli
