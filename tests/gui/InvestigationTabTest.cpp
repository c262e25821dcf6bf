// The Investigation tab driven as the consultant drives it: add a competence and an option, drag the option on the
// chart, rank criteria, type the texts on values; every change stored at once and undone and redone from the
// bilan's undo stack.
#include "InvestigationGuiSupport.h"
#include "ui_CareerOptionForm.h"
#include "ui_CompetenceForm.h"
#include "ui_ValuesForm.h"

#include <parcours/ui/Autosave.h>
#include <parcours/ui/ConflictBanner.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/CareerOptionsPage.h>
#include <parcours/ui/CompetenceMatrixModel.h>
#include <parcours/ui/CompetencesPage.h>
#include <parcours/ui/CriterionListModel.h>
#include <parcours/ui/ExperienceTimeline.h>
#include <parcours/ui/ExperiencesPage.h>
#include <parcours/ui/OptionChart.h>
#include <parcours/ui/ValuesPage.h>

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::test;

namespace {

class InvestigationTabTest : public InvestigationGuiTest {
protected:
    /// Waits past the autosave pause, as a consultant who stops typing.
    static void pause() { QTest::qWait(Autosave::kDelayMs + 150); }
};

} // namespace

TEST_F(InvestigationTabTest, ACompetenceAddedAndNamedIsStoredAndShownInTheMatrix)
{
    CompetencesPage* page = tab->competencesPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    auto* label = page->findChild<QLineEdit*>(QStringLiteral("labelLineEdit"));
    ASSERT_TRUE(label);
    label->selectAll();
    typeText(label, QStringLiteral("Écoute active"));
    pause();
    settle();
    ASSERT_EQ(stored().competences.size(), 1);
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Écoute active"));

    auto* kind = page->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(toKey(Competence::Kind::Behaviour)));
    Q_EMIT kind->activated(kind->currentIndex());
    auto* domain = page->findChild<QComboBox*>(QStringLiteral("domainComboBox"));
    domain->setCurrentIndex(domain->findData(toKey(Competence::Domain::Relational)));
    Q_EMIT domain->activated(domain->currentIndex());
    settle();
    EXPECT_EQ(page->matrix()->data(page->matrix()->index(2, 0)).toString(), QStringLiteral("Écoute active"));
    EXPECT_EQ(page->model()->data(page->model()->index(0, 1)).toString(), QStringLiteral("Savoir-être"));

    // Undo, step by step: the domain, the kind, the name typed (one step however many keys), the competence.
    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(stored().competences[0].kind, Competence::Kind::KnowHow);
    undo()->undo();
    settle();
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Nouvelle compétence"));
    EXPECT_EQ(label->text(), QStringLiteral("Nouvelle compétence"));
    undo()->undo();
    settle();
    EXPECT_TRUE(stored().competences.isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 0);
    undo()->redo();
    undo()->redo();
    settle();
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Écoute active"));
    EXPECT_EQ(page->model()->rowCount(), 1);
}

TEST_F(InvestigationTabTest, ACustomDomainBecomesAColumnOfTheMatrix)
{
    CompetencesPage* page = tab->competencesPage();
    openPart(page);
    typeText(page->newDomainLineEdit(), QStringLiteral("Artisanat"));
    QTest::mouseClick(page->addDomainButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(page->matrix()->columnCount(), 4);
    EXPECT_EQ(page->matrix()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Artisanat"));
    typeText(page->newDomainLineEdit(), QStringLiteral("technique"));
    QTest::mouseClick(page->addDomainButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(page->refusalLabel()->isVisibleTo(page));
    EXPECT_TRUE(page->refusalLabel()->text().contains(QStringLiteral("existe déjà")));
    EXPECT_EQ(stored().customDomains, QStringList { QStringLiteral("Artisanat") });
    undo()->undo();
    settle();
    EXPECT_EQ(page->matrix()->columnCount(), 3);
}

TEST_F(InvestigationTabTest, DraggingAnOptionOnTheChartChangesItsScoresAndCanBeUndone)
{
    CareerOptionsPage* page = tab->careerOptionsPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    ASSERT_EQ(stored().careerOptions.size(), 1);
    const qint64 id = stored().careerOptions[0].id;
    OptionChart* chart = page->chart();
    const QPoint from = chart->pointPosition(id).toPoint();
    const QPoint to = chart->cellPosition(5, 4).toPoint();
    QTest::mousePress(chart, Qt::LeftButton, {}, from);
    QMouseEvent move(
        QEvent::MouseMove, QPointF(to), chart->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart, &move);
    QTest::mouseRelease(chart, Qt::LeftButton, {}, to);
    settle();
    EXPECT_EQ(stored().careerOptions[0].desire, 5);
    EXPECT_EQ(stored().careerOptions[0].feasibility, 4);
    EXPECT_EQ(page->form().desireSpinBox->value(), 5);
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("envie 5, faisabilité 4")));
    EXPECT_FALSE(chart->accessibleName().isEmpty());

    // The keys move the selected point too.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Left);
    settle();
    EXPECT_EQ(stored().careerOptions[0].feasibility, 3);

    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(stored().careerOptions[0].desire, 3);
    EXPECT_EQ(stored().careerOptions[0].feasibility, 3);
    EXPECT_EQ(chart->pointPosition(id), chart->cellPosition(3, 3));
    undo()->redo();
    settle();
    EXPECT_EQ(stored().careerOptions[0].desire, 5);
}

TEST_F(InvestigationTabTest, ThePlanBMovesFromOneOptionToAnotherAndBack)
{
    CareerOptionsPage* page = tab->careerOptionsPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    page->addRecordAction()->trigger();
    settle();
    const Investigation two = stored();
    ASSERT_EQ(two.careerOptions.size(), 2);
    page->selectRecord(two.careerOptions[0].id);
    QTest::mouseClick(page->form().planBCheckBox, Qt::LeftButton);
    settle();
    page->selectRecord(two.careerOptions[1].id);
    QTest::mouseClick(page->form().planBCheckBox, Qt::LeftButton);
    settle();
    EXPECT_FALSE(stored().careerOptions[0].planB);
    EXPECT_TRUE(stored().careerOptions[1].planB);
    undo()->undo();
    settle();
    EXPECT_TRUE(stored().careerOptions[0].planB);
    EXPECT_FALSE(stored().careerOptions[1].planB);
    // Setting the plan B aside is refused, and said next to the form.
    page->selectRecord(two.careerOptions[0].id);
    auto* status = page->form().statusComboBox;
    status->setCurrentIndex(status->findData(toKey(CareerOption::Status::SetAside)));
    Q_EMIT status->activated(status->currentIndex());
    settle();
    EXPECT_EQ(stored().careerOptions[0].status, CareerOption::Status::Explored);
    EXPECT_TRUE(page->refusalLabel()->text().contains(QStringLiteral("plan B")));
}

TEST_F(InvestigationTabTest, CriteriaAreAddedDroppedIntoTheOtherZoneAndMovedWithTheButtons)
{
    ValuesPage* page = tab->valuesPage();
    openPart(page);
    for (const QString& label : { QStringLiteral("Autonomie"), QStringLiteral("Salaire"), QStringLiteral("Sens") }) {
        typeText(page->form().newCriterionLineEdit, label);
        QTest::mouseClick(page->form().addCriterionPushButton, Qt::LeftButton);
        settle();
    }
    CriterionListModel* essential = page->model(Criterion::Zone::Essential);
    CriterionListModel* negotiable = page->model(Criterion::Zone::Negotiable);
    ASSERT_EQ(essential->rowCount(), 3);
    EXPECT_EQ(essential->data(essential->index(2)).toString(), QStringLiteral("3. Sens"));

    // Drag "Salaire" into the room for concession (what a drop does, without a window system's drag).
    std::unique_ptr<QMimeData> dragged(essential->mimeData({ essential->index(1) }));
    ASSERT_TRUE(negotiable->dropMimeData(dragged.get(), Qt::CopyAction, -1, 0, {}));
    settle();
    ASSERT_EQ(negotiable->rowCount(), 1);
    EXPECT_EQ(negotiable->data(negotiable->index(0)).toString(), QStringLiteral("1. Salaire"));
    EXPECT_EQ(essential->data(essential->index(1)).toString(), QStringLiteral("2. Sens"));

    // "Sens" up to the first place with the button.
    page->form().essentialListView->setCurrentIndex(essential->index(1));
    QTest::mouseClick(page->form().upPushButton, Qt::LeftButton);
    settle();
    EXPECT_EQ(essential->data(essential->index(0)).toString(), QStringLiteral("1. Sens"));

    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(essential->rowCount(), 3);
    EXPECT_EQ(essential->data(essential->index(1)).toString(), QStringLiteral("2. Salaire"));
    EXPECT_EQ(negotiable->rowCount(), 0);
}

TEST_F(InvestigationTabTest, TheTextsOnValuesAreSavedAfterAPauseAndOnLeavingTheField)
{
    ValuesPage* page = tab->valuesPage();
    openPart(page);
    page->form().meaningEdit->setFocus();
    typeText(page->form().meaningEdit, QStringLiteral("Être utile"));
    EXPECT_TRUE(stored().motivations.meaningOfWork.isEmpty()); // not yet: still typing
    pause();
    EXPECT_EQ(stored().motivations.meaningOfWork, QStringLiteral("Être utile"));
    typeText(page->form().meaningEdit, QStringLiteral(", transmettre"));
    page->form().idealEdit->setFocus(); // leaving the field saves at once
    EXPECT_EQ(stored().motivations.meaningOfWork, QStringLiteral("Être utile, transmettre"));
    // Everything typed in one text is one step of undo.
    undo()->undo();
    settle();
    EXPECT_TRUE(stored().motivations.meaningOfWork.isEmpty());
    EXPECT_TRUE(page->form().meaningEdit->toPlainText().isEmpty());
}

TEST_F(InvestigationTabTest, AnExperienceWithDatesAppearsOnTheFriezeAndDeletingItIsUndone)
{
    ExperiencesPage* page = tab->experiencesPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    auto* start = page->findChild<QLineEdit*>(QStringLiteral("startDateLineEdit"));
    start->setFocus();
    typeText(start, QStringLiteral("09/2012"));
    page->findChild<QLineEdit*>(QStringLiteral("endDateLineEdit"))->setFocus();
    settle();
    const qint64 id = stored().experiences[0].id;
    EXPECT_EQ(stored().experiences[0].startDate, QDate(2012, 9, 1));
    EXPECT_FALSE(page->timeline()->barRect(id).isEmpty());
    EXPECT_TRUE(page->timeline()->accessibleDescription().contains(QStringLiteral("09/2012")));

    typeText(page->findChild<QLineEdit*>(QStringLiteral("endDateLineEdit")), QStringLiteral("31/02/2019"));
    ASSERT_TRUE(page->findChild<QLineEdit*>(QStringLiteral("endDateLineEdit"))->hasFocus());
    start->setFocus();
    EXPECT_TRUE(page->refusalLabel()->text().contains(QStringLiteral("jj/mm/aaaa")));
    EXPECT_FALSE(stored().experiences[0].endDate.isValid());

    page->removeRecordAction()->trigger();
    settle();
    EXPECT_TRUE(stored().experiences.isEmpty());
    undo()->undo();
    settle();
    ASSERT_EQ(stored().experiences.size(), 1);
    EXPECT_EQ(stored().experiences[0].id, id);
}

TEST_F(InvestigationTabTest, ACompetenceRenamedOnAnotherDeskMeanwhileAsksBeforeOverwriting)
{
    CompetencesPage* page = tab->competencesPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    auto* label = page->findChild<QLineEdit*>(QStringLiteral("labelLineEdit"));
    ASSERT_TRUE(label);

    // Another desk, on its own connection, renames it first.
    auto theirStore = m_database->open();
    ASSERT_TRUE(theirStore.ok());
    Workspace theirs(*theirStore.value(), m_clock, m_database->location().display());
    Competence renamed = theirs.investigation().load(bilanId).value().competences.value(0);
    renamed.label = QStringLiteral("Leur intitulé");
    ASSERT_TRUE(theirs.investigation().update(renamed).ok());

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::KeepCopy);
    label->selectAll();
    typeText(label, QStringLiteral("Mon intitulé"));
    pause();
    settle();
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Leur intitulé")) << "nothing overwritten silently";
    EXPECT_EQ(label->text(), QStringLiteral("Leur intitulé"));
    EXPECT_TRUE(ConflictPrompt::lastCopy().contains(QStringLiteral("Mon intitulé")));

    renamed = theirs.investigation().load(bilanId).value().competences.value(0);
    renamed.label = QStringLiteral("Encore le leur");
    ASSERT_TRUE(theirs.investigation().update(renamed).ok());
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Overwrite);
    label->selectAll();
    typeText(label, QStringLiteral("Le mien"));
    pause();
    settle();
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Le mien"));
}

TEST_F(InvestigationTabTest, AnAutosaveMeetingAnotherDesksSaveAsksInABannerWithoutAWindowAndTypingGoesOn)
{
    CompetencesPage* page = tab->competencesPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    auto* label = page->findChild<QLineEdit*>(QStringLiteral("labelLineEdit"));
    auto* banner = page->findChild<ConflictBanner*>(QStringLiteral("conflictBanner"));
    ASSERT_TRUE(label && banner);
    auto theirStore = m_database->open();
    ASSERT_TRUE(theirStore.ok());
    Workspace theirs(*theirStore.value(), m_clock, m_database->location().display());
    Competence renamed = theirs.investigation().load(bilanId).value().competences.value(0);
    renamed.label = QStringLiteral("Leur intitulé");
    ASSERT_TRUE(theirs.investigation().update(renamed).ok());

    // A modal window at a pause would block the typing: any that comes up is noted and closed.
    bool windowCameUp = false;
    QTimer watchdog;
    watchdog.setInterval(50);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            windowCameUp = true;
            modal->close();
        }
    });
    watchdog.start();
    label->selectAll();
    typeText(label, QStringLiteral("Mon intitulé"));
    pause();
    settle();
    EXPECT_FALSE(windowCameUp);
    EXPECT_FALSE(banner->isHidden()) << "the question waits above the form";
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Quelqu"))) << banner->text().toStdString();
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Leur intitulé")) << "nothing overwritten silently";
    keepPicture(page, QStringLiteral("investigation-conflict-banner"));

    typeText(label, QStringLiteral(" et la suite"));
    pause();
    settle();
    EXPECT_FALSE(windowCameUp) << "typing on: still no window";
    EXPECT_EQ(label->text(), QStringLiteral("Mon intitulé et la suite"));
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Leur intitulé"));

    QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("conflictOverwriteButton")), Qt::LeftButton);
    settle();
    EXPECT_TRUE(banner->isHidden());
    EXPECT_EQ(stored().competences[0].label, QStringLiteral("Mon intitulé et la suite"));
    EXPECT_EQ(label->text(), QStringLiteral("Mon intitulé et la suite"));
    EXPECT_FALSE(windowCameUp);
}
