// The window most screen tests look at: Zoé Lefèvre-O'Brien with an open CPF bilan, selected in the main window at
// the size of the guide's pictures (a 1440 × 900 screen less the panel and the title bar).
#pragma once

#include "GuiTestSupport.h"

#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/MainWindow.h>

#include <QSettings>
#include <QSize>

#include <memory>

namespace parcours::test {

inline constexpr QSize kGuideWindow(1400, 860);
/// A laptop's 1920 × 1080 screen at 200 % (960 × 540) less the window manager's frame and title bar.
inline constexpr QSize kRoomOnLaptop(960 - 16, 540 - 48);

/// Zoé Lefèvre-O'Brien, CPF bilan opened on Monday 2 February 2026; her id.
inline qint64 addZoeWithABilan(Workspace& workspace)
{
    Client client;
    client.lastName = QStringLiteral("Lefèvre-O'Brien");
    client.firstName = QStringLiteral("Zoé");
    const qint64 clientId = workspace.clients().add(client).value();
    EXPECT_TRUE(workspace.bilans().open(clientId, Funding::Cpf, QDate(2026, 2, 2)).ok());
    return clientId;
}

/// The main window at `size`, shown, exposed, with `clientId` selected; the window layout another test of the same
/// process saved (splitter, columns) is forgotten first, so that every such test starts from the default layout.
inline std::unique_ptr<MainWindow> showWindowOn(Workspace& workspace, qint64 clientId, QSize size = kGuideWindow)
{
    QSettings().remove(QStringLiteral("window"));
    auto window = std::make_unique<MainWindow>(workspace);
    window->resize(size);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->clientList()->selectClient(clientId);
    return window;
}

/** A GUI test on the main window as the application shows it (default size), `window`, shown and exposed. */
class WindowTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        window = std::make_unique<MainWindow>(workspace());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }

    std::unique_ptr<MainWindow> window;
};

/** The screen tests' window (showWindowOn): Zoé's bilan selected at the guide's size, `window` and its `panel`. */
class ZoeWindowTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        clientId = addZoeWithABilan(workspace());
        window = showWindowOn(workspace(), clientId);
        panel = window->bilanPanel();
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }

    std::unique_ptr<MainWindow> window;
    BilanPanel* panel = nullptr;
    qint64 clientId = 0;
};

} // namespace parcours::test
