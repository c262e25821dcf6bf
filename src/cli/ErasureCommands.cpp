// client erase: the right to erasure (RGPD article 17) — the person entirely, or all but the administrative proof.
#include "Cli.h"

#include <parcours/core/ErasureService.h>
#include <parcours/core/Settings.h>
#include <parcours/storage/Store.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QJsonArray linesJson(const QList<ErasureLine>& lines)
{
    QJsonArray array;
    for (const ErasureLine& line : lines)
        array.append(QJsonObject { { u"table"_s, line.table }, { u"rows"_s, line.rows }, { u"what"_s, line.what } });
    return array;
}

void printPlan(Context& context, const ErasurePlan& plan)
{
    context.out() << (plan.keepProof ? "Would erase all but the administrative proof of client "
                                     : "Would erase entirely client ")
                  << plan.clientId << " (run again with --yes):\n";
    for (const ErasureLine& line : plan.deleted)
        context.out() << "  delete " << line.table << ": " << line.rows << " record(s) (" << line.what << ")\n";
    if (!plan.identityCleared.isEmpty())
        context.out() << "  clear from the identity: " << plan.identityCleared.join(u", "_s) << '\n';
    if (plan.kept.isEmpty()) {
        context.out() << "Kept: nothing but the destruction journal (ids and counts, no name).\n";
    } else {
        context.out() << "Kept, as the law requires it (administrative proof):\n";
        for (const ErasureLine& line : plan.kept)
            context.out() << "  keep " << line.table << ": " << line.rows << " record(s) (" << line.what << ")\n";
    }
    context.out() << "Delete by hand, outside Parcours:\n";
    for (const QString& file : plan.outsideFiles)
        context.out() << "  " << file << '\n';
    if (!plan.refusal.isEmpty())
        context.out() << "Refused as asked: " << plan.refusal << '\n';
    context.out().flush();
}

int erase(Context& context)
{
    const auto clientId = context.idArgument(0, u"client"_s);
    if (!clientId)
        return Exit::Usage;
    const bool keepProof = context.has(u"keep-proof"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    ErasureService service(*store.value(), context.clock());
    auto plan = service.plan(*clientId, keepProof);
    if (!plan)
        return context.fail(plan.error());
    if (!context.has(u"yes"_s)) {
        if (context.json()) {
            context.printJson(QJsonObject { { u"client_id"_s, *clientId }, { u"keep_proof"_s, keepProof },
                { u"deleted"_s, linesJson(plan->deleted) }, { u"kept"_s, linesJson(plan->kept) },
                { u"identity_cleared"_s, QJsonArray::fromStringList(plan->identityCleared) },
                { u"refusal"_s, plan->refusal } });
        } else {
            printPlan(context, plan.value());
        }
        return Exit::Ok;
    }
    if (!plan->refusal.isEmpty()) {
        QString message = plan->refusal;
        if (plan->proofRequired)
            message += u" (--keep-proof)"_s;
        return context.fail(message);
    }
    const QString by = Settings(store.value()->settings()).value(settingKeys::consultantName).valueOr(QString());
    auto record = service.erase(*clientId, keepProof, by);
    if (!record)
        return context.fail(record.error());
    if (context.json()) {
        context.printJson(QJsonObject { { u"journal_id"_s, record->id }, { u"client_id"_s, *clientId },
            { u"operation"_s, toKey(record->operation) } });
        return Exit::Ok;
    }
    context.out() << (keepProof ? "Reduced to the administrative proof" : "Erased") << " (journal entry "
                  << record->id << ")\n";
    return Exit::Ok;
}

} // namespace

void registerErasureCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"client"_s, u"erase"_s }, { u"CLIENT_ID"_s }, { { u"keep-proof"_s, {} }, { u"yes"_s, {} } },
        u"Erases a person and everything about them, or with --keep-proof all but the administrative proof; "
        u"without --yes, lists what would go and what stays."_s,
        false, erase });
}

} // namespace parcours::cli
