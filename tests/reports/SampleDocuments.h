#pragma once

#include <parcours/reports/Documents.h>

namespace parcours::test {

/// A whole final synthèse of an invented beneficiary: every standard section written, one renamed, one hidden, one of
/// the consultant's own, an action plan and observations.
SynthesisContent sampleSynthesis();

} // namespace parcours::test
