#include <parcours/ui/FocusStyle.h>
#include <parcours/ui/Startup.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleHints>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace parcours {

GuiOptions parseGuiArguments(const QStringList& arguments)
{
    GuiOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--help" || arg == u"-h") {
            options.help = true;
        } else if (arg == u"--version") {
            options.version = true;
        } else if (arg == u"--agenda") {
            options.agenda = true;
        } else if (arg == u"--startup-probe") {
            options.startupProbe = true;
        } else if (arg == u"--read-only") {
            options.readOnly = true;
        } else if (arg == u"--database" || arg == u"--lang" || arg == u"--screenshot-tour") {
            if (i + 1 >= arguments.size()) {
                options.error = u"%1 needs a value"_s.arg(arg);
                return options;
            }
            QString& value = arg == u"--database" ? options.database
                : arg == u"--lang"                ? options.language
                                                  : options.screenshotTour;
            value = arguments[++i];
        } else if (arg.startsWith(u"--database="_s)) {
            options.database = arg.mid(11);
        } else if (arg.startsWith(u"--lang="_s)) {
            options.language = arg.mid(7);
        } else if (arg.startsWith(u'-') && !arg.startsWith(u"-platform"_s) && !arg.startsWith(u"-style"_s)) {
            options.error = u"unknown option %1"_s.arg(arg);
            return options;
        } else if (arg.startsWith(u'-')) {
            ++i; // Qt's own -platform / -style NAME: QApplication consumes them
        }
    }
    if (!options.language.isEmpty() && options.language != u"fr" && options.language != u"en")
        options.error = u"--lang takes fr or en"_s;
    return options;
}

QString guiHelpText()
{
    return u"Usage: parcours [--database PATH|URL] [--read-only] [--lang fr|en] [--agenda] [--startup-probe]\n"
           u"                [--screenshot-tour DIR]\n\n"
           u"Parcours, the bilan de compétences workbench.\n"
           u"  --database PATH|URL  an SQLite file or postgresql://user@host:port/dbname\n"
           u"                       (default: $PARCOURS_DATABASE, else the file in your data folder)\n"
           u"  --read-only          opens the database without changing anything (a backup, for example)\n"
           u"  --lang fr|en         the interface language (default: French unless the system is English)\n"
           u"  --agenda             opens the agenda of the week as well\n"
           u"  --startup-probe      opens the window, prints the milliseconds to the first paint of the filled\n"
           u"                       client list and the peak memory, then quits (for benchmarks)\n"
           u"  --screenshot-tour DIR  pictures every main screen into DIR (PNG), then quits (for the user guide:\n"
           u"                       scripts/guide-screenshots); PARCOURS_TOUR_CLIENT chooses the beneficiary\n"
           u"  --version            prints the version\n"_s;
}

void setApplicationLook(QGuiApplication& application)
{
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(u":/icons/parcours-%1.png"_s.arg(size), QSize(size, size));
    application.setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(u"org.parcours.Parcours"_s);
    useVisibleFocus();
    // A caret that does not blink, for whom blinking bothers, and for pictures that are the same at each retake.
    if (qEnvironmentVariableIsSet("PARCOURS_STEADY_CARET"))
        QGuiApplication::styleHints()->setCursorFlashTime(0);
}

QString chooseLanguage(const QString& requested)
{
    if (requested == u"en" || requested == u"fr")
        return requested;
    const QString fromEnvironment = qEnvironmentVariable("PARCOURS_LANG");
    if (fromEnvironment == u"en" || fromEnvironment == u"fr")
        return fromEnvironment;
    return QLocale::system().language() == QLocale::English ? u"en"_s : u"fr"_s;
}

void installTranslations(QCoreApplication& application, const QString& language)
{
    if (language != u"fr") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // English is the source language; its .qm only holds plural forms ("1 session", "2 sessions").
        auto* plurals = new QTranslator(&application);
        if (plurals->load(u":/i18n/parcours_en.qm"_s))
            QCoreApplication::installTranslator(plurals);
        return;
    }
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto* own = new QTranslator(&application);
    if (own->load(u":/i18n/parcours_fr.qm"_s))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (Cancel, OK, the calendar…) from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::French), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace parcours
