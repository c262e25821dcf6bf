#pragma once

#include <QDateTime>
#include <QList>

namespace parcours {

class Settings;

/**
 * How many automatic backups are kept, grandfather-father-son style: the newest backup of each of the last
 * `daily` days, of each of the last `weekly` weeks and of each of the last `monthly` months (days, weeks and
 * months that have a backup). The newest backup is always kept.
 */
struct RetentionPolicy {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    /// The policy the consultant chose (settings backup.keep_daily, backup.keep_weekly, backup.keep_monthly).
    static RetentionPolicy fromSettings(const Settings& settings);
};

/// Which of the backups taken at `times` (any order) the policy lets go: their indexes into `times`, ascending.
QList<qsizetype> backupsToPrune(const QList<QDateTime>& times, const RetentionPolicy& policy);

} // namespace parcours
