#pragma once

#include <parcours/core/DataInventory.h>
#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** Who results of a bilan may be sent to, with the beneficiary's consent (R6313-7, RGPD). */
enum class RecipientKind { Cep, Employer, Funder, Other };
inline constexpr std::array kAllRecipientKinds { RecipientKind::Cep, RecipientKind::Employer, RecipientKind::Funder,
    RecipientKind::Other };
QString toKey(RecipientKind value); ///< "cep", "employer", "funder", "other"
template<> std::optional<RecipientKind> fromKey<RecipientKind>(QStringView key);
/// "Opérateur du CEP", "Employeur"…, translated.
QString displayName(RecipientKind value);
/// The English source of displayName (context "DisclosureRules"), for a document written in its own language.
const char* displayNameSource(RecipientKind value);

/** What of a bilan can be sent to a third party: the synthèse, or the test results. */
enum class DisclosedItem { Synthesis, TestResults };
inline constexpr std::array kAllDisclosedItems { DisclosedItem::Synthesis, DisclosedItem::TestResults };
QString toKey(DisclosedItem value); ///< "synthesis", "test-results"
template<> std::optional<DisclosedItem> fromKey<DisclosedItem>(QStringView key);
QString displayName(DisclosedItem value);
/// "synthesis,test-results" and back (unknown keys make the whole list invalid: nullopt).
QString formatItems(const QList<DisclosedItem>& items);
std::optional<QList<DisclosedItem>> parseItems(QStringView text);

/** The beneficiary's written consent to send some results to one named third party; withdrawn when dated so. */
struct DisclosureConsent {
    qint64 id = 0;
    qint64 bilanId = 0;
    RecipientKind recipientKind = RecipientKind::Cep;
    QString recipientName; ///< "Transitions Pro Occitanie", the employer's name…
    QList<DisclosedItem> what; ///< what it allows to send, in kAllDisclosedItems order
    QDate signedOn;
    QDate withdrawnOn; ///< null while it holds
    QDateTime recordedAt;
    int version = 0;

    bool covers(DisclosedItem item) const { return what.contains(item); }
    /// Holds on `day`: signed that day or before, not withdrawn by then.
    bool holdsOn(QDate day) const
    {
        return signedOn.isValid() && signedOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

/** One sending made under a consent: what, when, by whom, the file's name. No content. */
struct DisclosureRecord {
    qint64 id = 0;
    qint64 consentId = 0;
    qint64 bilanId = 0;
    DisclosedItem what = DisclosedItem::Synthesis;
    QDateTime sentAt;
    QString sentBy; ///< the consultant's name
    QString fileName; ///< the PDF's name, without its folder
};

/** The rules of the disclosure log, without storage. */
class DisclosureRules {
    Q_DECLARE_TR_FUNCTIONS(DisclosureRules)
public:
    /// A consent as recorded: a recipient named, something to send, dated today or before.
    static QList<FieldError> validate(const DisclosureConsent& consent, QDate today);
    /// Whether `item` of the bilan may be sent today under `consent`: refused without a consent, for another
    /// bilan, when withdrawn (or not yet signed), or when it does not cover what is sent.
    static Result<void> mayDisclose(
        const std::optional<DisclosureConsent>& consent, qint64 bilanId, DisclosedItem item, QDate today);
    /// Whether the synthèse went to the CEP operator (R6313-7 lets it then be kept one year after the end).
    static bool synthesisSentToCep(const QList<DisclosureConsent>& consents, const QList<DisclosureRecord>& sent);
};

} // namespace parcours
