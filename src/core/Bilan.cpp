#include <parcours/core/Bilan.h>
#include <parcours/core/Hours.h>

namespace parcours {

PhaseBudgets::PhaseBudgets()
    : m_minutes { 60, 3 * 60, 17 * 60, 4 * 60, 60 }
{
}

int PhaseBudgets::countedMinutes() const
{
    int total = 0;
    for (Phase phase : kAllPhases) {
        if (countsTowardCap(phase))
            total += minutes(phase);
    }
    return total;
}

} // namespace parcours
