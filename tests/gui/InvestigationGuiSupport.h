#pragma once

#include "GuiTestSupport.h"

#include <parcours/core/BilanService.h>
#include <parcours/ui/InvestigationTab.h>

#include <QTabWidget>

namespace parcours::test {

/** The Investigation tab on a bilan of an invented beneficiary, shown in a window of its own. */
class InvestigationGuiTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Client client;
        client.lastName = QStringLiteral("Garnier");
        client.firstName = QStringLiteral("Maëlle");
        const qint64 clientId = workspace().clients().add(client).value();
        bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value();
        tab = std::make_unique<InvestigationTab>(workspace());
        tab->resize(1100, 760);
        tab->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tab.get()));
        showBilan();
    }
    void TearDown() override
    {
        tab.reset();
        GuiTest::TearDown();
    }
    void showBilan()
    {
        auto overview = workspace().bilans().overview(bilanId);
        ASSERT_TRUE(overview.ok());
        tab->showBilan(overview->client, &overview.value());
    }
    /// Lets the tab reload from storage, as it does after each change once the event loop runs.
    static void settle() { QTest::qWait(20); }
    Investigation stored() { return workspace().investigation().load(bilanId).value(); }
    QUndoStack* undo() { return workspace().undoStack(bilanId); }
    void openPart(QWidget* page) { tab->parts()->setCurrentWidget(page); }

    qint64 bilanId = 0;
    std::unique_ptr<InvestigationTab> tab;
};

} // namespace parcours::test
