#pragma once

#include <QDateTime>
#include <QString>

namespace parcours::format {

// Dates and times as the consultant reads them, in the application's locale (French by default).

QString shortDate(QDate date); ///< "lun. 19/01"
QString shortDateTime(const QDateTime& dateTime); ///< "lun. 19/01 14:00"
QString longDate(QDate date);
/// "lun. 16/02 09:30" when the date is within a few months of today, else "16/02/27 09:30".
QString compactDateTime(const QDateTime& dateTime, QDate today); ///< "lundi 19 janvier 2026"
QString dayMonth(QDate date); ///< "19 janv."
QString time(const QDateTime& dateTime); ///< "14:00"
/// "3 h / 17 h": done over planned, as on the timeline.
QString hoursOf(int doneMinutes, int totalMinutes);
QString bilanCount(int count); ///< "1 bilan", "3 bilans"
/// A file's path as a consultant reads it: the home folder shortened to "~" ("~/Documents/Parcours/x.sqlite").
/// Anything else (a path elsewhere, a cabinet's address) unchanged.
QString homePath(const QString& path);

} // namespace parcours::format
