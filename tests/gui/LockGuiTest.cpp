// The application lock as the consultant meets it: the « Verrouillage » page sets the password (its strength said
// next to the field), Parcours locks itself when left idle and hides every window's content, a wrong password is
// refused with a growing wait, the right one opens it again; removing the lock asks the current password.
#include "GuiTestSupport.h"

#include <parcours/core/AppLock.h>
#include <parcours/storage/PasswordHashing.h>
#include <parcours/ui/AppController.h>
#include <parcours/ui/AppLockGuard.h>
#include <parcours/ui/LockDialog.h>
#include <parcours/ui/LockSettingsPage.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/SettingsDialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>

using namespace parcours;
using namespace parcours::test;
using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("Bilan-2026-été");

class LockGuiTest : public GuiTest {
protected:
    template<typename T> static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }
    static LockSettingsPage* lockPage(SettingsDialog& dialog)
    {
        for (int i = 0; i < dialog.pageCount(); ++i) {
            if (auto* page = qobject_cast<LockSettingsPage*>(dialog.page(i)))
                return page;
        }
        return nullptr;
    }
    static void clickOk(QDialog& dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"), Qt::FindDirectChildrenOnly)
                              ->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    }
    /// Sets the lock password through the Paramètres dialog, as the consultant does.
    void setPasswordThroughSettings()
    {
        SettingsDialog dialog(workspace());
        dialog.show();
        LockSettingsPage* page = lockPage(dialog);
        ASSERT_TRUE(page);
        child<QCheckBox>(page, "enableCheckBox")->setChecked(true);
        typeText(child<QLineEdit>(page, "passwordLineEdit"), kPassword);
        typeText(child<QLineEdit>(page, "confirmLineEdit"), kPassword);
        EXPECT_EQ(child<QLabel>(page, "strengthLabel")->text(), QStringLiteral("Assez robuste."));
        clickOk(dialog);
        ASSERT_FALSE(dialog.isVisible());
    }
    AppLock lock() { return AppLock(workspace().repositories().settings(), passwordHasher(), m_clock); }
};

} // namespace

TEST_F(LockGuiTest, TheLockPageIsListedAndOffByDefault)
{
    SettingsDialog dialog(workspace());
    auto* list = child<QListWidget>(&dialog, "pageListWidget");
    EXPECT_FALSE(list->findItems(QStringLiteral("Verrouillage"), Qt::MatchExactly).isEmpty());
    LockSettingsPage* page = lockPage(dialog);
    ASSERT_TRUE(page);
    EXPECT_FALSE(child<QCheckBox>(page, "enableCheckBox")->isChecked());
    EXPECT_EQ(child<QSpinBox>(page, "idleSpinBox")->value(), 10);
    EXPECT_FALSE(lock().isEnabled());
}

TEST_F(LockGuiTest, AWeakOrMistypedPasswordIsRefusedNextToItsField)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    LockSettingsPage* page = lockPage(dialog);
    ASSERT_TRUE(page);
    child<QCheckBox>(page, "enableCheckBox")->setChecked(true);
    typeText(child<QLineEdit>(page, "passwordLineEdit"), QStringLiteral("soleil2026"));
    const QString said = child<QLabel>(page, "strengthLabel")->text();
    EXPECT_TRUE(said.contains(QStringLiteral("Trop faible"))) << said.toStdString();
    EXPECT_FALSE(child<QLabel>(page, "strengthLabel")->isHidden()) << "said next to the field as it is typed";
    EXPECT_TRUE(said.contains(QStringLiteral("une majuscule"))) << said.toStdString();
    auto* list = child<QListWidget>(&dialog, "pageListWidget");
    list->setCurrentItem(list->findItems(QStringLiteral("Verrouillage"), Qt::MatchExactly).value(0));
    keepPicture(&dialog, QStringLiteral("lock-settings-page"));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible()) << "a weak password keeps the dialog open";
    EXPECT_FALSE(lock().isEnabled());

    child<QLineEdit>(page, "passwordLineEdit")->clear();
    typeText(child<QLineEdit>(page, "passwordLineEdit"), kPassword);
    typeText(child<QLineEdit>(page, "confirmLineEdit"), QStringLiteral("Bilan-2026-ete"));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLabel>(page, "confirmErrorLabel")->text(), QStringLiteral("Les deux mots de passe diffèrent."));
    EXPECT_FALSE(lock().isEnabled());
}

TEST_F(LockGuiTest, IdleParcoursLocksHidesItsContentAndOnlyTheRightPasswordOpensIt)
{
    setPasswordThroughSettings();
    ASSERT_TRUE(lock().isEnabled());
    QMainWindow window;
    auto* secret = new QLabel(QStringLiteral("Dupont Marie — notes de séance"));
    window.setCentralWidget(secret);
    window.resize(800, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    AppLockGuard guard(workspace());
    guard.setIdleInterval(100ms);
    EXPECT_FALSE(guard.isLocked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isLocked(); }, 3000)) << "left idle, Parcours locks itself";
    LockDialog* dialog = guard.lockDialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::ApplicationModal);
    EXPECT_EQ(child<QLabel>(dialog, "titleLabel")->text(), QStringLiteral("Parcours est verrouillé"));
    auto* overlay = window.findChild<QWidget*>(QStringLiteral("lockOverlay"));
    ASSERT_TRUE(overlay);
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->geometry(), window.rect()) << "the whole window is covered";
    // What the screen shows of the window: the overlay, not the beneficiary's notes.
    EXPECT_EQ(window.grab().toImage(), overlay->grab().toImage());
    keepPicture(dialog, QStringLiteral("lock-dialog"));

    auto* password = child<QLineEdit>(dialog, "passwordLineEdit");
    auto* unlock = child<QPushButton>(dialog, "unlockPushButton");
    auto* message = child<QLabel>(dialog, "messageLabel");
    for (int attempt = 0; attempt < 2; ++attempt) {
        typeText(password, QStringLiteral("pas le bon"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        EXPECT_EQ(message->text(), QStringLiteral("Mot de passe incorrect."));
        EXPECT_TRUE(guard.isLocked());
    }
    typeText(password, QStringLiteral("pas le bon"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    EXPECT_TRUE(guard.isLocked());
    EXPECT_EQ(message->text(), QStringLiteral("Mot de passe incorrect. Patientez 2 secondes avant de réessayer."));
    EXPECT_FALSE(unlock->isEnabled()) << "the wait runs: no attempt possible";
    EXPECT_FALSE(password->isEnabled());

    m_clock.set(m_clock.now().addSecs(2));
    dialog->refresh();
    ASSERT_TRUE(unlock->isEnabled());
    typeText(password, kPassword);
    QTest::mouseClick(unlock, Qt::LeftButton);
    EXPECT_FALSE(guard.isLocked());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.findChild<QWidget*>(QStringLiteral("lockOverlay")); }, 2000))
        << "the content shows again";
    EXPECT_EQ(lock().failedAttempts(), 0);
}

TEST_F(LockGuiTest, RemovingTheLockAsksTheCurrentPassword)
{
    setPasswordThroughSettings();
    SettingsDialog dialog(workspace());
    dialog.show();
    LockSettingsPage* page = lockPage(dialog);
    ASSERT_TRUE(page);
    auto* enable = child<QCheckBox>(page, "enableCheckBox");
    EXPECT_TRUE(enable->isChecked());
    auto* current = child<QLineEdit>(page, "currentLineEdit");
    EXPECT_FALSE(current->isHidden()) << "changing or removing the lock asks the current password";
    enable->setChecked(false);
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLabel>(page, "currentErrorLabel")->text(), QStringLiteral("Tapez le mot de passe actuel."));
    typeText(current, QStringLiteral("pas le bon"));
    clickOk(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLabel>(page, "currentErrorLabel")->text(), QStringLiteral("Mot de passe incorrect."));
    EXPECT_TRUE(lock().isEnabled()) << "nothing changed";
    current->clear();
    typeText(current, kPassword);
    clickOk(dialog);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(lock().isEnabled());
}

TEST_F(LockGuiTest, WithAPasswordSetParcoursStartsLockedAndQuitsLockedCleanly)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    {
        AppController first(AppOptions { path, false, &m_clock });
        ASSERT_TRUE(first.start());
        EXPECT_FALSE(first.lockGuard()->isLocked()) << "no password: no lock";
        ASSERT_TRUE(first.lockGuard()->appLock().setPassword(QString(), kPassword).ok());
    }
    AppController again(AppOptions { path, false, &m_clock });
    ASSERT_TRUE(again.start());
    ASSERT_TRUE(again.lockGuard()->isLocked());
    EXPECT_TRUE(again.lockGuard()->lockDialog()->isVisible());
    auto* overlay = again.window()->findChild<QWidget*>(QStringLiteral("lockOverlay"));
    ASSERT_TRUE(overlay);
    EXPECT_TRUE(overlay->isVisible());
    // Quitting while locked (the controller goes with the lock screen up) must not touch the closed database.
}
