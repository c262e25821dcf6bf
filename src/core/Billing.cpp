#include <parcours/core/Billing.h>

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

QString toKey(FunderKind value)
{
    switch (value) {
    case FunderKind::Cpf:
        return u"cpf"_s;
    case FunderKind::Employer:
        return u"employer"_s;
    case FunderKind::Opco:
        return u"opco"_s;
    case FunderKind::FranceTravail:
        return u"france-travail"_s;
    case FunderKind::Personal:
        return u"personal"_s;
    case FunderKind::Other:
        return u"other"_s;
    }
    return {};
}

QString toKey(TraineeStatus value)
{
    switch (value) {
    case TraineeStatus::Employee:
        return u"employee"_s;
    case TraineeStatus::JobSeeker:
        return u"job-seeker"_s;
    case TraineeStatus::Individual:
        return u"individual"_s;
    case TraineeStatus::Other:
        return u"other"_s;
    }
    return {};
}

QString toKey(InvoiceKind value)
{
    return value == InvoiceKind::CreditNote ? u"credit-note"_s : u"invoice"_s;
}

QString toKey(PaymentMethod value)
{
    switch (value) {
    case PaymentMethod::Transfer:
        return u"transfer"_s;
    case PaymentMethod::Cheque:
        return u"cheque"_s;
    case PaymentMethod::Card:
        return u"card"_s;
    case PaymentMethod::Cash:
        return u"cash"_s;
    case PaymentMethod::Other:
        return u"other"_s;
    }
    return {};
}

template<>
std::optional<FunderKind> fromKey<FunderKind>(QStringView key)
{
    return lookup(kAllFunderKinds, key);
}

template<>
std::optional<TraineeStatus> fromKey<TraineeStatus>(QStringView key)
{
    return lookup(kAllTraineeStatuses, key);
}

template<>
std::optional<InvoiceKind> fromKey<InvoiceKind>(QStringView key)
{
    return lookup(std::array { InvoiceKind::Invoice, InvoiceKind::CreditNote }, key);
}

template<>
std::optional<PaymentMethod> fromKey<PaymentMethod>(QStringView key)
{
    return lookup(kAllPaymentMethods, key);
}

QString keysOf(FunderKind)
{
    return joinKeys(kAllFunderKinds);
}

QString keysOf(TraineeStatus)
{
    return joinKeys(kAllTraineeStatuses);
}

QString keysOf(PaymentMethod)
{
    return joinKeys(kAllPaymentMethods);
}

QString displayName(FunderKind value)
{
    switch (value) {
    case FunderKind::Cpf:
        return QCoreApplication::translate("FunderKind", "CPF");
    case FunderKind::Employer:
        return QCoreApplication::translate("FunderKind", "Employer");
    case FunderKind::Opco:
        return QCoreApplication::translate("FunderKind", "OPCO");
    case FunderKind::FranceTravail:
        return QCoreApplication::translate("FunderKind", "France Travail");
    case FunderKind::Personal:
        return QCoreApplication::translate("FunderKind", "The beneficiary");
    case FunderKind::Other:
        return QCoreApplication::translate("FunderKind", "Other funder");
    }
    return {};
}

QString displayName(TraineeStatus value)
{
    switch (value) {
    case TraineeStatus::Employee:
        return QCoreApplication::translate("TraineeStatus", "Employee of a private employer");
    case TraineeStatus::JobSeeker:
        return QCoreApplication::translate("TraineeStatus", "Job seeker");
    case TraineeStatus::Individual:
        return QCoreApplication::translate("TraineeStatus", "Individual at their own expense");
    case TraineeStatus::Other:
        return QCoreApplication::translate("TraineeStatus", "Other (public employee, self-employed…)");
    }
    return {};
}

QString displayName(PaymentMethod value)
{
    switch (value) {
    case PaymentMethod::Transfer:
        return QCoreApplication::translate("PaymentMethod", "Bank transfer");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("PaymentMethod", "Cheque");
    case PaymentMethod::Card:
        return QCoreApplication::translate("PaymentMethod", "Card");
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::Other:
        return QCoreApplication::translate("PaymentMethod", "Other");
    }
    return {};
}

} // namespace parcours
