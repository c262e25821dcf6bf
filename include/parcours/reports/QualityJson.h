#pragma once

#include <parcours/core/Quality.h>
#include <parcours/core/QualityStats.h>

#include <QJsonObject>

namespace parcours::json {

// The quality records as JSON, in the style of Json.h (snake_case, keys as on the command line, dates YYYY-MM-DD).

/// A questionnaire version: kind, number, questions (key, text).
QJsonObject questionnaire(const Questionnaire& questionnaire);
/// An answer set with the questions of the version it answered (each score beside its question).
QJsonObject evaluation(const Evaluation& evaluation, const Questionnaire& answered);
QJsonObject registerEntry(const RegisterEntry& entry);
QJsonObject improvementAction(const ImprovementAction& action);
/// The dashboard's figures: counts, rates (0–1, null when nothing to divide by), means, funding mix.
QJsonObject qualityFigures(const QualityFigures& figures);

} // namespace parcours::json
