// Issue 11, a new consultant's walk through the guide on a 1440 × 900 laptop: the bilan's screens show whole in the
// guide's window (the list as wide as in its pictures, the bilan at its narrowest), with no tab hidden behind scroll
// arrows, no column cut, no page scrolling sideways, and the bilan's dialog without empty areas.
#include "GuideWindow.h"

#include <parcours/ui/BilanDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/FieldInquiriesPage.h>
#include <parcours/ui/InvestigationTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/RichTextEdit.h>
#include <parcours/ui/ValuesPage.h>
#include <parcours/ui/WrappingTabBar.h>

#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace parcours;
using namespace parcours::test;

namespace {

class GuideScreensFitTest : public ZoeWindowTest {
protected:
    void SetUp() override
    {
        ZoeWindowTest::SetUp();
        // The list as wide as in the guide's pictures: the bilan has its narrowest there.
        auto* side = window->findChild<QWidget*>(QStringLiteral("sideColumn"));
        auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        ASSERT_TRUE(side && splitter);
        splitter->setSizes({ 536, 578, side->width() });
        QTest::qWait(50);
        ASSERT_LE(panel->width(), 580);
    }
    BilanTab* show(const char* objectName)
    {
        for (BilanTab* tab : panel->bilanTabs()) {
            if (tab->objectName() == QLatin1String(objectName)) {
                panel->showTab(tab);
                QTest::qWait(50);
                return tab;
            }
        }
        ADD_FAILURE() << "no tab " << objectName;
        return nullptr;
    }
    /// The scroll area that holds a tab of the bilan.
    static QScrollArea* pageOf(BilanTab* tab)
    {
        return tab ? qobject_cast<QScrollArea*>(tab->parentWidget()->parentWidget()) : nullptr;
    }
    /// Whether `widget` shows whole inside the visible part of its tab's page.
    static bool inSight(QWidget* widget, BilanTab* tab)
    {
        QWidget* viewport = pageOf(tab)->viewport();
        const QRect where(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        return widget->isVisible() && viewport->rect().contains(where);
    }
};

TEST_F(GuideScreensFitTest, TheInvestigationsOwnTabsAllShowAndEachOpensItsPart)
{
    auto* tab = static_cast<InvestigationTab*>(show("investigationTab"));
    ASSERT_TRUE(tab);
    EXPECT_FALSE(pageOf(tab)->horizontalScrollBar()->isVisible());
    // No bar with scroll arrows: the parts' buttons, every one whole and in sight (on two rows if need be).
    EXPECT_FALSE(tab->parts()->tabBar()->isVisible());
    WrappingTabBar* bar = tab->partsBar();
    ASSERT_TRUE(bar);
    QStringList titles;
    for (QToolButton* button : bar->buttons()) {
        titles << button->text();
        EXPECT_TRUE(inSight(button, tab)) << button->text().toStdString();
        EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString();
    }
    EXPECT_EQ(titles.join(u','),
        QStringLiteral("Parcours,Compétences,Valeurs,Regard des autres,Tests,Pistes,Enquêtes métier,Documentation"));
    keepPicture(window.get(), QStringLiteral("guide-fit-investigation"));
    // A click shows its part, and the button of the part shown is the one checked.
    QTest::mouseClick(bar->buttons().at(6), Qt::LeftButton);
    EXPECT_EQ(tab->parts()->currentWidget(), tab->fieldInquiriesPage());
    tab->parts()->setCurrentWidget(tab->valuesPage());
    EXPECT_TRUE(bar->buttons().at(2)->isChecked());
    EXPECT_FALSE(bar->buttons().at(6)->isChecked());
}

TEST_F(GuideScreensFitTest, HoursAndDeadlinesShowTheirRemainingColumnWhole)
{
    BilanTab* tab = show("hoursTab");
    ASSERT_TRUE(tab);
    EXPECT_FALSE(pageOf(tab)->horizontalScrollBar()->isVisible());
    auto* inner = tab->findChild<QScrollArea*>(QStringLiteral("hoursScrollArea"));
    ASSERT_TRUE(inner);
    EXPECT_FALSE(inner->horizontalScrollBar()->isVisible());
    auto* table = tab->findChild<QLabel*>(QStringLiteral("hoursTableLabel"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->text().contains(QStringLiteral("Reste")));
    EXPECT_LE(table->sizeHint().width(), inner->viewport()->width()) << "the table, « Reste » included, fits";
    keepPicture(window.get(), QStringLiteral("guide-fit-hours"));
}

TEST_F(GuideScreensFitTest, EvaluationsDoNotScrollSideways)
{
    BilanTab* tab = show("evaluationTab");
    ASSERT_TRUE(tab);
    EXPECT_FALSE(pageOf(tab)->horizontalScrollBar()->isVisible())
        << "needs " << tab->minimumSizeHint().width() << " px, has " << pageOf(tab)->viewport()->width();
    for (const char* name : { "editQuestionsPushButton", "printBlankPushButton", "savePushButton" }) {
        auto* button = tab->findChild<QWidget*>(QLatin1String(name));
        ASSERT_TRUE(button) << name;
        EXPECT_TRUE(inSight(button, tab)) << name;
    }
    keepPicture(window.get(), QStringLiteral("guide-fit-evaluations"));
}

TEST_F(GuideScreensFitTest, TheSynthesisExportButtonStaysInSightOnceTextIsTyped)
{
    // A second version being written, after a final one: the version's list shows, and the status line grows with
    // « enregistrée à … » once the typing is saved.
    const qint64 bilanId = panel->bilanId();
    ASSERT_TRUE(workspace().syntheses().start(bilanId).ok());
    ASSERT_TRUE(workspace().syntheses().finalize(bilanId).ok());
    ASSERT_TRUE(workspace().syntheses().newDraft(bilanId).ok());
    BilanTab* tab = show("synthesisTab");
    ASSERT_TRUE(tab);
    RichTextEdit* editor = tab->findChild<RichTextEdit*>();
    ASSERT_TRUE(editor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Elle souhaite se reconvertir dans l'accompagnement social."));
    QTest::qWait(1600); // the autosave
    auto* status = tab->findChild<QLabel*>(QStringLiteral("synthesisStatusLabel"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->text().contains(QStringLiteral("enregistrée"))) << status->text().toStdString();
    EXPECT_FALSE(pageOf(tab)->horizontalScrollBar()->isVisible())
        << "needs " << tab->minimumSizeHint().width() << " px, has " << pageOf(tab)->viewport()->width();
    for (const char* name : { "exportSynthesisToolButton", "printSynthesisToolButton", "previewSynthesisToolButton" }) {
        auto* button = tab->findChild<QToolButton*>(QLatin1String(name));
        ASSERT_TRUE(button) << name;
        EXPECT_TRUE(inSight(button, tab)) << name;
    }
    EXPECT_TRUE(inSight(editor, tab)) << "the text typed stays in sight too";
    keepPicture(window.get(), QStringLiteral("guide-fit-synthesis"));
}

TEST_F(GuideScreensFitTest, TheBilanDialogHasNoEmptyArea)
{
    QPointer<BilanDialog> dialog = panel->editBilan();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    // As high as its fields need, and the hours per phase right under the start date.
    EXPECT_LE(dialog->height(), dialog->sizeHint().height() + 4);
    auto* start = dialog->findChild<QWidget*>(QStringLiteral("startDateEdit"));
    auto* budgets = dialog->findChild<QGroupBox*>(QStringLiteral("budgetGroupBox"));
    ASSERT_TRUE(start && budgets);
    const int gap = budgets->mapTo(dialog, QPoint(0, 0)).y() - (start->mapTo(dialog, QPoint(0, 0)).y() + start->height());
    EXPECT_LE(gap, 24) << "an empty band of " << gap << " px";
    keepPicture(dialog, QStringLiteral("guide-fit-bilan-dialog"));
    dialog->reject();
}

} // namespace
