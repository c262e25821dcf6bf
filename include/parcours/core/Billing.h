#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <parcours/core/Enums.h>

#include <array>
#include <optional>

namespace parcours {

// Billing values (administrative proof: invoices, credit notes and payments are kept ten years, whatever becomes of
// the bilan's content). Amounts are whole cents.

/** Who pays (all or part of) a bilan; decides the BPF line its income goes to. */
enum class FunderKind { Cpf, Employer, Opco, FranceTravail, Personal, Other };
inline constexpr std::array kAllFunderKinds { FunderKind::Cpf,           FunderKind::Employer, FunderKind::Opco,
                                              FunderKind::FranceTravail, FunderKind::Personal, FunderKind::Other };

/** What the beneficiary was during the bilan, as the BPF counts trainees (its frame F-1). */
enum class TraineeStatus { Employee, JobSeeker, Individual, Other };
inline constexpr std::array kAllTraineeStatuses { TraineeStatus::Employee, TraineeStatus::JobSeeker,
                                                  TraineeStatus::Individual, TraineeStatus::Other };

/** An invoice, or a credit note (avoir) that corrects one. */
enum class InvoiceKind { Invoice, CreditNote };

/** How a payment was made. */
enum class PaymentMethod { Transfer, Cheque, Card, Cash, Other };
inline constexpr std::array kAllPaymentMethods { PaymentMethod::Transfer, PaymentMethod::Cheque, PaymentMethod::Card,
                                                 PaymentMethod::Cash, PaymentMethod::Other };

/** One funder of a bilan and its share: a fixed amount, or a percentage of what the fixed amounts leave. */
struct FunderShare {
    FunderKind kind = FunderKind::Personal;
    QString name; ///< who is invoiced ("OPCO Atlas", "Caisse des Dépôts"); empty for the beneficiary
    QString address; ///< several lines
    std::optional<qint64> fixedCents;
    int basisPoints = 0; ///< hundredths of a percent of what is left after the fixed amounts (10000 = 100 %)

    bool operator==(const FunderShare&) const = default;
};

/** Who pays a bilan and how much each: the shares, the CPF co-payment exemption, the trainee's status for the BPF. */
struct FundingPlan {
    qint64 bilanId = 0;
    QList<FunderShare> shares;
    bool copaymentExempt = false; ///< CPF: the beneficiary owes no flat co-payment (job seeker, employer top-up…)
    std::optional<TraineeStatus> traineeStatus; ///< unset: worked out from the bilan's funding when it can be
    int version = 0; ///< 0 while nothing is stored (the plan is then the default one)

    bool operator==(const FundingPlan&) const = default;
};

/** A financial year: its label (the calendar year it starts in) and its first and last days. */
struct FinancialYear {
    int label = 0;
    QDate first;
    QDate last;

    bool contains(QDate date) const { return date >= first && date <= last; }
};

/**
 * An issued invoice or credit note, as it was issued: it is never changed afterwards, and it carries a copy of
 * everything it prints (seller, buyer, beneficiary, mentions), so that it reads the same in ten years whatever
 * became of the settings, the beneficiary's record or the bilan's content.
 */
struct Invoice {
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number; ///< "F-2026-0001", "AV-2026-0001"
    int fiscalYear = 0; ///< the financial year's label
    int sequence = 0; ///< its place in the year's series, from 1 without gaps
    qint64 bilanId = 0;
    std::optional<qint64> correctsId; ///< the credit note's invoice
    QString correctsNumber; ///< its number, for display
    QDate issuedOn;
    QDate dueOn; ///< invoices only
    qint64 amountCents = 0; ///< always positive: a credit note's amount is what it takes off its invoice
    qint64 totalCents = 0; ///< the bilan's price when issued (the amount is a share of it)
    qint64 copaymentCents = 0; ///< CPF: the beneficiary's flat co-payment included in the amount
    FunderKind funder = FunderKind::Personal;
    QString buyerName;
    QString buyerAddress;
    QString beneficiary; ///< the beneficiary's full name
    QDate periodStart;
    QDate periodEnd;
    int minutes = 0; ///< hours of the bilan (done, else planned)
    QString sellerName;
    QString sellerAddress;
    QString sellerSiret;
    QString sellerDeclaration;
    QString vatMention;
    QString paymentTerms;
    QString bankDetails;
    QString reason; ///< a credit note's reason
    QDateTime createdAt;

    /// The €40 recovery indemnity and the professional late-payment rules apply: the buyer is not a private person.
    bool professionalBuyer() const { return funder != FunderKind::Personal; }
    /// What the document adds to what is owed: the amount for an invoice, minus the amount for a credit note.
    qint64 signedCents() const { return kind == InvoiceKind::CreditNote ? -amountCents : amountCents; }
};

/** A payment received against an invoice. */
struct Payment {
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate paidOn;
    qint64 amountCents = 0;
    PaymentMethod method = PaymentMethod::Transfer;
    QString reference; ///< cheque number, transfer label…
    int version = 0;
};

/** An invoice with what was credited and paid against it: the rows of the invoice lists. */
struct InvoiceState {
    Invoice invoice;
    qint64 creditedCents = 0; ///< sum of its credit notes
    qint64 paidCents = 0; ///< sum of its payments

    /// What is still owed (negative: overpaid, to refund). Zero for a credit note.
    qint64 balanceCents() const
    {
        return invoice.kind == InvoiceKind::Invoice ? invoice.amountCents - creditedCents - paidCents : 0;
    }
};

/** Which invoices a list shows. */
struct InvoiceQuery {
    std::optional<qint64> bilanId;
    std::optional<int> fiscalYear;
    bool unpaidOnly = false; ///< invoices with something still owed (credit notes left out)
};

QString toKey(FunderKind value); ///< "cpf", "employer", "opco", "france-travail", "personal", "other"
QString toKey(TraineeStatus value); ///< "employee", "job-seeker", "individual", "other"
QString toKey(InvoiceKind value); ///< "invoice", "credit-note"
QString toKey(PaymentMethod value); ///< "transfer", "cheque", "card", "cash", "other"
template<>
std::optional<FunderKind> fromKey<FunderKind>(QStringView key);
template<>
std::optional<TraineeStatus> fromKey<TraineeStatus>(QStringView key);
template<>
std::optional<InvoiceKind> fromKey<InvoiceKind>(QStringView key);
template<>
std::optional<PaymentMethod> fromKey<PaymentMethod>(QStringView key);
QString keysOf(FunderKind);
QString keysOf(TraineeStatus);
QString keysOf(PaymentMethod);

QString displayName(FunderKind value); ///< translated: "CPF (Caisse des Dépôts)", "OPCO"…
QString displayName(TraineeStatus value);
QString displayName(PaymentMethod value);

} // namespace parcours
