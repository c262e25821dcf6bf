// export, import: the right of access and portability (RGPD articles 15 and 20) — everything about a person as a
// folder, and such a folder loaded into a database.
#include "Cli.h"

#include <parcours/reports/PersonExport.h>
#include <parcours/storage/Store.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int exportPerson(Context& context)
{
    const auto clientId = context.idArgument(0, u"client"_s);
    if (!clientId)
        return Exit::Usage;
    const QString out = context.option(u"out"_s);
    if (out.trimmed().isEmpty())
        return context.usage(u"--out: the folder's name is empty."_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Export, AuditRecord::Client, *clientId, u"person-export"_s); !logged)
        return context.fail(logged.error());
    auto written = PersonExport::write(*store.value(), *clientId, out, context.clock());
    if (!written)
        return context.fail(written.error());
    if (context.json()) {
        context.printJson(QJsonObject { { u"folder"_s, written->folder },
            { u"documents"_s, QJsonArray::fromStringList(written->documents) }, { u"files"_s, written->files } });
        return Exit::Ok;
    }
    context.out() << "Exported to " << written->folder << " (" << PersonExport::kDocumentName << ", "
                  << written->documents.size() << " PDF(s), " << written->files << " attached file(s))\n";
    return Exit::Ok;
}

int importPerson(Context& context)
{
    const QString folder = context.argument(0);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto clientId = PersonExport::import(*store.value(), folder);
    if (!clientId)
        return context.fail(clientId.error());
    if (context.json()) {
        context.printJson(QJsonObject { { u"client_id"_s, clientId.value() } });
        return Exit::Ok;
    }
    context.out() << clientId.value() << '\n';
    return Exit::Ok;
}

} // namespace

void registerPortabilityCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"export"_s }, { u"CLIENT_ID"_s }, { { u"out"_s, u"DIR"_s, true } },
        u"Exports everything about a person (RGPD access and portability) as a new folder: personne.json, the "
        u"PDFs, the attached files."_s,
        true, exportPerson });
    commands.append({ { u"import"_s }, { u"DIR"_s }, {},
        u"Loads a person's export folder into the database, with new ids, all or nothing; prints the new client id."_s,
        false, importPerson });
}

} // namespace parcours::cli
