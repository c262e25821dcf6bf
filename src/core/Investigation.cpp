#include <parcours/core/Investigation.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** One enum value: its stable key and its English display name (translated in context "Investigation"). */
template<typename E> struct Spelling {
    E value;
    const char16_t* key;
    const char* display;
};

template<typename E, std::size_t N> const Spelling<E>* find(const Spelling<E> (&table)[N], E value)
{
    for (const Spelling<E>& entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename E, std::size_t N> std::optional<E> lookup(const Spelling<E> (&table)[N], QStringView key)
{
    for (const Spelling<E>& entry : table) {
        if (QStringView(entry.key) == key)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QString keyOf(const Spelling<E> (&table)[N], E value)
{
    const Spelling<E>* entry = find(table, value);
    return entry ? QString::fromUtf16(entry->key) : QString();
}

template<typename E, std::size_t N> QString nameOf(const Spelling<E> (&table)[N], E value)
{
    const Spelling<E>* entry = find(table, value);
    return entry ? QCoreApplication::translate("Investigation", entry->display) : QString();
}

const Spelling<Experience::Kind> kExperienceKinds[] = {
    { Experience::Kind::Job, u"job", QT_TRANSLATE_NOOP("Investigation", "Job") },
    { Experience::Kind::Internship, u"internship", QT_TRANSLATE_NOOP("Investigation", "Internship") },
    { Experience::Kind::Training, u"training", QT_TRANSLATE_NOOP("Investigation", "Training") },
};

const Spelling<Competence::Kind> kCompetenceKinds[] = {
    { Competence::Kind::KnowHow, u"know-how", QT_TRANSLATE_NOOP("Investigation", "Know-how") },
    { Competence::Kind::Knowledge, u"knowledge", QT_TRANSLATE_NOOP("Investigation", "Knowledge") },
    { Competence::Kind::Behaviour, u"behaviour", QT_TRANSLATE_NOOP("Investigation", "Personal qualities") },
};

const Spelling<Competence::Domain> kDomains[] = {
    { Competence::Domain::Relational, u"relational", QT_TRANSLATE_NOOP("Investigation", "Relational") },
    { Competence::Domain::Technical, u"technical", QT_TRANSLATE_NOOP("Investigation", "Technical") },
    { Competence::Domain::Organisational, u"organisational", QT_TRANSLATE_NOOP("Investigation", "Organisational") },
    { Competence::Domain::Custom, u"custom", QT_TRANSLATE_NOOP("Investigation", "Other domain") },
};

const Spelling<Criterion::Zone> kZones[] = {
    { Criterion::Zone::Essential, u"essential", QT_TRANSLATE_NOOP("Investigation", "Fundamental criteria") },
    { Criterion::Zone::Negotiable, u"negotiable", QT_TRANSLATE_NOOP("Investigation", "Room for concession") },
};

const Spelling<PeerFeedback::Relation> kRelations[] = {
    { PeerFeedback::Relation::Colleague, u"colleague", QT_TRANSLATE_NOOP("Investigation", "Colleague") },
    { PeerFeedback::Relation::Manager, u"manager", QT_TRANSLATE_NOOP("Investigation", "Manager") },
    { PeerFeedback::Relation::TeamMember, u"team-member", QT_TRANSLATE_NOOP("Investigation", "Team member") },
    { PeerFeedback::Relation::Client, u"client", QT_TRANSLATE_NOOP("Investigation", "Client or partner") },
    { PeerFeedback::Relation::Friend, u"friend", QT_TRANSLATE_NOOP("Investigation", "Friend") },
    { PeerFeedback::Relation::Family, u"family", QT_TRANSLATE_NOOP("Investigation", "Family") },
    { PeerFeedback::Relation::Other, u"other", QT_TRANSLATE_NOOP("Investigation", "Other") },
};

const Spelling<CareerOption::Status> kStatuses[] = {
    { CareerOption::Status::Explored, u"explored", QT_TRANSLATE_NOOP("Investigation", "Explored") },
    { CareerOption::Status::Kept, u"kept", QT_TRANSLATE_NOOP("Investigation", "Kept") },
    { CareerOption::Status::SetAside, u"set-aside", QT_TRANSLATE_NOOP("Investigation", "Set aside") },
};

} // namespace

QString toKey(Experience::Kind value)
{
    return keyOf(kExperienceKinds, value);
}
QString toKey(Competence::Kind value)
{
    return keyOf(kCompetenceKinds, value);
}
QString toKey(Competence::Domain value)
{
    return keyOf(kDomains, value);
}
QString toKey(Criterion::Zone value)
{
    return keyOf(kZones, value);
}
QString toKey(PeerFeedback::Relation value)
{
    return keyOf(kRelations, value);
}
QString toKey(CareerOption::Status value)
{
    return keyOf(kStatuses, value);
}

template<> std::optional<Experience::Kind> investigationKey<Experience::Kind>(QStringView key)
{
    return lookup(kExperienceKinds, key);
}
template<> std::optional<Competence::Kind> investigationKey<Competence::Kind>(QStringView key)
{
    return lookup(kCompetenceKinds, key);
}
template<> std::optional<Competence::Domain> investigationKey<Competence::Domain>(QStringView key)
{
    return lookup(kDomains, key);
}
template<> std::optional<Criterion::Zone> investigationKey<Criterion::Zone>(QStringView key)
{
    return lookup(kZones, key);
}
template<> std::optional<PeerFeedback::Relation> investigationKey<PeerFeedback::Relation>(QStringView key)
{
    return lookup(kRelations, key);
}
template<> std::optional<CareerOption::Status> investigationKey<CareerOption::Status>(QStringView key)
{
    return lookup(kStatuses, key);
}

QString displayName(Experience::Kind value)
{
    return nameOf(kExperienceKinds, value);
}
QString displayName(Competence::Kind value)
{
    return nameOf(kCompetenceKinds, value);
}
QString displayName(Competence::Domain value)
{
    return nameOf(kDomains, value);
}
QString displayName(Criterion::Zone value)
{
    return nameOf(kZones, value);
}
QString displayName(PeerFeedback::Relation value)
{
    return nameOf(kRelations, value);
}
QString displayName(CareerOption::Status value)
{
    return nameOf(kStatuses, value);
}

template<typename E, std::size_t N> const char* sourceOf(const Spelling<E> (&table)[N], E value)
{
    const Spelling<E>* entry = find(table, value);
    return entry ? entry->display : "";
}

const char* sourceName(Experience::Kind value)
{
    return sourceOf(kExperienceKinds, value);
}
const char* sourceName(Competence::Kind value)
{
    return sourceOf(kCompetenceKinds, value);
}
const char* sourceName(Competence::Domain value)
{
    return sourceOf(kDomains, value);
}
const char* sourceName(Criterion::Zone value)
{
    return sourceOf(kZones, value);
}
const char* sourceName(PeerFeedback::Relation value)
{
    return sourceOf(kRelations, value);
}
const char* sourceName(CareerOption::Status value)
{
    return sourceOf(kStatuses, value);
}

QString domainName(const Competence& competence)
{
    return competence.domain == Competence::Domain::Custom ? competence.customDomain : displayName(competence.domain);
}

} // namespace parcours
