#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/DataInventory.h>
#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace parcours {

/// R6313-7: content kept with the beneficiary's written consent, or sent to the CEP operator, one year at most.
inline constexpr int kConsentMaxMonths = 12;
/// CNIL: a prospect who never began a bilan is deleted 3 years after the last contact.
inline constexpr int kProspectYears = 3;

/** A contact with a person: the last one starts the prospects' 3 years. */
enum class ContactKind { Session, Call, Email };
inline constexpr std::array kAllContactKinds { ContactKind::Session, ContactKind::Call, ContactKind::Email };
QString toKey(ContactKind value); ///< "session", "call", "email"
template<> std::optional<ContactKind> fromKey<ContactKind>(QStringView key);
QString displayName(ContactKind value);

/** One contact: its kind and day (never what was said). */
struct ClientContact {
    qint64 id = 0;
    qint64 clientId = 0;
    ContactKind kind = ContactKind::Call;
    QDate on;
};

/** The beneficiary's written consent to keep one kind of content after the end of the bilan, for the follow-up. */
struct RetentionConsent {
    qint64 id = 0;
    qint64 bilanId = 0;
    ContentKind content = ContentKind::Synthesis;
    QDate signedOn; ///< the day of the written consent
    QString scope; ///< what for ("for the follow-up interview")
    QDate keepUntil; ///< as asked; never later than one year after the end
    QDate withdrawnOn; ///< null while it holds
    QDateTime recordedAt;
    int version = 0;

    bool holdsOn(QDate day) const { return !withdrawnOn.isValid() || withdrawnOn > day; }
};

/** Where one kind of a bilan's content stands. */
enum class RetentionState {
    Running, ///< the bilan runs: kept
    Kept, ///< ended, kept under a consent or the CEP exception until `dueOn`
    Due, ///< to destroy since `dueOn`
    None, ///< nothing of this kind is stored (never written, or destroyed)
};
QString toKey(RetentionState value); ///< "running", "kept", "due", "none"

/// Kept content is "soon" due within this many days of its term (the reminders' horizon).
inline constexpr int kRetentionSoonDays = 30;

/**
 * How pressing one kind's destruction is on a day. R6313-7 makes content without a consent due on the day the bilan
 * ends ("dès le terme de l'action"): on that day it is to destroy today, not late; it is late from the next day on.
 */
enum class RetentionUrgency {
    None, ///< running, or nothing stored
    Later, ///< kept, its term more than kRetentionSoonDays away
    Soon, ///< kept, its term within kRetentionSoonDays
    Today, ///< due today (the bilan ended today, or the consent's term is today)
    Late, ///< due since a day before today
};

/** One kind of content of a bilan and its schedule. */
struct ContentRetention {
    ContentKind kind = ContentKind::SessionNotes;
    int rows = 0; ///< records of this kind still stored
    RetentionState state = RetentionState::None;
    QDate dueOn; ///< when it is (was) to be destroyed; null while the bilan runs or when nothing is stored
    QString reason; ///< why it is kept or due, translated
    qint64 consentId = 0; ///< the consent that keeps it, 0 when none
};

/** A bilan's content, kind by kind, as of a day. */
struct RetentionSchedule {
    qint64 bilanId = 0;
    QDate endDate; ///< null while the bilan runs
    QList<ContentRetention> contents; ///< every kind, in the order of kAllContentKinds
    QList<ContentKind> due() const;
    QDate nextDueOn() const; ///< the next day something kept falls due, null when none
};

/**
 * What decides where one bilan's content stands: read one bilan at a time (RetentionService::schedule) or for every
 * ended bilan with content at once (RetentionRepository::endedBilansWithContent, for the reminder).
 */
struct BilanRetentionFacts {
    Bilan bilan; ///< id, client, status, end date and creation are what the rules read
    QString clientName; ///< "Zoé Lefèvre"
    QDate lastSessionDone; ///< null when none
    QMap<ContentKind, int> rows; ///< content rows still stored, per kind (kinds without rows may be absent)
    QList<RetentionConsent> consents; ///< every consent recorded for the bilan, withdrawn ones included
    bool synthesisSentToCep = false;
};

/** The rules of R6313-7 and of the prospects' 3 years, without storage. */
class RetentionRules {
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)
public:
    /// When the bilan ended: its end date, else (closed or abandoned without one) the last session done, else the
    /// day it was created; null while it runs.
    static QDate endDate(const Bilan& bilan, QDate lastSessionDone);
    /// The latest day content may be kept after `end` (one year).
    static QDate latestKeep(QDate end) { return end.addMonths(kConsentMaxMonths); }
    /// Each kind's state on `today`: running, kept (consent or the synthèse sent to the CEP operator, until the
    /// earlier of its date and one year after the end), due, or none stored.
    static RetentionSchedule schedule(const Bilan& bilan, QDate end, const QMap<ContentKind, int>& rows,
        const QList<RetentionConsent>& consents, bool synthesisSentToCep, QDate today);
    /// The same from the facts: the end date from the bilan and its last session done, then the schedule.
    static RetentionSchedule schedule(const BilanRetentionFacts& facts, QDate today);
    /// A consent as recorded: dated, not in the future, until a day after it and one year after the end at most.
    static QList<FieldError> validate(const RetentionConsent& consent, QDate bilanEnd, QDate today);
    /// How pressing `content`'s destruction is on `today` (see RetentionUrgency).
    static RetentionUrgency urgency(const ContentRetention& content, QDate today);
    /// The day a prospect (no bilan) is flagged for deletion: 3 years after the last contact.
    static QDate prospectDueOn(QDate lastContact) { return lastContact.addYears(kProspectYears); }
};

/** Something due for destruction on a day: the reminder lists these (see RetentionService::due). */
struct RetentionDueItem {
    enum class What { BilanContent, Prospect };
    What what = What::BilanContent;
    qint64 clientId = 0;
    QString clientName; ///< "Zoé Lefèvre"
    qint64 bilanId = 0; ///< 0 for a prospect
    QList<ContentKind> contents; ///< for a bilan
    QDate dueSince;
    QDate lastContact; ///< for a prospect
};

/// The bilan's kinds of content due for destruction on `today` (by RetentionRules::schedule), and since when; none
/// when nothing is due.
std::optional<RetentionDueItem> dueItem(const BilanRetentionFacts& facts, QDate today);

/** What a destruction or erasure did: the journal's entry, without any content or name. */
enum class DestructionOperation { DestroyContent, EraseClient, ReduceClient };
QString toKey(DestructionOperation value); ///< "destroy-content", "erase-client", "reduce-client"
template<> std::optional<DestructionOperation> fromKey<DestructionOperation>(QStringView key);

/** One entry of the destruction journal. */
struct DestructionRecord {
    qint64 id = 0;
    QString uid; ///< unique across databases: the file journal and the table share it
    DestructionOperation operation = DestructionOperation::DestroyContent;
    qint64 clientId = 0;
    QDateTime clientCreatedAt; ///< with the id, names the person even if an id is later reused
    qint64 bilanId = 0; ///< 0 for an erasure of the person
    QDateTime bilanCreatedAt;
    QList<ContentKind> contents;
    QMap<ContentKind, int> counts; ///< rows deleted, per kind
    QDateTime doneAt;
    QString doneBy;
};

/// "session-notes=3,synthesis=2": counts as the journal stores them, and back.
QString formatCounts(const QMap<ContentKind, int>& counts);
QMap<ContentKind, int> parseCounts(QStringView text);

} // namespace parcours
