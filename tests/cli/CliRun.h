#pragma once

// Runs the built parcours-cli as a process, as scripts and the consultant use it (shared by the CLI suites).
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace parcours::test {

/** What one run of parcours-cli gave back. */
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

/// Runs parcours-cli with PARCOURS_TODAY pinned and `database` (a path or URL) given with --database.
inline CliRun runParcoursCli(const QStringList& arguments, const QString& database, const QByteArray& today)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QString::fromLatin1(today));
    environment.remove(QStringLiteral("PARCOURS_DATABASE"));
    process.setProcessEnvironment(environment);
    QStringList all;
    if (!database.isEmpty())
        all << QStringLiteral("--database") << database;
    all << arguments;
    process.start(testPath("PARCOURS_CLI"), all);
    if (!process.waitForFinished(60000))
        ADD_FAILURE() << "parcours-cli did not run: " << process.errorString().toStdString();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

/// --database's value for a test database: the file's path, or the PostgreSQL URL.
inline QString databaseArgument(const DatabaseLocation& location)
{
    return location.isPostgres() ? location.display() : location.path;
}

} // namespace parcours::test
