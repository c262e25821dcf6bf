#include <parcours/core/Agreement.h>
#include <parcours/core/Money.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr qint64 kMaxPriceCents = 100'000'000; // one million euros: anything above is a typing error

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

} // namespace

QString toKey(AgreementEvent value)
{
    switch (value) {
    case AgreementEvent::Sent:
        return u"sent"_s;
    case AgreementEvent::Signed:
        return u"signed"_s;
    case AgreementEvent::Refused:
        return u"refused"_s;
    }
    return {};
}

QString toKey(AgreementState value)
{
    switch (value) {
    case AgreementState::NotSent:
        return u"not-sent"_s;
    case AgreementState::AwaitingSignature:
        return u"awaiting-signature"_s;
    case AgreementState::Signed:
        return u"signed"_s;
    case AgreementState::Refused:
        return u"refused"_s;
    case AgreementState::RefusedBySilence:
        return u"refused-by-silence"_s;
    }
    return {};
}

template<>
std::optional<AgreementEvent> fromKey<AgreementEvent>(QStringView key)
{
    for (AgreementEvent value : { AgreementEvent::Sent, AgreementEvent::Signed, AgreementEvent::Refused }) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

AgreementStatus AgreementRules::status(const AgreementRecord& record, QDate today)
{
    AgreementStatus status;
    if (record.sentOn.isValid())
        status.deadline = record.sentOn.addDays(kAgreementSignatureDays);
    if (record.signedOn.isValid()) {
        status.state = AgreementState::Signed;
        status.since = record.signedOn;
    } else if (record.refusedOn.isValid()) {
        status.state = AgreementState::Refused;
        status.since = record.refusedOn;
    } else if (record.sentOn.isValid()) {
        if (today > status.deadline) {
            status.state = AgreementState::RefusedBySilence;
            status.since = status.deadline.addDays(1);
        } else {
            status.state = AgreementState::AwaitingSignature;
            status.daysLeft = static_cast<int>(today.daysTo(status.deadline));
        }
    }
    return status;
}

QList<FieldError> AgreementRules::validate(const AgreementRecord& record, QDate today)
{
    QList<FieldError> errors;
    const auto future = [&](QDate date, const QString& field) {
        if (date.isValid() && date > today)
            errors.append({ field, tr("This date is in the future.") });
    };
    future(record.sentOn, u"sent_on"_s);
    future(record.signedOn, u"signed_on"_s);
    future(record.refusedOn, u"refused_on"_s);
    if (record.signedOn.isValid() && record.refusedOn.isValid())
        errors.append({ u"refused_on"_s, tr("An agreement is either signed or refused, not both.") });
    if (record.sentOn.isValid() && record.signedOn.isValid()) {
        if (record.signedOn < record.sentOn) {
            errors.append({ u"signed_on"_s, tr("The agreement cannot be signed before it was sent.") });
        } else if (record.signedOn > record.sentOn.addDays(kAgreementSignatureDays)) {
            errors.append({ u"signed_on"_s,
                            tr("More than %1 days after it was sent, silence counts as a refusal: send the agreement "
                               "again before recording a signature.")
                                .arg(kAgreementSignatureDays) });
        }
    }
    if (record.sentOn.isValid() && record.refusedOn.isValid() && record.refusedOn < record.sentOn)
        errors.append({ u"refused_on"_s, tr("The agreement cannot be refused before it was sent.") });
    if (record.priceCents && (*record.priceCents < 0 || *record.priceCents > kMaxPriceCents))
        errors.append({ u"price"_s, tr("The price is between 0 and 1,000,000 euros.") });
    if (record.employer.size() > 1000)
        errors.append({ u"employer"_s, tr("The employer's name and address are too long (1,000 characters at most).") });
    if (record.paymentTerms.size() > 1000)
        errors.append({ u"payment_terms"_s, tr("The payment terms are too long (1,000 characters at most).") });
    return errors;
}

Result<AgreementRecord> AgreementRules::apply(AgreementRecord record, AgreementEvent event, QDate date, QDate today)
{
    if (!date.isValid())
        date = today;
    switch (event) {
    case AgreementEvent::Sent:
        if (record.signedOn.isValid())
            return makeError(ErrorCode::Refused, tr("The agreement is already signed."), u"sent_on"_s);
        record.sentOn = date;
        record.refusedOn = {}; // sending again after a refusal starts a new delay
        break;
    case AgreementEvent::Signed:
        if (record.refusedOn.isValid()) {
            return makeError(ErrorCode::Refused,
                             tr("The agreement was refused: record a new sending before a signature."),
                             u"signed_on"_s);
        }
        record.signedOn = date;
        break;
    case AgreementEvent::Refused:
        if (record.signedOn.isValid())
            return makeError(ErrorCode::Refused, tr("The agreement is already signed."), u"refused_on"_s);
        record.refusedOn = date;
        break;
    }
    if (auto valid = firstError(validate(record, today)); !valid)
        return valid.error();
    return record;
}

std::optional<qint64> AgreementRules::parsePrice(QString text)
{
    const auto amount = Money::parse(text);
    if (!amount || amount->isNegative())
        return std::nullopt;
    return amount->cents();
}

QString AgreementRules::describe(const AgreementStatus& status)
{
    switch (status.state) {
    case AgreementState::NotSent:
        return tr("Not sent yet");
    case AgreementState::AwaitingSignature:
        return tr("Sent; awaiting the signature until %1 (%n day(s) left)", nullptr, status.daysLeft)
            .arg(dateText(status.deadline));
    case AgreementState::Signed:
        return tr("Signed on %1").arg(dateText(status.since));
    case AgreementState::Refused:
        return tr("Refused on %1").arg(dateText(status.since));
    case AgreementState::RefusedBySilence:
        return tr("Refused: no signature within %1 days (since %2)")
            .arg(kAgreementSignatureDays)
            .arg(dateText(status.since));
    }
    return {};
}

} // namespace parcours
