#include <parcours/core/Retention.h>

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

} // namespace

QString toKey(ContactKind value)
{
    switch (value) {
    case ContactKind::Session:
        return u"session"_s;
    case ContactKind::Call:
        return u"call"_s;
    case ContactKind::Email:
        return u"email"_s;
    }
    return {};
}

template<> std::optional<ContactKind> fromKey<ContactKind>(QStringView key)
{
    for (ContactKind kind : kAllContactKinds) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString displayName(ContactKind value)
{
    switch (value) {
    case ContactKind::Session:
        return RetentionRules::tr("Interview");
    case ContactKind::Call:
        return RetentionRules::tr("Phone call");
    case ContactKind::Email:
        return RetentionRules::tr("E-mail");
    }
    return {};
}

QString toKey(RetentionState value)
{
    switch (value) {
    case RetentionState::Running:
        return u"running"_s;
    case RetentionState::Kept:
        return u"kept"_s;
    case RetentionState::Due:
        return u"due"_s;
    case RetentionState::None:
        return u"none"_s;
    }
    return {};
}

QString toKey(DestructionOperation value)
{
    switch (value) {
    case DestructionOperation::DestroyContent:
        return u"destroy-content"_s;
    case DestructionOperation::EraseClient:
        return u"erase-client"_s;
    case DestructionOperation::ReduceClient:
        return u"reduce-client"_s;
    }
    return {};
}

template<> std::optional<DestructionOperation> fromKey<DestructionOperation>(QStringView key)
{
    for (auto value : { DestructionOperation::DestroyContent, DestructionOperation::EraseClient,
             DestructionOperation::ReduceClient }) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QList<ContentKind> RetentionSchedule::due() const
{
    QList<ContentKind> kinds;
    for (const ContentRetention& content : contents) {
        if (content.state == RetentionState::Due)
            kinds << content.kind;
    }
    return kinds;
}

QDate RetentionSchedule::nextDueOn() const
{
    QDate next;
    for (const ContentRetention& content : contents) {
        if (content.state == RetentionState::Kept && (!next.isValid() || content.dueOn < next))
            next = content.dueOn;
    }
    return next;
}

QDate RetentionRules::endDate(const Bilan& bilan, QDate lastSessionDone)
{
    if (bilan.status == BilanStatus::Open)
        return {};
    if (bilan.endDate.isValid())
        return bilan.endDate;
    if (lastSessionDone.isValid())
        return lastSessionDone;
    return bilan.createdAt.date();
}

RetentionSchedule RetentionRules::schedule(const Bilan& bilan, QDate end, const QMap<ContentKind, int>& rows,
    const QList<RetentionConsent>& consents, bool synthesisSentToCep, QDate today)
{
    RetentionSchedule schedule;
    schedule.bilanId = bilan.id;
    schedule.endDate = end;
    for (ContentKind kind : kAllContentKinds) {
        ContentRetention content;
        content.kind = kind;
        content.rows = rows.value(kind, 0);
        if (content.rows == 0) {
            content.state = RetentionState::None;
            schedule.contents << content;
            continue;
        }
        if (!end.isValid()) {
            content.state = RetentionState::Running;
            content.reason = tr("Kept while the bilan runs.");
            schedule.contents << content;
            continue;
        }
        // Kept: the latest day any holding consent (or the CEP exception) allows, one year after the end at most.
        QDate keep;
        for (const RetentionConsent& consent : consents) {
            if (consent.content != kind || !consent.holdsOn(today))
                continue;
            const QDate until = std::min(consent.keepUntil, latestKeep(end));
            if (!keep.isValid() || until > keep) {
                keep = until;
                content.consentId = consent.id;
                content.reason = tr("Kept until %1 with the beneficiary's written consent of %2 (%3).")
                                     .arg(dateText(until), dateText(consent.signedOn),
                                         consent.scope.isEmpty() ? tr("for the follow-up") : consent.scope);
            }
        }
        if (kind == ContentKind::Synthesis && synthesisSentToCep && (!keep.isValid() || latestKeep(end) > keep)) {
            keep = latestKeep(end);
            content.consentId = 0;
            content.reason = tr("Kept until %1: the synthesis was sent to the CEP operator.").arg(dateText(keep));
        }
        if (keep.isValid() && keep > today) {
            content.state = RetentionState::Kept;
            content.dueOn = keep;
        } else {
            content.state = RetentionState::Due;
            content.dueOn = keep.isValid() ? keep : end;
            content.reason = keep.isValid() ? tr("Was kept until %1; to destroy now.").arg(dateText(keep))
                                            : tr("To destroy since the end of the bilan on %1.").arg(dateText(end));
        }
        schedule.contents << content;
    }
    return schedule;
}

RetentionSchedule RetentionRules::schedule(const BilanRetentionFacts& facts, QDate today)
{
    const QDate end = endDate(facts.bilan, facts.lastSessionDone);
    return schedule(facts.bilan, end, facts.rows, facts.consents, facts.synthesisSentToCep, today);
}

std::optional<RetentionDueItem> dueItem(const BilanRetentionFacts& facts, QDate today)
{
    RetentionDueItem item;
    for (const ContentRetention& content : RetentionRules::schedule(facts, today).contents) {
        if (content.state != RetentionState::Due)
            continue;
        item.contents << content.kind;
        if (!item.dueSince.isValid() || content.dueOn < item.dueSince)
            item.dueSince = content.dueOn;
    }
    if (item.contents.isEmpty())
        return std::nullopt;
    item.bilanId = facts.bilan.id;
    item.clientId = facts.bilan.clientId;
    item.clientName = facts.clientName;
    return item;
}

RetentionUrgency RetentionRules::urgency(const ContentRetention& content, QDate today)
{
    switch (content.state) {
    case RetentionState::Running:
    case RetentionState::None:
        return RetentionUrgency::None;
    case RetentionState::Kept:
        return today.daysTo(content.dueOn) <= kRetentionSoonDays ? RetentionUrgency::Soon : RetentionUrgency::Later;
    case RetentionState::Due:
        return content.dueOn < today ? RetentionUrgency::Late : RetentionUrgency::Today;
    }
    return RetentionUrgency::None;
}

QList<FieldError> RetentionRules::validate(const RetentionConsent& consent, QDate bilanEnd, QDate today)
{
    QList<FieldError> errors;
    if (!consent.signedOn.isValid())
        errors << FieldError { u"signed_on"_s, tr("Give the date of the beneficiary's written consent.") };
    else if (consent.signedOn > today)
        errors << FieldError { u"signed_on"_s, tr("The consent cannot be dated in the future.") };
    const QDate limit = latestKeep(bilanEnd.isValid() ? bilanEnd : today);
    if (!consent.keepUntil.isValid())
        errors << FieldError { u"keep_until"_s, tr("Give the day until which the content is kept.") };
    else if (consent.signedOn.isValid() && consent.keepUntil <= consent.signedOn)
        errors << FieldError { u"keep_until"_s, tr("The content is kept until a day after the consent.") };
    else if (consent.keepUntil > limit)
        errors << FieldError { u"keep_until"_s,
            tr("One year after the end of the bilan at most (%1), as R6313-7 allows.").arg(dateText(limit)) };
    if (consent.scope.size() > 200)
        errors << FieldError { u"scope"_s, tr("Say what the content is kept for in 200 characters at most.") };
    return errors;
}

QString formatCounts(const QMap<ContentKind, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << toKey(it.key()) + u'=' + QString::number(it.value());
    return parts.join(u',');
}

QMap<ContentKind, int> parseCounts(QStringView text)
{
    QMap<ContentKind, int> counts;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0)
            continue;
        const auto kind = fromKey<ContentKind>(part.left(equals));
        bool ok = false;
        const int count = part.mid(equals + 1).toInt(&ok);
        if (kind && ok)
            counts.insert(*kind, count);
    }
    return counts;
}

} // namespace parcours
