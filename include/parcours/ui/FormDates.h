#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace parcours::formDates {

// Dates typed in the investigation's forms, where they are often known only roughly: "14/09/2012", "09/2012"
// or "2012" (the first day of that month or year), or nothing.

/// "14/09/2012", or "" for a null date.
QString text(QDate date);
/// A null QDate for empty text; nullopt when the text is not a date.
std::optional<QDate> parse(const QString& text);

} // namespace parcours::formDates
