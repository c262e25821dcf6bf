#include <parcours/core/WallClock.h>
#include <parcours/reports/QualityJson.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::json {
namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(formatIsoDate(value)) : QJsonValue();
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject rated(const RatedMean& mean)
{
    return { { u"mean"_s, number(mean.mean) }, { u"answered"_s, mean.answered }, { u"expected"_s, mean.expected },
        { u"response_rate"_s, number(mean.responseRate()) } };
}

} // namespace

QJsonObject questionnaire(const Questionnaire& questionnaire)
{
    QJsonArray questions;
    for (const EvaluationQuestion& q : questionnaire.questions)
        questions.append(QJsonObject { { u"key"_s, q.key }, { u"text"_s, q.text } });
    return { { u"kind"_s, toKey(questionnaire.kind) }, { u"version"_s, questionnaire.number },
        { u"questions"_s, questions } };
}

QJsonObject evaluation(const Evaluation& evaluation, const Questionnaire& answered)
{
    QJsonArray scores;
    for (const EvaluationQuestion& q : answered.questions) {
        scores.append(QJsonObject { { u"key"_s, q.key }, { u"question"_s, q.text },
            { u"score"_s,
                evaluation.scores.contains(q.key) ? QJsonValue(evaluation.scores.value(q.key)) : QJsonValue() } });
    }
    return { { u"bilan_id"_s, evaluation.bilanId }, { u"kind"_s, toKey(evaluation.kind) },
        { u"questionnaire_version"_s, answered.number }, { u"answered_on"_s, date(evaluation.answeredOn) },
        { u"scores"_s, scores }, { u"mean"_s, number(evaluation.meanScore()) }, { u"comment"_s, evaluation.comment } };
}

QJsonObject registerEntry(const RegisterEntry& entry)
{
    return { { u"id"_s, entry.id }, { u"kind"_s, toKey(entry.kind) }, { u"date"_s, date(entry.receivedOn) },
        { u"from"_s, entry.fromWhom }, { u"nature"_s, entry.nature }, { u"handling"_s, entry.handling },
        { u"outcome"_s, entry.outcome }, { u"closed_on"_s, date(entry.closedOn) } };
}

QJsonObject improvementAction(const ImprovementAction& action)
{
    return { { u"id"_s, action.id }, { u"date"_s, date(action.raisedOn) }, { u"source"_s, action.source },
        { u"action"_s, action.action }, { u"owner"_s, action.owner }, { u"due"_s, date(action.dueOn) },
        { u"status"_s, toKey(action.status) } };
}

QJsonObject qualityFigures(const QualityFigures& figures)
{
    QJsonObject reasons;
    for (auto it = figures.abandonReasons.cbegin(); it != figures.abandonReasons.cend(); ++it)
        reasons.insert(it.key().isEmpty() ? u"(not said)"_s : it.key(), it.value());
    QJsonObject funding;
    for (Funding f : kAllFundings)
        funding.insert(toKey(f), figures.fundingMix.value(f));
    return { { u"from"_s, date(figures.from) }, { u"to"_s, date(figures.to) }, { u"started"_s, figures.started },
        { u"concluded"_s, figures.concluded }, { u"abandoned"_s, figures.abandoned }, { u"abandon_reasons"_s, reasons },
        { u"completion_rate"_s, number(figures.completionRate) },
        { u"abandonment_rate"_s, number(figures.abandonmentRate) },
        { u"mean_hours_done"_s, number(figures.meanHoursDone) },
        { u"end_satisfaction"_s, rated(figures.endSatisfaction) },
        { u"six_month_satisfaction"_s, rated(figures.sixMonthSatisfaction) },
        { u"follow_ups_due"_s, figures.followUpsDue }, { u"follow_ups_done"_s, figures.followUpsDone },
        { u"follow_ups_on_time"_s, figures.followUpsOnTime }, { u"on_time_rate"_s, number(figures.onTimeRate()) },
        { u"funding"_s, funding } };
}

} // namespace parcours::json
