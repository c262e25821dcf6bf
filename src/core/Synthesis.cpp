#include <parcours/core/Synthesis.h>
#include <parcours/core/Text.h>

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

struct StandardSection {
    QStringView key;
    const char* title;
};

// QT_TRANSLATE_NOOP marks the titles for lupdate; they are translated where they are shown or printed.
const std::array<StandardSection, 8> kStandardSections { {
    { sectionKeys::circumstances,
      QT_TRANSLATE_NOOP("SynthesisSection", "Circumstances of the bilan and expectations at the start") },
    { sectionKeys::path, QT_TRANSLATE_NOOP("SynthesisSection", "Professional path and competences") },
    { sectionKeys::personal,
      QT_TRANSLATE_NOOP("SynthesisSection", "Personal characteristics: values, motivations, criteria") },
    { sectionKeys::options, QT_TRANSLATE_NOOP("SynthesisSection", "Options explored") },
    { sectionKeys::project, QT_TRANSLATE_NOOP("SynthesisSection", "The project: strengths and points of vigilance") },
    { sectionKeys::planB, QT_TRANSLATE_NOOP("SynthesisSection", "Plan B") },
    { sectionKeys::actionPlan, QT_TRANSLATE_NOOP("SynthesisSection", "Action plan") },
    { sectionKeys::conclusion, QT_TRANSLATE_NOOP("SynthesisSection", "Conclusion") },
} };

constexpr int kMaxActionText = 500;

} // namespace

QString toKey(SynthesisStatus value)
{
    switch (value) {
    case SynthesisStatus::Draft:
        return u"draft"_s;
    case SynthesisStatus::Submitted:
        return u"submitted"_s;
    case SynthesisStatus::Final:
        return u"final"_s;
    }
    return {};
}

QString toKey(Horizon value)
{
    switch (value) {
    case Horizon::Short:
        return u"short"_s;
    case Horizon::Medium:
        return u"medium"_s;
    case Horizon::Long:
        return u"long"_s;
    }
    return {};
}

template<>
std::optional<SynthesisStatus> fromKey<SynthesisStatus>(QStringView key)
{
    for (SynthesisStatus value : kAllSynthesisStatuses) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<>
std::optional<Horizon> fromKey<Horizon>(QStringView key)
{
    for (Horizon value : kAllHorizons) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QString displayName(SynthesisStatus value)
{
    switch (value) {
    case SynthesisStatus::Draft:
        return QCoreApplication::translate("SynthesisStatus", "Draft");
    case SynthesisStatus::Submitted:
        return QCoreApplication::translate("SynthesisStatus", "Submitted for observations");
    case SynthesisStatus::Final:
        return QCoreApplication::translate("SynthesisStatus", "Final");
    }
    return {};
}

QString displayName(Horizon value)
{
    switch (value) {
    case Horizon::Short:
        return QCoreApplication::translate("Horizon", "Short term");
    case Horizon::Medium:
        return QCoreApplication::translate("Horizon", "Medium term");
    case Horizon::Long:
        return QCoreApplication::translate("Horizon", "Long term");
    }
    return {};
}

const SynthesisSection* SynthesisVersion::section(QStringView key) const
{
    for (const SynthesisSection& item : sections) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

SynthesisSection* SynthesisVersion::section(QStringView key)
{
    for (SynthesisSection& item : sections) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

QList<SectionLayout> SynthesisVersion::layout() const
{
    QList<SectionLayout> result;
    for (const SynthesisSection& item : sections)
        result << item.layout();
    return result;
}

int SynthesisVersion::wordCount() const
{
    int words = 0;
    for (const SynthesisSection& item : sections) {
        if (!item.hidden)
            words += item.body.wordCount();
    }
    if (const SynthesisSection* plan = section(sectionKeys::actionPlan); plan && !plan->hidden) {
        for (const PlannedAction& action : actions)
            words += RichText::fromPlainText(action.step + u' ' + action.contact).wordCount();
    }
    return words;
}

QList<QString> SynthesisRules::standardKeys()
{
    QList<QString> keys;
    for (const StandardSection& section : kStandardSections)
        keys << section.key.toString();
    return keys;
}

bool SynthesisRules::isStandard(QStringView key)
{
    return defaultTitleSource(key) != nullptr;
}

const char* SynthesisRules::defaultTitleSource(QStringView key)
{
    for (const StandardSection& section : kStandardSections) {
        if (section.key == key)
            return section.title;
    }
    return nullptr;
}

QString SynthesisRules::displayTitle(const SectionLayout& section)
{
    if (!section.title.isEmpty())
        return section.title;
    if (const char* source = defaultTitleSource(section.key))
        return QCoreApplication::translate("SynthesisSection", source);
    return section.key;
}

QList<SectionLayout> SynthesisRules::standardLayout()
{
    QList<SectionLayout> layout;
    for (const StandardSection& section : kStandardSections)
        layout << SectionLayout { section.key.toString(), {}, false };
    return layout;
}

Result<void> SynthesisRules::checkKey(QStringView key)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    if (!pattern.match(key).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not a section key (lower-case letters, digits and dashes, 40 at most).")
                             .arg(key.toString()),
                         u"key"_s);
    }
    return success();
}

QString SynthesisRules::keyForTitle(const QString& title, const QList<QString>& taken)
{
    QString slug;
    for (QChar c : foldForSearch(title)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug = slug.left(32);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"section"_s;
    QString key = slug;
    for (int n = 2; taken.contains(key); ++n)
        key = slug + u'-' + QString::number(n);
    return key;
}

Result<void> SynthesisRules::checkLayout(const QList<SectionLayout>& layout)
{
    QSet<QString> seen;
    for (const SectionLayout& section : layout) {
        if (auto key = checkKey(section.key); !key)
            return key;
        if (seen.contains(section.key))
            return makeError(ErrorCode::InvalidInput, tr("The section '%1' appears twice.").arg(section.key), u"key"_s);
        seen.insert(section.key);
        if (section.title.size() > kMaxSectionTitleLength || section.title.contains(u'\n')) {
            return makeError(ErrorCode::InvalidInput,
                             tr("A section title is one line of %1 characters at most.").arg(kMaxSectionTitleLength),
                             u"title"_s);
        }
    }
    for (const StandardSection& standard : kStandardSections) {
        if (!seen.contains(standard.key.toString())) {
            return makeError(ErrorCode::Refused,
                             tr("The section '%1' cannot be removed; hide it instead.").arg(standard.key.toString()),
                             u"key"_s);
        }
    }
    return success();
}

QList<SynthesisSection> SynthesisRules::applyLayout(const QList<SynthesisSection>& sections,
                                                    const QList<SectionLayout>& layout)
{
    QList<SynthesisSection> arranged;
    for (const SectionLayout& item : layout) {
        SynthesisSection section { item.key, simplifiedLine(item.title), item.hidden, {} };
        for (const SynthesisSection& existing : sections) {
            if (existing.key == item.key)
                section.body = existing.body;
        }
        arranged << section;
    }
    return arranged;
}

QList<SectionLayout> SynthesisRules::mergeTemplate(const QList<SectionLayout>& current,
                                                   const QList<SectionLayout>& templateLayout)
{
    QList<SectionLayout> merged = templateLayout;
    for (const SectionLayout& section : current) {
        const bool inTemplate = std::any_of(templateLayout.begin(), templateLayout.end(),
                                            [&](const SectionLayout& t) { return t.key == section.key; });
        if (!inTemplate)
            merged << section;
    }
    return merged;
}

Result<void> SynthesisRules::checkBody(const RichText& body)
{
    if (body.characterCount() > kMaxRichTextCharacters) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A section holds %1 characters at most.").arg(kMaxRichTextCharacters), u"body"_s);
    }
    return success();
}

Result<void> SynthesisRules::checkActions(const QList<PlannedAction>& actions)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const PlannedAction& action = actions.at(i);
        if (action.step.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Action %1 has no step.").arg(i + 1), u"step"_s);
        if (action.step.size() > kMaxActionText || action.contact.size() > kMaxActionText) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Action %1 is too long (%2 characters at most).").arg(i + 1).arg(kMaxActionText),
                             u"step"_s);
        }
    }
    return success();
}

Result<void> SynthesisRules::checkObservations(SynthesisStatus status, const QString& observations)
{
    if (status != SynthesisStatus::Submitted) {
        return makeError(ErrorCode::Refused, tr("The beneficiary's observations are recorded once the synthesis has "
                                                "been submitted to them, before it is final."));
    }
    if (observations.size() > 100'000)
        return makeError(ErrorCode::InvalidInput, tr("The observations are too long."), u"observations"_s);
    return success();
}

Result<void> SynthesisRules::checkEditable(SynthesisStatus status)
{
    if (status == SynthesisStatus::Final) {
        return makeError(ErrorCode::Refused,
                         tr("This version of the synthesis is final and can no longer change; start a new draft."));
    }
    return success();
}

Result<void> SynthesisRules::checkTransition(SynthesisStatus from, SynthesisStatus to)
{
    if (from == SynthesisStatus::Final)
        return checkEditable(from);
    if (to == SynthesisStatus::Submitted && from != SynthesisStatus::Draft)
        return makeError(ErrorCode::Refused, tr("This version was already submitted to the beneficiary."));
    if (to == SynthesisStatus::Draft)
        return makeError(ErrorCode::Refused, tr("A version goes forward only: draft, submitted, final."));
    return success();
}

SynthesisVersion SynthesisRules::nextDraft(const SynthesisVersion& final, const QDateTime& now)
{
    SynthesisVersion draft;
    draft.bilanId = final.bilanId;
    draft.number = final.number + 1;
    draft.status = SynthesisStatus::Draft;
    draft.createdAt = now;
    draft.sections = final.sections;
    draft.actions = final.actions;
    return draft;
}

} // namespace parcours
