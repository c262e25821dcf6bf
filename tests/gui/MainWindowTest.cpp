// The walking skeleton end to end, through the real window: record a beneficiary, open a bilan, plan and log a
// session, and watch the list and the timeline follow.
#include "GuiTestSupport.h"
#include "GuideWindow.h"

#include <parcours/core/WallClock.h>
#include <parcours/ui/BilanDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientDialog.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DurationSpinBox.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/SessionDialog.h>
#include <parcours/ui/SessionLogDialog.h>
#include <parcours/ui/SessionTableModel.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/UserGuide.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QUndoGroup>
#include <QUrl>

using namespace parcours;
using namespace parcours::test;

namespace {

/// Stands for the desktop's viewer: records what it is asked to open.
class Viewer : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class MainWindowTest : public WindowTest {
protected:
    template<typename T>
    T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }
    void clickOk(QDialog* dialog)
    {
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    /// Records a beneficiary by typing into the real dialog, as the consultant does.
    void recordClient(const QString& last, const QString& first)
    {
        window->newClientAction()->trigger();
        QPointer<QDialog> dialog = window->findChild<ClientDialog*>();
        ASSERT_TRUE(dialog);
        typeText(child<QLineEdit>(dialog, "lastNameLineEdit"), last);
        typeText(child<QLineEdit>(dialog, "firstNameLineEdit"), first);
        typeText(child<QLineEdit>(dialog, "emailLineEdit"), QStringLiteral("zoe@example.org"));
        clickOk(dialog);
        ASSERT_TRUE(waitClosed(dialog));
    }
    int sessionRows() { return window->bilanPanel()->sessionsTab()->model()->rowCount(); }
};

} // namespace

TEST_F(MainWindowTest, ABeneficiaryRecordedInTheDialogAppearsSelectedInTheList)
{
    recordClient(QStringLiteral("Lefèvre-O'Brien"), QStringLiteral("Zoé"));
    ClientListModel* model = window->clientList()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, 0)).toString(), QStringLiteral("Lefèvre-O'Brien, Zoé"));
    EXPECT_EQ(window->clientList()->selectedClientId(), model->clientAt(0)->id);
    EXPECT_EQ(child<QLabel>(window.get(), "clientNameLabel")->text(), QStringLiteral("Zoé Lefèvre-O'Brien"));
    EXPECT_EQ(window->bilanPanel()->subtitle(), QStringLiteral("Prospect"));
}

TEST_F(MainWindowTest, SelectingAnotherBeneficiaryLeavesTheListWhereItWas)
{
    // A short name and a very long one, each with a bilan: going from one to the other must not move the splitter
    // (the header's long name and subtitle used to widen the bilan panel and squeeze the list).
    window->resize(1280, 800);
    Client shortName;
    shortName.lastName = QStringLiteral("Roy");
    shortName.firstName = QStringLiteral("Léa");
    Client longName;
    longName.lastName = QStringLiteral("Lefèvre-O'Brien de la Tour-Saint-Vincent");
    longName.firstName = QStringLiteral("Marie-Clémentine-Éléonore");
    qint64 ids[2] = {};
    int index = 0;
    for (const Client& client : { shortName, longName }) {
        ids[index] = workspace().clients().add(client).value();
        ASSERT_TRUE(workspace().bilans().open(ids[index++], Funding::Personal, QDate(2026, 2, 2)).ok());
    }
    auto* list = window->clientList();
    window->clientList()->selectClient(ids[0]);
    QCoreApplication::processEvents();
    const int listWidth = list->width();
    for (int round = 0; round < 2; ++round) {
        for (qint64 id : ids) {
            list->selectClient(id);
            QCoreApplication::processEvents();
            EXPECT_EQ(list->width(), listWidth);
        }
    }
    // The long name is whole in the header or ends in « … », the whole of it under the mouse: never cut short.
    auto* name = child<QLabel>(window.get(), "clientNameLabel");
    EXPECT_EQ(name->text(), QStringLiteral("Marie-Clémentine-Éléonore Lefèvre-O'Brien de la Tour-Saint-Vincent"));
    EXPECT_LE(name->width(), window->bilanPanel()->width());
}

TEST_F(MainWindowTest, AnEmptyNameIsExplainedNextToTheFieldAndNothingIsStored)
{
    window->newClientAction()->trigger();
    QPointer<ClientDialog> dialog = window->findChild<ClientDialog*>();
    ASSERT_TRUE(dialog);
    typeText(child<QLineEdit>(dialog, "firstNameLineEdit"), QStringLiteral("Zoé"));
    typeText(child<QLineEdit>(dialog, "birthDateLineEdit"), QStringLiteral("31/02/1990"));
    clickOk(dialog);
    ASSERT_TRUE(dialog && dialog->isVisible()); // still open, nothing lost
    auto* lastNameError = child<QLabel>(dialog, "lastNameErrorLabel");
    EXPECT_TRUE(lastNameError->isVisible());
    EXPECT_EQ(lastNameError->text(), QStringLiteral("Le nom est obligatoire."));
    EXPECT_TRUE(child<QLabel>(dialog, "birthDateErrorLabel")->isVisible());
    EXPECT_EQ(child<QLineEdit>(dialog, "firstNameLineEdit")->text(), QStringLiteral("Zoé"));
    EXPECT_EQ(workspace().clients().list({}).value().size(), 0);
    dialog->reject();
}

TEST_F(MainWindowTest, OpeningABilanAndLoggingASessionMovesTheTimeline)
{
    recordClient(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    BilanPanel* panel = window->bilanPanel();

    QPointer<BilanDialog> bilanDialog = panel->openBilan();
    ASSERT_TRUE(bilanDialog);
    auto* funding = child<QComboBox>(bilanDialog, "fundingComboBox");
    funding->setCurrentIndex(funding->findData(QStringLiteral("employer")));
    child<QDateEdit>(bilanDialog, "startDateEdit")->setDate(QDate(2026, 2, 2));
    clickOk(bilanDialog);
    ASSERT_TRUE(waitClosed(bilanDialog));
    ASSERT_NE(panel->bilanId(), 0);
    EXPECT_TRUE(panel->subtitle().contains(QStringLiteral("Employeur"))) << panel->subtitle().toStdString();
    EXPECT_TRUE(panel->timeline()->isVisible());
    const QString before = panel->timeline()->phaseSummary(Phase::Preliminary);
    EXPECT_EQ(before, QStringLiteral("Préliminaire\u00a0: 0 min faites sur 3 h, 0 séance faite, 0 prévue"));

    // Plan the first session in the real dialog.
    SessionsTab* sessions = panel->sessionsTab();
    QPointer<SessionDialog> plan = sessions->planSession();
    ASSERT_TRUE(plan);
    auto* phase = child<QComboBox>(plan, "phaseComboBox");
    phase->setCurrentIndex(phase->findData(QStringLiteral("preliminary")));
    child<QDateEdit>(plan, "dateEdit")->setDate(QDate(2026, 2, 2));
    child<QTimeEdit>(plan, "timeEdit")->setTime(QTime(9, 30));
    child<DurationSpinBox>(plan, "plannedSpinBox")->setValue(180);
    clickOk(plan);
    ASSERT_TRUE(waitClosed(plan));
    ASSERT_EQ(sessionRows(), 1);
    EXPECT_TRUE(panel->timeline()->phaseSummary(Phase::Preliminary).endsWith(QStringLiteral("1 prévue")));

    // Log it: done, 2 h 45, with a note.
    sessions->view()->setCurrentIndex(sessions->model()->index(0, 0));
    m_clock.set(QDateTime(QDate(2026, 2, 2), QTime(13, 0), Qt::UTC));
    QPointer<SessionLogDialog> log = sessions->logSession();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->outcome(), SessionLogDialog::Outcome::Done); // logging a planned session: most often it took place
    child<DurationSpinBox>(log, "actualSpinBox")->setValue(165);
    typeText(child<QPlainTextEdit>(log, "notesEdit"), QStringLiteral("Histoire professionnelle."));
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));

    EXPECT_EQ(panel->timeline()->timeline().hours.of(Phase::Preliminary).doneMinutes, 165);
    EXPECT_EQ(panel->timeline()->phaseSummary(Phase::Preliminary),
              QStringLiteral("Préliminaire\u00a0: 2 h 45 faites sur 3 h, 1 séance faite, 0 prévue"));
    EXPECT_TRUE(panel->hoursSummary().startsWith(QStringLiteral("Bilan\u00a0: 2 h 45 faites sur 24 h")));
    ClientListModel* list = window->clientList()->model();
    EXPECT_EQ(list->data(list->index(0, ClientListModel::HoursColumn)).toString(), QStringLiteral("2 h 45 / 24 h"));
    EXPECT_EQ(sessions->model()->data(sessions->model()->index(0, SessionTableModel::StatusColumn)).toString(),
              QStringLiteral("Faite"));

    // Undo takes the log back, redo puts it again.
    workspace().undoGroup()->undo();
    EXPECT_EQ(panel->timeline()->timeline().hours.of(Phase::Preliminary).doneMinutes, 0);
    workspace().undoGroup()->redo();
    EXPECT_EQ(panel->timeline()->timeline().hours.of(Phase::Preliminary).doneMinutes, 165);
    EXPECT_EQ(workspace().sessions().forBilan(panel->bilanId()).value().first().notes,
              QStringLiteral("Histoire professionnelle."));
}

TEST_F(MainWindowTest, ASessionPastTheCapIsRefusedInTheDialogWithTheFigures)
{
    recordClient(QStringLiteral("Ménard"), QStringLiteral("Théo"));
    const qint64 clientId = window->clientList()->selectedClientId();
    const qint64 bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 2, 2)).value();
    for (int week = 0; week < 8; ++week) {
        Session session = plannedSession(bilanId, Phase::Investigation, wallClock(QDate(2026, 2, 2).addDays(7 * week), QTime(14, 0)), 180);
        ASSERT_TRUE(workspace().sessions().add(session).ok());
    }
    ASSERT_EQ(sessionRows(), 8);
    QPointer<SessionDialog> plan = window->bilanPanel()->sessionsTab()->planSession();
    ASSERT_TRUE(plan);
    clickOk(plan);
    ASSERT_TRUE(plan && plan->isVisible());
    EXPECT_TRUE(plan->errors().messageFor(QStringLiteral("planned_minutes")).contains(QStringLiteral("24 h")));
    EXPECT_EQ(sessionRows(), 8);
    plan->reject();
}

TEST_F(MainWindowTest, DeletingALoggedSessionAsksFirstAndCanBeUndone)
{
    recordClient(QStringLiteral("Noël"), QStringLiteral("Cécile"));
    const qint64 bilanId =
        workspace().bilans().open(window->clientList()->selectedClientId(), Funding::Personal, QDate(2026, 1, 5)).value();
    Session session;
    session.bilanId = bilanId;
    session.phase = Phase::Preliminary;
    session.startsAt = wallClock(QDate(2026, 1, 12), QTime(10, 0));
    session.status = SessionStatus::Done;
    session.actualMinutes = 150;
    session.notes = QStringLiteral("Notes de séance");
    ASSERT_TRUE(workspace().sessions().add(session).ok());
    SessionsTab* sessions = window->bilanPanel()->sessionsTab();
    sessions->view()->setCurrentIndex(sessions->model()->index(0, 0));

    Confirmation::setNextAnswer(false);
    sessions->deleteSessionAction()->trigger();
    EXPECT_EQ(sessionRows(), 1);
    Confirmation::setNextAnswer(true);
    sessions->deleteSessionAction()->trigger();
    EXPECT_EQ(sessionRows(), 0);
    workspace().undoGroup()->undo();
    ASSERT_EQ(sessionRows(), 1);
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().first().notes, QStringLiteral("Notes de séance"));
}

TEST_F(MainWindowTest, StorageErrorsAreShownInTheBannerInFrench)
{
    workspace().reportError(QStringLiteral("La base a refusé la modification."));
    EXPECT_TRUE(window->banner()->isVisible());
    EXPECT_EQ(window->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_EQ(window->banner()->text(), QStringLiteral("La base a refusé la modification."));
    EXPECT_EQ(window->menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
}

TEST_F(MainWindowTest, F1RunFromTheBuildFolderOpensTheGuideOfTheSources)
{
    // The tests run from the build folder, as ./build/parcours does: the guide is the sources' docs/guide.
    const QString folder = QDir(QStringLiteral(PARCOURS_TEST_SOURCE_DIR "/docs/guide")).canonicalPath();
    ASSERT_FALSE(folder.isEmpty());
    EXPECT_EQ(userGuideIndex(), folder + QStringLiteral("/index.md"));
    Viewer viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    QTest::keyClick(window.get(), Qt::Key_F1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    EXPECT_EQ(viewer.opened, QList<QUrl> { QUrl::fromLocalFile(folder + QStringLiteral("/index.md")) });
    EXPECT_FALSE(window->banner()->isVisible());

    // No viewer on the desktop (xdg-utils not installed): the message names the folder where the guide is, not
    // /usr/share/doc, and what to install.
    if (!QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty())
        GTEST_SKIP() << "xdg-open is installed here: F1 would open a real viewer";
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_TRUE(window->banner()->isVisible());
    EXPECT_EQ(window->banner()->text(),
        QStringLiteral("Le guide d'utilisation est dans %1, mais aucun programme ne l'a ouvert\u00a0: installez le "
                       "paquet xdg-utils, ou ouvrez vous-même son fichier index.md.")
            .arg(folder));
}

#include "MainWindowTest.moc"
