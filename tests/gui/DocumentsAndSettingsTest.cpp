// The Paramètres dialog (letterhead, logo), the Documents tab (agreement, receipt, certificate) and the synthèse's
// models under the model checker.
#include "GuiTestSupport.h"
#include "GuideWindow.h"
#include "PdfProbe.h"

#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/ActionPlanModel.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/DocumentsTab.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/LetterheadSettingsPage.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/SectionListModel.h>
#include <parcours/ui/SettingsDialog.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class DocumentsAndSettingsTest : public WindowTest {
protected:
    template<typename T>
    T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }
    void clickOk(QDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    /// A beneficiary with a bilan funded by `funding` and a session done, shown in the window.
    qint64 bilan(Funding funding)
    {
        Client client;
        client.lastName = QStringLiteral("Haddad");
        client.firstName = QStringLiteral("Nour");
        const qint64 clientId = workspace().clients().add(client).value();
        const qint64 id = workspace().bilans().open(clientId, funding, QDate(2026, 1, 12)).value();
        Session session = plannedSession(id, Phase::Preliminary, wallClock(QDate(2026, 1, 12), QTime(9, 0)), 180);
        session.status = SessionStatus::Done;
        session.actualMinutes = 170;
        EXPECT_TRUE(workspace().sessions().add(session).ok());
        window->clientList()->selectClient(clientId);
        return id;
    }
    DocumentsTab* documents() { return window->findChild<DocumentsTab*>(); }
};

} // namespace

TEST_F(DocumentsAndSettingsTest, TheLetterheadIsEnteredInTheSettingsAndRefusalsShowByTheirField)
{
    QAction* action = window->findChild<QAction*>(QStringLiteral("settingsAction"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->text(), QStringLiteral("&Paramètres…"));
    action->trigger();
    QPointer<SettingsDialog> dialog = window->findChild<SettingsDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Paramètres"));
    ASSERT_GE(dialog->pageCount(), 1);
    auto* page = qobject_cast<LetterheadSettingsPage*>(dialog->page(0));
    ASSERT_TRUE(page);
    typeText(child<QLineEdit>(page, "nameLineEdit"), QStringLiteral("Céline Leca"));
    typeText(child<QPlainTextEdit>(page, "addressPlainTextEdit"), QStringLiteral("2 rue Breteuil"));
    typeText(child<QLineEdit>(page, "siretLineEdit"), QStringLiteral("123"));
    typeText(child<QLineEdit>(page, "emailLineEdit"), QStringLiteral("pas-une-adresse"));
    clickOk(dialog);
    ASSERT_TRUE(dialog && dialog->isVisible());
    EXPECT_TRUE(child<QLabel>(page, "siretErrorLabel")->isVisible());
    EXPECT_TRUE(page->errors().messageFor(QStringLiteral("consultant.siret")).contains(QStringLiteral("14")));
    EXPECT_FALSE(page->errors().messageFor(QStringLiteral("consultant.email")).isEmpty());
    EXPECT_TRUE(workspace().settings().text(settingKeys::consultantName).isEmpty()); // nothing half-saved

    // A logo: an image file is kept (as PNG); a file that is not one is refused by the logo.
    QTemporaryDir folder;
    const QString logo = folder.filePath(QStringLiteral("logo.jpg"));
    QImage image(2400, 600, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x5d, 0x8a));
    ASSERT_TRUE(image.save(logo, "JPG"));
    FileDialog::setNextFileName(logo);
    QTest::mouseClick(child<QPushButton>(page, "chooseLogoPushButton"), Qt::LeftButton);
    ASSERT_FALSE(page->logo().isEmpty());
    EXPECT_EQ(QImage::fromData(page->logo()).width(), 1200); // fitted to a letterhead
    const QString text = folder.filePath(QStringLiteral("notes.png"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("<img src=\"file:///etc/hostname\">");
    }
    EXPECT_FALSE(page->chooseLogo(text));
    EXPECT_TRUE(child<QLabel>(page, "logoErrorLabel")->isVisible());

    child<QLineEdit>(page, "siretLineEdit")->setText(QStringLiteral("123 456 789 00012"));
    child<QLineEdit>(page, "emailLineEdit")->setText(QStringLiteral("celine@example.org"));
    clickOk(dialog);
    ASSERT_TRUE(waitClosed(dialog));
    Settings settings = workspace().settings();
    EXPECT_EQ(settings.text(settingKeys::consultantName), QStringLiteral("Céline Leca"));
    EXPECT_EQ(settings.text(settingKeys::consultantSiret), QStringLiteral("12345678900012"));
    EXPECT_FALSE(settings.logo().isEmpty());
    EXPECT_TRUE(settings.logo().startsWith("\x89PNG"));
}

TEST_F(DocumentsAndSettingsTest, TheAgreementIsRecordedAndItsSilenceShown)
{
    const qint64 id = bilan(Funding::Employer);
    ASSERT_TRUE(documents());
    EXPECT_EQ(documents()->agreementLabel()->text(), QStringLiteral("Pas encore transmise"));
    QPointer<AgreementDialog> dialog = documents()->editAgreement();
    ASSERT_TRUE(dialog);
    typeText(child<QPlainTextEdit>(dialog, "employerPlainTextEdit"), QStringLiteral("Sud Logistique SAS"));
    typeText(child<QLineEdit>(dialog, "priceLineEdit"), QStringLiteral("1 800,50"));
    child<QCheckBox>(dialog, "sentCheckBox")->setChecked(true);
    child<QDateEdit>(dialog, "sentDateEdit")->setDate(QDate(2026, 1, 5));
    child<QCheckBox>(dialog, "signedCheckBox")->setChecked(true);
    child<QDateEdit>(dialog, "signedDateEdit")->setDate(QDate(2026, 1, 20)); // 15 days later: refused
    clickOk(dialog);
    ASSERT_TRUE(dialog && dialog->isVisible());
    EXPECT_TRUE(dialog->errors().messageFor(QStringLiteral("signed_on")).contains(QStringLiteral("le silence vaut refus")));
    child<QCheckBox>(dialog, "signedCheckBox")->setChecked(false);
    clickOk(dialog);
    ASSERT_TRUE(waitClosed(dialog));
    const AgreementRecord record = workspace().agreements().get(id).value();
    EXPECT_EQ(record.priceCents, 180050);
    EXPECT_EQ(record.employer, QStringLiteral("Sud Logistique SAS"));
    EXPECT_TRUE(documents()->agreementLabel()->text().startsWith(QStringLiteral("Refusée\u00a0: pas de signature")))
        << documents()->agreementLabel()->text().toStdString();

    QTemporaryDir folder;
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("convention")));
    ASSERT_TRUE(documents()->exportPdf(DocumentsTab::Kind::Agreement));
    const PdfProbe pdf(folder.filePath(QStringLiteral("convention.pdf")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Sud Logistique SAS")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("1 800,50 €")));
}

TEST_F(DocumentsAndSettingsTest, TheReceiptWaitsForAFinalSynthesisAndTheCpfHasNoAgreement)
{
    const qint64 id = bilan(Funding::Cpf);
    // The funding said as the bilan's header and dialog say it, « Financement : CPF », never « financé par : CPF ».
    EXPECT_TRUE(documents()->agreementLabel()->text().startsWith(
        QStringLiteral("Financement\u00a0: CPF. Pas de convention tripartite\u00a0: elle s'établit quand")))
        << documents()->agreementLabel()->text().toStdString();
    EXPECT_FALSE(documents()->editAgreementAction()->isEnabled());
    EXPECT_EQ(documents()->receiptLabel()->text(), QStringLiteral("La synthèse n'a pas encore de version définitive."));
    EXPECT_FALSE(documents()->recordReceiptAction()->isEnabled());
    ASSERT_TRUE(workspace().syntheses().start(id).ok());
    ASSERT_TRUE(workspace().syntheses().finalize(id).ok());
    EXPECT_TRUE(documents()->recordReceiptAction()->isEnabled());
    QPointer<DateDialog> dialog = documents()->recordReceipt();
    ASSERT_TRUE(dialog);
    clickOk(dialog);
    ASSERT_TRUE(waitClosed(dialog));
    EXPECT_TRUE(documents()->receiptLabel()->text().startsWith(QStringLiteral("Signé le"))) <<
        documents()->receiptLabel()->text().toStdString();
    EXPECT_TRUE(documents()->certificateLabel()->text().startsWith(QStringLiteral("2 h 50")));
    QTemporaryDir folder;
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("accuse.pdf")));
    ASSERT_TRUE(documents()->exportPdf(DocumentsTab::Kind::Receipt));
    EXPECT_TRUE(PdfProbe(folder.filePath(QStringLiteral("accuse.pdf"))).text().contains(QStringLiteral("Nour Haddad")));
    EXPECT_EQ(window->banner()->kind(), MessageBanner::Kind::Notice);
}

TEST(SynthesisModels, TheSectionListPassesTheModelCheckerAndSendsEditsOut)
{
    SectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<SynthesisSection> sections;
    for (const SectionLayout& layout : SynthesisRules::standardLayout())
        sections << SynthesisSection { layout.key, {}, false, RichText::fromPlainText(u"deux mots") };
    model.setSections(sections);
    ASSERT_EQ(model.rowCount(), 8);
    EXPECT_EQ(model.data(model.index(0), SectionListModel::WordsRole).toInt(), 2);
    EXPECT_EQ(model.data(model.index(0), Qt::CheckStateRole).toInt(), Qt::Checked);
    QSignalSpy edits(&model, &SectionListModel::layoutEdited);
    EXPECT_TRUE(model.setData(model.index(2), QStringLiteral("  Valeurs  "), Qt::EditRole));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits.last().first().value<QList<SectionLayout>>()[2].title, QStringLiteral("Valeurs"));
    EXPECT_EQ(model.data(model.index(2)).toString(), SynthesisRules::displayTitle(sections[2].layout()));
    sections.removeLast();
    model.setSections(sections);
    EXPECT_EQ(model.rowCount(), 7);
    model.setReadOnly(true);
    EXPECT_FALSE(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.moved(0, 1)[1].key, QStringLiteral("circumstances"));
}

TEST(SynthesisModels, TheActionPlanPassesTheModelChecker)
{
    ActionPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActions({ { Horizon::Long, QStringLiteral("VAE"), {}, QDate(2027, 1, 1) } });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.data(model.index(0, ActionPlanModel::TargetColumn)).toString(), QStringLiteral("01/01/2027"));
    QSignalSpy edits(&model, &ActionPlanModel::actionsEdited);
    EXPECT_TRUE(model.setData(model.index(0, ActionPlanModel::TargetColumn), QString()));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_FALSE(edits.last().first().value<QList<PlannedAction>>().first().targetDate.isValid());
    EXPECT_EQ(model.withNewStep(QStringLiteral("x")).size(), 2);
    model.setActions({});
    EXPECT_EQ(model.rowCount(), 0);
}
