#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Result.h>

namespace parcours {

/**
 * A small, friendly demonstration: a few invented beneficiaries at different points of their bilan, recorded
 * through the services (so every rule applies), around the clock's today. For trying Parcours safely in a file
 * of its own; the large generator for benchmarks is another tool.
 */
class SampleData {
public:
    /// How many beneficiaries fill() records.
    static int beneficiaryCount();
    /// Records the demonstration beneficiaries, their bilans and sessions (past ones logged as done) and a
    /// demonstration letterhead when none is set. Meant for an empty database.
    static Result<void> fill(Repositories& repositories, const Clock& clock);
};

} // namespace parcours
