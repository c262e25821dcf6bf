#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace parcours {

class MainWindow;

/**
 * `parcours --screenshot-tour DIR`: pictures every main screen into DIR as PNG files, then quits. It selects the
 * first beneficiary whose bilan is in progress (or the one named by PARCOURS_TOUR_CLIENT), pictures the window,
 * each tab of the bilan (named after the tab's title: « Séances » → onglet-seances.png, so a new tab gets its
 * picture without a change here), then opens the main dialogs through their menu actions (found by object name)
 * and each page of the settings. A screen larger than the available area of the screen is reported on stderr.
 * For the user guide (scripts/guide-screenshots) and to look at the screens at 200 % or in the dark palette.
 */
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow& window, const QString& folder);
    void start();

    /// "Séances" → "seances", "&Paramètres…" → "parametres": the file name of a screen from its title.
    static QString fileStem(const QString& title);

private:
    void then(std::function<void()> step);
    void next();
    void save(QWidget* widget, const QString& name);
    /// Selects the first beneficiary with a bilan in progress whose name holds `name` (any, when empty).
    void selectClient(const QString& name);
    void pictureTabs();
    void pictureDialog(const QString& name, const QString& actionName);

    MainWindow& m_window;
    QString m_folder;
    QList<std::function<void()>> m_steps;
    int m_failures = 0;
};

} // namespace parcours
