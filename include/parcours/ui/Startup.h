#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QGuiApplication;

namespace parcours {

/** What the GUI's command line asks for. */
struct GuiOptions {
    QString database; ///< --database PATH|URL (else PARCOURS_DATABASE, else the default file)
    QString language; ///< --lang fr|en (else PARCOURS_LANG, else the system's: English only when it is English)
    bool readOnly = false; ///< --read-only: look at the data without changing anything
    bool help = false;
    bool version = false;
    bool agenda = false; ///< --agenda: open the agenda window at start
    bool startupProbe = false; ///< --startup-probe: time the first paint of the filled list, then quit
    QString screenshotTour; ///< --screenshot-tour DIR: picture every main screen into DIR, then quit
    QString error; ///< a usage error, when not empty
};

GuiOptions parseGuiArguments(const QStringList& arguments);
QString guiHelpText();

/// The window icon and the desktop file the window belongs to (org.parcours.Parcours).
void setApplicationLook(QGuiApplication& application);

/// The language the interface will speak: "en" or "fr" (French unless the system or the user says English).
QString chooseLanguage(const QString& requested);
/// Loads Parcours' and Qt's own translations for the language, and its locale for dates and numbers.
void installTranslations(QCoreApplication& application, const QString& language);

} // namespace parcours
