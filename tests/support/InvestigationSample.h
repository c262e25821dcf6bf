#pragma once

#include <parcours/core/Investigation.h>

namespace parcours::test {

/// A small PDF file's bytes (valid enough for the type check and a viewer), for report attachments.
QByteArray samplePdfBytes();

/**
 * An invented investigation, filled in every part as a consultant would after a few sessions: two experiences, four
 * competences (one in a custom domain), ranked criteria, two respondents, a test with its report, three options
 * (one kept, one plan B), an inquiry and a resource. Ids are references local to the sample (1, 2, 3…).
 */
Investigation sampleInvestigation();

} // namespace parcours::test
