// compliance: the checks of a bilan (phases, 24 h, agreement, CPF, synthèse and receipt, follow-up), as the
// "Conformité" tab shows them.
#include "Cli.h"

#include <parcours/core/ComplianceService.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int compliance(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Usage;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto checks = ComplianceService(*store.value(), context.clock()).checks(*bilanId);
    if (!checks)
        return context.fail(checks.error());
    const ComplianceSummary summary = ComplianceRules::summarise(checks.value());
    if (context.json()) {
        QJsonArray array;
        for (const ComplianceCheck& check : checks.value()) {
            QJsonObject object { { u"check"_s, toKey(check.id) }, { u"state"_s, toKey(check.state) },
                { u"title"_s, check.title }, { u"detail"_s, check.detail } };
            if (check.fix != FixPlace::None)
                object.insert(u"fix"_s, toKey(check.fix));
            array.append(object);
        }
        context.printJson(QJsonObject { { u"bilan_id"_s, *bilanId }, { u"missing"_s, summary.missing },
            { u"pending"_s, summary.pending }, { u"met"_s, summary.met }, { u"checks"_s, array } });
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const ComplianceCheck& check : checks.value())
        rows << QStringList { toKey(check.state), toKey(check.id), check.detail, toKey(check.fix) };
    context.printTable({ u"STATE"_s, u"CHECK"_s, u"DETAIL"_s, u"FIX IN"_s }, rows);
    context.out() << ComplianceRules::describe(summary) << '\n';
    context.out().flush();
    return Exit::Ok;
}

} // namespace

void registerComplianceCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"compliance"_s }, { u"BILAN_ID"_s }, {},
        u"Prints the compliance checks of a bilan: what is met, still to come or to fix, and where."_s, false,
        compliance });
}

} // namespace parcours::cli
