// The "Conformité" tab and the client list's compliance column, through the real window, in French.
#include "GuiTestSupport.h"
#include "GuideWindow.h"

#include <parcours/core/WallClock.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/ComplianceTab.h>
#include <parcours/ui/HoursTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/Scheduling.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QSignalSpy>
#include <QPushButton>
#include <QTabWidget>

using namespace parcours;
using namespace parcours::test;

namespace {

class ComplianceGuiTest : public WindowTest {
protected:
    /// A bilan opened on 2 February, its préliminaire session of 2 h held on the 3rd and logged on `loggedOn`.
    qint64 oneSessionHeld(const QString& last, const QString& first, Funding funding, QDate loggedOn)
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, funding, QDate(2026, 2, 2)).value();
        Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, 3), QTime(10, 0)), 120);
        const qint64 sessionId = workspace().sessions().add(session).value();
        m_clock.set(QDateTime(loggedOn, QTime(9, 0), Qt::UTC));
        EXPECT_TRUE(workspace().sessions().log(sessionId, SessionLog { SessionStatus::Done, 120, std::nullopt }).ok());
        return bilanId;
    }
    /// Inès Garnier, employer-funded, one préliminaire session held on 3 February without a signed agreement.
    qint64 ines()
    {
        return oneSessionHeld(QStringLiteral("Garnier"), QStringLiteral("Inès"), Funding::Employer, QDate(2026, 2, 9));
    }
    ComplianceTab* complianceTab() { return window->findChild<ComplianceTab*>(QStringLiteral("complianceTab")); }
    QString labelText(const char* name)
    {
        auto* label = complianceTab()->findChild<QLabel*>(QString::fromLatin1(name));
        EXPECT_TRUE(label) << name;
        return label ? label->text() : QString();
    }

    qint64 clientId = 0;
};

} // namespace

TEST_F(ComplianceGuiTest, TheTabSaysWhatIsMissingAndItsButtonOpensWhereToFixIt)
{
    const qint64 bilanId = ines();
    window->clientList()->selectClient(clientId);
    ComplianceTab* tab = complianceTab();
    ASSERT_TRUE(tab);
    QTabWidget* tabs = window->bilanPanel()->tabWidgetOf(tab);
    ASSERT_EQ(tabs, window->bilanPanel()->managementTabs()); // inside « Gestion »
    EXPECT_EQ(tabs->tabText(window->bilanPanel()->tabIndex(tab)), QStringLiteral("Confor&mité"));
    window->bilanPanel()->showTab(tab);
    ASSERT_EQ(tab->checks().size(), static_cast<qsizetype>(kAllCheckIds.size()));
    EXPECT_EQ(labelText("agreementStateLabel"), QStringLiteral("À corriger"));
    EXPECT_TRUE(labelText("agreementDetailLabel").contains(QStringLiteral("3 février 2026")))
        << labelText("agreementDetailLabel").toStdString();
    EXPECT_EQ(labelText("hours-capStateLabel"), QStringLiteral("Respecté"));
    EXPECT_EQ(labelText("cpfStateLabel"), QStringLiteral("Sans objet"));
    EXPECT_EQ(labelText("phases-doneStateLabel"), QStringLiteral("À venir"));
    EXPECT_TRUE(labelText("complianceSummaryLabel").contains(QStringLiteral("1 point à corriger")))
        << labelText("complianceSummaryLabel").toStdString();
    keepPicture(window.get(), QStringLiteral("compliance-tab"));

    auto* fix = tab->findChild<QPushButton*>(QStringLiteral("agreementFixPushButton"));
    ASSERT_TRUE(fix);
    QTest::mouseClick(fix, Qt::LeftButton);
    EXPECT_EQ(window->bilanPanel()->currentTab()->objectName(), QStringLiteral("documentsTab"));

    // Signing the agreement afterwards does not make the session lawful: back on the tab, still to fix, now saying
    // so.
    m_clock.set(QDateTime(QDate(2026, 2, 9), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(workspace().agreements().record(bilanId, AgreementEvent::Sent, QDate(2026, 2, 4)).ok());
    ASSERT_TRUE(workspace().agreements().record(bilanId, AgreementEvent::Signed, QDate(2026, 2, 6)).ok());
    window->bilanPanel()->showTab(tab);
    EXPECT_EQ(labelText("agreementStateLabel"), QStringLiteral("À corriger"));
    EXPECT_TRUE(labelText("agreementDetailLabel").contains(QStringLiteral("avant la signature")))
        << labelText("agreementDetailLabel").toStdString();
}

TEST_F(ComplianceGuiTest, TheClientListMarksBilansWithPointsToFix)
{
    Client prospect;
    prospect.lastName = QStringLiteral("Aubert");
    prospect.firstName = QStringLiteral("Léa");
    workspace().clients().add(prospect).value();
    Client client;
    client.lastName = QStringLiteral("Garnier");
    client.firstName = QStringLiteral("Inès");
    clientId = workspace().clients().add(client).value();
    const qint64 bilanId = workspace().bilans().open(clientId, Funding::Employer, QDate(2026, 2, 2)).value();

    ClientListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(ClientListModel::ComplianceColumn, Qt::Horizontal).toString(), QStringLiteral("Conf."));
    EXPECT_EQ(model.data(model.index(0, ClientListModel::ComplianceColumn)).toString(), QStringLiteral("—"));
    // The checks are worked out once the list has painted, not while it answers a keystroke.
    EXPECT_EQ(model.data(model.index(1, ClientListModel::ComplianceColumn)).toString(), QString());
    QSignalSpy workedOut(&model, &QAbstractItemModel::dataChanged);
    QCoreApplication::processEvents();
    ASSERT_EQ(workedOut.size(), 1);
    EXPECT_EQ(workedOut.first().at(0).value<QModelIndex>().column(), int(ClientListModel::ComplianceColumn));
    EXPECT_EQ(model.data(model.index(1, ClientListModel::ComplianceColumn)).toString(), QStringLiteral("✓"));
    // Kept while the list is read again (each keystroke does), as long as the bilan does not change.
    model.reload();
    EXPECT_EQ(model.data(model.index(1, ClientListModel::ComplianceColumn)).toString(), QStringLiteral("✓"));
    EXPECT_EQ(model.data(model.index(1, ClientListModel::ComplianceColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("En ordre pour l’instant\u00a0; 4 points à venir"));

    // A session held without a signed agreement: the list follows the store's events.
    Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, 3), QTime(10, 0)), 120);
    const qint64 sessionId = workspace().sessions().add(session).value();
    m_clock.set(QDateTime(QDate(2026, 2, 9), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(workspace().sessions().log(sessionId, SessionLog { SessionStatus::Done, 120, std::nullopt }).ok());
    const QModelIndex ines = model.index(1, ClientListModel::ComplianceColumn);
    EXPECT_EQ(model.data(ines).toString(), QString());
    QCoreApplication::processEvents();
    EXPECT_EQ(model.data(ines).toString(), QStringLiteral("⚠ 1"));
    EXPECT_EQ(model.data(ines, Qt::ToolTipRole).toString(), QStringLiteral("1 point à corriger"));
    EXPECT_EQ(model.data(ines, Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
}

TEST_F(ComplianceGuiTest, TheCpfDeclarationsReadAsSentencesEachWithItsCapital)
{
    // Léa's CPF bilan: the first session held on 3 February, its entry declared on the 4th, the exit still to come.
    const qint64 bilanId = oneSessionHeld(QStringLiteral("Roux"), QStringLiteral("Léa"), Funding::Cpf, QDate(2026, 2, 4));
    ASSERT_TRUE(workspace().agenda().declareCpf(bilanId, CpfStep::Entry).ok());
    window->clientList()->selectClient(clientId);
    window->bilanPanel()->showTab(complianceTab());
    EXPECT_EQ(labelText("cpfStateLabel"), QStringLiteral("À venir"));
    // Not « sortie : … ; Entrée … »: two sentences, both starting with a capital.
    EXPECT_TRUE(labelText("cpfDetailLabel")
                    .endsWith(QStringLiteral("Sortie\u00a0: à déclarer à la fin du bilan. Entrée déclarée le 4 "
                                             "février 2026.")))
        << labelText("cpfDetailLabel").toStdString();
}

TEST_F(ComplianceGuiTest, TheHeaderAndTheTabCountTheHoursInTheSameWords)
{
    // 2 h done, 3 h planned next week: « faites » is 2 h everywhere, « faites ou prévues » 5 h everywhere.
    const qint64 bilanId = ines();
    Session next = plannedSession(bilanId, Phase::Investigation, wallClock(QDate(2026, 2, 10), QTime(10, 0)), 180);
    ASSERT_TRUE(workspace().sessions().add(next).ok());
    window->clientList()->selectClient(clientId);
    const QString header = window->bilanPanel()->hoursSummary();
    EXPECT_TRUE(header.startsWith(
        QStringLiteral("Bilan\u00a0: 2 h faites sur 24 h\u00a0; 5 h faites ou prévues, travail personnel compris")))
        << header.toStdString();
    window->bilanPanel()->showTab(complianceTab());
    EXPECT_TRUE(labelText("hours-capDetailLabel")
                    .contains(QStringLiteral("5 h faites ou prévues sur 24 h, travail personnel compris\u00a0; 2 h faites.")))
        << labelText("hours-capDetailLabel").toStdString();
}

TEST_F(ComplianceGuiTest, EachSessionWithoutItsAttendanceProofIsALineOfItsOwn)
{
    const qint64 bilanId = ines();
    Session second = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 2, 5), QTime(14, 0)), 60);
    const qint64 secondId = workspace().sessions().add(second).value();
    ASSERT_TRUE(workspace().sessions().log(secondId, SessionLog { SessionStatus::Done, 60, std::nullopt }).ok());
    window->clientList()->selectClient(clientId);
    window->bilanPanel()->showTab(window->scheduling()->hoursTab());
    auto* proof = window->findChild<QLabel*>(QStringLiteral("attendanceProofLabel"));
    ASSERT_TRUE(proof);
    EXPECT_EQ(proof->text(), QStringLiteral("Preuve de présence manquante\u00a0:\n"
                                            "• mar. 03/02 — La feuille d'émargement n'est pas encore signée.\n"
                                            "• jeu. 05/02 — La feuille d'émargement n'est pas encore signée."));
}
