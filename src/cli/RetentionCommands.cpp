// retention, destroy: the schedule of a bilan's content (R6313-7), the beneficiary's consents to keep it, what is
// due, and the destruction itself (one confirmed action; the journal outlives restores).
#include "Cli.h"

#include <parcours/core/RetentionService.h>
#include <parcours/core/Settings.h>
#include <parcours/storage/Store.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

std::optional<QList<ContentKind>> kindsOption(Context& context)
{
    QList<ContentKind> kinds;
    for (const QString& key : context.option(u"content"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto kind = fromKey<ContentKind>(key.trimmed());
        if (!kind) {
            context.usage(u"Unknown content kind '%1' (%2)."_s.arg(key, keysOf(ContentKind {})));
            return std::nullopt;
        }
        kinds << *kind;
    }
    return kinds;
}

int schedule(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    RetentionService service(*store.value(), context.clock());
    auto schedule = service.schedule(*bilanId);
    if (!schedule)
        return context.fail(schedule.error());
    auto consents = service.consents(*bilanId);
    if (!consents)
        return context.fail(consents.error());
    if (context.json()) {
        QJsonArray contents;
        for (const ContentRetention& content : schedule->contents) {
            contents.append(QJsonObject { { u"content"_s, toKey(content.kind) }, { u"rows"_s, content.rows },
                { u"state"_s, toKey(content.state) }, { u"due_on"_s, date(content.dueOn) },
                { u"reason"_s, content.reason }, { u"consent_id"_s, content.consentId } });
        }
        QJsonArray consentArray;
        for (const RetentionConsent& consent : consents.value()) {
            consentArray.append(QJsonObject { { u"id"_s, consent.id }, { u"content"_s, toKey(consent.content) },
                { u"signed_on"_s, date(consent.signedOn) }, { u"scope"_s, consent.scope },
                { u"keep_until"_s, date(consent.keepUntil) }, { u"withdrawn_on"_s, date(consent.withdrawnOn) } });
        }
        context.printJson(QJsonObject { { u"bilan_id"_s, *bilanId }, { u"end_date"_s, date(schedule->endDate) },
            { u"contents"_s, contents }, { u"consents"_s, consentArray } });
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const ContentRetention& content : schedule->contents) {
        rows << QStringList { toKey(content.kind), QString::number(content.rows), toKey(content.state),
            date(content.dueOn), content.reason };
    }
    context.printTable({ u"CONTENT"_s, u"ROWS"_s, u"STATE"_s, u"DUE ON"_s, u"WHY"_s }, rows);
    return Exit::Ok;
}

int consent(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    const auto kind = fromKey<ContentKind>(context.option(u"content"_s));
    if (!kind)
        return context.usage(u"--content must be one of %1."_s.arg(keysOf(ContentKind {})));
    const auto signedOn = context.dateOption(u"signed"_s);
    if (!signedOn)
        return Exit::Usage;
    RetentionConsent consent;
    consent.bilanId = *bilanId;
    consent.content = *kind;
    consent.signedOn = *signedOn;
    consent.scope = context.option(u"scope"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    RetentionService service(*store.value(), context.clock());
    if (context.has(u"until"_s)) {
        const auto until = context.dateOption(u"until"_s);
        if (!until)
            return Exit::Usage;
        consent.keepUntil = *until;
    } else {
        // One year after the end at most: the longest the law allows, as the schedule reports the end.
        auto schedule = service.schedule(*bilanId);
        if (!schedule)
            return context.fail(schedule.error());
        consent.keepUntil = RetentionRules::latestKeep(
            schedule->endDate.isValid() ? schedule->endDate : context.clock().today());
    }
    auto id = service.recordConsent(consent);
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
    auto withdrawn = RetentionService(*store.value(), context.clock()).withdrawConsent(*consentId, on);
    if (!withdrawn)
        return context.fail(withdrawn.error());
    context.out() << "Consent " << *consentId << " withdrawn on " << date(on) << '\n';
    return Exit::Ok;
}

int due(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto items = RetentionService(*store.value(), context.clock()).due();
    if (!items)
        return context.fail(items.error());
    if (context.json()) {
        QJsonArray array;
        for (const RetentionDueItem& item : items.value()) {
            QJsonArray kinds;
            for (ContentKind kind : item.contents)
                kinds.append(toKey(kind));
            array.append(QJsonObject {
                { u"what"_s, item.what == RetentionDueItem::What::Prospect ? u"prospect"_s : u"bilan-content"_s },
                { u"client_id"_s, item.clientId }, { u"client"_s, item.clientName }, { u"bilan_id"_s, item.bilanId },
                { u"contents"_s, kinds }, { u"due_since"_s, date(item.dueSince) },
                { u"last_contact"_s, date(item.lastContact) } });
        }
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const RetentionDueItem& item : items.value()) {
        QStringList kinds;
        for (ContentKind kind : item.contents)
            kinds << toKey(kind);
        const bool prospect = item.what == RetentionDueItem::What::Prospect;
        rows << QStringList { date(item.dueSince), prospect ? u"prospect"_s : u"bilan"_s,
            QString::number(prospect ? item.clientId : item.bilanId), item.clientName,
            prospect ? u"last contact "_s + date(item.lastContact) : kinds.join(u',') };
    }
    context.printTable({ u"DUE SINCE"_s, u"WHAT"_s, u"ID"_s, u"NAME"_s, u"DETAIL"_s }, rows);
    return Exit::Ok;
}

int destroy(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    const auto kinds = kindsOption(context);
    if (!kinds)
        return Exit::Usage;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    RetentionService service(*store.value(), context.clock());
    if (!context.has(u"yes"_s)) {
        auto plan = service.plan(*bilanId, *kinds);
        if (!plan)
            return context.fail(plan.error());
        context.out() << "Would destroy (run again with --yes):\n";
        for (auto it = plan->counts.cbegin(); it != plan->counts.cend(); ++it)
            context.out() << "  " << toKey(it.key()) << ": " << it.value() << " record(s)\n";
        if (plan->counts.isEmpty())
            context.out() << "  nothing: no content of these kinds is stored\n";
        context.out() << "Kept: the administrative proof (identity, agreement, attendance, invoices, receipts).\n"
                      << "Delete by hand, outside Parcours:\n";
        for (const QString& file : std::as_const(plan->outsideFiles))
            context.out() << "  " << file << '\n';
        context.out().flush();
        return Exit::Ok;
    }
    const QString by = Settings(store.value()->settings()).value(settingKeys::consultantName).valueOr(QString());
    auto record = service.destroy(*bilanId, *kinds, by);
    if (!record)
        return context.fail(record.error());
    if (context.json()) {
        QJsonObject counts;
        for (auto it = record->counts.cbegin(); it != record->counts.cend(); ++it)
            counts.insert(toKey(it.key()), it.value());
        context.printJson(QJsonObject { { u"journal_id"_s, record->id }, { u"bilan_id"_s, *bilanId },
            { u"counts"_s, counts } });
        return Exit::Ok;
    }
    context.out() << "Destroyed (journal entry " << record->id << "): " << formatCounts(record->counts) << '\n';
    return Exit::Ok;
}

int contact(Context& context)
{
    const auto clientId = context.idArgument(0, u"client"_s);
    if (!clientId)
        return Exit::Usage;
    const auto kind = fromKey<ContactKind>(context.option(u"kind"_s));
    if (!kind)
        return context.usage(u"--kind must be session, call or email."_s);
    const auto onGiven = context.dateOption(u"date"_s, context.clock().today());
    if (!onGiven)
        return Exit::Failed;
    const QDate on = *onGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = RetentionService(*store.value(), context.clock()).recordContact(ClientContact { 0, *clientId, *kind, on });
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    return Exit::Ok;
}

} // namespace

void registerRetentionCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"retention"_s }, { u"BILAN_ID"_s }, {},
        u"Prints the retention schedule of a bilan's content (R6313-7): rows kept per kind, state, due date."_s,
        false, schedule });
    commands.append({ { u"retention"_s, u"consent"_s }, { u"BILAN_ID"_s },
        { { u"content"_s, u"KIND"_s, true }, { u"signed"_s, u"YYYY-MM-DD"_s, true }, { u"scope"_s, u"TEXT"_s },
            { u"until"_s, u"YYYY-MM-DD"_s } },
        u"Records the beneficiary's written consent to keep one kind of content (one year after the end at most)."_s,
        false, consent });
    commands.append({ { u"retention"_s, u"withdraw"_s }, { u"CONSENT_ID"_s }, { { u"date"_s, u"YYYY-MM-DD"_s } },
        u"Records the withdrawal of a retention consent (today unless --date)."_s, false, withdraw });
    commands.append({ { u"retention"_s, u"due"_s }, {}, {},
        u"Lists bilan content due for destruction and prospects past their 3 years."_s, false, due });
    commands.append({ { u"client"_s, u"contact"_s }, { u"CLIENT_ID"_s },
        { { u"kind"_s, u"session|call|email"_s, true }, { u"date"_s, u"YYYY-MM-DD"_s } },
        u"Records a contact with a person (its kind and day only): a prospect is due 3 years after the last one."_s,
        false, contact });
    commands.append({ { u"destroy"_s }, { u"BILAN_ID"_s }, { { u"content"_s, u"KIND,..."_s }, { u"yes"_s, {} } },
        u"Destroys a closed bilan's content (all kinds, or --content); without --yes, lists what would go."_s, false,
        destroy });
}

} // namespace parcours::cli
