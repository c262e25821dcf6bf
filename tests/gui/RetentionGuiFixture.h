#pragma once

// The fixture of the « Conservation » tab's tests (RetentionGuiTest, DisclosureGuiTest): the real window in French,
// a beneficiary with a session note and a final synthesis, and what the consultant reads on the screen.
#include "GuiTestSupport.h"

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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>

namespace parcours::test {

inline const QString kNote = QStringLiteral("Confidence : un licenciement difficile");
inline const QString kSynthesis = QStringLiteral("Anaïs vise la restauration de meubles.");

/// Every text a widget and its children show: labels, fields, text editors, and the cells of lists and tables.
inline QStringList textsShown(QWidget* root)
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

class RetentionGuiFixture : public GuiTest {
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
        Session session = plannedSession(bilanId, Phase::Preliminary, wallClock(QDate(2026, 3, 2), QTime(10, 0)), 120);
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

} // namespace parcours::test
