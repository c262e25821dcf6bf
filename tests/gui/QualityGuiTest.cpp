// The Évaluations tab, the questionnaire editor, the registers window and the dashboard, driven offscreen in French.
#include "GuiTestSupport.h"
#include "PdfProbe.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/QualityRepository.h>
#include <parcours/core/QualityService.h>
#include <parcours/ui/EvaluationTab.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/QualityDashboardWindow.h>
#include <parcours/ui/QualityRegisterDialogs.h>
#include <parcours/ui/QualityRegisterModels.h>
#include <parcours/ui/QualityRegistersWindow.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class QualityGuiTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Client client;
        client.lastName = u"Lefèvre"_s;
        client.firstName = u"Zoé"_s;
        const qint64 clientId = workspace().clients().add(client).value();
        bilanId = workspace().bilans().open(clientId, Funding::Cpf, QDate(2025, 3, 3)).value();
        overview = workspace().bilans().overview(bilanId).value();
    }
    QualityService service() { return QualityService(workspace().repositories(), workspace().clock()); }
    static void clickSave(QDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }

    qint64 bilanId = 0;
    BilanOverview overview;
};

} // namespace

TEST_F(QualityGuiTest, TheConsultantEntersTheEndOfBilanAnswers)
{
    EvaluationTab tab(workspace());
    tab.show();
    EXPECT_EQ(tab.title(), u"É&valuations"_s);
    tab.showBilan(overview.client, &overview);
    EXPECT_TRUE(tab.findChild<QLabel*>(u"versionLabel"_s)->text().contains(u"pas encore"_s));
    tab.findChild<QComboBox*>(u"q1ComboBox"_s)->setCurrentIndex(5); // 5
    tab.findChild<QComboBox*>(u"q4ComboBox"_s)->setCurrentIndex(3); // 3
    typeText(tab.findChild<QPlainTextEdit*>(u"commentPlainTextEdit"_s), u"Écoute précieuse."_s);
    tab.findChild<QPushButton*>(u"savePushButton"_s)->click();
    const auto stored = service().evaluation(bilanId, EvaluationKind::End).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->scores, (QMap<QString, int> { { u"q1"_s, 5 }, { u"q4"_s, 3 } }));
    EXPECT_EQ(stored->comment, u"Écoute précieuse."_s);
    EXPECT_TRUE(tab.findChild<QLabel*>(u"versionLabel"_s)->text().contains(u"répondu"_s));
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q1ComboBox"_s)->currentText(), u"5"_s);
    keepPicture(&tab, u"evaluation-tab"_s);
}

TEST_F(QualityGuiTest, NoScoreIsRefusedInFrenchAndNothingIsStored)
{
    EvaluationTab tab(workspace());
    tab.show();
    tab.showBilan(overview.client, &overview);
    EXPECT_FALSE(tab.save());
    EXPECT_EQ(tab.findChild<QLabel*>(u"errorLabel"_s)->text(), u"Donnez au moins une note."_s);
    EXPECT_FALSE(service().evaluation(bilanId, EvaluationKind::End).value().has_value());
}

TEST_F(QualityGuiTest, RewordedQuestionsMakeANewVersionAndOldAnswersKeepTheirOwnQuestions)
{
    ASSERT_TRUE(service().recordEvaluation(bilanId, EvaluationKind::End, { { u"q6"_s, 4 } }, {}).ok());
    EvaluationTab tab(workspace());
    tab.show();
    tab.showBilan(overview.client, &overview);
    tab.editQuestions();
    QPointer<QuestionnaireDialog> dialog = tab.findChild<QuestionnaireDialog*>(u"questionnaireDialog"_s);
    ASSERT_TRUE(dialog);
    dialog->setText(u"   \n"_s);
    clickSave(dialog);
    EXPECT_TRUE(dialog->isVisible()); // refused: no question
    dialog->setText(u"Êtes-vous satisfait de l’accueil ?\nLe rythme vous a-t-il convenu ?"_s);
    clickSave(dialog);
    EXPECT_TRUE(waitClosed(dialog));
    EXPECT_EQ(service().currentQuestionnaire(EvaluationKind::End)->number, 2);
    // The stored answers still show version 1's six questions, scores locked, with a way to answer version 2.
    EXPECT_TRUE(tab.findChild<QLabel*>(u"versionLabel"_s)->text().contains(u"version 1"_s));
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q6ComboBox"_s)->currentText(), u"4"_s);
    EXPECT_FALSE(tab.findChild<QPushButton*>(u"savePushButton"_s)->isEnabled());
    tab.findChild<QPushButton*>(u"newAnswersPushButton"_s)->click();
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q6ComboBox"_s), nullptr);
    tab.findChild<QComboBox*>(u"q2ComboBox"_s)->setCurrentIndex(2);
    EXPECT_TRUE(tab.save());
    EXPECT_EQ(service().evaluation(bilanId, EvaluationKind::End).value()->scores.value(u"q2"_s), 2);
}

TEST_F(QualityGuiTest, TheBlankQuestionnaireIsSavedAsPdf)
{
    EvaluationTab tab(workspace());
    tab.show();
    tab.showBilan(overview.client, &overview);
    tab.findChild<QComboBox*>(u"kindComboBox"_s)->setCurrentIndex(1);
    const QString path = m_database->folder() + u"/a-froid.pdf"_s;
    FileDialog::setNextFileName(path);
    tab.printBlank();
    const PdfProbe pdf(path);
    EXPECT_TRUE(pdf.valid());
    EXPECT_TRUE(pdf.text().contains(u"Six mois après votre bilan"_s));
    EXPECT_TRUE(pdf.text().contains(u"Vous recommanderiez ce bilan"_s));
}

TEST_F(QualityGuiTest, AHiddenTabShowsTheBilanSelectedMeanwhileWhenItComesToTheFront)
{
    // Selecting a beneficiary reads the tab in front only: the Évaluations tab, behind, reads its bilan when shown.
    ASSERT_TRUE(service().recordEvaluation(bilanId, EvaluationKind::End, { { u"q6"_s, 4 } }, {}).ok());
    Client other;
    other.lastName = u"Garçon"_s;
    other.firstName = u"Inès"_s;
    const qint64 otherBilan
        = workspace().bilans().open(workspace().clients().add(other).value(), Funding::Cpf, QDate(2025, 4, 7)).value();
    const BilanOverview otherOverview = workspace().bilans().overview(otherBilan).value();

    EvaluationTab tab(workspace());
    tab.show();
    tab.showBilan(overview.client, &overview);
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q6ComboBox"_s)->currentText(), u"4"_s);
    tab.hide();
    tab.showBilan(otherOverview.client, &otherOverview);
    tab.show();
    EXPECT_TRUE(tab.findChild<QLabel*>(u"versionLabel"_s)->text().contains(u"pas encore"_s));
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q6ComboBox"_s)->currentText(), u"—"_s);

    // Answers recorded elsewhere while it is hidden are there when it comes back.
    tab.hide();
    ASSERT_TRUE(service().recordEvaluation(otherBilan, EvaluationKind::End, { { u"q6"_s, 2 } }, {}).ok());
    tab.show();
    EXPECT_EQ(tab.findChild<QComboBox*>(u"q6ComboBox"_s)->currentText(), u"2"_s);
}

TEST_F(QualityGuiTest, TheRegistersWindowAddsAComplaintAndAnActionAndExportsThem)
{
    QualityRegistersWindow window(workspace());
    QAbstractItemModelTester entriesTester(window.entryModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester actionsTester(window.actionModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.editEntry(-1);
    QPointer<RegisterEntryDialog> dialog = window.findChild<RegisterEntryDialog*>(u"registerEntryDialog"_s);
    ASSERT_TRUE(dialog);
    clickSave(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLabel*>(u"fromErrorLabel"_s)->text(), u"Indiquez de qui cela provient."_s);
    typeText(dialog->findChild<QLineEdit*>(u"fromLineEdit"_s), u"Employeur de Mme Lefèvre"_s);
    typeText(dialog->findChild<QPlainTextEdit*>(u"naturePlainTextEdit"_s), u"Facture envoyée en double"_s);
    clickSave(dialog);
    EXPECT_TRUE(waitClosed(dialog));
    ASSERT_EQ(window.entryModel()->rowCount(), 1);
    EXPECT_EQ(window.entryModel()->index(0, 1).data().toString(), u"Réclamation"_s);
    EXPECT_EQ(window.entryModel()->index(0, 6).data().toString(), u"en cours de traitement"_s);

    window.editAction(-1);
    QPointer<ImprovementActionDialog> action = window.findChild<ImprovementActionDialog*>(u"improvementActionDialog"_s);
    ASSERT_TRUE(action);
    typeText(action->findChild<QLineEdit*>(u"sourceLineEdit"_s), u"Réclamation du 2 février"_s);
    typeText(action->findChild<QPlainTextEdit*>(u"actionPlainTextEdit"_s), u"Relire chaque facture"_s);
    typeText(action->findChild<QLineEdit*>(u"ownerLineEdit"_s), u"Céline"_s);
    clickSave(action);
    EXPECT_TRUE(waitClosed(action));
    ASSERT_EQ(window.actionModel()->rowCount(), 1);
    EXPECT_EQ(window.actionModel()->index(0, 5).data().toString(), u"Prévue"_s);

    const QString pdfPath = m_database->folder() + u"/registres.pdf"_s;
    FileDialog::setNextFileName(pdfPath);
    window.exportPdf();
    const PdfProbe pdf(pdfPath);
    EXPECT_TRUE(pdf.valid());
    EXPECT_TRUE(pdf.text().contains(u"Réclamations et dysfonctionnements"_s)) << pdf.text().toStdString();
    EXPECT_TRUE(pdf.text().contains(u"Relire chaque facture"_s));
    const QString csvPath = m_database->folder() + u"/registre.csv"_s;
    FileDialog::setNextFileName(csvPath);
    window.exportCsv();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(u"Facture envoyée en double"_s));
    EXPECT_TRUE(text.contains(u"Employeur de Mme Lefèvre"_s));
    keepPicture(&window, u"quality-registers"_s);
}

TEST_F(QualityGuiTest, TheDashboardShowsTheYearsFigures)
{
    Bilan bilan = workspace().bilans().get(bilanId).value();
    bilan.status = BilanStatus::Closed;
    bilan.endDate = QDate(2025, 7, 4);
    ASSERT_TRUE(workspace().repositories().bilans().update(bilan).ok());
    ASSERT_TRUE(
        service()
            .recordEvaluation(bilanId, EvaluationKind::End, { { u"q1"_s, 4 }, { u"q2"_s, 5 } }, {}, QDate(2025, 7, 4))
            .ok());
    QualityDashboardWindow window(workspace());
    window.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    EXPECT_EQ(window.shownValue(u"startedValueLabel"_s), u"1"_s);
    EXPECT_EQ(window.shownValue(u"concludedValueLabel"_s), u"1"_s);
    EXPECT_EQ(window.shownValue(u"completionValueLabel"_s), u"100\u00A0%"_s);
    EXPECT_TRUE(window.shownValue(u"endSatisfactionValueLabel"_s).startsWith(u"4,5 / 5"_s))
        << window.shownValue(u"endSatisfactionValueLabel"_s).toStdString();
    window.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    EXPECT_EQ(window.shownValue(u"startedValueLabel"_s), u"0"_s);
    EXPECT_EQ(window.shownValue(u"completionValueLabel"_s), u"—"_s);
    window.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QString csvPath = m_database->folder() + u"/indicateurs.csv"_s;
    FileDialog::setNextFileName(csvPath);
    window.exportCsv();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(u"Bilans commencés;1"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Lefèvre"_s));
    window.resize(1100, 640);
    keepPicture(&window, u"quality-dashboard"_s);
}
