// parcours-cli: wires the command line to the command table; no widgets, no single-instance lock.
#include "Cli.h"

#include <parcours/core/AppIdentity.h>
#include <parcours/storage/Platform.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char** argv)
{
    parcours::platform::restrictNewFiles(); // the data, its backups and exports are the consultant's alone
    parcours::platform::keepFreedMemory();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const parcours::cli::Invocation invocation = parcours::cli::parse(arguments);

    // Documents need a QGuiApplication for text layout, never a display.
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<QTemporaryDir> runtime;
    if (invocation.command && invocation.command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session Qt warns on stderr about the missing runtime folder; a private one for this run
        // keeps stderr for the one line a failure prints.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime = std::make_unique<QTemporaryDir>();
            if (runtime->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    parcours::setApplicationIdentity();
    return parcours::cli::run(invocation);
}
