#include <parcours/core/BackupRotation.h>
#include <parcours/core/Settings.h>

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace parcours {

RetentionPolicy RetentionPolicy::fromSettings(const Settings& settings)
{
    return { settings.count(settingKeys::backupKeepDaily), settings.count(settingKeys::backupKeepWeekly),
        settings.count(settingKeys::backupKeepMonthly) };
}

QList<qsizetype> backupsToPrune(const QList<QDateTime>& times, const RetentionPolicy& policy)
{
    QList<qsizetype> newestFirst(times.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(
        newestFirst.begin(), newestFirst.end(), [&](qsizetype a, qsizetype b) { return times[a] > times[b]; });

    QSet<qsizetype> kept;
    if (!newestFirst.isEmpty())
        kept.insert(newestFirst.first());
    // For each period kind: walk from the newest, keep the first backup met in each new period, `limit` periods.
    auto keepPerPeriod = [&](int limit, const std::function<qint64(QDate)>& period) {
        QSet<qint64> seen;
        for (qsizetype index : std::as_const(newestFirst)) {
            if (seen.size() >= limit)
                break;
            const qint64 key = period(times[index].date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            kept.insert(index);
        }
    };
    keepPerPeriod(policy.daily, [](QDate date) { return date.toJulianDay(); });
    keepPerPeriod(policy.weekly, [](QDate date) {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return qint64(weekYear) * 100 + week;
    });
    keepPerPeriod(policy.monthly, [](QDate date) { return qint64(date.year()) * 100 + date.month(); });

    QList<qsizetype> prune;
    for (qsizetype index = 0; index < times.size(); ++index) {
        if (!kept.contains(index))
            prune << index;
    }
    return prune;
}

} // namespace parcours
