// The access log in the window, in French: opening a content tab is logged once per opening, and « Journal des
// accès » lists, filters, verifies (a tampered entry is said) and exports it.
#include "GuiTestSupport.h"
#include "GuideWindow.h"

#include <parcours/core/WallClock.h>
#include <parcours/ui/AuditLogWindow.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/InvestigationTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/SynthesisTab.h>
#include <parcours/ui/ComplianceTab.h>

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class AuditGuiTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        Client client;
        client.lastName = QStringLiteral("Garnier");
        client.firstName = QStringLiteral("Inès");
        clientId = workspace().clients().add(client).value();
        bilanId = workspace().bilans().open(clientId, Funding::Personal, QDate(2026, 2, 2)).value();
    }
    QList<AuditEntry> entries() { return workspace().audit().list().valueOr({}); }

    qint64 clientId = 0;
    qint64 bilanId = 0;
};

} // namespace

TEST_F(AuditGuiTest, OpeningAContentTabIsLoggedOncePerOpening)
{
    window->clientList()->selectClient(clientId);
    BilanPanel* panel = window->bilanPanel();
    auto* synthesis = window->findChild<SynthesisTab*>(QStringLiteral("synthesisTab"));
    auto* investigation = window->findChild<InvestigationTab*>(QStringLiteral("investigationTab"));
    auto* compliance = window->findChild<ComplianceTab*>(QStringLiteral("complianceTab"));
    ASSERT_TRUE(synthesis && investigation && compliance);
    panel->showTab(compliance); // proof only: not logged
    const qsizetype before = entries().size(); // the tab the window remembered may have been a content tab
    panel->showTab(compliance);
    EXPECT_EQ(entries().size(), before);

    panel->showTab(synthesis);
    ASSERT_EQ(entries().size(), before + 1);
    EXPECT_EQ(entries().last().operation, AuditOperation::ReadContent);
    EXPECT_EQ(entries().last().bilanId, bilanId);
    EXPECT_EQ(entries().last().what, QStringLiteral("synthesis"));
    Q_EMIT workspace().events().sessionChanged(0, bilanId); // the panel reloads after a change: the same opening
    EXPECT_EQ(entries().size(), before + 1);

    panel->showTab(investigation);
    panel->showTab(synthesis);
    ASSERT_EQ(entries().size(), before + 3);
    EXPECT_EQ(entries().at(before + 1).what, QStringLiteral("investigation"));
}

TEST_F(AuditGuiTest, TheAccessLogListsFiltersVerifiesAndExports)
{
    ASSERT_TRUE(workspace().audit().record(AuditOperation::ReadContent, AuditRecord::Bilan, bilanId,
        QStringLiteral("synthesis")).ok());
    ASSERT_TRUE(workspace().audit().record(AuditOperation::Print, AuditRecord::Bilan, bilanId,
        QStringLiteral("pdf")).ok());
    ASSERT_TRUE(workspace().audit().record(AuditOperation::Export, AuditRecord::None, 0,
        QStringLiteral("backup")).ok());

    AuditLogWindow log(workspace());
    log.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&log));
    EXPECT_EQ(log.windowTitle(), QStringLiteral("Journal des accès — Parcours"));
    auto* table = log.findChild<QTableWidget*>(QStringLiteral("auditTableWidget"));
    auto* status = log.findChild<QLabel*>(QStringLiteral("auditStatusLabel"));
    ASSERT_TRUE(table && status);
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("Export")); // newest first
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("Impression ou PDF"));
    EXPECT_EQ(table->item(2, 4)->text(), QStringLiteral("Bilan n° %1").arg(bilanId));
    // What was read or exported, in French, not the key the code wrote.
    EXPECT_EQ(table->item(2, 5)->text(), QStringLiteral("Synthèse"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("Sauvegarde"));
    // The clock is the consultant's wall clock, 8:30 in Paris: the log keeps 7:30 UTC and shows it back in Paris time.
    EXPECT_EQ(entries().first().at, QDateTime(QDate(2026, 2, 2), QTime(7, 30), Qt::UTC));
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("02/02/2026 08:30:00"));

    log.findChild<QSpinBox*>(QStringLiteral("auditBilanSpinBox"))->setValue(int(bilanId));
    EXPECT_EQ(table->rowCount(), 2);
    log.findChild<QSpinBox*>(QStringLiteral("auditBilanSpinBox"))->setValue(0);
    EXPECT_EQ(table->rowCount(), 3);

    QTest::mouseClick(log.findChild<QPushButton*>(QStringLiteral("verifyAuditPushButton")), Qt::LeftButton);
    EXPECT_TRUE(status->text().startsWith(QString::fromUtf8("Le journal est intact\u00a0: 3 entrées vérifiées")))
        << status->text().toStdString();
    keepPicture(&log, QStringLiteral("access-log"));

    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("journal.csv"));
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(log.findChild<QPushButton*>(QStringLiteral("exportAuditCsvPushButton")), Qt::LeftButton);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 4);

    // Someone edits an entry behind Parcours's back.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_database->location().path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_entry_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_entry SET record_id = 99 WHERE seq = 2")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QTest::mouseClick(log.findChild<QPushButton*>(QStringLiteral("verifyAuditPushButton")), Qt::LeftButton);
    EXPECT_TRUE(status->text().startsWith(
        QString::fromUtf8("Le journal a été altéré\u00a0: l'entrée 2 a été modifiée après son écriture (entrée n° 2).")))
        << status->text().toStdString();
    keepPicture(&log, QStringLiteral("access-log-tampered"));
}
