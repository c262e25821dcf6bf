// Encrypted copies from the backups dialog, as the consultant makes them before taking a copy away: a file name, a
// passphrase typed twice, a sealed file nobody reads without it; restoring it asks the passphrase, and a wrong one
// is refused with the data untouched.
#include "GuiTestSupport.h"

#include <parcours/storage/EncryptedFile.h>
#include <parcours/ui/AppController.h>
#include <parcours/ui/BackupsDialog.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/PassphraseDialog.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

const QString kPassphrase = QStringLiteral("un cabinet de bilan au bord de la mer");

class EncryptedBackupGuiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")); }
    void SetUp() override { path = folder.filePath(QStringLiteral("parcours.sqlite")); }
    std::unique_ptr<AppController> started()
    {
        auto controller = std::make_unique<AppController>(AppOptions { path, false, &clock });
        EXPECT_TRUE(controller->start());
        return controller;
    }
    static void record(AppController& app, const QString& lastName)
    {
        Client client;
        client.lastName = lastName;
        client.firstName = QStringLiteral("Zoé");
        ASSERT_TRUE(app.workspace()->clients().add(client).ok());
    }
    static int listed(AppController& app) { return app.window()->clientList()->model()->rowCount(); }
    static QPointer<BackupsDialog> backupsDialog(AppController& app)
    {
        app.window()->backupsAction()->trigger();
        return app.window()->findChild<BackupsDialog*>();
    }
    QTemporaryDir folder;
    QString path;
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(8, 45), Qt::UTC) };
};

} // namespace

TEST_F(EncryptedBackupGuiTest, AnEncryptedCopyIsSealedAndRestoredWithItsPassphraseOnly)
{
    auto app = started();
    record(*app, QStringLiteral("Lefèvre"));
    const QString copy = folder.filePath(QStringLiteral("cle-usb.parcours"));
    QPointer<BackupsDialog> dialog = backupsDialog(*app);
    ASSERT_TRUE(dialog);
    FileDialog::setNextFileName(copy);
    PassphraseDialog::setNextAnswer(kPassphrase);
    dialog->exportEncrypted();
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("Copie chiffrée écrite"))) << dialog->message().toStdString();
    keepPicture(dialog, QStringLiteral("backups-dialog-encrypted-copy"));
    ASSERT_TRUE(EncryptedFile::isEncrypted(copy));
    QFile sealed(copy);
    ASSERT_TRUE(sealed.open(QIODevice::ReadOnly));
    // The whole name: three bytes alone turn up in random ciphertext about once a hundred runs.
    EXPECT_FALSE(sealed.readAll().contains(QStringLiteral("Lefèvre").toUtf8())) << "nobody reads the copy without its passphrase";
    dialog->reject();

    record(*app, QStringLiteral("Çelik"));
    ASSERT_EQ(listed(*app), 2);
    // A wrong passphrase: refused, said in the window, nothing changed.
    dialog = backupsDialog(*app);
    QSignalSpy replaced(app.get(), &AppController::windowReplaced);
    FileDialog::setNextFileName(copy);
    PassphraseDialog::setNextAnswer(QStringLiteral("un cabinet de bilan au bord de la mère"));
    Confirmation::setNextAnswer(true);
    dialog->restoreFile();
    ASSERT_TRUE(replaced.wait(5000));
    EXPECT_EQ(listed(*app), 2);
    const QString refusal = app->window()->banner()->text();
    EXPECT_TRUE(refusal.contains(QStringLiteral("Phrase de passe incorrecte"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("Rien n’a été modifié"))
        || refusal.contains(QStringLiteral("Rien n'a été modifié")))
        << refusal.toStdString();

    // The right one: the copy's data are back.
    dialog = backupsDialog(*app);
    FileDialog::setNextFileName(copy);
    PassphraseDialog::setNextAnswer(kPassphrase);
    Confirmation::setNextAnswer(true);
    dialog->restoreFile();
    ASSERT_TRUE(replaced.wait(5000));
    EXPECT_EQ(listed(*app), 1);
    EXPECT_TRUE(app->window()->banner()->text().contains(QStringLiteral("Sauvegarde restaurée")))
        << app->window()->banner()->text().toStdString();
}

TEST_F(EncryptedBackupGuiTest, ANewPassphraseIsTypedTwiceAndHeldToTheStrengthRule)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose, QStringLiteral("intro"));
    dialog.show();
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
    ASSERT_TRUE(passphrase && confirm);
    passphrase->setText(QStringLiteral("soleil"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "too weak";
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("strengthLabel"))->text().contains(QStringLiteral("Trop faible")));
    keepPicture(&dialog, QStringLiteral("passphrase-dialog-weak"));
    passphrase->setText(kPassphrase);
    confirm->setText(kPassphrase + QStringLiteral("!"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "the two differ";
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("confirmErrorLabel"))->text(),
        QStringLiteral("Les deux phrases de passe diffèrent."));
    confirm->setText(kPassphrase);
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.passphrase(), kPassphrase);
}
