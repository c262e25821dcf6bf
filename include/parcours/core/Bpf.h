#pragma once

#include <QList>
#include <QString>

#include <parcours/core/Billing.h>

#include <optional>

namespace parcours {

// The figures of the bilan pédagogique et financier (BPF, Cerfa 10443) that a bilan provider can take from its
// records, computed from plain data so that they are tested on a dataset worked out by hand. Labels are English
// source texts of the "Bpf" translation context: the GUI, the documents and the CLI translate them in their own
// language. Which lines are filled, and why, is in docs/billing.md.

/** An invoice (positive) or credit note (negative) issued in the financial year. */
struct BpfDocument {
    QString number;
    QDate issuedOn;
    FunderKind funder = FunderKind::Personal;
    qint64 signedCents = 0;
};

/** A session done in the financial year, in a phase that counts toward the bilan's hours. */
struct BpfSession {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QDate day;
    int minutes = 0;
};

/** A bilan with a session done in the financial year. */
struct BpfBilan {
    qint64 bilanId = 0;
    qint64 clientId = 0;
    QString beneficiary; ///< for the list of what is missing
    std::optional<TraineeStatus> status;
    bool invoiced = false; ///< has an invoice, in any year
};

/** What the BPF is computed from. */
struct BpfInput {
    FinancialYear year;
    QString siret;
    QString declarationNumber;
    QList<BpfDocument> documents;
    QList<BpfSession> sessions;
    QList<BpfBilan> bilans;
};

/** A line of frame C (income, excluding VAT). */
struct BpfIncomeLine {
    QString code; ///< "C-1", "C-2e"…
    const char* label = nullptr; ///< English source, context "Bpf"
    qint64 cents = 0;
};

/** A line of frames E or F: people and hours. */
struct BpfPeopleLine {
    QString code; ///< "F-1a", "F-3f", "E"…
    const char* label = nullptr;
    int people = 0;
    int minutes = 0;

    /// Whole hours as the form asks them (half an hour and more rounds up).
    int hours() const { return (minutes + 30) / 60; }
};

/** Something the records lack for the form: what, and about which bilan (0: the provider's identity). */
struct BpfGap {
    qint64 bilanId = 0;
    const char* text = nullptr; ///< English source, context "Bpf", with %1 for `argument`
    QString argument;
};

/** The figures of one financial year. */
struct BpfFigures {
    FinancialYear year;
    QList<BpfIncomeLine> income; ///< frame C lines a bilan provider may fill, in the form's order
    qint64 totalCents = 0; ///< the total of frame C
    BpfPeopleLine trainers; ///< frame E: persons of the organisation giving the sessions, and their hours
    QList<BpfPeopleLine> trainees; ///< frame F-1 by kind of trainee, then the ones not classified
    BpfPeopleLine bilans; ///< frame F-3: bilans de compétences
    QList<BpfGap> gaps;
};

/// The BPF code of the income from a funder, with its label.
BpfIncomeLine bpfIncomeLine(FunderKind funder);
/// The figures of `input.year` (documents and sessions outside it are ignored).
BpfFigures computeBpf(const BpfInput& input);

} // namespace parcours
