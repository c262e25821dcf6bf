// parcours: the desktop application. Wires the command line, the translations and the application controller.
#include <parcours/core/AppIdentity.h>
#include <parcours/storage/Platform.h>
#include <parcours/ui/AppController.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/ScreenFit.h>
#include <parcours/ui/ScreenshotTour.h>
#include <parcours/ui/Startup.h>
#include <parcours/ui/StartupProbe.h>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart; // for --startup-probe
    sinceStart.start();
    parcours::platform::restrictNewFiles(); // the data, its backups and exports are the consultant's alone
    parcours::platform::keepFreedMemory();
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
    parcours::fitWindowsToScreen(&application); // a laptop at 200 % has 960 × 540 logical pixels
    parcours::installTranslations(application, parcours::chooseLanguage(options.language));

    // The single-instance lock, the database (checked, recovered from a backup when damaged), the daily backup,
    // the window: all in the controller, where the tests drive them too.
    // The probe measures a consultant's ordinary morning: no first-run welcome waiting for an answer.
    // Nor does the screenshot tour.
    const bool welcome = !options.startupProbe && options.screenshotTour.isEmpty();
    parcours::AppController controller({ options.database, options.readOnly, nullptr, welcome });
    if (!controller.start())
        return controller.exitCode();
    if (options.agenda)
        controller.window()->scheduling()->agendaAction()->trigger();
    if (!options.screenshotTour.isEmpty())
        (new parcours::ScreenshotTour(*controller.window(), options.screenshotTour))->start(); // owned by the window
    if (options.startupProbe)
        new parcours::StartupProbe(*controller.window(), sinceStart); // owned by the window
    return application.exec();
}
