// export, import: the right of access and portability (RGPD articles 15 and 20) — everything about a person as a
// folder, and such a folder loaded into a database.
#include "Cli.h"

#include <parcours/reports/PersonArchive.h>
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
    auto passphrase = context.passphrase();
    if (!passphrase)
        return context.fail(passphrase.error());
    // One file when it is to be encrypted or is named .zip; a folder otherwise.
    const bool oneFile = !passphrase->isEmpty() || out.endsWith(u".zip"_s, Qt::CaseInsensitive);
    auto written = oneFile ? PersonArchive::write(*store.value(), *clientId, out, context.clock(), passphrase.value())
                           : PersonExport::write(*store.value(), *clientId, out, context.clock());
    if (!written)
        return context.fail(written.error());
    if (context.json()) {
        context.printJson(QJsonObject { { u"folder"_s, written->folder },
            { u"documents"_s, QJsonArray::fromStringList(written->documents) }, { u"files"_s, written->files } });
        return Exit::Ok;
    }
    context.out() << "Exported to " << written->folder << (passphrase->isEmpty() ? "" : ", encrypted,") << " (" << PersonExport::kDocumentName << ", "
                  << written->documents.size() << " PDF(s), " << written->files << " attached file(s))\n";
    return Exit::Ok;
}

int importPerson(Context& context)
{
    const QString path = context.argument(0);
    auto passphrase = context.passphrase();
    if (!passphrase)
        return context.fail(passphrase.error());
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto clientId = PersonArchive::import(*store.value(), path, passphrase.value());
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
    commands.append({ { u"export"_s }, { u"CLIENT_ID"_s },
        { { u"out"_s, u"DIR|FILE.zip|FILE"_s, true }, { u"passphrase-file"_s, u"FILE"_s } },
        u"Exports everything about a person (RGPD access and portability) as a new folder (personne.json, the PDFs, "
        u"the attached files), or as one zip when --out ends with .zip; encrypted into one file when a passphrase is "
        u"given (PARCOURS_PASSPHRASE or --passphrase-file)."_s,
        true, exportPerson });
    commands.append({ { u"import"_s }, { u"DIR|FILE"_s }, { { u"passphrase-file"_s, u"FILE"_s } },
        u"Loads a person's export (folder, zip or encrypted file) into the database, with new ids, all or nothing; "
        u"prints the new client id."_s,
        false, importPerson });
}

} // namespace parcours::cli
