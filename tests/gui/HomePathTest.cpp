// The paths Parcours shows, as a consultant reads them: the home folder is « ~ » (the status bar, the first-run
// welcome), the whole path under the mouse, and « ~ » typed back means the home folder. The guide's pictures
// then show the same « ~/Documents/Parcours/demo.sqlite » at each retake.
#include "GuiTestSupport.h"

#include <parcours/ui/FirstRunWizard.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/MainWindow.h>

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class HomePathTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        ASSERT_TRUE(home.isValid());
        savedHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
    }
    void TearDown() override
    {
        qputenv("HOME", savedHome);
        GuiTest::TearDown();
    }
    QTemporaryDir home;
    QByteArray savedHome;
};

TEST_F(HomePathTest, TheStatusBarShowsTheHomeFolderAsATildeAndTheWholePathUnderTheMouse)
{
    const QString path = home.path() + QStringLiteral("/Documents/Parcours/demo.sqlite");
    Workspace described(*m_store, m_clock, path);
    MainWindow window(described);
    auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), QStringLiteral("Base\u00a0: ~/Documents/Parcours/demo.sqlite"));
    EXPECT_EQ(label->toolTip(), path);

    // Elsewhere than at home, or a cabinet's address: as it is.
    EXPECT_EQ(
        format::homePath(QStringLiteral("/srv/parcours/data.sqlite")), QStringLiteral("/srv/parcours/data.sqlite"));
    EXPECT_EQ(format::homePath(home.path() + QStringLiteral("-other/x.sqlite")),
        home.path() + QStringLiteral("-other/x.sqlite"));
    EXPECT_EQ(format::homePath(QStringLiteral("postgresql://cabinet/parcours")),
        QStringLiteral("postgresql://cabinet/parcours"));
}

TEST_F(HomePathTest, TheWelcomeProposesAPathUnderATildeAndATypedTildeMeansTheHomeFolder)
{
    const QString proposed = home.path() + QStringLiteral("/.local/share/Parcours/Parcours/parcours.sqlite");
    FirstRunWizard wizard(proposed, true);
    auto* location = wizard.findChild<QLineEdit*>(QStringLiteral("locationLineEdit"));
    ASSERT_TRUE(location);
    EXPECT_EQ(location->text(), QStringLiteral("~/.local/share/Parcours/Parcours/parcours.sqlite"));
    EXPECT_EQ(wizard.databasePath(), proposed);
    location->setText(QStringLiteral("~/Chiffré/bilans.sqlite"));
    EXPECT_EQ(wizard.databasePath(), home.path() + QStringLiteral("/Chiffré/bilans.sqlite"));
}

} // namespace
