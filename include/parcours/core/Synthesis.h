#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <parcours/core/Result.h>
#include <parcours/core/RichText.h>

#include <array>
#include <optional>

namespace parcours {

/** Where a version of the synthèse stands: written, shown to the beneficiary for observations, or frozen. */
enum class SynthesisStatus { Draft, Submitted, Final };
inline constexpr std::array kAllSynthesisStatuses { SynthesisStatus::Draft, SynthesisStatus::Submitted,
                                                    SynthesisStatus::Final };

/** When a step of the action plan is meant to happen. */
enum class Horizon { Short, Medium, Long };
inline constexpr std::array kAllHorizons { Horizon::Short, Horizon::Medium, Horizon::Long };

QString toKey(SynthesisStatus value); ///< "draft", "submitted", "final"
QString toKey(Horizon value); ///< "short", "medium", "long"
template<typename E>
std::optional<E> fromKey(QStringView key);
template<>
std::optional<SynthesisStatus> fromKey<SynthesisStatus>(QStringView key);
template<>
std::optional<Horizon> fromKey<Horizon>(QStringView key);
QString displayName(SynthesisStatus value);
QString displayName(Horizon value);

/// The keys of the sections every synthèse has (they can be renamed and hidden, not removed).
namespace sectionKeys {
inline constexpr QStringView circumstances = u"circumstances";
inline constexpr QStringView path = u"path";
inline constexpr QStringView personal = u"personal";
inline constexpr QStringView options = u"options";
inline constexpr QStringView project = u"project";
inline constexpr QStringView planB = u"plan-b";
inline constexpr QStringView actionPlan = u"action-plan";
inline constexpr QStringView conclusion = u"conclusion";
} // namespace sectionKeys

/// Titles are one line of this length at most.
inline constexpr int kMaxSectionTitleLength = 120;

/** One step of the action plan: a row of the table printed in the synthèse. */
struct PlannedAction {
    Horizon horizon = Horizon::Short;
    QString step;
    QString contact; ///< a person, an organisation or a resource
    QDate targetDate; ///< null when none was set

    bool operator==(const PlannedAction&) const = default;
};

/** A section's place in the synthèse: its key, its title (empty for the default one) and whether it is shown. */
struct SectionLayout {
    QString key;
    QString title;
    bool hidden = false;

    bool operator==(const SectionLayout&) const = default;
};

/** One section of a synthèse: its layout and its text. */
struct SynthesisSection {
    QString key;
    QString title; ///< empty: the default title of a standard section
    bool hidden = false;
    RichText body;

    SectionLayout layout() const { return { key, title, hidden }; }
    bool operator==(const SynthesisSection&) const = default;
};

/** One version of a bilan's synthèse (document de synthèse), from draft to final. */
struct SynthesisVersion {
    qint64 id = 0;
    qint64 bilanId = 0;
    int number = 1;
    SynthesisStatus status = SynthesisStatus::Draft;
    QDateTime createdAt;
    QDateTime submittedAt; ///< null until submitted to the beneficiary
    QDateTime finalizedAt; ///< null until final
    QString observations; ///< the beneficiary's, recorded once submitted
    QList<SynthesisSection> sections; ///< in the printed order
    QList<PlannedAction> actions;
    int version = 0;

    const SynthesisSection* section(QStringView key) const;
    SynthesisSection* section(QStringView key);
    bool isFrozen() const { return status == SynthesisStatus::Final; }
    QList<SectionLayout> layout() const;
    /// Words of the visible sections and of the action plan's steps.
    int wordCount() const;
};

/** A consultant's own set of sections (order, titles, what is hidden), offered for new syntheses. */
struct SynthesisTemplate {
    qint64 id = 0;
    QString name;
    bool isDefault = false; ///< used when a synthèse is started without choosing
    QList<SectionLayout> sections;
    int version = 0;
};

/** The rules of the synthèse: sections, layouts and the draft → submitted → final path. */
class SynthesisRules {
    Q_DECLARE_TR_FUNCTIONS(SynthesisRules)
public:
    static QList<QString> standardKeys();
    static bool isStandard(QStringView key);
    /// The default title of a standard section, in English (the source text to translate in context
    /// "SynthesisSection"), or nullptr for another key.
    static const char* defaultTitleSource(QStringView key);
    /// The title shown in the interface: the consultant's, else the translated default, else the key.
    static QString displayTitle(const SectionLayout& section);
    static QList<SectionLayout> standardLayout();

    /// Lower-case letters, digits and dashes, 1 to 40 characters, starting with a letter or digit.
    static Result<void> checkKey(QStringView key);
    /// A key for a new section of the consultant's own, made from its title and not among `taken`.
    static QString keyForTitle(const QString& title, const QList<QString>& taken);
    /// Keys valid and unique, every standard section present, titles one line and short enough.
    static Result<void> checkLayout(const QList<SectionLayout>& layout);
    /// The sections rearranged as `layout` says; texts follow their keys, new keys start empty.
    static QList<SynthesisSection> applyLayout(const QList<SynthesisSection>& sections,
                                               const QList<SectionLayout>& layout);
    /// A template's layout over a synthèse: its sections first as it says, the synthèse's other sections after.
    static QList<SectionLayout> mergeTemplate(const QList<SectionLayout>& current,
                                              const QList<SectionLayout>& templateLayout);
    static Result<void> checkBody(const RichText& body);
    static Result<void> checkActions(const QList<PlannedAction>& actions);
    static Result<void> checkObservations(SynthesisStatus status, const QString& observations);
    /// A final version is read only.
    static Result<void> checkEditable(SynthesisStatus status);
    /// Draft → submitted, draft or submitted → final; nothing leaves final.
    static Result<void> checkTransition(SynthesisStatus from, SynthesisStatus to);
    /// The next draft made from a final version: same sections, texts and actions; no observations.
    static SynthesisVersion nextDraft(const SynthesisVersion& final, const QDateTime& now);
};

} // namespace parcours
