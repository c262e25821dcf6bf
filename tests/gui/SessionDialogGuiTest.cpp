// « Nouvelle séance… » through the real window, in French: the phases a closed bilan still takes, a phase's budget
// said when it is passed, a date typed on the keyboard, and a dialog without empty areas.
#include "GuiTestSupport.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/DurationSpinBox.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/SessionDialog.h>
#include <parcours/ui/SessionsTab.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

using namespace parcours;
using namespace parcours::test;

namespace {

class SessionDialogGuiTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        window = std::make_unique<MainWindow>(workspace());
        window->resize(1440, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }
    /// Zoé Lefèvre, her conclusion held on 18 January 2027; the bilan closed that day, still open when `open`.
    qint64 zoe(bool close)
    {
        Client client;
        client.lastName = QStringLiteral("Lefèvre");
        client.firstName = QStringLiteral("Zoé");
        clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2027, 1, 4)).value();
        Session session = plannedSession(bilanId, Phase::Conclusion, wallClock(QDate(2027, 1, 18), QTime(14, 0)), 150);
        const qint64 sessionId = workspace().sessions().add(session).value();
        m_clock.set(QDateTime(QDate(2027, 1, 20), QTime(9, 0), Qt::UTC));
        EXPECT_TRUE(workspace().sessions().log(sessionId, SessionLog { SessionStatus::Done, 150, std::nullopt }).ok());
        if (close) {
            EXPECT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2027, 1, 18)).ok());
        }
        window->clientList()->selectClient(clientId);
        return bilanId;
    }
    template<typename T>
    T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }
    QStringList phasesOffered(SessionDialog* dialog)
    {
        QStringList phases;
        auto* combo = child<QComboBox>(dialog, "phaseComboBox");
        for (int i = 0; combo && i < combo->count(); ++i)
            phases << combo->itemText(i);
        return phases;
    }

    std::unique_ptr<MainWindow> window;
    qint64 clientId = 0;
};

} // namespace

TEST_F(SessionDialogGuiTest, AClosedBilanOffersOnlyItsFollowUpAndAFollowUpOverItsHourIsSaid)
{
    const qint64 bilanId = zoe(true);
    QPointer<SessionDialog> plan = window->bilanPanel()->sessionsTab()->planSession();
    ASSERT_TRUE(plan);
    EXPECT_EQ(phasesOffered(plan), QStringList { QStringLiteral("Suivi") });
    // On the follow-up's due day (six months after the end), for its budget: no warning.
    EXPECT_EQ(plan->session().startsAt.date(), QDate(2027, 7, 18));
    EXPECT_EQ(plan->session().plannedMinutes, 60);
    auto* warning = child<QLabel>(plan, "budgetWarningLabel");
    ASSERT_TRUE(warning);
    EXPECT_TRUE(warning->isHidden());
    // 2 h 30 for a follow-up budgeted at 1 h: said under the length, in French, before anything is saved.
    child<DurationSpinBox>(plan, "plannedSpinBox")->setValue(150);
    EXPECT_FALSE(warning->isHidden());
    EXPECT_EQ(warning->text(), QStringLiteral("Suivi\u00a0: 2 h 30 de séances pour un budget de 1 h. Vérifiez la durée, "
                                              "ou changez les budgets des phases du bilan."));
    keepPicture(plan, QStringLiteral("session-dialog-follow-up-over-budget"));
    // No empty area: the dialog is as tall as its rows and the buttons, the warning included.
    QCoreApplication::processEvents();
    auto* buttons = child<QDialogButtonBox>(plan, "buttonBox");
    EXPECT_LT(plan->height() - (warning->geometry().bottom() + buttons->height()), 60)
        << plan->height() << " " << warning->geometry().bottom();
    // A warning, as the planner's proposal flags a phase over its budget: the session can still be saved.
    QTest::mouseClick(child<QDialogButtonBox>(plan, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(plan));
    const QList<Session> sessions = workspace().sessions().forBilan(bilanId).value();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.last().phase, Phase::FollowUp);
    EXPECT_EQ(sessions.last().plannedMinutes, 150);
}

TEST_F(SessionDialogGuiTest, AnOpenBilanOffersEveryPhase)
{
    zoe(false);
    QPointer<SessionDialog> plan = window->bilanPanel()->sessionsTab()->planSession();
    ASSERT_TRUE(plan);
    EXPECT_EQ(phasesOffered(plan).size(), 5);
    EXPECT_EQ(plan->session().phase, Phase::Conclusion);
    plan->reject();
}

TEST_F(SessionDialogGuiTest, ADateTypedOnTheKeyboardIsTheDateOfTheSession)
{
    zoe(true);
    QPointer<SessionDialog> plan = window->bilanPanel()->sessionsTab()->planSession();
    ASSERT_TRUE(plan);
    auto* date = child<QDateEdit>(plan, "dateEdit");
    ASSERT_TRUE(date);
    // As the consultant does: into the field (Tab from the phase), from its start, the date typed whole.
    plan->activateWindow();
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Home);
    QTest::keyClicks(date, QStringLiteral("03/08/2028"));
    EXPECT_EQ(date->date(), QDate(2028, 8, 3)) << date->text().toStdString();
    // Typed again over the whole text selected, digits only.
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("26072027"));
    EXPECT_EQ(date->date(), QDate(2027, 7, 26)) << date->text().toStdString();
    EXPECT_EQ(plan->session().startsAt, wallClock(QDate(2027, 7, 26), QTime(14, 0)));
    // The day of the week is still shown, next to the date.
    auto* day = child<QLabel>(plan, "dayOfWeekLabel");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->text(), QStringLiteral("lundi"));
    plan->reject();
}
