// The beneficiary's rights in the window, driven offscreen: « Exporter toutes ses données… » writes the folder where
// the consultant chose and says where; « Effacer la personne… » lists what goes and stays, refuses a full erasure
// of an invoiced person, and erases only once confirmed.
#include "GuiTestSupport.h"
#include "PersonFixture.h"

#include <parcours/core/RetentionRepository.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/ClientRights.h>
#include <parcours/ui/ErasureDialog.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/PassphraseDialog.h>
#include <parcours/reports/PersonArchive.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace parcours;
using namespace parcours::test;

namespace {

class ClientRightsGuiTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        m_clock.set(QDateTime(QDate(2026, 3, 25), QTime(9, 0), Qt::UTC));
        person = fillPerson(*m_store, m_clock);
        window = std::make_unique<MainWindow>(workspace());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->clientList()->selectClient(person.clientId);
        ASSERT_EQ(window->clientList()->selectedClientId(), person.clientId);
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }

    FilledPerson person;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ClientRightsGuiTest, ExportWritesTheFolderWhereTheConsultantChoseAndSaysWhere)
{
    QAction* action = window->clientRights()->exportAction();
    EXPECT_EQ(action->text(), QStringLiteral("E&xporter toutes ses données…"));
    EXPECT_TRUE(window->clientList()->view()->actions().contains(action)); // in the list's context menu
    QTemporaryDir folder;
    FileDialog::setNextFileName(folder.path());
    action->trigger();
    const QString made = folder.filePath(QStringLiteral("export-morvan-anais-2026-03-25"));
    EXPECT_TRUE(QFile::exists(made + QStringLiteral("/personne.json")));
    EXPECT_TRUE(QFile::exists(made + QStringLiteral("/documents/bilan-%1-synthese.pdf").arg(person.bilanId)));
    EXPECT_EQ(window->banner()->kind(), MessageBanner::Kind::Notice);
    EXPECT_TRUE(window->banner()->text().contains(made)) << window->banner()->text().toStdString();
    keepPicture(window.get(), QStringLiteral("client-rights-export"));
}

TEST_F(ClientRightsGuiTest, TheEncryptedExportIsOneFileThatOnlyItsPassphraseOpens)
{
    QAction* action = window->clientRights()->encryptedExportAction();
    EXPECT_EQ(action->text(), QStringLiteral("Exporter ses données c&hiffrées…"));
    EXPECT_TRUE(window->clientList()->view()->actions().contains(action));
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("morvan.parcours-chiffre"));
    // Cancelled at the passphrase: nothing written.
    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer(std::nullopt);
    action->trigger();
    EXPECT_FALSE(QFile::exists(file));

    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer(QStringLiteral("cheval agrafe batterie correcte"));
    action->trigger();
    QFile sealed(file);
    ASSERT_TRUE(sealed.open(QIODevice::ReadOnly)) << window->banner()->text().toStdString();
    EXPECT_TRUE(sealed.read(12) == "PARCOURS-ENC");
    EXPECT_EQ(window->banner()->kind(), MessageBanner::Kind::Notice);
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("chiffrées"))) << window->banner()->text().toStdString();
    sealed.close();

    // It opens with that passphrase only, into another database.
    QString error;
    auto other = TestDatabase::create(Backend::Sqlite, &error);
    ASSERT_TRUE(other) << error.toStdString();
    auto store = other->open().value();
    EXPECT_FALSE(PersonArchive::import(*store, file, QStringLiteral("cheval agrafe batterie fausse")).ok());
    auto imported = PersonArchive::import(*store, file, QStringLiteral("cheval agrafe batterie correcte"));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(store->clients().get(imported.value()).value().lastName, QStringLiteral("Morvan"));
}

TEST_F(ClientRightsGuiTest, TheErasureDialogListsWhatGoesAndStaysAndErasesOnlyOnceConfirmed)
{
    ASSERT_GT(invoicePerson(*m_store, m_clock, person), 0);
    QPointer<ErasureDialog> dialog = window->clientRights()->eraseSelected();
    ASSERT_TRUE(dialog);
    // Invoiced: the full erasure is refused, the dialog offers to keep the proof.
    EXPECT_TRUE(dialog->keepProofButton()->isChecked());
    const QString reduced = dialog->summary()->toPlainText();
    EXPECT_TRUE(reduced.contains(QStringLiteral("Notes des séances"))) << reduced.toStdString();
    EXPECT_TRUE(reduced.contains(QStringLiteral("Factures et avoirs"))) << reduced.toStdString();
    EXPECT_EQ(reduced.count(QStringLiteral("Compétences (")), 1) << "one line per kind, tables added up";
    EXPECT_TRUE(dialog->eraseButton()->isEnabled());
    keepPicture(dialog, QStringLiteral("client-rights-erase-keep-proof"));

    dialog->everythingButton()->setChecked(true);
    EXPECT_FALSE(dialog->eraseButton()->isEnabled());
    auto* refusal = dialog->findChild<QLabel*>(QStringLiteral("erasureRefusal"));
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->text().contains(QStringLiteral("factures"))) << refusal->text().toStdString();
    keepPicture(dialog, QStringLiteral("client-rights-erase-refused"));

    dialog->keepProofButton()->setChecked(true);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(dialog));
    const Client client = m_store->clients().get(person.clientId).value();
    EXPECT_TRUE(client.email.isEmpty());
    EXPECT_TRUE(m_store->retention().contentRows(person.bilanId).value().isEmpty());
    EXPECT_EQ(window->banner()->text(), QStringLiteral("La personne a été réduite à la preuve administrative."));
}

TEST_F(ClientRightsGuiTest, AFullErasureTakesThePersonOutOfTheListAndCancelChangesNothing)
{
    QPointer<ErasureDialog> cancelled = window->clientRights()->eraseSelected();
    ASSERT_TRUE(cancelled);
    cancelled->reject();
    ASSERT_TRUE(waitClosed(cancelled));
    EXPECT_EQ(window->clientList()->model()->rowCount(), 1);

    QPointer<ErasureDialog> dialog = window->clientRights()->eraseSelected();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->everythingButton()->isChecked());
    EXPECT_TRUE(dialog->summary()->toPlainText().contains(QStringLiteral("Identité"))) << dialog->summary()->toPlainText().toStdString();
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(dialog));
    EXPECT_EQ(window->clientList()->model()->rowCount(), 0);
    EXPECT_FALSE(m_store->clients().get(person.clientId).ok());
    EXPECT_EQ(window->banner()->text(), QStringLiteral("La personne a été effacée."));
}

} // namespace
