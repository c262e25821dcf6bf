#include <parcours/core/Text.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/ScreenshotTour.h>
#include <parcours/ui/SessionsTab.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QStyleHints>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kPause = 600; // ms for a screen to load its data and settle

QList<QWidget*> visibleWindows()
{
    QList<QWidget*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->isWindow() && widget->windowType() != Qt::Popup
            && widget->windowType() != Qt::ToolTip)
            windows << widget;
    }
    return windows;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, const QString& folder)
    : QObject(&window)
    , m_window(window)
    , m_folder(folder)
{
}

QString ScreenshotTour::fileStem(const QString& title)
{
    QString stem;
    for (QChar c : foldForSearch(QString(title).remove(u'&'))) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem;
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    QGuiApplication::styleHints()->setCursorFlashTime(0); // the same pictures at each retake: no blinking caret
    const QString client = qEnvironmentVariable("PARCOURS_TOUR_CLIENT");
    selectClient(client);
    then([this] { save(&m_window, u"fenetre-principale"_s); });
    // The notice shown at the start hides by itself after a few seconds, in the middle of the tabs' pictures
    // at one retake, after them at the next: closed now, as the consultant would, the same at every retake.
    then([this] {
        if (auto* banner = m_window.findChild<MessageBanner*>())
            banner->hide();
    });
    pictureTabs();
    // The dialogs the guide describes, by the object name of the menu action that opens them.
    const QList<std::pair<QString, QString>> dialogs {
        { u"fiche-beneficiaire"_s, u"editClientAction"_s },
        { u"bilan-conditions"_s, u"editBilanAction"_s },
    };
    for (const auto& [name, action] : dialogs)
        pictureDialog(name, action);
    // The planning at the start of a bilan (PARCOURS_TOUR_PLAN_CLIENT): on one nearly done, it has nothing to
    // propose. Then back to the first beneficiary for the log of a session.
    if (const QString planned = qEnvironmentVariable("PARCOURS_TOUR_PLAN_CLIENT"); !planned.isEmpty()) {
        selectClient(planned);
        pictureDialog(u"planifier-les-seances"_s, u"planSessionsAction"_s);
        selectClient(client);
    } else {
        pictureDialog(u"planifier-les-seances"_s, u"planSessionsAction"_s);
    }
    // The log of the bilan's first session.
    then([this] { m_window.bilanPanel()->sessionsTab()->view()->selectRow(0); });
    const QList<std::pair<QString, QString>> others {
        { u"consigner-une-seance"_s, u"logSessionAction"_s },
        { u"agenda"_s, u"agendaAction"_s },
        { u"sauvegardes"_s, u"backupsAction"_s },
        { u"cabinet"_s, u"cabinetAction"_s },
        { u"parametres"_s, u"settingsAction"_s },
    };
    for (const auto& [name, action] : others)
        pictureDialog(name, action);
    then([this] { QCoreApplication::exit(m_failures == 0 ? 0 : 3); });
    next();
}

void ScreenshotTour::then(std::function<void()> step)
{
    m_steps.append(std::move(step));
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty())
        return;
    QTimer::singleShot(kPause, this, [this] {
        const std::function<void()> step = m_steps.takeFirst();
        step();
        next();
    });
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_folder).filePath(name + u".png"_s);
    // What is still to lay out or paint (a busy machine falls behind the pause), done before the picture.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshot-tour: cannot write %s\n", qPrintable(path));
        ++m_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    // At 200 % on a laptop, a window larger than the screen hides its buttons: say so.
    const QRect available = widget->screen()->availableGeometry();
    const QSize size = widget->frameGeometry().size();
    if (size.width() > available.width() || size.height() > available.height()) {
        std::fprintf(stderr, "screenshot-tour: %s is %dx%d, larger than the screen's %dx%d\n", qPrintable(name),
                     size.width(), size.height(), available.width(), available.height());
        ++m_failures;
    }
}

void ScreenshotTour::selectClient(const QString& name)
{
    auto* status = m_window.findChild<QComboBox*>(u"statusComboBox"_s);
    auto* search = m_window.findChild<QLineEdit*>(u"searchLineEdit"_s);
    auto* view = m_window.findChild<QTableView*>(u"clientTableView"_s);
    if (!status || !search || !view)
        return;
    // Filter on the bilans in progress (and the name asked for), take the first, then show everyone again.
    then([status, search, name] {
        status->setCurrentIndex(1);
        search->setText(name);
    });
    then([this, status, search, view] {
        const auto* model = qobject_cast<const ClientListModel*>(view->model());
        const ClientSummary* first = model ? model->clientAt(0) : nullptr;
        const qint64 id = first ? first->id : 0;
        search->clear();
        status->setCurrentIndex(0);
        if (id != 0)
            QTimer::singleShot(kPause / 2, this, [this, id] { m_window.clientList()->selectClient(id); });
    });
}

void ScreenshotTour::pictureTabs()
{
    // Every tab, those inside « Gestion » included, named after its own title.
    BilanPanel* panel = m_window.bilanPanel();
    for (BilanTab* tab : panel->bilanTabs()) {
        then([panel, tab] { panel->showTab(tab); });
        then([this, tab] { save(&m_window, u"onglet-"_s + fileStem(tab->title())); });
    }
    // The sessions tab again, its first session selected: the one « Consigner » will open.
    then([panel] {
        for (BilanTab* tab : panel->bilanTabs()) {
            auto* view = tab->findChild<QTableView*>(u"sessionTableView"_s);
            if (view && view->model()->rowCount() > 0) {
                panel->showTab(tab);
                view->selectRow(0);
            }
        }
    });
}

void ScreenshotTour::pictureDialog(const QString& name, const QString& actionName)
{
    auto before = std::make_shared<QList<QWidget*>>();
    then([this, before, name, actionName] {
        auto* action = m_window.findChild<QAction*>(actionName);
        if (!action || !action->isEnabled()) {
            std::fprintf(stderr, "screenshot-tour: no picture %s (%s is missing or disabled)\n", qPrintable(name),
                         qPrintable(actionName));
            ++m_failures;
            return;
        }
        *before = visibleWindows();
        // Triggered from the event loop: a dialog run with exec() must not stop the tour.
        QTimer::singleShot(0, action, &QAction::trigger);
    });
    then([this, before, name] {
        QWidget* opened = nullptr;
        for (QWidget* window : visibleWindows()) {
            if (!before->contains(window))
                opened = window;
        }
        if (!opened)
            return;
        save(opened, name);
        // A dialog made of pages (Paramètres): one picture per page, named after it.
        if (auto* pages = opened->findChild<QListWidget*>(u"pageListWidget"_s)) {
            for (int row = 0; row < pages->count(); ++row) {
                pages->setCurrentRow(row);
                QCoreApplication::processEvents();
                save(opened, name + u'-' + fileStem(pages->item(row)->text()));
            }
        }
        if (auto* dialog = qobject_cast<QDialog*>(opened))
            dialog->reject();
        else
            opened->close();
    });
}

} // namespace parcours
