#include <parcours/core/Enums.h>

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

template<typename E, std::size_t N>
std::optional<E> lookup(const std::array<E, N>& values, QStringView key)
{
    for (E value : values) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString joinKeys(const std::array<E, N>& values)
{
    QStringList keys;
    for (E value : values)
        keys << toKey(value);
    return keys.join(u'|');
}

} // namespace

QString toKey(Phase value)
{
    switch (value) {
    case Phase::Intake:
        return u"intake"_s;
    case Phase::Preliminary:
        return u"preliminary"_s;
    case Phase::Investigation:
        return u"investigation"_s;
    case Phase::Conclusion:
        return u"conclusion"_s;
    case Phase::FollowUp:
        return u"follow-up"_s;
    }
    return {};
}

QString toKey(BilanStatus value)
{
    switch (value) {
    case BilanStatus::Open:
        return u"open"_s;
    case BilanStatus::Closed:
        return u"closed"_s;
    case BilanStatus::Abandoned:
        return u"abandoned"_s;
    }
    return {};
}

QString toKey(Funding value)
{
    switch (value) {
    case Funding::Cpf:
        return u"cpf"_s;
    case Funding::Employer:
        return u"employer"_s;
    case Funding::FranceTravail:
        return u"france-travail"_s;
    case Funding::Personal:
        return u"personal"_s;
    }
    return {};
}

QString toKey(SessionStatus value)
{
    switch (value) {
    case SessionStatus::Planned:
        return u"planned"_s;
    case SessionStatus::Done:
        return u"done"_s;
    case SessionStatus::Cancelled:
        return u"cancelled"_s;
    case SessionStatus::NoShow:
        return u"no-show"_s;
    }
    return {};
}

QString toKey(ClientStatus value)
{
    switch (value) {
    case ClientStatus::Prospect:
        return u"prospect"_s;
    case ClientStatus::InProgress:
        return u"in-progress"_s;
    case ClientStatus::Ended:
        return u"ended"_s;
    }
    return {};
}

template<>
std::optional<Phase> fromKey<Phase>(QStringView key)
{
    return lookup(kAllPhases, key);
}
template<>
std::optional<BilanStatus> fromKey<BilanStatus>(QStringView key)
{
    return lookup(kAllBilanStatuses, key);
}
template<>
std::optional<Funding> fromKey<Funding>(QStringView key)
{
    return lookup(kAllFundings, key);
}
template<>
std::optional<SessionStatus> fromKey<SessionStatus>(QStringView key)
{
    return lookup(kAllSessionStatuses, key);
}
template<>
std::optional<ClientStatus> fromKey<ClientStatus>(QStringView key)
{
    return lookup(kAllClientStatuses, key);
}

QString keysOf(Phase)
{
    return joinKeys(kAllPhases);
}
QString keysOf(Funding)
{
    return joinKeys(kAllFundings);
}
QString keysOf(SessionStatus)
{
    return joinKeys(kAllSessionStatuses);
}

QString displayName(Phase value)
{
    switch (value) {
    case Phase::Intake:
        return QCoreApplication::translate("Phase", "Intake interview");
    case Phase::Preliminary:
        return QCoreApplication::translate("Phase", "Preliminary");
    case Phase::Investigation:
        return QCoreApplication::translate("Phase", "Investigation");
    case Phase::Conclusion:
        return QCoreApplication::translate("Phase", "Conclusion");
    case Phase::FollowUp:
        return QCoreApplication::translate("Phase", "Follow-up");
    }
    return {};
}

QString shortName(Phase value)
{
    if (value == Phase::Intake)
        return QCoreApplication::translate("Phase", "Intake", "one word, for the timeline");
    return displayName(value);
}

QString displayName(BilanStatus value)
{
    switch (value) {
    case BilanStatus::Open:
        return QCoreApplication::translate("BilanStatus", "In progress");
    case BilanStatus::Closed:
        return QCoreApplication::translate("BilanStatus", "Closed");
    case BilanStatus::Abandoned:
        return QCoreApplication::translate("BilanStatus", "Abandoned");
    }
    return {};
}

QString displayName(Funding value)
{
    switch (value) {
    case Funding::Cpf:
        return QCoreApplication::translate("Funding", "CPF");
    case Funding::Employer:
        return QCoreApplication::translate("Funding", "Employer");
    case Funding::FranceTravail:
        return QCoreApplication::translate("Funding", "France Travail");
    case Funding::Personal:
        return QCoreApplication::translate("Funding", "Personal");
    }
    return {};
}

QString displayName(SessionStatus value)
{
    switch (value) {
    case SessionStatus::Planned:
        return QCoreApplication::translate("SessionStatus", "Planned");
    case SessionStatus::Done:
        return QCoreApplication::translate("SessionStatus", "Done");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("SessionStatus", "Cancelled");
    case SessionStatus::NoShow:
        return QCoreApplication::translate("SessionStatus", "No-show");
    }
    return {};
}

QString displayName(ClientStatus value)
{
    switch (value) {
    case ClientStatus::Prospect:
        return QCoreApplication::translate("ClientStatus", "Prospect");
    case ClientStatus::InProgress:
        return QCoreApplication::translate("ClientStatus", "Bilan in progress");
    case ClientStatus::Ended:
        return QCoreApplication::translate("ClientStatus", "Bilan ended");
    }
    return {};
}

} // namespace parcours
