// Keyboard mnemonics in French: Alt plus a letter must lead to one place. Two menus, or a field and a button of the
// same page, that share a letter send the consultant to the first of them only.
#include "GuiTestSupport.h"

#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/FirstRunWizard.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/SettingsDialog.h>

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QWizard>

#include <map>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

/// The letter after a single '&', lower-cased; none for a text without one.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// "« Agenda » and « Aide » both use A" for each letter used twice among the named texts, empty when none is.
QString clashes(const QList<QString>& texts)
{
    std::map<QChar, QStringList> byLetter;
    for (const QString& text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter] << QString(text).remove(u'&');
    }
    QStringList found;
    for (const auto& [letter, owners] : byLetter) {
        if (owners.size() > 1)
            found << u"« %1 » share Alt+%2"_s.arg(owners.join(u" », « "_s), QString(letter).toUpper());
    }
    return found.join(u"; "_s);
}

/// The texts a mnemonic can be in, among the visible widgets of one window (labels, buttons, group boxes, tabs).
QList<QString> visibleTexts(QWidget* window)
{
    QList<QString> texts;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable())
            texts << group->title();
        else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
    }
    return texts;
}

class MnemonicTest : public GuiTest { };

} // namespace

TEST_F(MnemonicTest, EachMenuOfTheMenuBarHasItsOwnLetterAndSoDoesEachItemOfAMenu)
{
    MainWindow window(workspace());
    window.show();
    QList<QString> titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
        QList<QString> items;
        if (QMenu* menu = action->menu()) {
            for (QAction* item : menu->actions()) {
                if (!item->isSeparator() && item->isVisible())
                    items << item->text();
            }
        }
        EXPECT_EQ(clashes(items).toStdString(), "") << "menu " << action->text().toStdString();
    }
    ASSERT_GE(titles.size(), 8);
    EXPECT_EQ(clashes(titles).toStdString(), "");
}

TEST_F(MnemonicTest, TheMenusAndTheBilansTabsAndButtonsDoNotShareALetter)
{
    // Alt+S cannot both open the Séance menu and show the Séances tab: Qt then does neither.
    Client client;
    client.lastName = u"Lefèvre"_s;
    client.firstName = u"Zoé"_s;
    const qint64 clientId = workspace().clients().add(client).value();
    ASSERT_TRUE(workspace().bilans().open(clientId, Funding::Cpf, QDate(2026, 2, 2)).ok());
    MainWindow window(workspace());
    window.show();
    window.clientList()->selectClient(clientId);
    window.bilanPanel()->showTab(window.bilanPanel()->sessionsTab());
    QList<QString> texts;
    for (QAction* action : window.menuBar()->actions())
        texts << action->text();
    texts << visibleTexts(window.bilanPanel());
    EXPECT_EQ(clashes(texts).toStdString(), "");
}

TEST_F(MnemonicTest, EachPageOfTheWelcomeHasItsOwnLetters)
{
    FirstRunWizard wizard(m_database->folder() + u"/premier-lancement.sqlite"_s, true);
    wizard.show();
    QList<int> visited;
    while (!visited.contains(wizard.currentId())) {
        visited << wizard.currentId();
        EXPECT_EQ(clashes(visibleTexts(&wizard)).toStdString(), "") << "page " << wizard.currentId();
        if (auto* name = wizard.findChild<QLineEdit*>(u"nameLineEdit"_s); name && name->isVisible() && name->text().isEmpty())
            name->setText(u"Claire Martin"_s); // the identity page asks for a name before the next one
        wizard.next();
    }
    EXPECT_GE(visited.size(), 3); // the place of the data, the letterhead, the demonstration
    wizard.reject();
}

TEST_F(MnemonicTest, EachPageOfTheSettingsHasItsOwnLetters)
{
    SettingsDialog dialog(workspace());
    dialog.show();
    auto* pages = dialog.findChild<QListWidget*>(u"pageListWidget"_s);
    ASSERT_TRUE(pages);
    ASSERT_GE(pages->count(), 5);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        EXPECT_EQ(clashes(visibleTexts(&dialog)).toStdString(), "") << pages->item(row)->text().toStdString();
    }
    dialog.reject();
}
