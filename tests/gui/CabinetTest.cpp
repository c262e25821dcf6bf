// A cabinet on one shared database, as two consultants live it: two connections to the same database (an SQLite
// file, or the PostgreSQL test server), the second save of a record meets the first and the consultant chooses;
// the server's connection cut under the window; « Se connecter à un cabinet… ».
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <parcours/ui/AppController.h>
#include <parcours/ui/CabinetDialog.h>
#include <parcours/ui/ClientDialog.h>
#include <parcours/ui/ConflictPrompt.h>
#include <parcours/storage/Heartbeat.h>
#include <parcours/ui/ConnectionWatcher.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/QualityRegisterDialogs.h>
#include <parcours/ui/SessionLogDialog.h>
#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/core/SessionService.h>

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace parcours::test {
namespace {

void installFrench()
{
    static bool done = false;
    if (!done) {
        installTranslations(*QCoreApplication::instance(), u"fr"_s);
        done = true;
    }
}

/** Two consultants on one database: each their own Store (connection) and Workspace. */
class TwoDesksTest : public ::testing::TestWithParam<Backend> {
protected:
    static void SetUpTestSuite() { installFrench(); }
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        for (auto* desk : { &m_mine, &m_theirs }) {
            auto store = m_database->open();
            ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
            desk->store = std::move(store).value();
            desk->workspace = std::make_unique<Workspace>(*desk->store, m_clock, m_database->location().display());
        }
        Client client;
        client.lastName = u"Martin"_s;
        client.firstName = u"Claire"_s;
        auto id = m_mine.workspace->clients().add(client);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        m_clientId = id.value();
    }
    void TearDown() override
    {
        for (auto* desk : { &m_mine, &m_theirs }) {
            desk->workspace.reset();
            desk->store.reset();
        }
        m_database.reset();
    }
    /// My desk opens the record, then their desk renames the beneficiary and saves first.
    std::unique_ptr<ClientDialog> openThenTheyChange()
    {
        Workspace& mine = *m_mine.workspace;
        auto dialog = std::make_unique<ClientDialog>(
            m_clock.today(), [&mine](const Client& client) { return mine.clients().update(client); });
        dialog->setReload([&mine](qint64 id) { return mine.clients().get(id); });
        dialog->setClient(mine.clients().get(m_clientId).value());
        Client theirs = m_theirs.workspace->clients().get(m_clientId).value();
        theirs.lastName = u"Martin-Durand"_s;
        EXPECT_TRUE(m_theirs.workspace->clients().update(theirs).ok());
        dialog->show();
        auto* firstName = dialog->findChild<QLineEdit*>(u"firstNameLineEdit"_s);
        firstName->clear();
        firstName->setText(u"Claire-Marie"_s);
        return dialog;
    }
    Client stored() { return m_theirs.workspace->clients().get(m_clientId).value(); }
    static void clickOk(QDialog& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
        QPushButton* ok = box->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok ? ok : box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    struct Desk {
        std::unique_ptr<Store> store;
        std::unique_ptr<Workspace> workspace;
    };
    ManualClock m_clock { QDateTime(QDate(2026, 2, 2), QTime(8, 30), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_database;
    Desk m_mine;
    Desk m_theirs;
    qint64 m_clientId = 0;
};

TEST_P(TwoDesksTest, reloadDropsMyChangesAndShowsTheirs)
{
    auto dialog = openThenTheyChange();
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Reload);
    clickOk(*dialog);
    EXPECT_TRUE(dialog->isVisible()) << "their version is shown before anything else is saved";
    EXPECT_EQ(dialog->findChild<QLineEdit*>(u"lastNameLineEdit"_s)->text(), u"Martin-Durand"_s);
    EXPECT_EQ(dialog->findChild<QLineEdit*>(u"firstNameLineEdit"_s)->text(), u"Claire"_s);
    EXPECT_EQ(stored().firstName, u"Claire"_s) << "nothing of mine was written";
    clickOk(*dialog); // saving again now works: the form holds the stored version
    EXPECT_FALSE(dialog->isVisible());
}

TEST_P(TwoDesksTest, overwriteSavesMineOverTheirs)
{
    auto dialog = openThenTheyChange();
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Overwrite);
    clickOk(*dialog);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stored().firstName, u"Claire-Marie"_s);
    EXPECT_EQ(stored().lastName, u"Martin"_s) << "the whole form as I saw it is saved over theirs";
}

TEST_P(TwoDesksTest, keepACopyPutsMyTextOnTheClipboardAndShowsTheirs)
{
    auto dialog = openThenTheyChange();
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::KeepCopy);
    clickOk(*dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(ConflictPrompt::lastCopy().contains(u"Claire-Marie"_s)) << ConflictPrompt::lastCopy().toStdString();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), ConflictPrompt::lastCopy());
    EXPECT_EQ(dialog->findChild<QLineEdit*>(u"lastNameLineEdit"_s)->text(), u"Martin-Durand"_s);
    EXPECT_EQ(stored().firstName, u"Claire"_s);
}

TEST_P(TwoDesksTest, decidingLaterKeepsWhatWasTyped)
{
    auto dialog = openThenTheyChange();
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Cancel);
    clickOk(*dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLineEdit*>(u"firstNameLineEdit"_s)->text(), u"Claire-Marie"_s);
    EXPECT_TRUE(dialog->findChild<QLabel*>(u"formErrorLabel"_s)->text().contains(u"quelqu"_s))
        << dialog->findChild<QLabel*>(u"formErrorLabel"_s)->text().toStdString();
}

TEST_P(TwoDesksTest, aSessionLoggedMeanwhileOnTheOtherDeskIsNeverOverwrittenSilently)
{
    const qint64 bilanId = BilanService(*m_mine.store, m_clock).open(m_clientId, Funding::Cpf, QDate(2026, 1, 12)).value();
    Session planned;
    planned.bilanId = bilanId;
    planned.phase = Phase::Preliminary;
    planned.startsAt = QDateTime(QDate(2026, 1, 19), QTime(14, 0));
    const qint64 sessionId = SessionService(*m_mine.store, m_clock).add(planned).value();
    auto logFromMyDesk = [&](const QString& notes) {
        const BilanOverview overview = BilanService(*m_mine.store, m_clock).overview(bilanId).value();
        auto dialog = std::make_unique<SessionLogDialog>(*m_mine.workspace, overview, sessionId);
        dialog->show();
        // Meanwhile their desk logs the same session first.
        EXPECT_TRUE(SessionLogService(*m_theirs.store, m_clock)
                        .log(sessionId, SessionLog { SessionStatus::Done, 150, u"Leur compte rendu"_s }, {})
                        .ok());
        dialog->findChild<QPlainTextEdit*>(u"notesEdit"_s)->setPlainText(notes);
        clickOk(*dialog);
        return dialog;
    };
    auto notes = [&] { return SessionService(*m_theirs.store, m_clock).get(sessionId).value().notes; };

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Reload);
    auto reloaded = logFromMyDesk(u"Mon compte rendu"_s);
    EXPECT_EQ(reloaded->result(), QDialog::Rejected);
    EXPECT_EQ(notes(), u"Leur compte rendu"_s) << "nothing of mine was written";

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Overwrite);
    auto overwritten = logFromMyDesk(u"Mon compte rendu, écrit par-dessus"_s);
    EXPECT_EQ(overwritten->result(), QDialog::Accepted);
    EXPECT_EQ(notes(), u"Mon compte rendu, écrit par-dessus"_s);
}

TEST_P(TwoDesksTest, anAgreementSavedMeanwhileOffersTheChoiceInsteadOfOverwriting)
{
    const qint64 bilanId = BilanService(*m_mine.store, m_clock).open(m_clientId, Funding::Employer, QDate(2026, 1, 12)).value();
    Workspace& mine = *m_mine.workspace;
    auto openThenTheySave = [&](const QString& myEmployer) {
        auto dialog = std::make_unique<AgreementDialog>(
            m_clock.today(), [&mine](const AgreementRecord& record) { return mine.agreements().update(record); });
        dialog->setRecord(mine.agreements().get(bilanId).value(), u"À envoyer"_s);
        dialog->setReload([&mine, bilanId] { return mine.agreements().get(bilanId); }, {});
        AgreementRecord theirs = m_theirs.workspace->agreements().get(bilanId).value();
        theirs.employer = u"Leur employeur\n1 place Bellecour"_s;
        EXPECT_TRUE(m_theirs.workspace->agreements().update(theirs).ok());
        dialog->show();
        dialog->findChild<QPlainTextEdit*>(u"employerPlainTextEdit"_s)->setPlainText(myEmployer);
        dialog->findChild<QLineEdit*>(u"paymentLineEdit"_s)->setText(u"À réception"_s);
        return dialog;
    };
    auto stored = [&] { return m_theirs.workspace->agreements().get(bilanId).value(); };

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::KeepCopy);
    auto copied = openThenTheySave(u"Mon employeur"_s);
    clickOk(*copied);
    EXPECT_TRUE(copied->isVisible()) << "their terms are shown before anything else is saved";
    EXPECT_TRUE(ConflictPrompt::lastCopy().contains(u"Mon employeur"_s)) << ConflictPrompt::lastCopy().toStdString();
    EXPECT_TRUE(ConflictPrompt::lastCopy().contains(u"À réception"_s));
    EXPECT_EQ(copied->findChild<QPlainTextEdit*>(u"employerPlainTextEdit"_s)->toPlainText(),
              u"Leur employeur\n1 place Bellecour"_s);
    EXPECT_EQ(stored().employer, u"Leur employeur\n1 place Bellecour"_s) << "nothing of mine was written";
    clickOk(*copied); // the form holds the stored version now: saving works
    EXPECT_FALSE(copied->isVisible());

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Overwrite);
    auto overwritten = openThenTheySave(u"Mon employeur, par-dessus"_s);
    clickOk(*overwritten);
    EXPECT_EQ(overwritten->result(), QDialog::Accepted);
    EXPECT_EQ(stored().employer, u"Mon employeur, par-dessus"_s);
    EXPECT_EQ(stored().paymentTerms, u"À réception"_s);
}

TEST_P(TwoDesksTest, aRegisterEntrySavedMeanwhileOffersTheChoiceInsteadOfOverwriting)
{
    QualityService mineService(m_mine.workspace->repositories(), m_clock);
    QualityService theirService(m_theirs.workspace->repositories(), m_clock);
    RegisterEntry entry;
    entry.kind = RegisterKind::Complaint;
    entry.receivedOn = QDate(2026, 1, 20);
    entry.fromWhom = u"Employeur"_s;
    entry.nature = u"Compte rendu reçu en retard"_s;
    const qint64 id = mineService.addRegisterEntry(entry).value();
    auto openThenTheySave = [&] {
        auto dialog = std::make_unique<RegisterEntryDialog>(
            mineService.registerEntry(id).value(),
            [&mineService](const RegisterEntry& edited) { return mineService.updateRegisterEntry(edited); });
        dialog->setReload([&mineService, id] { return mineService.registerEntry(id); });
        RegisterEntry theirs = theirService.registerEntry(id).value();
        theirs.handling = u"Appel de l'employeur le jour même"_s;
        EXPECT_TRUE(theirService.updateRegisterEntry(theirs).ok());
        dialog->show();
        dialog->findChild<QLineEdit*>(u"outcomeLineEdit"_s)->setText(u"Excuses présentées"_s);
        return dialog;
    };

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Reload);
    auto reloaded = openThenTheySave();
    clickOk(*reloaded);
    EXPECT_TRUE(reloaded->isVisible());
    EXPECT_EQ(reloaded->findChild<QPlainTextEdit*>(u"handlingPlainTextEdit"_s)->toPlainText(),
              u"Appel de l'employeur le jour même"_s);
    EXPECT_TRUE(reloaded->findChild<QLineEdit*>(u"outcomeLineEdit"_s)->text().isEmpty()) << "mine dropped";
    EXPECT_TRUE(theirService.registerEntry(id)->outcome.isEmpty());

    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Cancel);
    auto later = openThenTheySave();
    clickOk(*later);
    EXPECT_TRUE(later->isVisible());
    EXPECT_EQ(later->findChild<QLineEdit*>(u"outcomeLineEdit"_s)->text(), u"Excuses présentées"_s) << "kept as typed";
    EXPECT_TRUE(later->findChild<QLabel*>(u"formErrorLabel"_s)->text().contains(u"quelqu"_s))
        << later->findChild<QLabel*>(u"formErrorLabel"_s)->text().toStdString();
    EXPECT_TRUE(theirService.registerEntry(id)->outcome.isEmpty());
}

PARCOURS_ON_BOTH_BACKENDS(TwoDesksTest);

/** The cabinet's server cuts the connection (a restart): the banner, the retries, and nothing typed lost. */
class LostConnectionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { installFrench(); }
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(Backend::Postgres, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        auto store = m_database->open();
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store).value();
        m_workspace = std::make_unique<Workspace>(*m_store, m_clock, m_database->location().display());
        Client client;
        client.lastName = u"Bernard"_s;
        client.firstName = u"Luc"_s;
        m_clientId = m_workspace->clients().add(client).value();
    }
    void TearDown() override
    {
        m_workspace.reset();
        m_store.reset();
        m_database.reset();
    }
    /// What a server restart does to the open connections: the administrator ends them.
    void cutConnections()
    {
        QString error;
        ASSERT_TRUE(TestDatabase::adminExec(
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s
                .arg(m_database->location().databaseName),
            &error))
            << error.toStdString();
    }

    ManualClock m_clock { QDateTime(QDate(2026, 2, 2), QTime(8, 30), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_clientId = 0;
};

TEST_F(LostConnectionTest, theBannerSaysSoRetriesAndGoesWhenTheLinkIsBack)
{
    ConnectionWatcher watcher(m_store->events(), [this] { return m_store->reconnect(); });
    watcher.setDelays({ 300 });
    watcher.resize(700, 60);
    watcher.show(); // as in the window: the banner decides whether it is visible
    watcher.hide();
    QSignalSpy restored(&watcher, &ConnectionWatcher::restored);

    ClientDialog dialog(m_clock.today(), [this](const Client& client) { return m_workspace->clients().update(client); });
    dialog.setReload([this](qint64 id) { return m_workspace->clients().get(id); });
    dialog.setClient(m_workspace->clients().get(m_clientId).value());
    dialog.show();
    dialog.findChild<QLineEdit*>(u"firstNameLineEdit"_s)->setText(u"Lucien"_s);

    cutConnections();
    auto* ok = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "a failed save keeps the form open";
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"firstNameLineEdit"_s)->text(), u"Lucien"_s) << "nothing typed is lost";
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"formErrorLabel"_s)->text().contains(u"connexion"_s))
        << dialog.findChild<QLabel*>(u"formErrorLabel"_s)->text().toStdString();

    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher.isVisible(); }, 2000)) << "the banner appears";
    EXPECT_TRUE(watcher.text().contains(u"La connexion au serveur du cabinet est perdue ; nouvelle tentative dans"_s))
        << watcher.text().toStdString();
    keepPicture(&watcher, u"cabinet-connection-lost"_s);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !restored.isEmpty(); }, 10000)) << "the retry reconnects";
    EXPECT_FALSE(watcher.isVisible());
    EXPECT_FALSE(m_store->isConnectionLost());

    QTest::mouseClick(ok, Qt::LeftButton); // saved again, as typed
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(m_workspace->clients().get(m_clientId)->firstName, u"Lucien"_s);
}

TEST_F(LostConnectionTest, theHeartbeatShowsTheBannerWhileNobodyTypesAndItGoesWhenTheServerIsBack)
{
    ConnectionWatcher watcher(m_store->events(), [this] { return m_store->reconnect(); });
    watcher.setDelays({ 200 });
    watcher.setHeartbeat([this] { return heartbeat(*m_store); }, 100);
    watcher.resize(700, 60);
    watcher.show();
    watcher.hide();
    QSignalSpy restored(&watcher, &ConnectionWatcher::restored);
    ClientDialog dialog(m_clock.today(), [this](const Client& client) { return m_workspace->clients().update(client); });
    dialog.setClient(m_workspace->clients().get(m_clientId).value());
    dialog.show();
    dialog.findChild<QLineEdit*>(u"firstNameLineEdit"_s)->setText(u"Lucien, en cours"_s);

    // The server goes down: connections cut, new ones refused, and nobody saves anything.
    QString error;
    const QString name = m_database->location().databaseName;
    ASSERT_TRUE(TestDatabase::adminExec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false"_s.arg(name), &error))
        << error.toStdString();
    cutConnections();
    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher.isVisible(); }, 3000)) << "the heartbeat found it";
    ASSERT_TRUE(QTest::qWaitFor([&] { return watcher.attempts() >= 2; }, 5000));
    EXPECT_TRUE(watcher.isVisible()) << "still down: the banner stays";
    EXPECT_TRUE(restored.isEmpty());

    ASSERT_TRUE(TestDatabase::adminExec(u"ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true"_s.arg(name), &error))
        << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !restored.isEmpty(); }, 5000)) << "back: the banner goes";
    EXPECT_FALSE(watcher.isVisible());
    EXPECT_EQ(dialog.findChild<QLineEdit*>(u"firstNameLineEdit"_s)->text(), u"Lucien, en cours"_s);
    QTest::qWait(300); // the heartbeat goes on, and finds the link well
    EXPECT_FALSE(watcher.isVisible());
    EXPECT_FALSE(m_store->isConnectionLost());
}

TEST_F(LostConnectionTest, aFailedWriteIsRolledBackAndTheNextOneWorks)
{
    cutConnections();
    Client client;
    client.lastName = u"Petit"_s;
    client.firstName = u"Anne"_s;
    auto added = m_workspace->clients().add(client);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::ConnectionLost);
    auto again = m_workspace->clients().add(client);
    EXPECT_EQ(again.error().code, ErrorCode::ConnectionLost) << "said plainly until the link is back";
    ASSERT_TRUE(m_store->reconnect().ok());
    auto added2 = m_workspace->clients().add(client);
    ASSERT_TRUE(added2.ok()) << added2.error().message.toStdString();
    EXPECT_EQ(m_workspace->clients().get(added2.value())->lastName, u"Petit"_s);
}

/** « Se connecter à un cabinet… » against the test server. */
class CabinetDialogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { installFrench(); }
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(Backend::Postgres, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
    }
    QString test(CabinetDialog& dialog)
    {
        QSignalSpy finished(&dialog, &CabinetDialog::testFinished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        EXPECT_TRUE(!finished.isEmpty() || finished.wait(20000)); // a refusal of the fields comes at once
        QTest::qWait(50); // the result's lines laid out, for the picture
        return dialog.resultText();
    }
    std::unique_ptr<TestDatabase> m_database;
};

TEST_F(CabinetDialogTest, testingSaysInWordsWhatWentWrong)
{
    CabinetDialog dialog(nullptr);
    dialog.setLocation(m_database->location());
    dialog.show();
    keepPicture(&dialog, u"cabinet-dialog"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"helpLabel"_s)->text().contains(u"~/.pgpass"_s));

    // A fresh database: Parcours will set it up.
    EXPECT_TRUE(test(dialog).contains(u"Connexion réussie"_s)) << dialog.resultText().toStdString();
    { auto store = m_database->open(); ASSERT_TRUE(store.ok()); }
    EXPECT_TRUE(test(dialog).contains(u"à jour"_s)) << dialog.resultText().toStdString();

    auto* database = dialog.findChild<QLineEdit*>(u"databaseLineEdit"_s);
    const QString name = database->text();
    database->setText(name + u"_absente"_s);
    EXPECT_TRUE(test(dialog).contains(u"aucune base"_s)) << dialog.resultText().toStdString();
    keepPicture(&dialog, u"cabinet-dialog-missing-database"_s);
    database->setText(name);

    auto* port = dialog.findChild<QSpinBox*>(u"portSpinBox"_s);
    const int realPort = port->value();
    port->setValue(realPort == 1 ? 2 : 1);
    const bool isSocket = m_database->location().host.startsWith(u'/');
    if (!isSocket) {
        // Nothing listens on that port: said in French, without libpq's English.
        const QString said = test(dialog);
        EXPECT_TRUE(said.contains(u"Rien ne répond"_s)) << said.toStdString();
        EXPECT_FALSE(said.contains(u"refused"_s)) << said.toStdString();
    }
    port->setValue(realPort);

    dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->clear();
    EXPECT_TRUE(test(dialog).contains(u"serveur"_s)) << dialog.resultText().toStdString();
}

TEST_F(CabinetDialogTest, connectingRemembersTheAddressButNeverThePassword)
{
    QSettings().clear();
    QTemporaryDir folder;
    ManualClock clock { QDateTime(QDate(2026, 2, 2), QTime(8, 30), Qt::UTC) };
    AppController app(AppOptions { folder.filePath(u"moi.sqlite"_s), false, &clock, false });
    ASSERT_TRUE(app.start());
    QSignalSpy replaced(&app, &AppController::windowReplaced);
    CabinetDialog* dialog = app.showCabinetDialog();
    DatabaseLocation cabinetPlace = m_database->location();
    cabinetPlace.password = u"secret-du-cabinet"_s;
    dialog->setLocation(cabinetPlace);
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(replaced.wait(10000)) << dialog->resultText().toStdString();
    EXPECT_TRUE(app.location().isPostgres());
    EXPECT_TRUE(app.window()->findChild<QLabel*>(u"databaseLabel"_s)->text().contains(cabinetPlace.databaseName));
    const QString remembered = cabinet::rememberedUrl();
    EXPECT_TRUE(remembered.contains(cabinetPlace.databaseName)) << remembered.toStdString();
    QSettings settings;
    for (const QString& key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(u"secret-du-cabinet"_s)) << key.toStdString();
    ASSERT_NE(app.connectionWatcher(), nullptr);

    // And back to the consultant's own file.
    ASSERT_TRUE(app.switchToLocal().ok());
    ASSERT_TRUE(replaced.wait(10000));
    EXPECT_FALSE(app.location().isPostgres());
    EXPECT_TRUE(cabinet::rememberedUrl().isEmpty());
    QSettings().clear();
}

} // namespace
} // namespace parcours::test
