// cabinet: a cabinet on one shared PostgreSQL database (init, consultants, reassignment, import of a solo file).
#include "Cli.h"

#include <parcours/storage/Cabinet.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

Result<std::unique_ptr<Cabinet>> openCabinet(Context& context)
{
    auto location = context.location();
    if (!location)
        return location.error();
    return Cabinet::open(location.value());
}

int init(Context& context)
{
    auto cabinet = openCabinet(context);
    if (!cabinet)
        return context.fail(cabinet.error());
    if (auto done = cabinet.value()->init(); !done)
        return context.fail(done.error());
    context.out() << "The cabinet is ready: schema up to date, groups " << Cabinet::kConsultantGroup << " and "
                  << Cabinet::kManagerGroup << ", row-level security on every beneficiary's table." << Qt::endl;
    return Exit::Ok;
}

int addConsultant(Context& context)
{
    std::optional<QString> password;
    if (context.has(u"password-stdin"_s)) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(u"cannot read the password from standard input"_s);
        QString line = QString::fromUtf8(input.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            return context.fail(u"--password-stdin: standard input holds no password"_s);
        password = line;
    }
    auto cabinet = openCabinet(context);
    if (!cabinet)
        return context.fail(cabinet.error());
    const QString login = context.argument(0);
    const bool manager = context.has(u"manager"_s);
    if (auto done = cabinet.value()->addConsultant(login, context.option(u"name"_s), manager, password); !done)
        return context.fail(done.error());
    context.out() << (manager ? "Manager " : "Consultant ") << login << " can sign in"
                  << (password ? " with the password given." : " (password from the server's authentication rules).")
                  << Qt::endl;
    return Exit::Ok;
}

int list(Context& context)
{
    auto cabinet = openCabinet(context);
    if (!cabinet)
        return context.fail(cabinet.error());
    auto consultants = cabinet.value()->consultants();
    if (!consultants)
        return context.fail(consultants.error());
    auto role = [](const CabinetConsultant& c) {
        return c.manager ? u"manager"_s : c.consultant ? u"consultant"_s : u"other"_s;
    };
    if (context.json()) {
        QJsonArray array;
        for (const CabinetConsultant& c : consultants.value()) {
            array.append(QJsonObject { { u"login"_s, c.login }, { u"name"_s, c.name }, { u"role"_s, role(c) },
                                       { u"clients"_s, c.clients } });
        }
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const CabinetConsultant& c : consultants.value())
        rows << QStringList { c.login, role(c), QString::number(c.clients), c.name };
    context.printTable({ u"LOGIN"_s, u"ROLE"_s, u"BENEFICIARIES"_s, u"NAME"_s }, rows);
    return Exit::Ok;
}

int reassign(Context& context)
{
    QList<qint64> ids;
    if (context.has(u"client"_s)) {
        for (const QString& part : context.option(u"client"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return context.fail(u"--client: '%1' is not a valid beneficiary id"_s.arg(part));
            ids << id;
        }
        if (ids.isEmpty())
            return context.fail(u"--client: no beneficiary id given"_s);
    }
    auto cabinet = openCabinet(context);
    if (!cabinet)
        return context.fail(cabinet.error());
    auto moved = cabinet.value()->reassign(context.argument(0), context.argument(1), ids);
    if (!moved)
        return context.fail(moved.error());
    if (context.json()) {
        context.printJson(QJsonObject { { u"clients"_s, moved->clients }, { u"bilans"_s, moved->bilans } });
        return Exit::Ok;
    }
    context.out() << "Reassigned " << moved->clients << " beneficiaries (" << moved->bilans << " bilans) from "
                  << context.argument(0) << " to " << context.argument(1) << "." << Qt::endl;
    return Exit::Ok;
}

int import(Context& context)
{
    auto cabinet = openCabinet(context);
    if (!cabinet)
        return context.fail(cabinet.error());
    auto copies = cabinet.value()->importSqlite(context.argument(0), context.option(u"as"_s));
    if (!copies)
        return context.fail(copies.error());
    if (context.json()) {
        QJsonArray array;
        for (const TableCopy& copy : copies.value()) {
            array.append(QJsonObject { { u"table"_s, copy.table }, { u"rows"_s, copy.source },
                                       { u"before"_s, copy.before }, { u"after"_s, copy.after } });
        }
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const TableCopy& copy : copies.value()) {
        if (copy.source > 0)
            rows << QStringList { copy.table, QString::number(copy.source), QString::number(copy.after) };
    }
    context.printTable({ u"TABLE"_s, u"IMPORTED"_s, u"NOW IN CABINET"_s }, rows);
    context.out() << "Imported for " << context.option(u"as"_s) << "; every count checked." << Qt::endl;
    return Exit::Ok;
}

} // namespace

void registerCabinetCommands(QList<CommandSpec>& commands)
{
    commands << CommandSpec { { u"cabinet"_s, u"init"_s }, {}, {},
        u"PostgreSQL only: create or update the cabinet's schema, groups and row-level security (idempotent)"_s, false, init };
    commands << CommandSpec { { u"cabinet"_s, u"add-consultant"_s }, { u"LOGIN"_s },
        { { u"name"_s, u"NAME"_s, true }, { u"manager"_s, {}, false }, { u"password-stdin"_s, {}, false } },
        u"create a consultant's PostgreSQL login (a manager also reads every bilan's administrative records)"_s, false,
        addConsultant };
    commands << CommandSpec { { u"cabinet"_s, u"list"_s }, {}, {},
        u"the cabinet's consultants and how many beneficiaries each one follows"_s, false, list };
    commands << CommandSpec { { u"cabinet"_s, u"reassign"_s }, { u"FROM_LOGIN"_s, u"TO_LOGIN"_s },
        { { u"client"_s, u"ID[,ID…]"_s, false } },
        u"give a consultant's beneficiaries (all, or those listed) to another one, in one transaction"_s, false, reassign };
    commands << CommandSpec { { u"cabinet"_s, u"import"_s }, { u"FILE.sqlite"_s }, { { u"as"_s, u"LOGIN"_s, true } },
        u"copy a solo Parcours database into the cabinet for LOGIN, all or nothing (the file is not changed)"_s, false,
        import };
}

} // namespace parcours::cli
