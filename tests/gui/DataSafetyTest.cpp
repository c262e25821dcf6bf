// The application around the database, driven as the consultant meets it: one window per file, the daily
// backup, "Back up now", restoring from the backups dialog, the recovery screen of a damaged file, read-only.
#include "GuiTestSupport.h"

#include <parcours/ui/AppController.h>
#include <parcours/ui/BackupListModel.h>
#include <parcours/ui/BackupsDialog.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/InstanceGuard.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/RecoveryDialog.h>
#include <parcours/ui/Workspace.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace parcours;
using namespace parcours::test;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/// Calls `act` on the first visible top-level widget of type D once it shows (for modal dialogs run by exec()).
template<typename D> void whenShown(const std::function<void(D*)>& act)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<D*>(widget); dialog && dialog->isVisible()) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
                return;
            }
        }
    });
    poll->start();
}

/** A database file in a temporary folder and the application started on it, in French, on 10 February 2026. */
class DataSafetyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")); }
    void SetUp() override { path = folder.filePath(QStringLiteral("parcours.sqlite")); }
    std::unique_ptr<AppController> started(bool readOnly = false)
    {
        auto controller = std::make_unique<AppController>(AppOptions { path, readOnly, &clock });
        EXPECT_TRUE(controller->start());
        controller->waitForBackgroundWork(); // the daily backup
        return controller;
    }
    static qint64 record(AppController& app, const QString& lastName)
    {
        Client client;
        client.lastName = lastName;
        client.firstName = QStringLiteral("Zoé");
        return app.workspace()->clients().add(client).valueOr(0);
    }
    static int listed(AppController& app) { return app.window()->clientList()->model()->rowCount(); }
    Backups backups() const { return Backups::of(DatabaseLocation::parse(path).value()).value(); }

    QTemporaryDir folder;
    QString path;
    ManualClock clock { QDateTime(QDate(2026, 2, 10), QTime(8, 45), Qt::UTC) };
};

} // namespace

TEST_F(DataSafetyTest, TheFirstStartOfTheDayMakesTheDailyBackup)
{
    {
        auto app = started();
        ASSERT_TRUE(app->window()->isVisible());
        record(*app, QStringLiteral("Lefèvre"));
    }
    EXPECT_EQ(backups().list()->size(), 1);
    auto again = started(); // the same day: no second daily backup
    EXPECT_EQ(backups().list()->size(), 1);
    again.reset();
    clock.advanceDays(1);
    auto tomorrow = started();
    const auto listed = backups().list().value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.first().kind, BackupKind::Daily);
    EXPECT_EQ(listed.first().clients, 1);
}

TEST_F(DataSafetyTest, BackUpNowFromTheFileMenuSaysWhatWasSaved)
{
    auto app = started();
    record(*app, QStringLiteral("Lefèvre"));
    record(*app, QStringLiteral("Çelik"));
    clock.set(QDateTime(QDate(2026, 2, 10), QTime(11, 0), Qt::UTC));
    app->window()->backupNowAction()->trigger();
    const QString notice = app->window()->banner()->text();
    EXPECT_TRUE(notice.contains(QStringLiteral("Sauvegarde faite et vérifiée"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("2 bénéficiaires, 0 bilan."))) << notice.toStdString();
    const auto listed = backups().list().value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.first().kind, BackupKind::Manual);
    EXPECT_EQ(listed.first().clients, 2);
}

TEST_F(DataSafetyTest, ABackupChosenInTheBackupsDialogIsRestoredAndTheWindowShowsIt)
{
    auto app = started();
    record(*app, QStringLiteral("Lefèvre"));
    clock.set(QDateTime(QDate(2026, 2, 10), QTime(11, 0), Qt::UTC));
    const QString oneClient = app->backUpNow().value().path;
    record(*app, QStringLiteral("Çelik"));
    ASSERT_EQ(listed(*app), 2);

    app->window()->backupsAction()->trigger();
    QPointer<BackupsDialog> dialog = app->window()->findChild<BackupsDialog*>();
    ASSERT_TRUE(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog->model()->rowCount(), 2);
    keepPicture(dialog, QStringLiteral("backups-dialog"));
    const int row = dialog->model()->rowOf(oneClient);
    EXPECT_EQ(dialog->model()->data(dialog->model()->index(row, BackupListModel::KindColumn)).toString(),
        QStringLiteral("À la demande"));
    EXPECT_EQ(dialog->model()->data(dialog->model()->index(row, BackupListModel::ClientsColumn)).toInt(), 1);

    QSignalSpy replaced(app.get(), &AppController::windowReplaced);
    clock.set(QDateTime(QDate(2026, 2, 10), QTime(11, 30), Qt::UTC));
    Confirmation::setNextAnswer(true);
    dialog->requestRestore(oneClient);
    ASSERT_TRUE(replaced.wait(3000));
    EXPECT_FALSE(dialog);
    ASSERT_TRUE(app->window()->isVisible());
    EXPECT_EQ(listed(*app), 1);
    EXPECT_TRUE(app->window()->banner()->text().contains(QStringLiteral("Sauvegarde restaurée")))
        << app->window()->banner()->text().toStdString();
    // The data as they were before the restore are one backup away.
    const auto safety = backups().list().value().first();
    EXPECT_EQ(safety.kind, BackupKind::BeforeRestore);
    EXPECT_EQ(safety.clients, 2);
}

TEST_F(DataSafetyTest, RestoringIsConfirmedFirstAndCanBeDeclined)
{
    auto app = started();
    record(*app, QStringLiteral("Lefèvre"));
    const QString daily = backups().list()->first().path;
    app->window()->backupsAction()->trigger();
    QPointer<BackupsDialog> dialog = app->window()->findChild<BackupsDialog*>();
    ASSERT_TRUE(dialog);
    QSignalSpy requested(dialog.data(), &BackupsDialog::restoreRequested);
    Confirmation::setNextAnswer(false);
    dialog->requestRestore(daily);
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(listed(*app), 1);
}

TEST_F(DataSafetyTest, ADamagedDatabaseOffersItsLatestGoodBackupAndOpensOnIt)
{
    {
        auto app = started();
        record(*app, QStringLiteral("Lefèvre"));
        record(*app, QStringLiteral("Çelik"));
        clock.set(QDateTime(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC));
        ASSERT_TRUE(app->backUpNow().ok());
    }
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    QString shownProblem;
    QString chosen;
    whenShown<RecoveryDialog>([&](RecoveryDialog* dialog) {
        shownProblem = dialog->findChild<QLabel*>(QStringLiteral("titleLabel"))->text();
        chosen = dialog->selectedBackup();
        keepPicture(dialog, QStringLiteral("recovery-dialog"));
        dialog->findChild<QPushButton*>(QStringLiteral("restorePushButton"))->click();
    });
    AppController app(AppOptions { path, false, &clock });
    ASSERT_TRUE(app.start());
    EXPECT_EQ(shownProblem, QStringLiteral("Votre base de données est illisible"));
    EXPECT_EQ(chosen, backups().list()->value(0).path);
    EXPECT_EQ(listed(app), 2);
    const QString notice = app.window()->banner()->text();
    EXPECT_TRUE(notice.contains(QStringLiteral("Le fichier endommagé est conservé"))) << notice.toStdString();
}

TEST_F(DataSafetyTest, QuittingTheRecoveryScreenLeavesTheDamagedFileAsItWas)
{
    started().reset();
    {
        QFile file(path);
        ASSERT_TRUE(file.resize(file.size() / 2));
    }
    const QByteArray before = digestOf(path);
    whenShown<RecoveryDialog>(
        [](RecoveryDialog* dialog) { dialog->findChild<QPushButton*>(QStringLiteral("quitPushButton"))->click(); });
    AppController app(AppOptions { path, false, &clock });
    EXPECT_FALSE(app.start());
    EXPECT_EQ(app.exitCode(), 1);
    EXPECT_EQ(digestOf(path), before);
}

TEST_F(DataSafetyTest, ReadOnlyShowsABannerAndRefusesChangesClearly)
{
    {
        auto app = started();
        record(*app, QStringLiteral("Lefèvre"));
    }
    const QByteArray before = digestOf(path);
    auto app = started(true);
    auto* bar = app->window()->findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"));
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
    keepPicture(app->window(), QStringLiteral("read-only-window"));
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("Lecture seule (à votre demande).")))
        << bar->text().toStdString();
    EXPECT_FALSE(app->window()->newClientAction()->isEnabled());
    EXPECT_EQ(listed(*app), 1);
    Client client;
    client.lastName = QStringLiteral("Nguyen");
    client.firstName = QStringLiteral("Linh");
    const auto refused = app->workspace()->clients().add(client);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("lecture seule")))
        << refused.error().message.toStdString();
    app.reset();
    EXPECT_EQ(digestOf(path), before);
}

TEST_F(DataSafetyTest, ASecondStartOnTheSameFileBringsTheFirstWindowToTheFront)
{
    auto first = started();
    QSignalSpy asked(first->instanceGuard(), &InstanceGuard::showRequested);
    first->window()->showMinimized();
    Confirmation::setNextAnswer(true); // "Show that window"
    AppController second(AppOptions { path, false, &clock });
    EXPECT_FALSE(second.start());
    EXPECT_EQ(second.exitCode(), 0);
    EXPECT_FALSE(second.window());
    EXPECT_EQ(asked.count(), 1);
    EXPECT_FALSE(first->window()->isMinimized());
}

TEST_F(DataSafetyTest, ALargeFileOpensAtOnceAndDamageFoundLaterStopsEverySave)
{
    {
        auto app = started();
        for (int i = 0; i < 300; ++i)
            record(*app, QStringLiteral("Bénéficiaire %1").arg(i));
    }
    QDir(folder.filePath(QStringLiteral("parcours-backups"))).removeRecursively();
    {
        // A page of data near the end of the file, not the schema that opening it reads.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        ASSERT_GT(pages, 4);
        file.seek((pages - 2) * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    AppOptions options { path, false, &clock };
    options.checkAtOpenUpTo = 0; // as for a file of hundreds of megabytes
    AppController app(options);
    ASSERT_TRUE(app.start()); // the window opens before the check
    ASSERT_TRUE(app.window()->isVisible());
    app.waitForBackgroundWork();
    const QString problem = app.window()->banner()->text();
    EXPECT_TRUE(problem.contains(QStringLiteral("endommagée"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("Sauvegardes"))) << problem.toStdString();
    EXPECT_EQ(record(app, QStringLiteral("Nguyen")), 0); // refused
    EXPECT_TRUE(backups().list()->isEmpty()); // no daily backup of a damaged file
}

TEST_F(DataSafetyTest, ALargeSoundFileIsCheckedAndBackedUpOnceTheWindowIsOpen)
{
    {
        auto app = started();
        record(*app, QStringLiteral("Lefèvre"));
    }
    clock.advanceDays(1);
    AppOptions options { path, false, &clock };
    options.checkAtOpenUpTo = 0;
    AppController app(options);
    ASSERT_TRUE(app.start());
    app.waitForBackgroundWork();
    EXPECT_FALSE(app.window()->banner()->isVisible()) << app.window()->banner()->text().toStdString();
    const auto listed = backups().list().value();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.first().kind, BackupKind::Daily);
    EXPECT_EQ(listed.first().createdAt.date(), QDate(2026, 2, 11));
    EXPECT_GT(record(app, QStringLiteral("Nguyen")), 0);
}

TEST(InstanceGuardTest, ALockLeftByAKilledParcoursIsTakenOverAndALiveOneAnswers)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("parcours.sqlite"));
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-10"));
    gui.setProcessEnvironment(environment);
    gui.start(testPath("PARCOURS_GUI"), { QStringLiteral("--database"), path });
    ASSERT_TRUE(gui.waitForStarted());

    InstanceGuard guard(DatabaseLocation::parse(path).value());
    // The running Parcours holds the file and answers when asked to show itself.
    bool answered = false;
    for (int attempt = 0; attempt < 100 && !answered; ++attempt) {
        QTest::qWait(100);
        answered = QFile::exists(path + QStringLiteral(".lock")) && guard.askHolderToShow(1000);
    }
    ASSERT_TRUE(answered) << gui.readAllStandardError().toStdString();
    EXPECT_EQ(guard.claim(), InstanceGuard::Claim::HeldElsewhere);

    gui.kill(); // SIGKILL: the lock file stays behind
    ASSERT_TRUE(gui.waitForFinished());
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".lock")));
    EXPECT_EQ(guard.claim(), InstanceGuard::Claim::Acquired);
}
