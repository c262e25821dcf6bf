// Importing the consultant's spreadsheet through the real dialog: columns, preview, problems, all or nothing.
#include "GuiTestSupport.h"

#include <parcours/ui/ClientImportDialog.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/ImportPreviewModel.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace parcours;
using namespace parcours::test;

namespace {

class ClientImportDialogTest : public GuiTest {
protected:
    QString writeCsv(const QByteArray& bytes)
    {
        const QString path = m_database->folder() + QStringLiteral("/clients.csv");
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    QString cell(ClientImportDialog* dialog, int row, int column)
    {
        return dialog->preview()->data(dialog->preview()->index(row, column)).toString();
    }
};

// As Excel writes it on a French Windows: semicolons, CRLF, Windows-1252, a cell with a line break.
const QByteArray kExcel = "NOM;Pr\xE9nom;Courriel;T\xE9l\xE9phone;Date de naissance;Ville\r\n"
                          "Lef\xE8vre;Zo\xE9;zoe@example.org;06 12 34 56 78;03/04/85;Lyon\r\n"
                          "\xC7"
                          "elik;\"Lo\xEF"
                          "c\r\nMarie\";loic@example.org;;12/11/1979;\"Paris; 11e\"\r\n"
                          "Lef\xE8vre;Zo\xE9;zoe@example.org;;;\r\n";

} // namespace

TEST_F(ClientImportDialogTest, TheColumnsAreRecognisedAndThePreviewShowsWhatWillHappen)
{
    MainWindow window(workspace());
    window.importClientsAction()->trigger();
    QPointer<ClientImportDialog> dialog = window.findChild<ClientImportDialog*>();
    ASSERT_TRUE(dialog);
    QAbstractItemModelTester tester(dialog->preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(dialog->loadFile(writeCsv(kExcel)));
    EXPECT_EQ(dialog->findChild<QLabel*>(QStringLiteral("formatLabel"))->text(),
        QStringLiteral("Lu en Windows-1252, séparateur\u00a0: point-virgule."));
    auto* emailField = dialog->findChild<QComboBox*>(QStringLiteral("fieldComboBox2"));
    ASSERT_TRUE(emailField);
    EXPECT_EQ(emailField->currentText(), QStringLiteral("Courriel"));
    EXPECT_EQ(
        dialog->findChild<QComboBox*>(QStringLiteral("fieldComboBox5"))->currentText(), QStringLiteral("(ignorée)"));

    ASSERT_EQ(dialog->preview()->rowCount(), 3);
    EXPECT_EQ(cell(dialog, 0, ImportPreviewModel::LastNameColumn), QStringLiteral("Lefèvre"));
    EXPECT_EQ(cell(dialog, 0, ImportPreviewModel::BirthDateColumn), QStringLiteral("03/04/1985"));
    EXPECT_EQ(cell(dialog, 1, ImportPreviewModel::FirstNameColumn), QStringLiteral("Loïc Marie"));
    EXPECT_EQ(cell(dialog, 1, ImportPreviewModel::ActionColumn), QStringLiteral("À créer"));
    EXPECT_EQ(cell(dialog, 2, ImportPreviewModel::LineColumn), QStringLiteral("5"));
    EXPECT_EQ(cell(dialog, 2, ImportPreviewModel::ActionColumn), QStringLiteral("Comme la ligne 2\u00a0: pas créé"));
    EXPECT_EQ(dialog->summary(), QStringLiteral("2 bénéficiaires à créer, 1 doublon non créé."));
    ASSERT_TRUE(dialog->importButton()->isEnabled());
    keepPicture(dialog, QStringLiteral("client-import-dialog"));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(dialog));
    EXPECT_EQ(window.clientList()->model()->rowCount(), 2);
    EXPECT_EQ(window.banner()->text(), QStringLiteral("2 bénéficiaires importés, 1 doublon écarté."));
}

TEST_F(ClientImportDialogTest, ProblemsAreListedByLineAndColumnAndNothingIsImported)
{
    auto* dialog = new ClientImportDialog(workspace());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    ASSERT_TRUE(dialog->loadFile(writeCsv("Nom;Pr\xC3\xA9nom;Courriel;N\xC3\xA9 le\n"
                                          "Lef\xC3\xA8vre;Zo\xC3\xA9;zoe@example.org;31/02/1985\n"
                                          "Martin;Anne;anne@example;\n")));
    const QStringList problems = dialog->problems();
    ASSERT_EQ(problems.size(), 2);
    keepPicture(dialog, QStringLiteral("client-import-problems"));
    EXPECT_EQ(problems[0],
        QStringLiteral(
            "Ligne 2, colonne 4 (Né le)\u00a0: «\u00a031/02/1985\u00a0» n'est pas une date (jj/mm/aaaa attendu)."));
    EXPECT_TRUE(problems[1].startsWith(QStringLiteral("Ligne 3, colonne 3 (Courriel)\u00a0: ")))
        << problems[1].toStdString();
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(workspace().clients().list({}).value().isEmpty());
}

TEST_F(ClientImportDialogTest, ChangingAColumnsFieldUpdatesThePreview)
{
    auto* dialog = new ClientImportDialog(workspace());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // Headers Parcours does not know: nothing is imported until the consultant says which column is which.
    ASSERT_TRUE(dialog->loadFile(writeCsv("Famille,Usuel\nLef\xC3\xA8vre,Zo\xC3\xA9\n")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_EQ(dialog->problems().size(), 2);
    dialog->setField(0, ImportField::LastName);
    dialog->setField(1, ImportField::FirstName);
    EXPECT_TRUE(dialog->problems().isEmpty());
    EXPECT_EQ(dialog->preview()->rowCount(), 1);
    EXPECT_EQ(cell(dialog, 0, ImportPreviewModel::FirstNameColumn), QStringLiteral("Zoé"));
    EXPECT_TRUE(dialog->importButton()->isEnabled());
}
