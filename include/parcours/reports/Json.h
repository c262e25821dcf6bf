#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <parcours/core/Agreement.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/Synthesis.h>
#include <parcours/core/Client.h>
#include <parcours/core/Session.h>

namespace parcours::json {

// Domain values as JSON: snake_case keys after the glossary, enum values spelled as on the command line,
// dates `YYYY-MM-DD`, date-times `YYYY-MM-DDTHH:MM` (wall clock), durations in whole minutes, null for "not set".

QJsonObject client(const Client& client);
QJsonObject clientSummary(const ClientSummary& summary);
QJsonObject session(const Session& session);
QJsonObject bilan(const Bilan& bilan);
/// A bilan with its phases (budget, planned and done minutes), totals against the cap and sessions.
QJsonObject bilanOverview(const BilanOverview& overview);
/// A synthèse version: status and dates, its sections (key, title, shown, words, plain text), the action plan.
QJsonObject synthesis(const SynthesisVersion& version);
/// The agreement's dates and terms, and its state on `status`'s day.
QJsonObject agreement(const AgreementRecord& record, const AgreementStatus& status);

} // namespace parcours::json
