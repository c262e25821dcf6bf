// Planning and logging a bilan's sessions through the real window: the planning dialog, the log dialog, the hours tab,
// the agenda, the side panel, documents and deleting a bilan.
#include "GuiTestSupport.h"
#include "GuideWindow.h"
#include "PdfProbe.h"

#include <parcours/core/Planner.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/AgendaModel.h>
#include <parcours/ui/AgendaWeekView.h>
#include <parcours/ui/AgendaWindow.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DurationSpinBox.h>
#include <parcours/ui/FileChooser.h>
#include <parcours/ui/HoursTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/PlanDialog.h>
#include <parcours/ui/PlanProposalModel.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/SessionLogDialog.h>
#include <parcours/ui/SessionTableModel.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/ThisWeekPanel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QUndoGroup>

#include <ctime>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class ScheduleGuiTest : public WindowTest {
protected:
    /// Zoé Lefèvre with an open CPF bilan starting on Monday 2 February 2026, shown in the window.
    qint64 zoe()
    {
        Client client;
        client.lastName = QStringLiteral("Lefèvre");
        client.firstName = QStringLiteral("Zoé");
        const qint64 clientId = workspace().clients().add(client).value();
        window->clientList()->selectClient(clientId);
        return workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 2, 2)).value();
    }
    qint64 otherBeneficiary(QTime time)
    {
        Client client;
        client.lastName = QStringLiteral("Çelik");
        client.firstName = QStringLiteral("Loïc");
        const qint64 clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, Funding::Personal, QDate(2026, 2, 2)).value();
        Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, 10), time), 120);
        return workspace().sessions().add(session).value();
    }
    template<typename T> T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }
    void clickOk(QDialog* dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    Scheduling& scheduling() { return *window->scheduling(); }
    /// With PARCOURS_TEST_ARTIFACTS=DIR, keeps a picture of the widget to look at.
    static void keepPicture(QWidget* widget, const char* name)
    {
        const QString folder = qEnvironmentVariable("PARCOURS_TEST_ARTIFACTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(20); // let pending layout requests run, as they would on screen
        widget->grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name));
    }
    SessionsTab* sessionsTab() { return window->bilanPanel()->sessionsTab(); }
    QList<Session> sessionsOf(qint64 bilanId) { return workspace().sessions().forBilan(bilanId).value(); }
    void select(int row) { sessionsTab()->view()->setCurrentIndex(sessionsTab()->model()->index(row, 0)); }
    QString statusShown(int row)
    {
        return sessionsTab()
            ->model()
            ->data(sessionsTab()->model()->index(row, SessionTableModel::StatusColumn))
            .toString();
    }
    void planEight(qint64 bilanId)
    {
        QPointer<PlanDialog> dialog = scheduling().planBilan();
        ASSERT_TRUE(dialog);
        clickOk(dialog);
        ASSERT_TRUE(waitClosed(dialog));
        ASSERT_EQ(sessionsOf(bilanId).size(), 8);
    }
};

} // namespace

TEST_F(ScheduleGuiTest, PlanningEightSessionsInTheDialogSavesThemAllAndUndoTakesThemBack)
{
    const qint64 bilanId = zoe();
    QPointer<PlanDialog> dialog = scheduling().planBilan();
    ASSERT_TRUE(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PlanProposalModel* model = dialog->model();
    ASSERT_EQ(model->rowCount(), 8);
    EXPECT_EQ(
        model->data(model->index(0, PlanProposalModel::DateColumn)).toString(), QStringLiteral("mar. 3 févr. 2026"));
    EXPECT_EQ(model->data(model->index(0, PlanProposalModel::PhaseColumn)).toString(), QStringLiteral("Préliminaire"));
    EXPECT_EQ(model->data(model->index(7, PlanProposalModel::PhaseColumn)).toString(), QStringLiteral("Conclusion"));
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("8 séances, 20 h en face-à-face")))
        << dialog->summary().toStdString();
    // The room the plan leaves for personal work is said; shorter sessions leave more.
    EXPECT_TRUE(dialog->summary().endsWith(QStringLiteral(" · reste 4 h pour le travail personnel")))
        << dialog->summary().toStdString();
    child<DurationSpinBox>(dialog, "minutesSpinBox")->setValue(120);
    EXPECT_TRUE(dialog->summary().endsWith(QStringLiteral(" · reste 8 h pour le travail personnel")))
        << dialog->summary().toStdString();

    // 8 sessions of 3 h do not fit: refused with the figures, nothing can be saved.
    child<DurationSpinBox>(dialog, "minutesSpinBox")->setValue(180);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("7 séances au plus"))) << dialog->errorText().toStdString();
    EXPECT_FALSE(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    child<DurationSpinBox>(dialog, "minutesSpinBox")->setValue(150);
    ASSERT_EQ(model->rowCount(), 8);

    // Edited in place: the second session on Ascension Day is flagged, not refused.
    ASSERT_TRUE(model->setData(model->index(1, PlanProposalModel::DateColumn), QDate(2026, 5, 14)));
    EXPECT_TRUE(
        model->data(model->index(1, PlanProposalModel::NotesColumn)).toString().contains(QStringLiteral("Ascension")));
    keepPicture(dialog, "plan-dialog.png");
    ASSERT_TRUE(model->setData(model->index(1, PlanProposalModel::DateColumn), QDate(2026, 2, 10)));
    // Two weeks before the third session: the rest follows.
    ASSERT_TRUE(model->setData(model->index(2, PlanProposalModel::FortnightColumn), Qt::Checked, Qt::CheckStateRole));
    QTest::qWait(10);
    EXPECT_EQ(model->slots().at(2).startsAt.date(), QDate(2026, 2, 24));
    clickOk(dialog);
    ASSERT_TRUE(waitClosed(dialog));
    ASSERT_EQ(sessionsOf(bilanId).size(), 8);
    EXPECT_EQ(sessionsOf(bilanId).at(2).startsAt.date(), QDate(2026, 2, 24));
    EXPECT_EQ(window->banner()->text(), QStringLiteral("8 séances planifiées."));
    EXPECT_EQ(window->bilanPanel()->timeline()->timeline().hours.countedPlannedMinutes(), 8 * 150);

    workspace().undoGroup()->undo();
    EXPECT_TRUE(sessionsOf(bilanId).isEmpty());
    workspace().undoGroup()->redo();
    EXPECT_EQ(sessionsOf(bilanId).size(), 8);
}

TEST_F(ScheduleGuiTest, LoggingARemoteSessionWithItsScanThenLoggingAgainEditsTheSameRecord)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    const QString scan = m_database->folder() + QStringLiteral("/feuille signée.pdf");
    QFile file(scan);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 feuille signée");
    file.close();

    select(0);
    QPointer<SessionLogDialog> log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    EXPECT_EQ(log->outcome(), SessionLogDialog::Outcome::Done);
    auto* place = child<QComboBox>(log, "placeComboBox");
    place->setCurrentIndex(place->findData(QStringLiteral("remote")));
    EXPECT_TRUE(child<QCheckBox>(log, "consultantAttestedCheckBox")->isVisible());
    child<QCheckBox>(log, "consultantAttestedCheckBox")->setChecked(true);
    FileChooser::setNextFileName(scan);
    QTest::mouseClick(child<QPushButton>(log, "attachScanPushButton"), Qt::LeftButton);
    EXPECT_EQ(child<QLabel>(log, "scanFileLabel")->text(), QStringLiteral("feuille signée.pdf"));
    EXPECT_EQ(child<QLabel>(log, "proofLabel")->text(), QStringLiteral("Preuve de présence complète."));
    child<DurationSpinBox>(log, "personalWorkSpinBox")->setValue(90);
    typeText(
        child<QPlainTextEdit>(log, "handedOverEdit"), QStringLiteral("Questionnaire « Histoire professionnelle »"));
    keepPicture(log, "log-dialog.png");
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));
    EXPECT_EQ(statusShown(0), QStringLiteral("Faite, à distance"));
    SessionRecord record = workspace().sessionLogs().record(sessionsOf(bilanId).first().id).value();
    EXPECT_EQ(record.scanFileName, QStringLiteral("feuille signée.pdf"));
    EXPECT_EQ(record.personalWorkMinutes, 90);
    EXPECT_TRUE(scheduling().hoursTab()->hoursText().contains(QStringLiteral("1 h 30")))
        << scheduling().hoursTab()->hoursText().toStdString();

    // Logged again: the dialog shows the first log, and saving edits it.
    select(0);
    log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    EXPECT_EQ(child<DurationSpinBox>(log, "personalWorkSpinBox")->value(), 90);
    EXPECT_EQ(child<QLabel>(log, "scanFileLabel")->text(), QStringLiteral("feuille signée.pdf"));
    child<DurationSpinBox>(log, "personalWorkSpinBox")->setValue(120);
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));
    EXPECT_EQ(sessionsOf(bilanId).size(), 8);
    EXPECT_EQ(workspace().sessionLogs().record(sessionsOf(bilanId).first().id).value().personalWorkMinutes, 120);

    // Personal work that leaves no room for the sessions still planned: recorded as declared, and the consultant
    // is told which planned sessions to shorten or cancel — in the dialog, then in the banner.
    select(1);
    log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    child<DurationSpinBox>(log, "personalWorkSpinBox")->setValue(300);
    EXPECT_TRUE(log->capWarning().startsWith(QStringLiteral(
        "Les séances encore prévues ne tiennent plus dans le plafond légal de 24 h\u00a0: 3 h de trop. "
        "À raccourcir ou annuler\u00a0: ")))
        << log->capWarning().toStdString();
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));
    EXPECT_EQ(sessionsOf(bilanId).at(1).status, SessionStatus::Done);
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("Séance consignée. Les séances encore prévues")))
        << window->banner()->text().toStdString();

    // Hours done past the 24 h by themselves: warned before saving, then refused next to the field.
    select(2);
    log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    child<DurationSpinBox>(log, "personalWorkSpinBox")->setValue(1200);
    EXPECT_TRUE(log->capWarning().endsWith(QStringLiteral("Impossible d’enregistrer ainsi.")))
        << log->capWarning().toStdString();
    clickOk(log);
    ASSERT_TRUE(log && log->isVisible());
    EXPECT_TRUE(log->errors()
                    .messageFor(QStringLiteral("personal_work_minutes"))
                    .contains(QStringLiteral("Déclarez 10 h 30 de travail personnel en moins")))
        << log->errors().messageFor(QStringLiteral("personal_work_minutes")).toStdString();
    EXPECT_EQ(sessionsOf(bilanId).at(2).status, SessionStatus::Planned);
    log->reject();
}

TEST_F(ScheduleGuiTest, CancellingAndMovingFromTheLogDialog)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    select(1);
    QPointer<SessionLogDialog> log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    log->setOutcome(SessionLogDialog::Outcome::CancelledByBeneficiary);
    EXPECT_FALSE(child<QWidget>(log, "doneGroupBox")->isEnabled());
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));
    EXPECT_EQ(statusShown(1), QStringLiteral("Annulée (bénéficiaire)"));

    select(2);
    log = sessionsTab()->logSession();
    ASSERT_TRUE(log);
    log->setOutcome(SessionLogDialog::Outcome::MovedByConsultant);
    EXPECT_TRUE(child<QDateEdit>(log, "movedDateEdit")->isVisible());
    child<QDateEdit>(log, "movedDateEdit")->setDate(QDate(2026, 2, 19));
    child<QTimeEdit>(log, "movedTimeEdit")->setTime(QTime(10, 0));
    clickOk(log);
    ASSERT_TRUE(waitClosed(log));
    const QList<Session> sessions = sessionsOf(bilanId);
    ASSERT_EQ(sessions.size(), 9);
    EXPECT_EQ(statusShown(2), QStringLiteral("Déplacée"));
    EXPECT_EQ(statusShown(3), QStringLiteral("Prévue (reportée)"));
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("Séance déplacée au jeudi 19 février, 10:00")))
        << window->banner()->text().toStdString();
    workspace().undoGroup()->undo();
    EXPECT_EQ(sessionsOf(bilanId).size(), 8);
    EXPECT_EQ(sessionsOf(bilanId).at(2).status, SessionStatus::Planned);
}

TEST_F(ScheduleGuiTest, TheAgendaShowsEveryBeneficiaryFlagsOverlapsAndOpensTheBilan)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    const qint64 overlapping = otherBeneficiary(QTime(15, 0)); // Tuesday 10 February, while Zoé's session runs
    window->clientList()->selectClient(0);
    scheduling().agendaAction()->trigger();
    AgendaWindow* agenda = scheduling().agendaWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(agenda));
    QAbstractItemModelTester tester(agenda->dayModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(agenda->monday(), QDate(2026, 2, 2));
    EXPECT_EQ(agenda->weekTitle(), QStringLiteral("Semaine 6 · 2 février – 8 février 2026"));
    QTest::mouseClick(child<QPushButton>(agenda, "nextWeekPushButton"), Qt::LeftButton);
    EXPECT_EQ(agenda->monday(), QDate(2026, 2, 9));
    EXPECT_EQ(
        child<QLabel>(agenda, "conflictLabel")->text(), QStringLiteral("⚠ 2 séances se chevauchent cette semaine"));
    const QRectF block = agenda->weekView()->blockRect(overlapping);
    ASSERT_FALSE(block.isEmpty());
    // The day list of Tuesday 10 February, both sessions with what they overlap.
    QTest::mouseClick(agenda->weekView(), Qt::LeftButton, {}, QPoint(static_cast<int>(block.center().x()), 5));
    AgendaModel* day = agenda->dayModel();
    ASSERT_EQ(day->rowCount(), 2);
    EXPECT_EQ(day->data(day->index(1, AgendaModel::BeneficiaryColumn)).toString(), QStringLiteral("Loïc Çelik"));
    EXPECT_EQ(day->data(day->index(1, AgendaModel::RemarksColumn)).toString(),
        QStringLiteral("Chevauche Zoé Lefèvre (14:00)"));
    // A click on Zoé's block opens her bilan on that session.
    const qint64 zoeSession = sessionsOf(bilanId).at(1).id;
    QTest::mouseClick(
        agenda->weekView(), Qt::LeftButton, {}, agenda->weekView()->blockRect(zoeSession).center().toPoint());
    EXPECT_EQ(window->bilanPanel()->bilanId(), bilanId);
    EXPECT_EQ(window->bilanPanel()->currentTab(), sessionsTab());
    EXPECT_EQ(sessionsTab()->view()->currentIndex().row(), 1);
    QTest::mouseClick(child<QPushButton>(agenda, "todayPushButton"), Qt::LeftButton);
    EXPECT_EQ(agenda->monday(), QDate(2026, 2, 2));
}

TEST_F(ScheduleGuiTest, TheSidePanelListsTheWeekAndTheCpfDeclarationsUntilDeclared)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    ThisWeekPanel* panel = scheduling().thisWeekPanel();
    ASSERT_EQ(panel->sessionList()->count(), 1);
    EXPECT_TRUE(panel->sessionList()->item(0)->text().contains(QStringLiteral("Zoé Lefèvre — Préliminaire")))
        << panel->sessionList()->item(0)->text().toStdString();
    EXPECT_EQ(panel->cpfList()->item(0)->text(), QStringLiteral("Rien à déclarer."));

    m_clock.set(QDateTime(QDate(2026, 2, 4), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(workspace()
                    .sessions()
                    .log(sessionsOf(bilanId).first().id, SessionLog { SessionStatus::Done, 150, std::nullopt })
                    .ok());
    ASSERT_EQ(panel->cpfList()->count(), 1);
    EXPECT_EQ(panel->cpfList()->item(0)->text(), QStringLiteral("Entrée\u00a0: Zoé Lefèvre — avant le ven. 06/02"));
    EXPECT_TRUE(scheduling().hoursTab()->cpfText().startsWith(
        QStringLiteral("à déclarer au plus tard le vendredi 6 février 2026")))
        << scheduling().hoursTab()->cpfText().toStdString();
    panel->cpfList()->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(panel, "declareCpfPushButton"), Qt::LeftButton);
    EXPECT_EQ(panel->cpfList()->item(0)->text(), QStringLiteral("Rien à déclarer."));
    EXPECT_TRUE(scheduling().hoursTab()->cpfText().startsWith(QStringLiteral("déclarée le mercredi 4 février 2026")));
}

TEST_F(ScheduleGuiTest, AttendanceSheetAndCalendarAreWrittenWhereTheConsultantChooses)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    const QString pdf = m_database->folder() + QStringLiteral("/emargement.pdf");
    FileChooser::setNextFileName(pdf);
    scheduling().bilanAttendanceAction()->trigger();
    const PdfProbe probe(pdf);
    EXPECT_EQ(probe.pages(), 3);
    EXPECT_TRUE(probe.text().contains(QStringLiteral("Zoé Lefèvre")));
    select(0);
    const QString one = m_database->folder() + QStringLiteral("/seance.pdf");
    FileChooser::setNextFileName(one);
    ASSERT_TRUE(scheduling().sessionAttendanceAction()->isEnabled());
    scheduling().sessionAttendanceAction()->trigger();
    EXPECT_EQ(PdfProbe(one).pages(), 1);

    const QString ics = m_database->folder() + QStringLiteral("/agenda.ics");
    FileChooser::setNextFileName(ics);
    scheduling().calendarAction()->trigger();
    QFile calendar(ics);
    ASSERT_TRUE(calendar.open(QIODevice::ReadOnly));
    EXPECT_EQ(calendar.readAll().count("BEGIN:VEVENT"), 8);
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("8 rendez-vous exportés")))
        << window->banner()->text().toStdString();
    // Cancelled in the chooser: nothing written, nothing said.
    FileChooser::setNextFileName(QString());
    scheduling().bilanAttendanceAction()->trigger();
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("8 rendez-vous exportés")));
}

TEST_F(ScheduleGuiTest, DeletingABilanWithLoggedSessionsAsksAndSaysWhatWouldBeLost)
{
    const qint64 bilanId = zoe();
    planEight(bilanId);
    ASSERT_TRUE(workspace()
                    .sessions()
                    .log(sessionsOf(bilanId).first().id, SessionLog { SessionStatus::Done, 150, std::nullopt })
                    .ok());
    ASSERT_TRUE(scheduling().deleteBilanAction()->isEnabled());
    Confirmation::setNextAnswer(false);
    scheduling().deleteBilanAction()->trigger();
    EXPECT_TRUE(workspace().bilans().get(bilanId).ok());
    EXPECT_EQ(sessionsOf(bilanId).size(), 8);
    // The service alone refuses it: never a silent deletion.
    EXPECT_FALSE(workspace().bilans().remove(bilanId).ok());
    Confirmation::setNextAnswer(true);
    scheduling().deleteBilanAction()->trigger();
    EXPECT_FALSE(workspace().bilans().get(bilanId).ok());
    EXPECT_EQ(window->bilanPanel()->bilanId(), 0);
    EXPECT_EQ(window->banner()->text(), QStringLiteral("Bilan n° %1 supprimé.").arg(bilanId));
    EXPECT_FALSE(scheduling().deleteBilanAction()->isEnabled());
}

namespace {
class AgendaModelTest : public GuiTest { }; // French, as in the window
} // namespace

TEST_F(AgendaModelTest, ACrowdedHourNamesThreeOverlapsAndCountsTheRest)
{
    // A large centre's single agenda: five sessions at nine o'clock on the same day.
    const QStringList names { u"Zoé"_s, u"Loïc"_s, u"Inès"_s, u"Maëlle"_s, u"Anaïs"_s };
    QList<AgendaEntry> entries;
    for (qsizetype i = 0; i < names.size(); ++i) {
        AgendaEntry entry;
        entry.session.id = i + 1;
        entry.session.startsAt = wallClock(QDate(2026, 2, 10), QTime(9, 0));
        entry.session.plannedMinutes = 60;
        entry.firstName = names.at(i);
        entry.lastName = u"Martin"_s;
        entries << entry;
    }
    markConflicts(entries);
    AgendaModel model;
    model.setEntries(entries);
    EXPECT_EQ(model.data(model.index(0, AgendaModel::RemarksColumn)).toString(),
        u"Chevauche Loïc Martin (09:00) · Chevauche Inès Martin (09:00) · Chevauche Maëlle Martin (09:00) · "
        u"et 1 autre séance en même temps"_s);
}

TEST_F(ScheduleGuiTest, ASessionsTimeIsTheSameEverywhereWhateverTheMachinesTimeZone)
{
    // The machine set to New York, the consultant's zone (Settings) Europe/Paris: a session at 14:00 is at 14:00 in
    // the session list, the header, the week panel, the attendance sheet and the calendar (docs/architecture.md).
    struct MachineZone {
        QByteArray previous = qgetenv("TZ");
        MachineZone() { qputenv("TZ", "America/New_York"); ::tzset(); }
        ~MachineZone()
        {
            if (previous.isEmpty())
                qunsetenv("TZ");
            else
                qputenv("TZ", previous);
            ::tzset();
        }
    } zone;
    ASSERT_EQ(QDateTime(QDate(2026, 2, 3), QTime(14, 0)).offsetFromUtc(), -5 * 3600) << "the machine is in New York";
    const qint64 bilanId = zoe();
    Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, 3), QTime(14, 0)), 150);
    ASSERT_TRUE(workspace().sessions().add(session).ok());
    QCoreApplication::processEvents();
    const QString listed
        = sessionsTab()->model()->data(sessionsTab()->model()->index(0, SessionTableModel::DateColumn)).toString();
    EXPECT_TRUE(listed.contains(QStringLiteral("14:00"))) << listed.toStdString();
    EXPECT_TRUE(window->bilanPanel()->hoursSummary().contains(QStringLiteral("mardi 3 février 2026, 14:00")))
        << window->bilanPanel()->hoursSummary().toStdString();
    ThisWeekPanel* week = scheduling().thisWeekPanel();
    ASSERT_EQ(week->sessionList()->count(), 1);
    EXPECT_TRUE(week->sessionList()->item(0)->text().contains(QStringLiteral("14:00")))
        << week->sessionList()->item(0)->text().toStdString();
    const QString pdf = m_database->folder() + QStringLiteral("/emargement.pdf");
    FileChooser::setNextFileName(pdf);
    scheduling().bilanAttendanceAction()->trigger();
    EXPECT_TRUE(PdfProbe(pdf).text().contains(QStringLiteral("14:00"))) << PdfProbe(pdf).text().toStdString();
    const QString ics = m_database->folder() + QStringLiteral("/agenda.ics");
    FileChooser::setNextFileName(ics);
    scheduling().calendarAction()->trigger();
    QFile calendar(ics);
    ASSERT_TRUE(calendar.open(QIODevice::ReadOnly));
    EXPECT_TRUE(calendar.readAll().contains("DTSTART;TZID=Europe/Paris:20260203T140000"));
}

TEST_F(ScheduleGuiTest, ThePlansFirstDateIsTypedOnTheKeyboardAndShowsItsDay)
{
    // Every date field is a TypedDateEdit: a date typed from the field's start replaces the one shown, its day's
    // name after it (before, a digit typed in a full section or in the day's name was refused).
    zoe();
    QPointer<PlanDialog> dialog = scheduling().planBilan();
    ASSERT_TRUE(dialog);
    auto* from = dialog->findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    ASSERT_TRUE(from);
    dialog->activateWindow();
    from->setFocus(Qt::TabFocusReason);
    QTest::keyClick(from, Qt::Key_Home);
    QTest::keyClicks(from, QStringLiteral("09/03/2026"));
    EXPECT_EQ(from->date(), QDate(2026, 3, 9)) << from->text().toStdString();
    EXPECT_EQ(from->text(), QStringLiteral("09/03/2026 (lun.)"));
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("17032026"));
    EXPECT_EQ(from->date(), QDate(2026, 3, 17)) << from->text().toStdString();
    EXPECT_EQ(from->text(), QStringLiteral("17/03/2026 (mar.)"));
    // The proposal follows the typed date: its first session is on that Tuesday.
    EXPECT_EQ(dialog->model()->data(dialog->model()->index(0, PlanProposalModel::DateColumn)).toString(),
              QStringLiteral("mar. 17 mars 2026"));
    dialog->reject();
}
