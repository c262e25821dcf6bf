#include "Cli.h"

#include <parcours/core/AuditService.h>

#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parcours::cli {

QString CommandSpec::synopsis() const
{
    QStringList parts { words.join(u' ') };
    parts << arguments;
    for (const OptionSpec& option : options) {
        const QString text = u"--"_s + option.name + (option.valueName.isEmpty() ? QString() : u' ' + option.valueName);
        parts << (option.required ? text : u'[' + text + u']');
    }
    return parts.join(u' ');
}

QList<CommandSpec>& registry()
{
    static QList<CommandSpec> commands = [] {
        QList<CommandSpec> all;
        registerClientCommands(all);
        registerBilanCommands(all);
        registerSessionCommands(all);
        registerSettingsCommands(all);
        registerPlanningCommands(all);
        registerScheduleExportCommands(all);
        registerSynthesisCommands(all);
        registerDocumentCommands(all);
        registerInvestigationCommands(all);
        registerEvaluationCommands(all);
        registerQualityCommands(all);
        registerImportCommands(all);
        registerBillingSetupCommands(all);
        registerBillingCommands(all);
        registerBackupCommands(all);
        registerFollowUpCommands(all);
        registerDemoCommands(all);
        registerComplianceCommands(all);
        registerCabinetCommands(all);
        registerRetentionCommands(all);
        registerErasureCommands(all);
        registerPortabilityCommands(all);
        registerAuditCommands(all);
        registerDisclosureCommands(all);
        return all;
    }();
    return commands;
}

QString helpText()
{
    QString text = u"Usage: parcours-cli [--database PATH|URL] [--json] <command>\n\n"
                   u"Parcours, the bilan de compétences workbench, from the command line.\n"
                   u"The database is --database, else $PARCOURS_DATABASE, else the default SQLite file.\n"
                   u"PARCOURS_TODAY=YYYY-MM-DD fixes today's date; PARCOURS_TODAY=YYYY-MM-DDTHH:MM also the time of\n"
                   u"day, which starts there and runs on (2026-03-18T09:00).\n\nCommands:\n"_s;
    for (const CommandSpec& command : registry())
        text += u"  "_s + command.synopsis() + u"\n      "_s + command.summary + u'\n';
    text += u"\nExit status: 0 success, 1 refused or failed (reason on stderr), 2 usage error.\n"_s;
    return text;
}

Invocation parse(const QStringList& argv)
{
    Invocation invocation;
    QStringList rest;
    // Global options may come before or after the command words.
    for (int i = 1; i < argv.size(); ++i) {
        const QString& arg = argv[i];
        if (arg == u"--json") {
            invocation.json = true;
        } else if (arg == u"--help" || arg == u"-h") {
            invocation.help = true;
        } else if (arg == u"--version") {
            invocation.version = true;
        } else if (arg == u"--database") {
            if (i + 1 >= argv.size()) {
                invocation.error = u"--database needs a value (a file path or a postgresql:// URL)"_s;
                return invocation;
            }
            invocation.database = argv[++i];
        } else if (arg.startsWith(u"--database="_s)) {
            invocation.database = arg.mid(11);
        } else {
            rest << arg;
        }
    }
    if (invocation.help || invocation.version)
        return invocation;
    if (rest.isEmpty()) {
        invocation.error = u"no command given"_s;
        return invocation;
    }
    // The longest run of command words that names a command.
    const CommandSpec* best = nullptr;
    for (const CommandSpec& command : registry()) {
        if (command.words.size() > rest.size())
            continue;
        if (rest.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best) {
        invocation.error = u"unknown command '%1'"_s.arg(rest.first());
        return invocation;
    }
    invocation.command = best;
    for (int i = best->words.size(); i < rest.size(); ++i) {
        const QString& arg = rest[i];
        if (!arg.startsWith(u"--"_s) || arg == u"--") {
            invocation.arguments << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        const auto spec = std::find_if(best->options.begin(), best->options.end(),
                                       [&](const OptionSpec& option) { return option.name == name; });
        if (spec == best->options.end()) {
            invocation.error = u"unknown option --%1 for '%2'"_s.arg(name, best->words.join(u' '));
            return invocation;
        }
        if (!spec->valueName.isEmpty() && !inlineValue) {
            if (i + 1 >= rest.size()) {
                invocation.error = u"--%1 needs a value (%2)"_s.arg(name, spec->valueName);
                return invocation;
            }
            value = rest[++i];
        } else if (spec->valueName.isEmpty() && inlineValue) {
            invocation.error = u"--%1 takes no value"_s.arg(name);
            return invocation;
        }
        invocation.options.insert(name, value);
    }
    for (const OptionSpec& option : best->options) {
        if (option.required && !invocation.options.contains(option.name)) {
            invocation.error = u"'%1' needs --%2"_s.arg(best->words.join(u' '), option.name);
            return invocation;
        }
    }
    if (invocation.arguments.size() != best->arguments.size()) {
        invocation.error = u"'%1' takes %2"_s.arg(best->words.join(u' '),
                                                 best->arguments.isEmpty() ? u"no argument"_s
                                                                           : best->arguments.join(u' '));
        // A word too many is most often the second half of an option's value that was not quoted.
        if (invocation.arguments.size() > best->arguments.size())
            invocation.error += u"; '%1' is one argument too many (quote a value that has spaces)"_s.arg(
                invocation.arguments.at(best->arguments.size()));
    }
    return invocation;
}

int run(const Invocation& invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (invocation.help) {
        out << helpText();
        return Exit::Ok;
    }
    if (invocation.version) {
        out << "parcours-cli " << QStringLiteral(PARCOURS_VERSION) << '\n';
        return Exit::Ok;
    }
    if (!invocation.error.isEmpty()) {
        err << "parcours-cli: " << invocation.error << '\n';
        if (invocation.command)
            err << "usage: parcours-cli " << invocation.command->synopsis() << '\n';
        else
            err << "Try 'parcours-cli --help'.\n";
        return Exit::Usage;
    }
    Context context(*invocation.command, invocation.arguments, invocation.options, invocation.database,
                    invocation.json);
    return invocation.command->run(context);
}

Context::Context(const CommandSpec& spec, QStringList arguments, QHash<QString, QString> options, QString database,
                 bool json)
    : m_spec(spec)
    , m_arguments(std::move(arguments))
    , m_options(std::move(options))
    , m_database(std::move(database))
    , m_json(json)
    , m_systemClock(std::make_unique<SystemClock>())
    , m_out(stdout)
    , m_err(stderr)
{
    if (const auto pinned = pinnedToday(); pinned && pinned.value())
        m_clock = std::make_unique<PinnedDateClock>(*pinned.value(), *m_systemClock, pinnedStartTime());
}

Context::~Context() = default;

Result<Store*> Context::store()
{
    if (m_store)
        return m_store.get();
    if (auto pinned = pinnedToday(); !pinned)
        return pinned.error();
    auto location = DatabaseLocation::resolve(m_database);
    if (!location)
        return location.error();
    auto store = Store::open(location.value());
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    static_cast<SystemClock&>(*m_systemClock).setTimeZone(Settings(m_store->settings()).timeZone());
    return m_store.get();
}

std::optional<qint64> Context::idArgument(int index, const QString& what)
{
    bool ok = false;
    const qint64 id = argument(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(u"'%1' is not a valid %2 id (a positive whole number)"_s.arg(argument(index), what));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> Context::idOption(const QString& name, const QString& what)
{
    bool ok = false;
    const qint64 id = option(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(u"--%1: '%2' is not a valid %3 id (a positive whole number)"_s.arg(name, option(name), what));
        return std::nullopt;
    }
    return id;
}

std::optional<QDate> Context::dateOption(const QString& name)
{
    const auto date = parseIsoDate(option(name));
    if (!date)
        fail(u"--%1: '%2' is not a date (expected YYYY-MM-DD)"_s.arg(name, option(name)));
    return date;
}

std::optional<QDate> Context::dateOption(const QString& name, QDate fallback)
{
    return has(name) ? dateOption(name) : std::optional<QDate>(fallback);
}

Result<QString> Context::passphrase()
{
    if (has(u"passphrase-file"_s)) {
        QFile file(option(u"passphrase-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, u"cannot read the passphrase file %1: %2"_s.arg(file.fileName(), file.errorString()));
        const QString passphrase = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        if (passphrase.isEmpty())
            return makeError(ErrorCode::InvalidInput, u"the passphrase file %1 is empty"_s.arg(file.fileName()));
        return passphrase;
    }
    return qEnvironmentVariable("PARCOURS_PASSPHRASE");
}

std::optional<QDateTime> Context::dateTimeOption(const QString& name)
{
    const auto dateTime = parseWallClock(option(name));
    if (!dateTime || option(name).size() != 16)
        fail(u"--%1: '%2' is not a date and time (expected YYYY-MM-DDTHH:MM)"_s.arg(name, option(name)));
    return option(name).size() == 16 ? dateTime : std::nullopt;
}

std::optional<int> Context::minutesOption(const QString& name)
{
    bool ok = false;
    const int minutes = option(name).toInt(&ok);
    if (!ok || minutes < 0) {
        fail(u"--%1: '%2' is not a number of minutes (a whole number, 0 or more)"_s.arg(name, option(name)));
        return std::nullopt;
    }
    return minutes;
}

Result<void> Context::audit(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what)
{
    auto store = this->store();
    if (!store)
        return store.error();
    if (auto logged = AuditService(*store.value(), clock()).record(operation, kind, id, what); !logged) {
        return makeError(logged.error().code,
            u"The audit log could not be written, so nothing was done (an auditor must be able to trust it): %1"_s
                .arg(logged.error().message));
    }
    return success();
}

int Context::fail(const QString& message)
{
    m_err << "parcours-cli: " << message << '\n';
    m_err.flush();
    return Exit::Failed;
}

int Context::usage(const QString& message)
{
    m_err << "parcours-cli: " << message << "\nusage: parcours-cli " << m_spec.synopsis() << '\n';
    m_err.flush();
    return Exit::Usage;
}

void Context::printJson(const QJsonValue& value)
{
    QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::printTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths << header.size();
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column + 1 == cells.size();
            line += last ? cells[column] : cells[column].leftJustified(widths[column]) + u"  "_s;
        }
        m_out << line << '\n';
    };
    printRow(headers);
    for (const QStringList& row : rows)
        printRow(row);
    m_out.flush();
}

} // namespace parcours::cli
