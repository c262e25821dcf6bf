#pragma once

#include <QJsonObject>

#include <parcours/core/BillingService.h>

namespace parcours::json {

// Billing values as JSON, like the others: amounts in whole cents (`*_cents`), dates `YYYY-MM-DD`, keys as on the
// command line (`credit-note`, `france-travail`).

/// An invoice or credit note with what was credited, paid and is still owed.
QJsonObject invoice(const InvoiceState& state);
QJsonObject payment(const Payment& payment);
/// The bilan's price, funders and their shares, and its invoices.
QJsonObject billing(const BillingOverview& overview);
/// The BPF figures: frame C lines, frame E, frame F lines, what is missing (English labels).
QJsonObject bpf(const BpfFigures& figures);

} // namespace parcours::json
