// Trial 21, through the real window: past sessions never logged in the Follow-ups panel, the start-up banner and the
// client list; a session planned in an absence named when the absence is added and flagged in the agenda.
#include "GuiTestSupport.h"

#include <parcours/core/WallClock.h>
#include <parcours/ui/AbsencesDialog.h>
#include <parcours/ui/AgendaModel.h>
#include <parcours/ui/AgendaWindow.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/FollowUpPanel.h>
#include <parcours/ui/FollowUps.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/Scheduling.h>

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace parcours;
using namespace parcours::test;

namespace {

class UnloggedSessionsGuiTest : public GuiTest {
protected:
    /// Zoé Lefèvre's CPF bilan from 12 January 2026 with six Monday sessions at 14:00, planned on 5 January.
    qint64 zoe()
    {
        m_clock.set(wallClock(QDate(2026, 1, 5), QTime(9, 0)));
        Client client;
        client.lastName = QStringLiteral("Lefèvre");
        client.firstName = QStringLiteral("Zoé");
        clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value();
        for (int week = 0; week < 6; ++week) {
            const QDateTime at = wallClock(QDate(2026, 1, 12).addDays(7 * week), QTime(14, 0));
            EXPECT_TRUE(workspace().sessions().add(plannedSession(bilanId, Phase::Investigation, at, 150)).ok());
        }
        return bilanId;
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(workspace());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }

    qint64 clientId = 0;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(UnloggedSessionsGuiTest, PastSessionsNeverLoggedAreInTheFollowUpsTheBannerAndTheList)
{
    const qint64 bilanId = zoe();
    m_clock.set(wallClock(QDate(2026, 2, 16), QTime(9, 0)));
    openWindow();
    FollowUpPanel* panel = window->followUps()->panel();
    QListWidget* list = panel->list();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->dueCount() > 0; }, 3000));
    ASSERT_GE(list->count(), 1);
    QListWidgetItem* item = list->item(0);
    EXPECT_EQ(item->text(), QStringLiteral("Zoé Lefèvre\n5 séances passées à consigner, en retard depuis le 12/01/2026"));
    EXPECT_EQ(panel->overdueCount(), 1);
    EXPECT_EQ(panel->sessionsToLog(), 5);
    // The start-up banner says it first.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->banner()->text().isEmpty(); }, 3000));
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("5 séances passées à consigner.")))
        << window->banner()->text().toStdString();

    // A click opens the bilan; the follow-up buttons are for follow-ups only.
    window->clientList()->selectClient(0);
    const QRect row = list->visualItemRect(item);
    list->setCurrentItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    EXPECT_EQ(window->bilanPanel()->bilanId(), bilanId);
    EXPECT_FALSE(panel->doneButton()->isEnabled());

    // The client list's compliance column is not ✓.
    ClientListModel model(workspace());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    model.data(model.index(0, ClientListModel::ComplianceColumn));
    QCoreApplication::processEvents();
    EXPECT_EQ(model.data(model.index(0, ClientListModel::ComplianceColumn)).toString(), QStringLiteral("⚠ 1"));
    EXPECT_EQ(model.data(model.index(0, ClientListModel::ComplianceColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("1 point à corriger"));
}

TEST_F(UnloggedSessionsGuiTest, AnAbsenceOverAPlannedSessionIsSaidOnAddingAndFlaggedInTheAgenda)
{
    zoe();
    m_clock.set(wallClock(QDate(2026, 1, 9), QTime(9, 0)));
    openWindow();
    QPointer<AbsencesDialog> dialog = window->scheduling()->editAbsences();
    ASSERT_TRUE(dialog);
    dialog->findChild<QDateEdit*>(QStringLiteral("firstDayDateEdit"))->setDate(QDate(2026, 2, 16));
    dialog->findChild<QDateEdit*>(QStringLiteral("lastDayDateEdit"))->setDate(QDate(2026, 2, 20));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPushButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->absences().size(), 1); // added, not refused
    QLabel* notice = dialog->noticeLabel();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(),
        QStringLiteral("1 séance prévue tombe pendant cette absence\u00a0: lun. 16/02 à 14:00 (Zoé Lefèvre). "
                       "Déplacez-la ou annulez-la depuis l’agenda."));
    keepPicture(dialog, QStringLiteral("absence-over-a-session"));
    // An absence over nothing planned: no notice.
    dialog->findChild<QDateEdit*>(QStringLiteral("firstDayDateEdit"))->setDate(QDate(2026, 4, 6));
    dialog->findChild<QDateEdit*>(QStringLiteral("lastDayDateEdit"))->setDate(QDate(2026, 4, 10));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addPushButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->absences().size(), 2);
    EXPECT_FALSE(notice->isVisible());
    dialog->reject();

    window->scheduling()->agendaAction()->trigger();
    AgendaWindow* agenda = window->scheduling()->agendaWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(agenda));
    for (int week = 0; week < 6; ++week)
        QTest::mouseClick(agenda->findChild<QPushButton*>(QStringLiteral("nextWeekPushButton")), Qt::LeftButton);
    ASSERT_EQ(agenda->monday(), QDate(2026, 2, 16));
    AgendaModel* day = agenda->dayModel();
    ASSERT_EQ(day->rowCount(), 1);
    EXPECT_EQ(day->data(day->index(0, AgendaModel::RemarksColumn)).toString(), QStringLiteral("Pendant une absence"));
    keepPicture(agenda, QStringLiteral("agenda-session-in-absence"));
}
