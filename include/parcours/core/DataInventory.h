#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

/**
 * The kinds of bilan content (R6313-7): what is destroyed at the end of a bilan, each on its own schedule, since
 * the beneficiary may agree in writing to keep one kind (the synthèse, the test results…) for the follow-up.
 */
enum class ContentKind {
    SessionNotes,
    Experiences,
    Competences,
    Values,
    PeerFeedback,
    TestResults,
    CareerOptions,
    FieldInquiries,
    Research,
    Synthesis,
    FollowUpNotes, ///< the follow-up interview's notes, written after the end: kept only under a consent
    EvaluationComments, ///< the beneficiary's free comment on a satisfaction questionnaire (the scores are proof)
};
inline constexpr std::array kAllContentKinds { ContentKind::SessionNotes, ContentKind::Experiences,
    ContentKind::Competences, ContentKind::Values, ContentKind::PeerFeedback, ContentKind::TestResults,
    ContentKind::CareerOptions, ContentKind::FieldInquiries, ContentKind::Research, ContentKind::Synthesis,
    ContentKind::FollowUpNotes, ContentKind::EvaluationComments };

QString toKey(ContentKind value); ///< "session-notes", "experiences", … "synthesis", "follow-up-notes"…
template<typename E> std::optional<E> fromKey(QStringView key);
template<> std::optional<ContentKind> fromKey<ContentKind>(QStringView key);
/// "session-notes|experiences|…", for usage and error messages.
QString keysOf(ContentKind);
/// For people, translated ("Session notes", "Test results and their files"…).
QString displayName(ContentKind value);

/** What a table of the database holds, in the eyes of the law. */
enum class DataRole {
    Proof, ///< administrative proof, kept when the content goes (identity, attendance, agreement, consents…)
    Content, ///< bilan content, destroyed at the end of the bilan (R6313-7)
    Consultant, ///< the consultant's own settings, templates and calendar: nothing about a beneficiary
    Journal, ///< the audit log and the destruction journal: who did what, never any content
    Technical, ///< the database's own bookkeeping
};

QString toKey(DataRole value); ///< "proof", "content", "consultant", "journal", "technical"

/** One table of the database, its role and, for content, its kind. */
struct TableRole {
    QString table;
    DataRole role = DataRole::Proof;
    std::optional<ContentKind> kind; ///< for content tables
    const char* why = ""; ///< English, for docs/retention.md and the tests
};

/**
 * Every table of the schema sorted into proof, content and the rest (docs/retention.md says why for each). A test
 * fails when a table exists that this list does not know: whoever adds a table decides what it is.
 */
class DataInventory {
    Q_DECLARE_TR_FUNCTIONS(DataInventory)
public:
    static const QList<TableRole>& tables();
    static const TableRole* find(QStringView table);
    /// The content tables of one kind, in the order their rows can be deleted (children before parents).
    static QStringList tablesOf(ContentKind kind);
};

} // namespace parcours
