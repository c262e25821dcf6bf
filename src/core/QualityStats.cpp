#include <parcours/core/QualityStats.h>

#include <parcours/core/FollowUp.h>

#include <cmath>
#include <cstdlib>

namespace parcours {
namespace {

std::optional<double> ratio(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return static_cast<double>(part) / whole;
}

bool within(QDate date, QDate from, QDate to)
{
    return date.isValid() && date >= from && date <= to;
}

/** Sums of the satisfaction scores over one population. */
struct MeanBuilder {
    double sum = 0;
    RatedMean result;
    void expect(const std::optional<double>& answer)
    {
        ++result.expected;
        if (answer) {
            ++result.answered;
            sum += *answer;
        }
    }
    RatedMean finish()
    {
        if (result.answered > 0)
            result.mean = sum / result.answered;
        return result;
    }
};

} // namespace

std::optional<double> RatedMean::responseRate() const
{
    return ratio(answered, expected);
}

std::optional<int> QualityFigures::meanMinutesDone() const
{
    if (!meanHoursDone)
        return std::nullopt;
    return static_cast<int>(std::lround(*meanHoursDone * 60));
}

std::optional<double> QualityFigures::onTimeRate() const
{
    return ratio(followUpsOnTime, followUpsDue);
}

namespace quality {

QDate followUpDueDate(const BilanFacts& facts)
{
    if (facts.followUpDue.isValid())
        return facts.followUpDue;
    return parcours::followUpDueDate(facts.endDate);
}

QualityFigures computeFigures(const QList<BilanFacts>& facts, QDate from, QDate to, QDate asOf)
{
    QualityFigures figures;
    figures.from = from;
    figures.to = to;
    qint64 minutesConcluded = 0;
    MeanBuilder end;
    MeanBuilder sixMonths;
    for (const BilanFacts& bilan : facts) {
        if (within(bilan.startDate, from, to)) {
            ++figures.started;
            ++figures.fundingMix[bilan.funding];
        }
        if (!within(bilan.endDate, from, to))
            continue;
        if (bilan.status == BilanStatus::Abandoned) {
            ++figures.abandoned;
            ++figures.abandonReasons[bilan.abandonReason.trimmed()];
            continue;
        }
        if (bilan.status != BilanStatus::Closed)
            continue;
        ++figures.concluded;
        minutesConcluded += bilan.minutesDone;
        end.expect(bilan.endSatisfaction);
        const QDate due = followUpDueDate(bilan);
        const bool followUpDue = due.isValid() && due <= asOf;
        if (followUpDue || bilan.sixMonthSatisfaction)
            sixMonths.expect(bilan.sixMonthSatisfaction);
        if (!followUpDue)
            continue;
        ++figures.followUpsDue;
        if (bilan.followUpDone.isValid()) {
            ++figures.followUpsDone;
            if (std::abs(due.daysTo(bilan.followUpDone)) <= kFollowUpGraceDays)
                ++figures.followUpsOnTime;
        }
    }
    const int ended = figures.concluded + figures.abandoned;
    figures.completionRate = ratio(figures.concluded, ended);
    figures.abandonmentRate = ratio(figures.abandoned, ended);
    if (figures.concluded > 0)
        figures.meanHoursDone = minutesConcluded / 60.0 / figures.concluded;
    figures.endSatisfaction = end.finish();
    figures.sixMonthSatisfaction = sixMonths.finish();
    return figures;
}

} // namespace quality
} // namespace parcours
