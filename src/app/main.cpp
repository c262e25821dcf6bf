// parcours: the desktop application. Wires the command line, the database, the translations and the window.
#include <parcours/core/AppIdentity.h>
#include <parcours/core/Settings.h>
#include <parcours/storage/Store.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/Startup.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QApplication>
#include <QLockFile>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const parcours::GuiOptions options = parcours::parseGuiArguments(arguments);
    // --version and --help answer without creating a GUI application (no display needed).
    if (options.version) {
        std::printf("parcours %s\n", PARCOURS_VERSION);
        return 0;
    }
    if (options.help || !options.error.isEmpty()) {
        if (!options.error.isEmpty())
            std::fprintf(stderr, "parcours: %s\n", qPrintable(options.error));
        std::fprintf(options.help ? stdout : stderr, "%s", qPrintable(parcours::guiHelpText()));
        return options.help ? 0 : 2;
    }

    QApplication application(argc, argv);
    parcours::setApplicationIdentity();
    parcours::setApplicationLook(application);
    parcours::installTranslations(application, parcours::chooseLanguage(options.language));

    auto location = parcours::DatabaseLocation::resolve(options.database);
    if (!location) {
        QMessageBox::critical(nullptr, QObject::tr("Parcours"), location.error().message);
        return 1;
    }
    // One window per SQLite file; a lock left by a process that died is taken over.
    std::unique_ptr<QLockFile> lock;
    if (!location->isPostgres()) {
        lock = std::make_unique<QLockFile>(location->path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(200)) {
            QMessageBox::warning(nullptr, QObject::tr("Parcours"),
                                 QObject::tr("Parcours is already open on %1.").arg(location->display()));
            return 1;
        }
    }
    auto store = parcours::Store::open(location.value());
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Parcours"),
                              QObject::tr("The database cannot be opened.\n\n%1").arg(store.error().message));
        return 1;
    }
    parcours::SystemClock systemClock(parcours::Settings(store.value()->settings()).timeZone());
    const auto pinned = parcours::pinnedToday();
    if (!pinned) {
        QMessageBox::critical(nullptr, QObject::tr("Parcours"), pinned.error().message);
        return 1;
    }
    std::optional<parcours::PinnedDateClock> demonstrationClock;
    if (pinned.value())
        demonstrationClock.emplace(*pinned.value(), systemClock);
    const parcours::Clock& clock = demonstrationClock ? static_cast<const parcours::Clock&>(*demonstrationClock)
                                                      : systemClock;
    parcours::Workspace workspace(*store.value(), clock, location->display());
    parcours::MainWindow window(workspace);
    window.show();
    if (options.agenda)
        window.scheduling()->agendaAction()->trigger();
    return application.exec();
}
