#include "Cli.h"

#include <parcours/core/Settings.h>

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int getSetting(Context& context)
{
    const QString key = context.argument(0);
    if (!Settings::definition(key))
        return context.fail(u"unknown setting '%1' (see 'parcours-cli settings list')"_s.arg(key));
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto value = Settings(store.value()->settings()).value(key);
    if (!value)
        return context.fail(value.error());
    if (context.json())
        context.printJson(QJsonObject { { u"key"_s, key }, { u"value"_s, value.value() } });
    else
        context.out() << value.value() << Qt::endl;
    return Exit::Ok;
}

int setSetting(Context& context)
{
    const QString key = context.argument(0);
    if (!Settings::definition(key))
        return context.fail(u"unknown setting '%1' (see 'parcours-cli settings list')"_s.arg(key));
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = Settings(store.value()->settings()).setValue(key, context.argument(1)); !done)
        return context.fail(u"%1: %2"_s.arg(key, done.error().message));
    return Exit::Ok;
}

int listSettings(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    Settings settings(store.value()->settings());
    QJsonObject object;
    QList<QStringList> rows;
    for (const SettingDefinition& def : Settings::definitions()) {
        const QString value = settings.text(def.key);
        object.insert(def.key, value);
        rows << QStringList { def.key, value.isEmpty() ? u"-"_s : QString(value).replace(u'\n', u" / "_s),
                              def.description };
    }
    if (context.json())
        context.printJson(object);
    else
        context.printTable({ u"KEY"_s, u"VALUE"_s, u"WHAT"_s }, rows);
    return Exit::Ok;
}

int setLogo(Context& context)
{
    QByteArray image;
    if (!context.has(u"clear"_s)) {
        if (!context.has(u"file"_s))
            return context.usage(u"give --file FILE (PNG or JPEG) or --clear"_s);
        QFile file(context.option(u"file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(u"cannot read %1: %2"_s.arg(context.option(u"file"_s), file.errorString()));
        image = file.read(kMaxLogoBytes + 1);
        if (image.isEmpty())
            return context.fail(u"%1 is empty"_s.arg(context.option(u"file"_s)));
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = Settings(store.value()->settings()).setLogo(image); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

} // namespace

void registerSettingsCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"settings"_s, u"get"_s }, { u"KEY"_s }, {}, u"Prints a setting (its default when unset)."_s,
                      false, getSetting });
    commands.append({ { u"settings"_s, u"set"_s }, { u"KEY"_s, u"VALUE"_s }, {},
                      u"Changes a setting (checked against its type; an empty value restores the default)."_s, false,
                      setSetting });
    commands.append({ { u"settings"_s, u"logo"_s }, {}, { { u"file"_s, u"FILE"_s }, { u"clear"_s, {} } },
                      u"Stores the letterhead's logo (PNG or JPEG, 2 MB at most), or removes it with --clear."_s,
                      false, setLogo });
    commands.append({ { u"settings"_s, u"list"_s }, {}, {}, u"Lists every setting with its value."_s, false,
                      listSettings });
}

} // namespace parcours::cli
