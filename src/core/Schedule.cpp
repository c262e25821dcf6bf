#include <parcours/core/Schedule.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

QString toKey(Party value)
{
    return value == Party::Beneficiary ? u"beneficiary"_s : u"consultant"_s;
}

QString toKey(Place value)
{
    return value == Place::Office ? u"office"_s : u"remote"_s;
}

QString toKey(CpfStep value)
{
    return value == CpfStep::Entry ? u"entry"_s : u"exit"_s;
}

template<> std::optional<Party> fromKey<Party>(QStringView key)
{
    for (Party value : kAllParties) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<> std::optional<Place> fromKey<Place>(QStringView key)
{
    for (Place value : kAllPlaces) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

template<> std::optional<CpfStep> fromKey<CpfStep>(QStringView key)
{
    for (CpfStep value : kAllCpfSteps) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QString displayName(Place value)
{
    return value == Place::Office ? QCoreApplication::translate("Place", "At the office")
                                  : QCoreApplication::translate("Place", "Remote");
}

QString displayName(CpfStep value)
{
    return value == CpfStep::Entry ? QCoreApplication::translate("CpfStep", "Entry")
                                   : QCoreApplication::translate("CpfStep", "Exit");
}

bool SessionRecord::isEmpty() const
{
    return !cancelledBy && movedTo == 0 && !place && !attendanceSigned && !consultantAttested && !beneficiaryConfirmed
        && personalWorkMinutes == 0 && handedOver.trimmed().isEmpty();
}

const Absence* absenceOn(const QList<Absence>& absences, QDate date)
{
    for (const Absence& absence : absences) {
        if (absence.covers(date))
            return &absence;
    }
    return nullptr;
}

QString AgendaEntry::clientName() const
{
    return firstName.isEmpty() ? lastName : firstName + u' ' + lastName;
}

QString AgendaEntry::initials() const
{
    QStringList parts;
    for (const QString& name : { firstName, lastName }) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            parts << QString(trimmed.at(0).toUpper()) + u'.';
    }
    return parts.join(u' ');
}

} // namespace parcours
