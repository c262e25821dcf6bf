// The « Conservation » tab through the real window, in French: the schedule of each kind of content, a consent that
// keeps some of it, the destruction with its confirmation and certificate, the disclosure log, and the prospects due
// for deletion in the reminders.
#include "GuiTestSupport.h"
#include "PdfProbe.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/DisclosureRepository.h>
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

#include <QAbstractItemView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

const QString kNote = QStringLiteral("Confidence : un licenciement difficile");
const QString kSynthesis = QStringLiteral("Anaïs vise la restauration de meubles.");

/// Every text a widget and its children show: labels, fields, text editors, and the cells of lists and tables.
QStringList textsShown(QWidget* root)
{
    QStringList texts;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            texts << line->text();
        else if (auto* edit = qobject_cast<QTextEdit*>(widget))
            texts << edit->toPlainText();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            texts << plain->toPlainText();
        else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return texts;
}

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
            RichText::fromPlainText(kSynthesis)).ok());
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
    /// Whether the window shows `text` anywhere, in any of the bilan's tabs.
    bool shown(const QString& text)
    {
        QCoreApplication::processEvents();
        return textsShown(window.get()).join(u'\n').contains(text);
    }
    /// A label's text, as std::string so that a failure prints it.
    std::string label(RetentionTab* tab, const QString& name)
    {
        auto* found = tab->findChild<QLabel*>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found ? found->text().toStdString() : std::string();
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

TEST_F(RetentionGuiTest, DestroyedContentIsGoneFromTheWindowAndTheCertificateNamesNoneOfIt)
{
    const qint64 bilanId = anais();
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    QTabWidget* tabs = window->bilanPanel()->tabs();
    EXPECT_EQ(tabs->tabText(window->bilanPanel()->tabIndex(tab)), QStringLiteral("&Conservation"));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "En cours");
    EXPECT_EQ(label(tab, QStringLiteral("valuesStateLabel")), "Rien");
    ASSERT_TRUE(shown(kNote)) << "the session's note is in the sessions' table";
    ASSERT_TRUE(shown(kSynthesis)) << "the synthesis is in its tab";

    // Refused while the bilan runs, with the reason, and nothing asked.
    QSignalSpy errors(&workspace(), &Workspace::errorRaised);
    click(tab, "destroyContentPushButton");
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("encore en cours")))
        << errors.last().first().toString().toStdString();
    EXPECT_TRUE(shown(kNote));

    ASSERT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2026, 3, 20)).ok());
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "À détruire depuis le 20 mars 2026");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "À détruire depuis le 20 mars 2026");

    // Not confirmed: nothing changes.
    Confirmation::setNextAnswer(false);
    click(tab, "destroyContentPushButton");
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("Notes des séances\u00a0: 1 élément"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Synthèse et observations\u00a0: ")));
    EXPECT_TRUE(question.contains(QStringLiteral("preuve administrative")));
    EXPECT_TRUE(question.contains(QStringLiteral("PDF")));
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "À détruire depuis le 20 mars 2026");
    EXPECT_TRUE(shown(kNote));
    EXPECT_TRUE(shown(kSynthesis));
    EXPECT_FALSE(tab->findChild<QPushButton*>(QStringLiteral("destructionCertificatePushButton"))->isEnabled());

    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Rien");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "Rien");
    EXPECT_FALSE(shown(kNote)) << "the sessions' table no longer shows the note";
    EXPECT_FALSE(shown(kSynthesis)) << "the synthesis tab no longer shows the text";
    EXPECT_EQ(workspace().sessions().forBilan(bilanId).value().size(), 1) << "attendance is proof and stays";
    EXPECT_NE(label(tab, QStringLiteral("destructionLabel")).find("détruit le 25 mars 2026"), std::string::npos)
        << label(tab, QStringLiteral("destructionLabel"));

    const QString pdf = folder.filePath(QStringLiteral("attestation.pdf"));
    FileDialog::setNextFileName(pdf);
    click(tab, "destructionCertificatePushButton");
    const PdfProbe probe(pdf);
    EXPECT_TRUE(probe.valid());
    const QString text = probe.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Attestation de destruction")));
    SCOPED_TRACE(text.toStdString());
    EXPECT_TRUE(text.contains(QStringLiteral("Anaïs Morvan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Notes d'entretien")));
    EXPECT_FALSE(text.contains(QStringLiteral("licenciement")));
    EXPECT_FALSE(text.contains(QStringLiteral("restauration")));
    keepPicture(window.get(), QStringLiteral("retention-tab-destroyed"));
}

TEST_F(RetentionGuiTest, AConsentKeepsTheNotesUntilItIsWithdrawn)
{
    const qint64 bilanId = anais();
    ASSERT_TRUE(BilanEndService(workspace().repositories(), m_clock).close(bilanId, QDate(2026, 3, 20)).ok());
    RetentionTab* tab = showTab();
    ASSERT_TRUE(tab);
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "À détruire depuis le 20 mars 2026");

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
    EXPECT_TRUE(consent->errors().messageFor(QStringLiteral("signed_on")).contains(QStringLiteral("futur")))
        << consent->errors().messageFor(QStringLiteral("signed_on")).toStdString();
    EXPECT_EQ(tab->consentsTable()->rowCount(), 0) << "refused: nothing recorded";
    consent->setSignedOn(QDate(2026, 3, 20));
    consent->setScope(QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(consent, QStringLiteral("retention-consent-dialog"));
    consent->accept();
    ASSERT_TRUE(waitClosed(consent));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Conservé jusqu’au 20 mars 2027 sous consentement");
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "À détruire depuis le 20 mars 2026");
    ASSERT_EQ(tab->consentsTable()->rowCount(), 1);
    EXPECT_EQ(tab->consentsTable()->item(0, 2)->text(), QStringLiteral("Entretien de suivi à six mois"));
    keepPicture(window.get(), QStringLiteral("retention-tab"));
    keepPicture(tab, QStringLiteral("retention-tab-whole"));

    // The confirmation lists what goes (the synthesis, due) and names the notes kept.
    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    const QString question = Confirmation::lastText();
    EXPECT_TRUE(question.contains(QStringLiteral("Synthèse et observations\u00a0: "))) << question.toStdString();
    EXPECT_FALSE(question.contains(QStringLiteral("Notes des séances\u00a0: "))) << "kept under the consent";
    EXPECT_TRUE(question.contains(QStringLiteral("Notes des séances, jusqu’au 20 mars 2027")));
    EXPECT_EQ(label(tab, QStringLiteral("synthesisStateLabel")), "Rien");
    EXPECT_FALSE(shown(kSynthesis));
    EXPECT_TRUE(shown(kNote)) << "kept under the consent";

    // The beneficiary withdraws the consent: the notes fall due and go the same way.
    selectRow(tab->consentsTable(), 0);
    click(tab, "withdrawRetentionConsentPushButton");
    QPointer<DateDialog> withdrawal = tab->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->setDate(QDate(2026, 3, 24));
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "À détruire depuis le 20 mars 2026") << "the consent no longer holds: due since the end";
    EXPECT_EQ(tab->consentsTable()->item(0, 4)->text(), QStringLiteral("24/03/2026"));
    Confirmation::setNextAnswer(true);
    click(tab, "destroyContentPushButton");
    EXPECT_TRUE(Confirmation::lastText().contains(QStringLiteral("Notes des séances\u00a0: 1 élément")))
        << Confirmation::lastText().toStdString();
    EXPECT_EQ(label(tab, QStringLiteral("session-notesStateLabel")), "Rien");
    EXPECT_FALSE(shown(kNote));
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
    EXPECT_FALSE(section->findChild<DisclosureSendDialog*>()) << "nothing asked";
    EXPECT_TRUE(QDir(folder.path()).isEmpty()) << "no file written";
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 0);

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
    EXPECT_EQ(section->consentsTable()->item(0, 3)->text(), QStringLiteral("—"));

    // The consent covers the synthesis only: the test results are refused, in French, and no file is written.
    const qint64 consentId = section->consents().first().id;
    EXPECT_FALSE(section->sendTo(consentId, DisclosedItem::TestResults));
    ASSERT_EQ(errors.count(), 2);
    EXPECT_TRUE(errors.last().first().toString().contains(QStringLiteral("ne couvre pas")))
        << errors.last().first().toString().toStdString();
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 0);

    click(section, "sendDisclosurePushButton");
    QPointer<DisclosureSendDialog> send = section->findChild<DisclosureSendDialog*>();
    ASSERT_TRUE(send);
    EXPECT_FALSE(send->select(consentId, DisclosedItem::TestResults)) << "not offered: not covered";
    ASSERT_TRUE(send->select(consentId, DisclosedItem::Synthesis));
    keepPicture(send, QStringLiteral("disclosure-send-dialog"));
    const QString pdf = folder.filePath(QStringLiteral("synthese-cep.pdf"));
    FileDialog::setNextFileName(pdf);
    send->accept();
    ASSERT_TRUE(waitClosed(send));
    EXPECT_TRUE(PdfProbe(pdf).text().contains(QStringLiteral("restauration de meubles")));
    ASSERT_EQ(section->disclosuresTable()->rowCount(), 1);
    EXPECT_EQ(section->disclosuresTable()->item(0, 1)->text(), QStringLiteral("Transitions Pro Bretagne (Opérateur du CEP)"));
    EXPECT_EQ(section->disclosuresTable()->item(0, 2)->text(), QStringLiteral("Synthèse"));
    EXPECT_EQ(section->disclosuresTable()->item(0, 4)->text(), QStringLiteral("synthese-cep.pdf"));
    keepPicture(window.get(), QStringLiteral("retention-disclosures"));
    keepPicture(tab, QStringLiteral("retention-disclosures-whole"));

    // Withdrawn: the next sending is refused before anything is asked.
    selectRow(section->consentsTable(), 0);
    click(section, "withdrawDisclosureConsentPushButton");
    QPointer<DateDialog> withdrawal = section->findChild<DateDialog*>();
    ASSERT_TRUE(withdrawal);
    withdrawal->accept();
    ASSERT_TRUE(waitClosed(withdrawal));
    EXPECT_EQ(section->consentsTable()->item(0, 3)->text(), QStringLiteral("25/03/2026"));
    EXPECT_FALSE(section->findChild<QPushButton*>(QStringLiteral("withdrawDisclosureConsentPushButton"))->isEnabled());
    click(section, "sendDisclosurePushButton");
    EXPECT_EQ(errors.count(), 3);
    for (const DisclosureSendDialog* asked : section->findChildren<DisclosureSendDialog*>())
        EXPECT_FALSE(asked->isVisible()) << "nothing asked";
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList { QStringLiteral("synthese-cep.pdf") });
    EXPECT_EQ(section->disclosuresTable()->rowCount(), 1);
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
