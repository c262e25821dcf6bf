#include "Cli.h"

#include <parcours/core/ClientService.h>
#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int addClient(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    Client client;
    client.lastName = context.option(u"last-name"_s);
    client.firstName = context.option(u"first-name"_s);
    client.email = context.option(u"email"_s);
    client.phone = context.option(u"phone"_s);
    if (context.has(u"birth-date"_s)) {
        const auto date = context.dateOption(u"birth-date"_s);
        if (!date)
            return Exit::Failed;
        client.birthDate = *date;
    }
    auto id = ClientService(*store.value(), context.clock()).add(client);
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, id.value() } });
    else
        context.out() << id.value() << Qt::endl;
    return Exit::Ok;
}

int listClients(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    ClientQuery query;
    query.search = context.option(u"search"_s);
    if (context.has(u"status"_s)) {
        query.status = fromKey<ClientStatus>(context.option(u"status"_s));
        if (!query.status)
            return context.fail(u"--status: expected prospect|in-progress|ended, not '%1'"_s.arg(context.option(u"status"_s)));
    }
    auto rows = ClientService(*store.value(), context.clock()).list(query);
    if (!rows)
        return context.fail(rows.error());
    if (context.json()) {
        QJsonArray array;
        for (const ClientSummary& row : rows.value())
            array.append(json::clientSummary(row));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> table;
    for (const ClientSummary& row : rows.value()) {
        table << QStringList { QString::number(row.id), row.displayName(),
                               row.phase ? toKey(*row.phase) : u"prospect"_s,
                               row.nextSession.isValid() ? formatWallClock(row.nextSession) : u"-"_s,
                               row.bilanId ? formatMinutes(row.doneMinutes) + u" / "_s + formatMinutes(kCapMinutes)
                                           : u"-"_s };
    }
    context.printTable({ u"ID"_s, u"NAME"_s, u"PHASE"_s, u"NEXT SESSION"_s, u"HOURS DONE"_s }, table);
    return Exit::Ok;
}

int showClient(Context& context)
{
    const auto id = context.idArgument(0, u"client"_s);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    ClientService clients(*store.value(), context.clock());
    auto client = clients.get(*id);
    if (!client)
        return context.fail(client.error());
    auto bilans = store.value()->bilans().forClient(*id);
    if (!bilans)
        return context.fail(bilans.error());
    if (context.json()) {
        QJsonObject object = json::client(client.value());
        QJsonArray array;
        for (const Bilan& bilan : bilans.value())
            array.append(json::bilan(bilan));
        object.insert(u"bilans"_s, array);
        context.printJson(object);
        return Exit::Ok;
    }
    QTextStream& out = context.out();
    out << "Client " << client->id << ": " << client->fullName() << '\n';
    out << "E-mail:      " << (client->email.isEmpty() ? u"-"_s : client->email) << '\n';
    out << "Phone:       " << (client->phone.isEmpty() ? u"-"_s : client->phone) << '\n';
    out << "Birth date:  " << (client->birthDate.isValid() ? formatIsoDate(client->birthDate) : u"-"_s) << '\n';
    out << "Bilans:      " << (bilans->isEmpty() ? u"none (prospect)"_s : QString()) << '\n';
    for (const Bilan& bilan : bilans.value()) {
        out << "  " << bilan.id << "  " << toKey(bilan.status) << "  " << toKey(bilan.funding) << "  "
            << (bilan.startDate.isValid() ? formatIsoDate(bilan.startDate) : u"not started"_s) << '\n';
    }
    out.flush();
    return Exit::Ok;
}

} // namespace

void registerClientCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"client"_s, u"add"_s }, {},
                      { { u"last-name"_s, u"L"_s, true }, { u"first-name"_s, u"F"_s, true }, { u"email"_s, u"E"_s },
                        { u"phone"_s, u"P"_s }, { u"birth-date"_s, u"YYYY-MM-DD"_s } },
                      u"Records a beneficiary; prints the new id."_s, false, addClient });
    commands.append({ { u"client"_s, u"list"_s }, {}, { { u"search"_s, u"TEXT"_s }, { u"status"_s, u"STATUS"_s } },
                      u"Lists beneficiaries (search over names, e-mail and phone, accents ignored)."_s, false,
                      listClients });
    commands.append({ { u"client"_s, u"show"_s }, { u"ID"_s }, {}, u"Shows one beneficiary and their bilans."_s, false,
                      showClient });
}

} // namespace parcours::cli
