#pragma once

#include <QDate>
#include <QDateTime>

#include <parcours/core/Enums.h>

#include <array>

namespace parcours {

/** Planned hours (in minutes) of each phase; defaults from the programme: 1 / 3 / 17 / 4 / 1 h. */
class PhaseBudgets {
public:
    PhaseBudgets();
    int minutes(Phase phase) const { return m_minutes[index(phase)]; }
    void setMinutes(Phase phase, int minutes) { m_minutes[index(phase)] = minutes; }
    /// Préliminaire + investigation + conclusion: what the 24 h cap limits.
    int countedMinutes() const;
    bool operator==(const PhaseBudgets&) const = default;

private:
    static std::size_t index(Phase phase) { return static_cast<std::size_t>(phase); }
    std::array<int, 5> m_minutes;
};

/** One bilan de compétences of a client, from its opening to its follow-up. */
struct Bilan {
    qint64 id = 0;
    qint64 clientId = 0;
    BilanStatus status = BilanStatus::Open;
    Funding funding = Funding::Cpf;
    QDate startDate; ///< null until known
    QDate endDate; ///< null while open
    PhaseBudgets budgets;
    QDateTime createdAt;
    int version = 0;
};

} // namespace parcours
