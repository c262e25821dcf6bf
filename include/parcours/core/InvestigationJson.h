#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>

#include <QByteArray>
#include <QJsonObject>

namespace parcours {

/// The value of the "format" key of an investigation document, and the version this build reads and writes.
inline constexpr QStringView kInvestigationFormat = u"parcours-investigation";
inline constexpr int kInvestigationFormatVersion = 1;

/// The investigation as one JSON document (docs/investigation-json.md); report files carry their content in
/// base64 when it was loaded.
QJsonObject investigationToJson(const Investigation& investigation);

/// Reads an investigation document: strict (unknown keys, wrong types, bad dates refused) and then checked against
/// the rules (checkInvestigation). No side effects. On refusal, Error::field is the JSON pointer of the bad value
/// ("/career_options/2/desire", "" for the document itself) and the message says why. The result's bilanId is 0.
Result<Investigation> parseInvestigationJson(const QByteArray& document);

} // namespace parcours
