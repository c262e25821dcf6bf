// The first start: the welcome asks where the data go, who the consultant is, and offers the demonstration;
// it is never shown again once done or skipped.
#include "GuiTestSupport.h"

#include <parcours/core/SampleData.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/AppController.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/FirstRunWizard.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/UserGuide.h>

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace parcours;
using namespace parcours::test;

namespace {

/// Calls `act` on the welcome once exec() shows it; records whether it was shown at all. The poll belongs to
/// `owner` (the test), so that it never outlives its test.
void whenWelcomeShows(QObject* owner, const std::function<void(FirstRunWizard*)>& act, bool* shown = nullptr)
{
    auto* poll = new QTimer(owner);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act, shown] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<FirstRunWizard*>(widget); wizard && wizard->isVisible()) {
                poll->stop();
                poll->deleteLater();
                if (shown)
                    *shown = true;
                act(wizard);
                return;
            }
        }
    });
    poll->start();
}

template<typename W> W* field(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class FirstRunTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")); }
    void SetUp() override
    {
        QSettings().clear();
        const QString defaultFile = DatabaseLocation::defaultLocation().path;
        ASSERT_FALSE(QFile::exists(defaultFile)) << "tests never create the default database";
        chosen = folder.filePath(QStringLiteral("cabinet/mes-bilans.sqlite"));
    }
    void TearDown() override
    {
        qDeleteAll(pollers.findChildren<QTimer*>());
        QSettings().clear();
    }
    std::unique_ptr<AppController> start(const QString& database = {})
    {
        auto app = std::make_unique<AppController>(AppOptions { database, false, &clock, true });
        EXPECT_TRUE(app->start());
        return app;
    }
    static void fillIdentity(FirstRunWizard* wizard)
    {
        field<QLineEdit>(wizard, "nameLineEdit")->setText(QStringLiteral("Anne Exemple"));
        field<QLineEdit>(wizard, "siretLineEdit")->setText(QStringLiteral("123 456 789 00012"));
    }
    static int listed(AppController& app) { return app.window()->clientList()->model()->rowCount(); }

    QObject pollers;
    QTemporaryDir folder;
    QString chosen;
    ManualClock clock { QDateTime(QDate(2026, 3, 4), QTime(8, 45), Qt::UTC) };
};

} // namespace

TEST_F(FirstRunTest, AsksWhereAndWhoThenNeverAgain)
{
    bool shown = false;
    whenWelcomeShows(
        &pollers,
        [this](FirstRunWizard* wizard) {
            field<QLineEdit>(wizard, "locationLineEdit")->setText(chosen);
            wizard->next();
            fillIdentity(wizard);
            wizard->next();
            wizard->accept();
        },
        &shown);
    auto app = start();
    ASSERT_TRUE(shown);
    EXPECT_EQ(app->store()->location().path, chosen);
    EXPECT_TRUE(QFile::exists(chosen));
    EXPECT_EQ(Settings(app->store()->settings()).text(settingKeys::consultantName), QStringLiteral("Anne Exemple"));
    EXPECT_EQ(Settings(app->store()->settings()).text(settingKeys::consultantSiret), QStringLiteral("12345678900012"));
    EXPECT_FALSE(app->isDemonstration());
    app.reset();

    bool shownAgain = false;
    whenWelcomeShows(
        &pollers, [](FirstRunWizard* wizard) { wizard->reject(); }, &shownAgain);
    auto second = start();
    QTest::qWait(100);
    EXPECT_FALSE(shownAgain);
    EXPECT_EQ(second->store()->location().path, chosen) << "the chosen place is remembered";
}

TEST_F(FirstRunTest, AWrongSiretKeepsTheWelcomeOnTheLetterhead)
{
    bool refused = false;
    whenWelcomeShows(&pollers, [&](FirstRunWizard* wizard) {
        field<QLineEdit>(wizard, "locationLineEdit")->setText(chosen);
        wizard->next();
        field<QLineEdit>(wizard, "siretLineEdit")->setText(QStringLiteral("1234"));
        const int page = wizard->currentId();
        EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("letterheadWizardPage"));
        // No logo yet: nothing to remove.
        EXPECT_FALSE(field<QPushButton>(wizard, "removeLogoPushButton")->isEnabled());
        EXPECT_EQ(field<QLabel>(wizard, "logoPreviewLabel")->text(), QStringLiteral("pas de logo"));
        wizard->next();
        refused = wizard->currentId() == page;
        auto* error = field<QLabel>(wizard, "siretErrorLabel");
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().contains(QStringLiteral("14 chiffres"))) << error->text().toStdString();
        fillIdentity(wizard);
        wizard->next();
        wizard->accept();
    });
    auto app = start();
    EXPECT_TRUE(refused);
    EXPECT_EQ(Settings(app->store()->settings()).text(settingKeys::consultantSiret), QStringLiteral("12345678900012"));
}

TEST_F(FirstRunTest, SkippingKeepsTheDefaultsAndIsNotAskedAgain)
{
    const QString given = folder.filePath(QStringLiteral("donnees.sqlite"));
    bool shown = false;
    whenWelcomeShows(
        &pollers, [](FirstRunWizard* wizard) { wizard->reject(); }, &shown);
    auto app = start(given);
    ASSERT_TRUE(shown) << "a database without identity gets the welcome";
    EXPECT_TRUE(Settings(app->store()->settings()).text(settingKeys::consultantName).isEmpty());
    app.reset();
    bool again = false;
    whenWelcomeShows(
        &pollers, [](FirstRunWizard* wizard) { wizard->reject(); }, &again);
    app = start(given);
    QTest::qWait(100);
    EXPECT_FALSE(again);
}

TEST_F(FirstRunTest, TheDemonstrationOpensBesideTheConsultantsOwnData)
{
    whenWelcomeShows(&pollers, [this](FirstRunWizard* wizard) {
        field<QLineEdit>(wizard, "locationLineEdit")->setText(chosen);
        wizard->next();
        fillIdentity(wizard);
        wizard->next();
        field<QRadioButton>(wizard, "demoRadioButton")->setChecked(true);
        wizard->accept();
    });
    auto app = start();
    ASSERT_TRUE(app->isDemonstration());
    EXPECT_EQ(app->store()->location().path, firstRun::demoDatabasePath(chosen));
    EXPECT_EQ(listed(*app), SampleData::beneficiaryCount());
    EXPECT_TRUE(app->window()->windowTitle().contains(QStringLiteral("démonstration")))
        << app->window()->windowTitle().toStdString();
    app.reset();

    auto own = start();
    EXPECT_FALSE(own->isDemonstration());
    EXPECT_EQ(own->store()->location().path, chosen);
    EXPECT_EQ(listed(*own), 0);
    EXPECT_EQ(Settings(own->store()->settings()).text(settingKeys::consultantName), QStringLiteral("Anne Exemple"));
}

TEST(UserGuide, TheHelpMenuFindsTheGuideNextToTheBuild)
{
    const QString index = userGuideIndex();
    ASSERT_FALSE(index.isEmpty()) << "docs/guide/index.md beside the build folder";
    QFile file(index);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Guide de Parcours")));
}
