#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <parcours/core/Audit.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Result.h>
#include <parcours/storage/Store.h>

#include <functional>
#include <memory>
#include <optional>

namespace parcours::cli {

/// Exit codes of the CLI contract.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/** An option a command accepts: `--name VALUE`, or a flag when it takes no value. */
struct OptionSpec {
    QString name;
    QString valueName; ///< empty for a flag
    bool required = false;
};

class Context;

/** One command of the CLI: its words, arguments, options and what it runs. */
struct CommandSpec {
    QStringList words; ///< e.g. {"client", "add"}
    QStringList arguments; ///< names of the positional arguments, e.g. {"ID"}
    QList<OptionSpec> options;
    QString summary;
    bool needsGui = false; ///< builds documents: needs a QGuiApplication (offscreen)
    std::function<int(Context&)> run;

    QString synopsis() const;
};

/** Everything a command needs: its parsed arguments, the store, the clock, and where to print. */
class Context {
public:
    Context(const CommandSpec& spec, QStringList arguments, QHash<QString, QString> options, QString database,
            bool json);
    ~Context();

    const CommandSpec& spec() const { return m_spec; }
    bool json() const { return m_json; }
    QString argument(int index) const { return m_arguments.value(index); }
    bool has(const QString& option) const { return m_options.contains(option); }
    QString option(const QString& name) const { return m_options.value(name); }

    /// Opens the database on first use (with --database, PARCOURS_DATABASE or the default file).
    Result<Store*> store();
    /// Where the database is (--database, PARCOURS_DATABASE or the default file), without opening it.
    Result<DatabaseLocation> location() const { return DatabaseLocation::resolve(m_database); }
    const Clock& clock() const { return m_clock ? *m_clock : *m_systemClock; }

    // Parsers for arguments and option values; on bad input they print the reason and return nullopt.
    std::optional<qint64> idArgument(int index, const QString& what);
    std::optional<qint64> idOption(const QString& name, const QString& what);
    std::optional<QDate> dateOption(const QString& name);
    /// The date given with --NAME, or `fallback` (which may be a null date) when the option is absent.
    std::optional<QDate> dateOption(const QString& name, QDate fallback);
    std::optional<QDateTime> dateTimeOption(const QString& name);
    std::optional<int> minutesOption(const QString& name);
    /// The passphrase of an encrypted file: the first line of --passphrase-file, else PARCOURS_PASSPHRASE; empty
    /// when neither is given. Never printed.
    Result<QString> passphrase();

    /// Writes an entry of the audit log before content is printed or a file written (docs/protection.md); its
    /// error says that nothing was done, and the command must then stop.
    Result<void> audit(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what);

    QTextStream& out() { return m_out; }
    /// Prints one English line on stderr and returns Exit::Failed.
    int fail(const QString& message);
    int fail(const Error& error) { return fail(error.message); }
    int usage(const QString& message);
    void printJson(const QJsonValue& value);
    /// Prints rows under headers, in aligned columns.
    void printTable(const QStringList& headers, const QList<QStringList>& rows);

private:
    const CommandSpec& m_spec;
    QStringList m_arguments;
    QHash<QString, QString> m_options;
    QString m_database;
    bool m_json;
    std::unique_ptr<Clock> m_systemClock;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Store> m_store;
    QTextStream m_out;
    QTextStream m_err;
};

/** A parsed command line: the command to run and its arguments, or a usage error. */
struct Invocation {
    const CommandSpec* command = nullptr;
    QStringList arguments;
    QHash<QString, QString> options;
    QString database;
    bool json = false;
    bool help = false;
    bool version = false;
    QString error; ///< usage error, when not empty
};

/// All commands, registered by the command files.
QList<CommandSpec>& registry();
void registerClientCommands(QList<CommandSpec>& commands);
void registerBilanCommands(QList<CommandSpec>& commands);
void registerSessionCommands(QList<CommandSpec>& commands);
void registerSettingsCommands(QList<CommandSpec>& commands);
void registerPlanningCommands(QList<CommandSpec>& commands);
void registerScheduleExportCommands(QList<CommandSpec>& commands);
void registerSynthesisCommands(QList<CommandSpec>& commands);
void registerDocumentCommands(QList<CommandSpec>& commands);
void registerInvestigationCommands(QList<CommandSpec>& commands);
void registerBackupCommands(QList<CommandSpec>& commands);
void registerImportCommands(QList<CommandSpec>& commands);
void registerBillingCommands(QList<CommandSpec>& commands);
void registerBillingSetupCommands(QList<CommandSpec>& commands);
void registerEvaluationCommands(QList<CommandSpec>& commands);
void registerQualityCommands(QList<CommandSpec>& commands);
void registerFollowUpCommands(QList<CommandSpec>& commands);
void registerDemoCommands(QList<CommandSpec>& commands);
void registerComplianceCommands(QList<CommandSpec>& commands);
void registerCabinetCommands(QList<CommandSpec>& commands);
void registerRetentionCommands(QList<CommandSpec>& commands);
void registerErasureCommands(QList<CommandSpec>& commands);
void registerPortabilityCommands(QList<CommandSpec>& commands);
void registerAuditCommands(QList<CommandSpec>& commands);
void registerDisclosureCommands(QList<CommandSpec>& commands);

/// Finds the command and checks its arguments; global options are accepted anywhere.
Invocation parse(const QStringList& argv);
/// Runs a parsed invocation: help, version, usage errors and the command itself.
int run(const Invocation& invocation);
QString helpText();

} // namespace parcours::cli
