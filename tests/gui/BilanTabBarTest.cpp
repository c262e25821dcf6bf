// Issue 11's finished product: the consultant sees every tab of the bilan at a glance. On the guide's screen
// (1440 × 900, the window with its side column), no tab bar of the bilan hides a tab behind scroll arrows; the
// tabs used a few times per bilan (billing, evaluations, compliance, retention, hours) share « Gestion ». On a
// laptop at 200 % every tab is still one key or one click away.
#include "GuideWindow.h"

#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/SessionsTab.h>

#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace parcours;
using namespace parcours::test;

namespace {

class BilanTabBarTest : public ZoeWindowTest {
protected:
    void SetUp() override
    {
        ZoeWindowTest::SetUp();
        QTest::qWait(50);
    }
    /// The tab bars of the bilan that hide a tab: their titles, and how much room they lack.
    QStringList crampedTabBars()
    {
        QStringList cramped;
        for (QTabWidget* tabs : { panel->tabs(), panel->managementTabs() }) {
            panel->tabs()->setCurrentWidget(tabs == panel->tabs() ? panel->tabs()->widget(0) : tabs);
            QTest::qWait(20);
            QTabBar* bar = tabs->tabBar();
            bool arrows = false;
            for (QToolButton* button : bar->findChildren<QToolButton*>())
                arrows |= button->isVisible();
            bool hidden = false;
            for (int i = 0; i < bar->count(); ++i)
                hidden |= !bar->rect().contains(bar->tabRect(i));
            if (arrows || hidden || bar->sizeHint().width() > bar->width()) {
                QStringList titles;
                for (int i = 0; i < bar->count(); ++i)
                    titles << bar->tabText(i);
                cramped << QStringLiteral("%1 (needs %2 px, has %3)")
                               .arg(titles.join(u' '))
                               .arg(bar->sizeHint().width())
                               .arg(bar->width());
            }
        }
        return cramped;
    }
};

TEST_F(BilanTabBarTest, OnTheGuidesScreenEveryTabShowsWithoutScrollArrows)
{
    auto* side = window->findChild<QWidget*>(QStringLiteral("sideColumn"));
    ASSERT_TRUE(side);
    EXPECT_GT(side->width(), 150) << "the guide's window shows its side column";
    // The list as wide as in the guide's pictures, where it shows its five columns for nine people: the bilan
    // has its narrowest there.
    auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(splitter);
    splitter->setSizes({ 536, 578, side->width() });
    QTest::qWait(20);
    ASSERT_LE(panel->width(), 580);
    const QStringList cramped = crampedTabBars();
    EXPECT_TRUE(cramped.isEmpty()) << cramped.join(QStringLiteral("; ")).toStdString();
    keepPicture(window.get(), QStringLiteral("bilan-tabs-1400"));

    // Every tab is in one of the two bars, the rarely used ones in « Gestion ».
    EXPECT_EQ(panel->tabs()->tabText(panel->tabs()->indexOf(panel->managementTabs())), QStringLiteral("&Gestion"));
    EXPECT_EQ(panel->bilanTabs().size(), panel->tabs()->count() - 1 + panel->managementTabs()->count());
    QStringList management;
    for (int i = 0; i < panel->managementTabs()->count(); ++i)
        management << panel->managementTabs()->tabText(i).remove(u'&');
    EXPECT_EQ(
        management.join(u','), QStringLiteral("Facturation,Évaluations,Conformité,Conservation,Heures et échéances"));
}

TEST_F(BilanTabBarTest, OnALaptopAt200PercentTheTabsStillFit)
{
    window->resize(kRoomOnLaptop);
    QTest::qWait(50);
    const QStringList cramped = crampedTabBars();
    EXPECT_TRUE(cramped.isEmpty()) << cramped.join(QStringLiteral("; ")).toStdString();
    keepPicture(window.get(), QStringLiteral("bilan-tabs-960"));
}

TEST_F(BilanTabBarTest, TheKeyboardReachesEveryTabInsideGestionToo)
{
    // Alt+G brings « Gestion » forward, its tab bar has the focus and Ctrl+Tab goes through its tabs.
    panel->showTab(panel->sessionsTab());
    QTest::keyClick(window.get(), Qt::Key_G, Qt::AltModifier);
    ASSERT_EQ(panel->tabs()->currentWidget(), panel->managementTabs());
    BilanTab* first = panel->currentTab();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->title(), QStringLiteral("&Facturation"));
    panel->managementTabs()->tabBar()->setFocus(Qt::ShortcutFocusReason);
    QStringList visited;
    for (int i = 0; i < panel->managementTabs()->count(); ++i) {
        visited << panel->currentTab()->title().remove(u'&');
        QTest::keyClick(panel->managementTabs()->tabBar(), Qt::Key_Tab, Qt::ControlModifier);
    }
    EXPECT_EQ(
        visited.join(u','), QStringLiteral("Facturation,Évaluations,Conformité,Conservation,Heures et échéances"));
    // A mnemonic of the inner bar: Alt+M is Conformité.
    QTest::keyClick(window.get(), Qt::Key_M, Qt::AltModifier);
    EXPECT_EQ(panel->currentTab()->title(), QStringLiteral("Confor&mité"));

    // The tab shown comes back at the next start, inside « Gestion » as well.
    window.reset();
    window = std::make_unique<MainWindow>(workspace());
    window->resize(kGuideWindow);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    panel = window->bilanPanel();
    window->clientList()->selectClient(clientId);
    QTest::qWait(20);
    ASSERT_TRUE(panel->currentTab());
    EXPECT_EQ(panel->currentTab()->title(), QStringLiteral("Confor&mité"));
}

} // namespace
