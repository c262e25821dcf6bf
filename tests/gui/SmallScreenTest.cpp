// Issue 11's 200 % scaling: a 1920 × 1080 laptop at 200 % gives the window 960 × 540 logical pixels. The main
// window must fit there with the beneficiary list and the bilan usable; the side column (this week, follow-ups)
// folds away and comes back from View > Side column, or by itself once the window is wide again.
#include "GuideWindow.h"

#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/FoldingSplitter.h>
#include <parcours/ui/MainWindow.h>

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

using namespace parcours;
using namespace parcours::test;

namespace {

class SmallScreenTest : public ZoeWindowTest {
protected:
    void SetUp() override
    {
        ZoeWindowTest::SetUp();
        side = window->findChild<QWidget*>(QStringLiteral("sideColumn"));
        ASSERT_TRUE(side);
    }
    void resizeTo(QSize size)
    {
        window->resize(size);
        QTest::qWait(50);
    }
    QWidget* side = nullptr;
};

TEST_F(SmallScreenTest, TheWindowFitsALaptopAt200PercentWithTheListAndTheBilanUsable)
{
    // Wide: all three columns side by side.
    EXPECT_GT(side->width(), 150);
    EXPECT_TRUE(window->sideColumnAction()->isChecked());

    EXPECT_LE(window->minimumSizeHint().width(), 960);
    EXPECT_LE(window->minimumSizeHint().height(), 540);
    resizeTo(kRoomOnLaptop);
    EXPECT_LE(window->width(), kRoomOnLaptop.width());
    EXPECT_LE(window->height(), kRoomOnLaptop.height());
    keepPicture(window.get(), QStringLiteral("main-window-960"));

    // The list shows the names and the bilan its tabs, neither squeezed below what it needs.
    ClientListPanel* list = window->clientList();
    BilanPanel* bilan = window->bilanPanel();
    EXPECT_TRUE(list->isVisible());
    EXPECT_TRUE(bilan->isVisible());
    EXPECT_GE(list->width(), list->minimumSizeHint().expandedTo(list->minimumSize()).width());
    // The name is whole: the other columns scroll sideways rather than squeeze it to "…".
    auto* names = list->findChild<QTableView*>(QStringLiteral("clientTableView"));
    ASSERT_TRUE(names);
    EXPECT_GE(names->columnWidth(ClientListModel::NameColumn),
              names->fontMetrics().horizontalAdvance(QStringLiteral("Lefèvre-O'Brien, Zoé")));
    EXPECT_GE(bilan->width(), bilan->minimumSizeHint().width());
    EXPECT_GE(bilan->tabs()->currentWidget()->width(), 300);
    EXPECT_GT(bilan->tabs()->currentWidget()->height(), 200);
    // The side column has folded, and says so in the View menu.
    EXPECT_EQ(side->width(), 0);
    EXPECT_FALSE(window->sideColumnAction()->isChecked());

    // Asked for, it comes back; the list keeps its names, the bilan gives the room (its tabs scroll).
    window->sideColumnAction()->trigger();
    QTest::qWait(20);
    EXPECT_GT(side->width(), 150);
    EXPECT_TRUE(window->sideColumnAction()->isChecked());
    EXPECT_GE(list->width(), list->minimumSizeHint().expandedTo(list->minimumSize()).width());
    EXPECT_GT(bilan->width(), 100);
    window->sideColumnAction()->trigger();
    QTest::qWait(20);
    EXPECT_EQ(side->width(), 0);
    EXPECT_GE(bilan->width(), bilan->minimumSizeHint().width());
}

TEST_F(SmallScreenTest, FoldedForWantOfRoomTheSideColumnReturnsWhenTheWindowIsWideAgain)
{
    resizeTo(kRoomOnLaptop);
    ASSERT_EQ(side->width(), 0);
    resizeTo({ 1400, 860 });
    EXPECT_GT(side->width(), 150);
    EXPECT_TRUE(window->sideColumnAction()->isChecked());

    // Folded by hand, it stays folded however wide the window.
    window->sideColumnAction()->trigger();
    resizeTo(kRoomOnLaptop);
    resizeTo({ 1400, 860 });
    EXPECT_EQ(side->width(), 0);
    EXPECT_FALSE(window->sideColumnAction()->isChecked());
}

TEST_F(SmallScreenTest, AColumnFoldedForWantOfRoomIsBackAtTheNextStartOnALargerScreen)
{
    resizeTo(kRoomOnLaptop);
    ASSERT_EQ(side->width(), 0);
    window->close(); // saves the window's layout
    window = std::make_unique<MainWindow>(workspace());
    window->resize(1400, 860);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(20);
    side = window->findChild<QWidget*>(QStringLiteral("sideColumn"));
    ASSERT_TRUE(side);
    EXPECT_GT(side->width(), 150);
    EXPECT_TRUE(window->sideColumnAction()->isChecked());
}

} // namespace

TEST_F(SmallScreenTest, F8GivesTheBilanTheWholeWidthAndBringsTheListAndTheColumnBack)
{
    ClientListPanel* list = window->clientList();
    QTest::qWait(50);
    const int ordinary = panel->width();
    QAction* wide = window->wideBilanAction();
    EXPECT_EQ(wide->shortcut(), QKeySequence(Qt::Key_F8));
    bool inMenu = false;
    for (QAction* menu : window->menuBar()->actions())
        inMenu |= menu->menu() && menu->menu()->actions().contains(wide);
    EXPECT_TRUE(inMenu) << "in the View menu";

    wide->trigger();
    QTest::qWait(50);
    EXPECT_FALSE(list->isVisible());
    EXPECT_FALSE(window->sideColumnAction()->isChecked()) << "the side column is folded";
    EXPECT_GE(panel->width(), window->width() - 40) << "the bilan has the window's width";
    keepPicture(window.get(), QStringLiteral("wide-bilan"));

    wide->trigger();
    QTest::qWait(50);
    EXPECT_TRUE(list->isVisible());
    EXPECT_TRUE(window->sideColumnAction()->isChecked());
    EXPECT_EQ(panel->width(), ordinary);

    // A column folded by hand stays folded; searching (Ctrl+F) needs the list and brings it back.
    window->sideColumnAction()->trigger();
    wide->trigger();
    window->findChild<QAction*>(QStringLiteral("findAction"))->trigger();
    QTest::qWait(50);
    EXPECT_TRUE(list->isVisible());
    EXPECT_FALSE(wide->isChecked());
    EXPECT_FALSE(window->sideColumnAction()->isChecked());
}
