// disclosure …: the disclosure log. The synthèse or the test results go to a third party (CEP operator, employer,
// funder) only under the beneficiary's recorded consent; each sending is recorded, and refused without one.
#include "Cli.h"

#include <parcours/core/DisclosureRepository.h>
#include <parcours/core/DisclosureService.h>
#include <parcours/reports/DisclosureExport.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QStringList keys(auto values)
{
    QStringList list;
    for (auto value : values)
        list << toKey(value);
    return list;
}

int consent(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    const auto kind = fromKey<RecipientKind>(context.option(u"recipient-kind"_s));
    if (!kind)
        return context.usage(u"--recipient-kind must be one of %1."_s.arg(keys(kAllRecipientKinds).join(u'|')));
    const auto what = parseItems(context.option(u"what"_s));
    if (!what || what->isEmpty()) {
        return context.usage(
            u"--what must be %1, or both separated by a comma."_s.arg(keys(kAllDisclosedItems).join(u'|')));
    }
    const auto signedOn = context.dateOption(u"signed"_s);
    if (!signedOn)
        return Exit::Usage;
    DisclosureConsent consent;
    consent.bilanId = *bilanId;
    consent.recipientKind = *kind;
    consent.recipientName = context.option(u"recipient"_s);
    consent.what = *what;
    consent.signedOn = *signedOn;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = DisclosureService(*store.value(), context.clock()).recordConsent(consent);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    return Exit::Ok;
}

int withdraw(Context& context)
{
    const auto consentId = context.idArgument(0, u"consent"_s);
    if (!consentId)
        return Exit::Usage;
    const auto onGiven = context.dateOption(u"date"_s, context.clock().today());
    if (!onGiven)
        return Exit::Failed;
    const QDate on = *onGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto withdrawn = DisclosureService(*store.value(), context.clock()).withdrawConsent(*consentId, on);
    if (!withdrawn)
        return context.fail(withdrawn.error());
    context.out() << "Consent " << *consentId << " withdrawn on " << date(on) << '\n';
    return Exit::Ok;
}

int list(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    DisclosureService service(*store.value(), context.clock());
    auto consents = service.consents(*bilanId);
    if (!consents)
        return context.fail(consents.error());
    auto sent = service.disclosures(*bilanId);
    if (!sent)
        return context.fail(sent.error());
    const QDate today = context.clock().today();
    if (context.json()) {
        QJsonArray consentArray;
        for (const DisclosureConsent& c : consents.value()) {
            consentArray.append(QJsonObject { { u"id"_s, c.id }, { u"recipient_kind"_s, toKey(c.recipientKind) },
                { u"recipient"_s, c.recipientName }, { u"what"_s, QJsonArray::fromStringList(keys(c.what)) },
                { u"signed_on"_s, date(c.signedOn) }, { u"withdrawn_on"_s, date(c.withdrawnOn) },
                { u"holds"_s, c.holdsOn(today) } });
        }
        QJsonArray sentArray;
        for (const DisclosureRecord& r : sent.value()) {
            sentArray.append(QJsonObject { { u"id"_s, r.id }, { u"consent_id"_s, r.consentId },
                { u"what"_s, toKey(r.what) }, { u"sent_at"_s, r.sentAt.toString(Qt::ISODate) },
                { u"sent_by"_s, r.sentBy }, { u"file_name"_s, r.fileName } });
        }
        context.printJson(QJsonObject { { u"bilan_id"_s, *bilanId }, { u"consents"_s, consentArray },
            { u"disclosures"_s, sentArray } });
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const DisclosureConsent& c : consents.value()) {
        rows << QStringList { QString::number(c.id), toKey(c.recipientKind), c.recipientName, keys(c.what).join(u','),
            date(c.signedOn), c.withdrawnOn.isValid() ? date(c.withdrawnOn) : u"-"_s };
    }
    context.printTable(
        { u"CONSENT"_s, u"RECIPIENT KIND"_s, u"RECIPIENT"_s, u"WHAT"_s, u"SIGNED"_s, u"WITHDRAWN"_s }, rows);
    rows.clear();
    for (const DisclosureRecord& r : sent.value()) {
        rows << QStringList { r.sentAt.toString(u"yyyy-MM-dd HH:mm"_s), QString::number(r.consentId), toKey(r.what),
            r.sentBy, r.fileName };
    }
    context.out() << '\n';
    context.printTable({ u"SENT AT"_s, u"CONSENT"_s, u"WHAT"_s, u"BY"_s, u"FILE"_s }, rows);
    return Exit::Ok;
}

int send(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    const auto consentId = context.idOption(u"consent"_s, u"consent"_s);
    if (!consentId)
        return Exit::Usage;
    std::optional<DisclosedItem> what;
    if (context.has(u"what"_s)) {
        what = fromKey<DisclosedItem>(context.option(u"what"_s));
        if (!what)
            return context.usage(u"--what must be %1."_s.arg(keys(kAllDisclosedItems).join(u'|')));
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (!what) {
        // What the consent covers, when it covers one thing; the check below refuses a missing consent.
        auto consent = store.value()->disclosures().consent(*consentId);
        if (consent && consent->what.size() > 1)
            return context.usage(u"This consent covers several things: say which with --what."_s);
        what = consent && !consent->what.isEmpty() ? consent->what.first() : DisclosedItem::Synthesis;
    }
    auto sent = DisclosureExport(*store.value(), context.clock())
                    .send(*bilanId, *consentId, *what, context.option(u"out"_s));
    if (!sent)
        return context.fail(sent.error());
    context.out() << "Sent " << toKey(sent->what) << " under consent " << *consentId << " (disclosure " << sent->id
                  << ")\n";
    return Exit::Ok;
}

} // namespace

void registerDisclosureCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"disclosure"_s, u"consent"_s }, { u"BILAN_ID"_s },
        { { u"recipient-kind"_s, u"cep|employer|funder|other"_s, true }, { u"recipient"_s, u"NAME"_s, true },
            { u"what"_s, u"synthesis|test-results"_s, true }, { u"signed"_s, u"YYYY-MM-DD"_s, true } },
        u"Records the beneficiary's written consent to send the synthesis or test results to a third party."_s, false,
        consent });
    commands.append({ { u"disclosure"_s, u"withdraw"_s }, { u"CONSENT_ID"_s }, { { u"date"_s, u"YYYY-MM-DD"_s } },
        u"Records the withdrawal of a consent to send results (today unless --date)."_s, false, withdraw });
    commands.append({ { u"disclosure"_s, u"list"_s }, { u"BILAN_ID"_s }, {},
        u"Lists a bilan's consents to send results to third parties, and what was sent."_s, false, list });
    commands.append({ { u"disclosure"_s, u"send"_s }, { u"BILAN_ID"_s },
        { { u"consent"_s, u"CONSENT_ID"_s, true }, { u"out"_s, u"FILE.pdf"_s, true },
            { u"what"_s, u"synthesis|test-results"_s } },
        u"Writes the final synthesis or the test results as PDF for a third party, only under a valid consent, and "
        u"records the sending."_s,
        true, send });
}

} // namespace parcours::cli
