#pragma once

#include <parcours/core/Enums.h>

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace parcours {

/** What the quality dashboard needs of one bilan: no name, no content, only dates, status and figures. */
struct BilanFacts {
    qint64 bilanId = 0;
    BilanStatus status = BilanStatus::Open;
    Funding funding = Funding::Cpf;
    QDate startDate;
    QDate endDate; ///< the day it was concluded or abandoned
    int minutesDone = 0; ///< sessions done in the phases counted toward the 24 h cap (préliminaire, investigation,
                         ///< conclusion): not the entretien préalable nor the follow-up
    std::optional<double> endSatisfaction; ///< mean score of the end-of-bilan evaluation, when answered
    std::optional<double> sixMonthSatisfaction; ///< mean score of the six-month evaluation, when answered
    QString abandonReason; ///< why it was abandoned (empty when not said)
    QDate followUpDue; ///< when the six-month follow-up is due (null: end + 6 months)
    QDate followUpDone; ///< when it took place (null: not yet)
};

/** A mean with how many answered out of how many could have. */
struct RatedMean {
    std::optional<double> mean; ///< none when nobody answered
    int answered = 0;
    int expected = 0;
    std::optional<double> responseRate() const; ///< answered / expected, none when nobody was expected
};

/**
 * The figures of a period for a quality auditor. Bilans *started* in the period give `started` and the funding
 * mix; bilans *ended* (concluded or abandoned) in the period give every rate, the hours, the satisfaction and the
 * follow-ups.
 */
struct QualityFigures {
    QDate from;
    QDate to;
    int started = 0;
    int concluded = 0;
    int abandoned = 0;
    QMap<QString, int> abandonReasons; ///< reason as typed (empty key: not said) → count
    std::optional<double> completionRate; ///< concluded / (concluded + abandoned)
    std::optional<double> abandonmentRate; ///< abandoned / (concluded + abandoned)
    std::optional<double> meanHoursDone; ///< over the bilans concluded in the period
    /// meanHoursDone to the nearest minute, for writing it as the app writes hours ("17 h 20")
    std::optional<int> meanMinutesDone() const;
    RatedMean endSatisfaction; ///< over the bilans concluded in the period
    RatedMean sixMonthSatisfaction; ///< over those whose follow-up was due by `asOf` (or answered already)
    int followUpsDue = 0; ///< follow-ups of bilans concluded in the period, due by `asOf`
    int followUpsDone = 0; ///< of those, done
    int followUpsOnTime = 0; ///< of those, done within 30 days of the due date (before or after)
    std::optional<double> onTimeRate() const; ///< on time / due
    QMap<Funding, int> fundingMix; ///< bilans started in the period, by funding
};

namespace quality {

/// Days around the due date within which a follow-up counts as done on time.
inline constexpr int kFollowUpGraceDays = 30;

/// The six-month follow-up's due date: the one recorded, else end date + 6 months (31 Aug → 28/29 Feb).
QDate followUpDueDate(const BilanFacts& facts);
/// The dashboard's figures for [from, to] (both included), as known on `asOf` (follow-ups not yet due are not
/// counted against anyone).
QualityFigures computeFigures(const QList<BilanFacts>& facts, QDate from, QDate to, QDate asOf);

} // namespace quality
} // namespace parcours
