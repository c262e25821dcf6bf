// Issue 11's accessibility: a consultant working from the keyboard always sees which control has it. The test
// walks the Tab chain of the main window, the settings (page by page) and the session dialog, in the light and the
// dark palette: each control reached must look different with the focus than once the focus has moved on.
#include "GuideWindow.h"

#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/SettingsPages.h>

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::test;

namespace {

/// The controls Tab reaches in `top`, in the order it reaches them.
QList<QWidget*> tabChain(QWidget* top)
{
    QList<QWidget*> chain;
    QWidget* widget = top;
    for (int guard = 0; guard < 2000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == top)
            break;
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(top) && widget->isEnabled()
            && !widget->focusProxy() && !chain.contains(widget))
            chain << widget;
    }
    return chain;
}

int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

/// The controls of `top`'s Tab chain whose picture with the focus is (nearly) the same as without it. A text
/// caret alone is not a visible focus: it is one thin line, and it blinks.
QStringList withoutVisibleFocus(QWidget* top)
{
    top->activateWindow();
    (void)QTest::qWaitForWindowActive(top);
    // What pressing Tab does to a window: from then on the styles draw the keyboard focus.
    top->setAttribute(Qt::WA_KeyboardFocusChange);
    QStringList invisible;
    const QList<QWidget*> chain = tabChain(top);
    EXPECT_GE(chain.size(), 2) << top->objectName().toStdString();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QWidget* widget = chain[i];
        QWidget* next = chain[(i + 1) % chain.size()];
        widget->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        if (!widget->hasFocus())
            continue; // a control that hands the focus on (none expected, but not this test's matter)
        const QImage focused = widget->grab().toImage();
        next->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage unfocused = widget->grab().toImage();
        const int caret = 2 * widget->fontMetrics().height() + 4;
        if (differingPixels(focused, unfocused) <= caret)
            invisible << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    return invisible;
}

class FocusVisibilityTest : public GuiTest, public ::testing::WithParamInterface<bool> {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        QApplication::setCursorFlashTime(0); // a steady caret: pictures taken twice are the same
        applyColourScheme(GetParam());
        window = showWindowOn(workspace(), addZoeWithABilan(workspace()));
        QTest::qWait(50);
    }
    void TearDown() override
    {
        applyColourScheme(false);
        window.reset();
        GuiTest::TearDown();
    }
    QWidget* open(const char* actionName)
    {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(actionName));
        EXPECT_TRUE(action && action->isEnabled()) << actionName;
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        QWidget* opened = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                opened = QApplication::activeModalWidget();
                return opened != nullptr;
            },
            2000);
        EXPECT_TRUE(opened) << actionName;
        return opened;
    }
    const char* palette() const { return GetParam() ? "dark" : "light"; }
    std::unique_ptr<MainWindow> window;
};

TEST_P(FocusVisibilityTest, EveryControlOfTheMainWindowShowsItHasTheFocus)
{
    for (BilanTab* tab : window->bilanPanel()->bilanTabs()) {
        window->bilanPanel()->showTab(tab);
        QTest::qWait(20);
        const QStringList invisible = withoutVisibleFocus(window.get());
        EXPECT_TRUE(invisible.isEmpty()) << palette() << ", " << tab->title().toStdString() << ": "
                                         << invisible.join(QStringLiteral(", ")).toStdString();
    }
    // To look at: the sessions' table, and the timeline, with the focus.
    window->bilanPanel()->showTab(window->bilanPanel()->sessionsTab());
    window->bilanPanel()->sessionsTab()->view()->setFocus(Qt::TabFocusReason);
    keepPicture(window.get(), QStringLiteral("focus-table-%1").arg(QLatin1String(palette())));
    window->bilanPanel()->timeline()->setFocus(Qt::TabFocusReason);
    keepPicture(window.get(), QStringLiteral("focus-timeline-%1").arg(QLatin1String(palette())));
}

TEST_P(FocusVisibilityTest, EveryControlOfTheSettingsAndOfTheSessionDialogShowsItHasTheFocus)
{
    QWidget* settings = open("settingsAction");
    ASSERT_TRUE(settings);
    auto* pages = settings->findChild<QListWidget*>(QStringLiteral("pageListWidget"));
    ASSERT_TRUE(pages);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        QTest::qWait(20);
        const QStringList invisible = withoutVisibleFocus(settings);
        EXPECT_TRUE(invisible.isEmpty()) << palette() << ", settings, " << pages->item(row)->text().toStdString()
                                         << ": " << invisible.join(QStringLiteral(", ")).toStdString();
    }
    settings->close();
    QTest::qWait(20);

    QWidget* session = open("newSessionAction");
    ASSERT_TRUE(session);
    const QStringList invisible = withoutVisibleFocus(session);
    EXPECT_TRUE(invisible.isEmpty()) << palette()
                                     << ", session: " << invisible.join(QStringLiteral(", ")).toStdString();
    session->close();
}

INSTANTIATE_TEST_SUITE_P(Palettes, FocusVisibilityTest, ::testing::Values(false, true),
    [](const ::testing::TestParamInfo<bool>& palette) { return palette.param ? "Dark" : "Light"; });

} // namespace
