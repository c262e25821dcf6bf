#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <parcours/core/Enums.h>
#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

#include <optional>

namespace parcours {

/// R6313-8: the employee has 10 days from the sending to sign the tripartite agreement; silence means refusal.
inline constexpr int kAgreementSignatureDays = 10;

/**
 * The tripartite agreement (convention) of a bilan, as administrative proof: when it was sent, signed or refused,
 * and the terms printed on it that the bilan itself does not hold (the employer, the price, how it is paid).
 */
struct AgreementRecord {
    qint64 bilanId = 0;
    QDate sentOn;
    QDate signedOn;
    QDate refusedOn; ///< an explicit refusal; silence is worked out from sentOn
    QString employer; ///< name and address, several lines
    std::optional<qint64> priceCents;
    QString paymentTerms;
    int version = 0; ///< 0 while nothing is stored

    bool operator==(const AgreementRecord&) const = default;
};

/** What can happen to the agreement, as recorded by the consultant. */
enum class AgreementEvent { Sent, Signed, Refused };

/** Where the agreement stands on a given day. */
enum class AgreementState { NotSent, AwaitingSignature, Signed, Refused, RefusedBySilence };

/** The agreement's state on a day, with the dates that explain it. */
struct AgreementStatus {
    AgreementState state = AgreementState::NotSent;
    QDate deadline; ///< last day to sign, once sent
    QDate since; ///< the day of the signature or refusal (for silence: the day after the deadline)
    int daysLeft = 0; ///< while awaiting the signature, days until the deadline (0 on the last day)
};

/** The proof that the beneficiary received their synthèse: the final version handed over and the day they signed. */
struct HandoverRecord {
    qint64 bilanId = 0;
    int synthesisNumber = 0; ///< the final version's number
    QDate synthesisDate; ///< the day that version became final
    QDate signedOn;
    int version = 0;
};

/** The rules of the agreement: its events, their order and the 10-day silence. */
class AgreementRules {
    Q_DECLARE_TR_FUNCTIONS(AgreementRules)
public:
    /// R6313-8's tripartite agreement concerns a bilan funded by an employer (or France Travail); CPF and personal
    /// funding have none.
    static bool applies(Funding funding) { return funding == Funding::Employer || funding == Funding::FranceTravail; }
    static AgreementStatus status(const AgreementRecord& record, QDate today);
    /// The record after an event on `date` (today when invalid), or why it is refused.
    static Result<AgreementRecord> apply(AgreementRecord record, AgreementEvent event, QDate date, QDate today);
    /// Every inconsistency of a record as edited in a dialog, keyed like the JSON fields.
    static QList<FieldError> validate(const AgreementRecord& record, QDate today);
    /// A price typed in euros ("1800", "1 800,50", "1800.5") in cents; nullopt when it is not an amount.
    static std::optional<qint64> parsePrice(QString text);
    /// "Awaiting the signature until 12 March 2026 (3 days left)", translated.
    static QString describe(const AgreementStatus& status);
};

QString toKey(AgreementEvent value); ///< "sent", "signed", "refused"
QString toKey(AgreementState value); ///< "not-sent", "awaiting-signature", "signed", "refused", "refused-by-silence"
template<typename E>
std::optional<E> fromKey(QStringView key);
template<>
std::optional<AgreementEvent> fromKey<AgreementEvent>(QStringView key);

} // namespace parcours
