// The « Conservation » tab through the real window, in French: the schedule of each kind of content, a consent that
// keeps some of it, the destruction with its confirmation and certificate, the disclosure log, and the prospects due
// for deletion in the reminders.
#include "GuiTestSupport.h"
#include "PdfProbe.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DisclosureSection.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/FollowUpPanel.h>
#include <parcours/ui/FollowUps.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/RetentionDialogs.h>
#include <parcours/ui/RetentionTab.h>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

const QString kNote = QStringLiteral("Confidence : un licenciement difficile");

class RetentionGuiTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        window = std::make_unique<MainWindow>(workspace());
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }
    /// Anaïs Morvan: a session held on 2 March with a note, a final synthesis; the bilan still open on 25 March.
    qint64 anais()
    {
        Client client;
        client.lastName = QStringLiteral("Morvan");
        client.firstName = QStringLiteral("Anaïs");
        clientId = workspace().clients().add(client).value();
        const qint64 bilanId = workspace().bilans().open(clientId, Funding::Personal, QDate(2026, 3, 2)).value();
        Session session;
        session.bilanId = bilanId;
        session.phase = Phase::Preliminary;
        session.startsAt = wallClock(QDate(2026, 3, 2), QTime(10, 0));
        session.plannedMinutes = 120;
        const qint64 sessionId = workspace().sessions().add(session).value();
        m_clock.set(QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC));
        EXPECT_TRUE(workspace().sessions().log(sessionId, SessionLog { SessionStatus::Done, 120, kNote }).ok());
        SynthesisService& syntheses = workspace().syntheses();
        const SynthesisVersion version = syntheses.currentOrStart(bilanId).value();
        EXPECT_TRUE(syntheses.setSectionBody(version.id, version.version, QStringLiteral("circumstances"),
            RichText::fromPlainText(QStringLiteral("Anaïs vise la restauration de meubles."))).ok());
        EXPECT_TRUE(syntheses.submit(bilanId).ok());
        EXPECT_TRUE(syntheses.finalize(bilanId).ok());
        return bilanId;
    }
    RetentionTab* showTab()
    {
        window->clientList()->selectClient(clientId);
        auto* tab = window->findChild<RetentionTab*>(QStringLiteral("retentionTab"));
        EXPECT_TRUE(tab);
        if (tab)
            window->bilanPanel()->showTab(tab);
        return tab;
    }
    QString label(RetentionTab* tab, const QString& name)
    {
        auto* found = tab->findChild<QLabel*>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found ? found->text() : QString();
    }
    void click(QWidget* parent, const char* name)
    {
        auto* button = parent->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_TRUE(button) << name;
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectRow(QTableWidget* table, int row)
    {
        table->setCurrentCell(row, 0);
        table->selectRow(row);
    }

    std::unique_ptr<MainWindow> window;
    qint64 clientId = 0;
    QTemporaryDir folder;
};

} // namespace

TEST_F(RetentionGuiTest, AConsentKeepsTheNotesTheRestIsDestroyedAndTheCertificateSaysSo)
{
    const qint64 bilanId = anais();
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    QTabWidget* tabs = window->bilanPanel()->tabs();
    EXPECT_EQ(tabs->tabText(window->bilanPanel()->tabIndex(tab)), QStringLiteral("&Conservation"));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), QStringLiteral("En cours"));
    EXPECT_EQ(label(tab, QStringLiteral("valuesStateLabel")), QStringLiteral("Rien"));

    // Refused while the bilan runs, with the reason, and nothing asked.
    QSignalSpy errors(&workspace(), &Workspace::errorRaised);
    click(tab, "destroyContentPushButton");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("encore en cours")))
        << errors.last().first().toString().toStdString();
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().first().notes, kNote);

    ASSERT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2026, 3, 20)).ok());
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), QStringLiteral("À détruire depuis le 20 mars 2026"));
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), QStringLiteral("À détruire depuis le 20 mars 2026"));

    click(tab, "recordRetentionConsentPushButton");
    QPointer<RetentionConsentDialog> consent = tab->findChild<RetentionConsentDialog*>();
    ASSERT_TRUE(consent);
    consent->setSignedOn(QDate(2026, 3, 26)); // tomorrow: refused next to the field
    consent->accept();
    EXPECT_TRUE(consent->isVisible());
    EXPECT_TRUE(consent->errors().messageFor(QStringLiteral("kinds")).contains(QStringLiteral("Cochez")))
        << consent->errors().messageFor(QStringLiteral("kinds")).toStdString();
    consent->setChecked(ContentKind::SessionNotes, true);
    consent->accept();
    EXPECT_TRUE(consent->errors().messageFor(QStringLiteral("signed_on")).contains(QStringLiteral("futur")));
    consent->setSignedOn(QDate(2026, 3, 20));
    consent->setScope(QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(consent, QStringLiteral("retention-consent-dialog"));
    consent->accept();
    ASSERT_TRUE(waitClosed(consent));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")),
        QStringLiteral("Conservé jusqu'au 20 mars 2027 sous consentement"));
    ASSERT_EQ(tab->consentsTable()->rowCount(), 1);
    EXPECT_EQ(tab->consentsTable()->item(0, 2)->text(), QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(window.get(), QStringLiteral("retention-tab"));

    // The confirmation lists what goes (the synthesis, due), what stays, and the copies to delete by hand.
    Confirmation::setNextAnswer(false);
    click(tab, "destroyContentPushButton");
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("Synthèse et observations : 1 élément"))) << question.toStdString();
    EXPECT_FALSE(question.contains(QStringLiteral("Notes de séance :"))) << "kept under the consent";
    EXPECT_TRUE(question.contains(QStringLiteral("preuve administrative")));
    EXPECT_TRUE(question.contains(QStringLiteral("PDF")));
    EXPECT_TRUE(workspace().syntheses().latest(bilanId).value().has_value()) << "cancelled: nothing destroyed";

    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), QStringLiteral("Rien"));
    EXPECT_FALSE(workspace().syntheses().latest(bilanId).value().has_value());
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().first().notes, kNote);

    // The beneficiary withdraws the consent: the notes fall due and go the same way.
    selectRow(tab->consentsTable(), 0);
    click(tab, "withdrawRetentionConsentPushButton");
    QPointer<DateDialog> withdrawal = tab->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->setDate(QDate(2026, 3, 24));
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), QStringLiteral("À détruire depuis le 24 mars 2026"));
    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_TRUE(Confirmation::lastText().contains(QStringLiteral("Notes de séance : 1 élément")))
        << Confirmation::lastText().toStdString();
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), QStringLiteral("Rien"));
    EXPECT_TRUE(workspace().sessions().forBilan(bilanId).value().first().notes.isEmpty());
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().size(), 1) << "attendance is proof and stays";

    const QString pdf = folder.filePath(QStringLiteral("attestation.pdf"));
    FileDialog::setNextFileName(pdf);
    click(tab, "destructionCertificatePushButton");
    const QString text = PdfProbe(pdf).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Attestation de destruction"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Anaïs Morvan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Notes d'entretien")));
    EXPECT_FALSE(text.contains(QStringLiteral("licenciement")));
}

TEST_F(RetentionGuiTest, SendingToAThirdPartyIsRefusedWithoutAConsentAndLoggedWithOne)
{
    const qint64 bilanId = anais();
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    DisclosureSection* section = tab->disclosures();
    QSignalSpy errors(&workspace(), &Workspace::errorRaised);
    click(section, "sendDisclosurePushButton");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("accord écrit")))
        << errors.last().first().toString().toStdString();
    EXPECT_FALSE(section->findChild<DisclosureSendDialog*>());

    click(section, "recordDisclosureConsentPushButton");
    QPointer<DisclosureConsentDialog> dialog = section->findChild<DisclosureConsentDialog*>();
    ASSERT_TRUE(dialog);
    dialog->accept();
    EXPECT_FALSE(dialog->errors().messageFor(QStringLiteral("recipient_name")).isEmpty());
    DisclosureConsent typed;
    typed.recipientKind = RecipientKind::Cep;
    typed.recipientName = QStringLiteral("Transitions Pro Bretagne");
    typed.what = { DisclosedItem::Synthesis };
    typed.signedOn = QDate(2026, 3, 24);
    dialog->setConsent(typed);
    keepPicture(dialog, QStringLiteral("disclosure-consent-dialog"));
    dialog->accept();
    ASSERT_TRUE(waitClosed(dialog));
    ASSERT_EQ(section->consentsTable()->rowCount(), 1);
    EXPECT_EQ(section->consentsTable()->item(0, 0)->text(), QStringLiteral("Transitions Pro Bretagne (Opérateur du CEP)"));

    click(section, "sendDisclosurePushButton");
    QPointer<DisclosureSendDialog> send = section->findChild<DisclosureSendDialog*>();
    ASSERT_TRUE(send);
    EXPECT_FALSE(send->select(section->consents().first().id, DisclosedItem::TestResults)) << "not covered";
    ASSERT_TRUE(send->select(section->consents().first().id, DisclosedItem::Synthesis));
    const QString pdf = folder.filePath(QStringLiteral("synthese-cep.pdf"));
    FileDialog::setNextFileName(pdf);
    send->accept();
    ASSERT_TRUE(waitClosed(send));
    EXPECT_TRUE(PdfProbe(pdf).text().contains(QStringLiteral("restauration de meubles")));
    ASSERT_EQ(section->disclosuresTable()->rowCount(), 1);
    EXPECT_EQ(section->disclosuresTable()->item(0, 4)->text(), QStringLiteral("synthese-cep.pdf"));
    keepPicture(window.get(), QStringLiteral("retention-disclosures"));

    // Withdrawn: the next sending is refused before anything is asked.
    selectRow(section->consentsTable(), 0);
    click(section, "withdrawDisclosureConsentPushButton");
    QPointer<DateDialog> withdrawal = section->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    click(section, "sendDisclosurePushButton");
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(workspace().repositories().disclosures().disclosures(bilanId).value().size(), 1);
}

TEST_F(RetentionGuiTest, AProspectThreeYearsWithoutContactIsInTheReminders)
{
    m_clock.set(QDateTime(QDate(2023, 1, 10), QTime(9, 0), Qt::UTC));
    Client prospect;
    prospect.lastName = QStringLiteral("Aubert");
    prospect.firstName = QStringLiteral("Léa");
    workspace().clients().add(prospect).value();
    m_clock.set(QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC));
    FollowUpPanel* panel = window->followUps()->panel();
    panel->reload();
    QStringList texts;
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("followUpListWidget"));
    ASSERT_TRUE(list);
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    EXPECT_TRUE(texts.join(u'|').contains(QStringLiteral("Léa Aubert\nProspect à supprimer (3 ans sans contact)")))
        << texts.join(u'|').toStdString();
}
