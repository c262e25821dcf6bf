#include <parcours/core/Disclosure.h>

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {

/// The longest recipient name stored (the table's check says the same).
constexpr int kMaxRecipientName = 200;

QString toKey(RecipientKind value)
{
    switch (value) {
    case RecipientKind::Cep:
        return u"cep"_s;
    case RecipientKind::Employer:
        return u"employer"_s;
    case RecipientKind::Funder:
        return u"funder"_s;
    case RecipientKind::Other:
        return u"other"_s;
    }
    return {};
}

template<> std::optional<RecipientKind> fromKey<RecipientKind>(QStringView key)
{
    for (RecipientKind kind : kAllRecipientKinds) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

const char* displayNameSource(RecipientKind value)
{
    switch (value) {
    case RecipientKind::Cep:
        return QT_TRANSLATE_NOOP("DisclosureRules", "CEP operator");
    case RecipientKind::Employer:
        return QT_TRANSLATE_NOOP("DisclosureRules", "Employer");
    case RecipientKind::Funder:
        return QT_TRANSLATE_NOOP("DisclosureRules", "Funder");
    case RecipientKind::Other:
        return QT_TRANSLATE_NOOP("DisclosureRules", "Other third party");
    }
    return "";
}

QString displayName(RecipientKind value)
{
    return DisclosureRules::tr(displayNameSource(value));
}

QString toKey(DisclosedItem value)
{
    switch (value) {
    case DisclosedItem::Synthesis:
        return u"synthesis"_s;
    case DisclosedItem::TestResults:
        return u"test-results"_s;
    }
    return {};
}

template<> std::optional<DisclosedItem> fromKey<DisclosedItem>(QStringView key)
{
    for (DisclosedItem item : kAllDisclosedItems) {
        if (toKey(item) == key)
            return item;
    }
    return std::nullopt;
}

QString displayName(DisclosedItem value)
{
    switch (value) {
    case DisclosedItem::Synthesis:
        return DisclosureRules::tr("Synthesis");
    case DisclosedItem::TestResults:
        return DisclosureRules::tr("Test results");
    }
    return {};
}

QString formatItems(const QList<DisclosedItem>& items)
{
    QStringList keys;
    for (DisclosedItem item : kAllDisclosedItems) {
        if (items.contains(item))
            keys << toKey(item);
    }
    return keys.join(u',');
}

std::optional<QList<DisclosedItem>> parseItems(QStringView text)
{
    QList<DisclosedItem> items;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto item = fromKey<DisclosedItem>(part.trimmed());
        if (!item)
            return std::nullopt;
        if (!items.contains(*item))
            items << *item;
    }
    std::sort(items.begin(), items.end());
    return items;
}

QList<FieldError> DisclosureRules::validate(const DisclosureConsent& consent, QDate today)
{
    QList<FieldError> errors;
    const QString name = consent.recipientName.trimmed();
    if (name.isEmpty())
        errors << FieldError { u"recipient_name"_s, tr("Name the recipient the results may be sent to.") };
    else if (name.size() > kMaxRecipientName)
        errors << FieldError { u"recipient_name"_s, tr("The recipient's name is 200 characters at most.") };
    if (consent.what.isEmpty())
        errors << FieldError { u"what"_s, tr("Say what may be sent: the synthesis, the test results or both.") };
    if (!consent.signedOn.isValid())
        errors << FieldError { u"signed_on"_s, tr("Give the date of the beneficiary's written consent.") };
    else if (consent.signedOn > today)
        errors << FieldError { u"signed_on"_s, tr("The consent cannot be dated in the future.") };
    return errors;
}

Result<void> DisclosureRules::mayDisclose(
    const std::optional<DisclosureConsent>& consent, qint64 bilanId, DisclosedItem item, QDate today)
{
    if (!consent) {
        return makeError(ErrorCode::Refused,
            tr("Nothing is sent to a third party without the beneficiary's written consent: record it first."));
    }
    if (consent->bilanId != bilanId)
        return makeError(ErrorCode::Refused, tr("This consent was given for another bilan."));
    if (consent->withdrawnOn.isValid() && consent->withdrawnOn <= today) {
        return makeError(ErrorCode::Refused,
            tr("The beneficiary withdrew this consent on %1: nothing more may be sent under it.")
                .arg(consent->withdrawnOn.toString(Qt::ISODate)));
    }
    if (!consent->holdsOn(today))
        return makeError(ErrorCode::Refused, tr("This consent is dated after today."));
    if (!consent->covers(item)) {
        QStringList covered;
        for (DisclosedItem allowed : consent->what)
            covered << displayName(allowed);
        return makeError(ErrorCode::Refused, tr("This consent does not cover what you want to send (%1); it covers: %2.")
                                                 .arg(displayName(item), covered.join(u", "_s)));
    }
    return success();
}

bool DisclosureRules::synthesisSentToCep(const QList<DisclosureConsent>& consents, const QList<DisclosureRecord>& sent)
{
    for (const DisclosureRecord& record : sent) {
        if (record.what != DisclosedItem::Synthesis)
            continue;
        for (const DisclosureConsent& consent : consents) {
            if (consent.id == record.consentId && consent.recipientKind == RecipientKind::Cep)
                return true;
        }
    }
    return false;
}

} // namespace parcours
