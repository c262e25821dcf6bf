// Issue 11's accessibility: the window and its dialogs fit a laptop at 200 %, the custom drawings stay readable
// in the dark palette, and every control reached with Tab says what it is (a name or a label tied to it).
#include "GuiTestSupport.h"
#include "GuideWindow.h"

#include <parcours/core/WallClock.h>
#include <parcours/storage/Backups.h>
#include <parcours/ui/AgendaWeekView.h>
#include <parcours/ui/AgendaWindow.h>
#include <parcours/ui/BackupsDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/CabinetDialog.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/ScreenFit.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/SettingsPages.h>

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QTabBar>
#include <QTableView>
#include <QTimer>

using namespace parcours;
using namespace parcours::test;

namespace {

/// What 1920 × 1080 gives at 200 %, less the window manager's frame and title bar.
constexpr QSize kLaptopAt200(960, 540);
constexpr QSize kRoomOnLaptop(960 - 16, 540 - 48);

bool fits(QSize size, QSize room)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

std::string describe(QSize size)
{
    return std::to_string(size.width()) + "x" + std::to_string(size.height());
}

/// The smallest size a window can be given: its layout's minimum, or a minimum set on it.
QSize minimumOf(QWidget* window)
{
    return window->minimumSizeHint().expandedTo(window->minimumSize());
}

class AccessibilityTest : public WindowTest {
protected:
    void TearDown() override
    {
        applyColourScheme(false);
        WindowTest::TearDown();
    }
    /// Zoé with an open bilan and two sessions this week (one done), shown in the window.
    qint64 zoeWithSessions()
    {
        Client client;
        client.lastName = QStringLiteral("Lefèvre-O'Brien");
        client.firstName = QStringLiteral("Zoé");
        const qint64 clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 2, 2)).value();
        for (int day : { 2, 4 }) {
            Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, day), QTime(10, 0)), 120);
            workspace().sessions().add(session).value();
        }
        window->clientList()->selectClient(clientId);
        QTest::qWait(50);
        return bilanId;
    }
    /// Triggers a menu action by its object name and returns the window it opened (a dialog or a window).
    QWidget* open(const char* actionName)
    {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(actionName));
        EXPECT_TRUE(action && action->isEnabled()) << actionName;
        if (!action || !action->isEnabled())
            return nullptr;
        const QWidgetList before = QApplication::topLevelWidgets();
        QList<QWidget*> visibleBefore;
        for (QWidget* widget : before) {
            if (widget->isVisible())
                visibleBefore << widget;
        }
        action->trigger();
        QWidget* opened = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget->isWindow() && !visibleBefore.contains(widget))
                    opened = widget;
            }
            return opened != nullptr;
        }, 2000);
        EXPECT_TRUE(opened) << actionName;
        return opened;
    }
};

TEST_F(AccessibilityTest, TheWindowAndTheMainDialogsFitALaptopScreenAt200Percent)
{
    // At 200 % Qt lays out in logical pixels: a 1920 × 1080 screen offers 960 × 540 of them, and the fonts keep
    // their size in those pixels. So the test's default font is the right one, and every minimum size must fit
    // the room a 960 × 540 screen leaves once the title bar is drawn. (Larger desktop fonts are a different
    // matter: the window then grows with them, on a screen that is not scaled.)
    zoeWithSessions();
    EXPECT_TRUE(fits(minimumOf(window.get()), kRoomOnLaptop))
        << "main window " << describe(minimumOf(window.get())) << " list "
        << describe(minimumOf(window->clientList())) << " bilan " << describe(minimumOf(window->bilanPanel()))
        << " side " << describe(minimumOf(window->findChild<QWidget*>(QStringLiteral("sideColumn"))));
    // The window opens at a size that fits the screen, whatever it asked for.
    const QSize opened = fittedSize({ 1400, 860 }, minimumOf(window.get()), QRect(QPoint(0, 0), kLaptopAt200));
    EXPECT_TRUE(fits(opened, kRoomOnLaptop)) << describe(opened);

    // The bilan's tabs scroll rather than widen the window: each tab, shown, keeps the window's minimum.
    for (BilanTab* tab : window->bilanPanel()->bilanTabs()) {
        window->bilanPanel()->showTab(tab);
        QTest::qWait(20);
        EXPECT_TRUE(fits(minimumOf(window.get()), kRoomOnLaptop))
            << tab->title().toStdString() << " " << describe(minimumOf(window.get()));
    }

    window->bilanPanel()->showTab(window->bilanPanel()->sessionsTab());
    window->bilanPanel()->sessionsTab()->view()->selectRow(0);
    for (const char* action : { "settingsAction", "editClientAction", "editBilanAction", "planSessionsAction",
                                "logSessionAction", "agendaAction" }) {
        QWidget* dialog = open(action);
        if (!dialog)
            continue;
        EXPECT_TRUE(fits(minimumOf(dialog), kRoomOnLaptop)) << action << " " << describe(minimumOf(dialog));
        EXPECT_TRUE(fits(dialog->size(), QSize(1400, 860))) << action;
        dialog->close();
    }
    // The backups and the cabinet dialogs, which the application (not the window) opens.
    auto backups = Backups::of(m_database->location());
    ASSERT_TRUE(backups.ok());
    BackupsDialog backupsDialog(backups.value(), nullptr);
    EXPECT_TRUE(fits(minimumOf(&backupsDialog), kRoomOnLaptop)) << describe(minimumOf(&backupsDialog));
    CabinetDialog cabinetDialog(nullptr);
    EXPECT_TRUE(fits(minimumOf(&cabinetDialog), kRoomOnLaptop)) << describe(minimumOf(&cabinetDialog));
}

/// The background of an area (its most frequent colour) and the best contrast any pixel has against it: the
/// text drawn there, when there is text.
double bestContrastIn(const QImage& image, const QRect& area, QColor* background = nullptr)
{
    QMap<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb dominant = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            dominant = it.key();
        }
    }
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, colours::contrast(QColor(dominant), QColor(it.key())));
    if (background)
        *background = QColor(dominant);
    return best;
}

TEST_F(AccessibilityTest, TheAgendaTheTimelineAndTheColouredTextStayReadableInTheDarkPalette)
{
    applyColourScheme(true);
    const QPalette dark = QApplication::palette();
    ASSERT_TRUE(colours::isDark(dark));
    const qint64 bilanId = zoeWithSessions();

    // The agenda's week: each session's block keeps dark text on a light fill, or the reverse.
    window->scheduling()->agendaAction()->trigger();
    AgendaWindow* agenda = window->scheduling()->agendaWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(agenda));
    const QImage week = agenda->weekView()->grab().toImage();
    int blocks = 0;
    for (const Session& session : workspace().sessions().forBilan(bilanId).value()) {
        const QRect block = agenda->weekView()->blockRect(session.id).toRect().adjusted(6, 2, -2, -2);
        ASSERT_FALSE(block.isEmpty());
        QColor fill;
        EXPECT_GE(bestContrastIn(week, block, &fill), 4.5) << "block of " << session.id;
        EXPECT_LT(fill.lightnessF(), 0.5) << "a light block glares in the dark palette";
        ++blocks;
    }
    EXPECT_EQ(blocks, 2);
    keepPicture(agenda, QStringLiteral("agenda-dark"));

    // The phase timeline paints on the window's dark colour, its text legible on it.
    auto* timeline = window->findChild<QWidget*>(QStringLiteral("phaseTimeline"));
    ASSERT_TRUE(timeline);
    const QImage strip = timeline->grab().toImage();
    QColor background;
    EXPECT_GE(bestContrastIn(strip, strip.rect(), &background), 7.0);
    EXPECT_LT(background.lightnessF(), 0.3);

    // The colours Parcours adds to the palette (errors, warnings, phases in the tables) against both palettes.
    for (const QPalette& palette : { dark, QApplication::style()->standardPalette() }) {
        for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window }) {
            const QColor ground = palette.color(role);
            EXPECT_GE(colours::contrast(colours::error(palette), ground), 4.5);
            EXPECT_GE(colours::contrast(colours::warning(palette), ground), 4.5);
            EXPECT_GE(colours::contrast(colours::success(palette), ground), 4.5);
            for (Phase phase : { Phase::Intake, Phase::Preliminary, Phase::Investigation, Phase::Conclusion,
                                 Phase::FollowUp })
                EXPECT_GE(colours::contrast(colours::phaseInk(phase, palette), ground), 4.5)
                    << static_cast<int>(phase) << " on " << ground.name().toStdString();
        }
    }
}

/// What a screen reader says for a control: its accessible name, its own text, or the label tied to it.
bool isNamed(QWidget* widget, QWidget* top)
{
    if (!widget->accessibleName().isEmpty())
        return true;
    if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().remove(u'&').isEmpty())
        return true;
    if (auto* group = qobject_cast<QGroupBox*>(widget); group && !group->title().isEmpty())
        return true;
    if (qobject_cast<QTabBar*>(widget))
        return true; // its tabs have their titles
    for (QLabel* label : top->findChildren<QLabel*>()) {
        if (label->buddy() == widget)
            return true;
    }
    return false;
}

/// Walks the Tab chain from `top` and returns the controls reached that nobody could name.
QStringList unnamedInTabChain(QWidget* top)
{
    QStringList unnamed;
    QWidget* widget = top;
    for (int guard = 0; guard < 2000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == top)
            break;
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(top) || !widget->isEnabled()
            || widget->focusProxy())
            continue;
        if (!isNamed(widget, top))
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
    }
    return unnamed;
}

TEST_F(AccessibilityTest, EveryControlReachedWithTabHasANameOrALabel)
{
    zoeWithSessions();
    for (BilanTab* tab : window->bilanPanel()->bilanTabs()) {
        window->bilanPanel()->showTab(tab);
        QTest::qWait(20);
        const QStringList unnamed = unnamedInTabChain(window.get());
        EXPECT_TRUE(unnamed.isEmpty()) << tab->title().toStdString() << ": "
                                       << unnamed.join(QStringLiteral(", ")).toStdString();
    }
    // The settings, page by page.
    QWidget* settings = open("settingsAction");
    ASSERT_TRUE(settings);
    auto* pages = settings->findChild<QListWidget*>(QStringLiteral("pageListWidget"));
    ASSERT_TRUE(pages);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        QTest::qWait(20);
        const QStringList unnamed = unnamedInTabChain(settings);
        EXPECT_TRUE(unnamed.isEmpty()) << pages->item(row)->text().toStdString() << ": "
                                       << unnamed.join(QStringLiteral(", ")).toStdString();
    }
    settings->close();
    // The dialogs and windows of the frequent actions, the import of a spreadsheet included.
    window->bilanPanel()->showTab(window->bilanPanel()->sessionsTab());
    window->bilanPanel()->sessionsTab()->view()->selectRow(0);
    for (const char* action : { "newClientAction", "editClientAction", "editBilanAction", "planSessionsAction",
                                "logSessionAction", "agendaAction", "importClientsAction" }) {
        QWidget* dialog = open(action);
        if (!dialog)
            continue;
        const QStringList unnamed = unnamedInTabChain(dialog);
        EXPECT_TRUE(unnamed.isEmpty()) << action << ": " << unnamed.join(QStringLiteral(", ")).toStdString();
        dialog->close();
        QTest::qWait(20);
    }
}

} // namespace
