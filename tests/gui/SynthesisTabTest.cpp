// The Synthèse tab through the real window: write, undo, rearrange, paste, insert from the investigation, submit,
// finalise (then read only), print preview and PDF export.
#include "GuiTestSupport.h"
#include "PdfProbe.h"

#include <parcours/ui/ActionPlanModel.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/RichTextEdit.h>
#include <parcours/ui/SectionEditor.h>
#include <parcours/ui/SectionListModel.h>
#include <parcours/ui/SynthesisDialogs.h>
#include <parcours/ui/SynthesisTab.h>
#include <parcours/ui/ConflictPrompt.h>

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

using namespace parcours;
using namespace parcours::test;

namespace {

/** A digest as the investigation will give it, for the insertion test. */
class FixedDigest final : public InvestigationDigestProvider {
public:
    Result<InvestigationDigest> digest(qint64) override
    {
        InvestigationDigest digest;
        digest.essentialCriteria << QStringLiteral("Autonomie") << QStringLiteral("Utilité sociale");
        digest.negotiableCriteria << QStringLiteral("Salaire");
        return digest;
    }
};

class SynthesisTabTest : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        Client client;
        client.lastName = QStringLiteral("Lefèvre");
        client.firstName = QStringLiteral("Zoé");
        const qint64 clientId = workspace().clients().add(client).value();
        bilanId = workspace().bilans().open(clientId, Funding::Employer, QDate(2026, 1, 12)).value();
        window = std::make_unique<MainWindow>(workspace());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->clientList()->selectClient(clientId);
        tab = window->findChild<SynthesisTab*>();
        ASSERT_TRUE(tab);
        window->bilanPanel()->showTab(tab);
    }
    void TearDown() override
    {
        window.reset();
        GuiTest::TearDown();
    }
    void start()
    {
        ASSERT_TRUE(tab->startAction()->isEnabled());
        tab->startAction()->trigger();
        ASSERT_TRUE(tab->shownVersion().has_value());
    }
    RichTextEdit* editor() { return tab->editor()->editor(); }
    void typeInto(const QString& key, const QString& text)
    {
        tab->sectionView()->setCurrentIndex(tab->sectionModel()->index(tab->sectionModel()->rowOf(key)));
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        typeText(editor(), text);
    }
    SynthesisVersion stored() { return workspace().syntheses().current(bilanId).value().value(); }
    QString storedText(const char* key) { return stored().section(QString::fromUtf8(key))->body.toPlainText(); }

    qint64 bilanId = 0;
    std::unique_ptr<MainWindow> window;
    SynthesisTab* tab = nullptr;
};

} // namespace

TEST_F(SynthesisTabTest, ASectionWrittenAndFinalisedIsReadOnly)
{
    EXPECT_FALSE(tab->finalizeAction()->isEnabled());
    start();
    EXPECT_EQ(tab->sectionModel()->rowCount(), 8);
    EXPECT_EQ(tab->sectionModel()->data(tab->sectionModel()->index(0)).toString(),
              QStringLiteral("Circonstances du bilan et attentes de départ"));
    typeInto(QStringLiteral("path"), QStringLiteral("Un parcours riche, « bien mené »."));
    // The autosave stores the text a moment after typing stops.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !storedText("path").isEmpty(); }, 5000));
    EXPECT_EQ(storedText("path"), QStringLiteral("Un parcours riche, « bien mené »."));
    EXPECT_TRUE(tab->statusLabel()->text().contains(QStringLiteral("5 mots"))) << tab->statusLabel()->text().toStdString();
    // The time of the save is the consultant's clock (Settings' zone), not the machine's.
    EXPECT_TRUE(tab->statusLabel()->text().contains(
        QStringLiteral("enregistrée à ") + m_clock.now().time().toString(QStringLiteral("HH:mm"))))
        << tab->statusLabel()->text().toStdString();
    EXPECT_TRUE(tab->editor()->wordCountLabel()->text().startsWith(QStringLiteral("Cette rubrique\u00a0: 5 mots")));

    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().startsWith(QStringLiteral("&Annuler : saisie dans « "))) << undo->text().toStdString();

    Confirmation::setNextAnswer(true);
    tab->finalizeAction()->trigger();
    EXPECT_EQ(stored().status, SynthesisStatus::Final);
    // The frozen version's typing is no longer offered to undo.
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Annuler"));
    EXPECT_TRUE(editor()->isReadOnly());
    EXPECT_FALSE(tab->editor()->findChild<QToolBar*>(QStringLiteral("formatToolBar"))->isEnabled());
    EXPECT_FALSE(tab->sectionModel()->flags(tab->sectionModel()->index(1)) & Qt::ItemIsEditable);
    EXPECT_FALSE(tab->addSectionAction()->isEnabled());
    EXPECT_TRUE(tab->newDraftAction()->isEnabled());
    EXPECT_TRUE(tab->findChild<QLabel*>(QStringLiteral("frozenLabel"))->isVisible());
    typeInto(QStringLiteral("path"), QStringLiteral(" Ajout"));
    QTest::qWait(1500);
    EXPECT_EQ(storedText("path"), QStringLiteral("Un parcours riche, « bien mené »."));
    EXPECT_EQ(editor()->toPlainText(), QStringLiteral("Un parcours riche, « bien mené »."));

    tab->newDraftAction()->trigger();
    EXPECT_EQ(stored().number, 2);
    EXPECT_FALSE(editor()->isReadOnly());
}

TEST_F(SynthesisTabTest, UndoTakesBackTypingEvenBeforeTheAutosave)
{
    start();
    typeInto(QStringLiteral("conclusion"), QStringLiteral("Premier jet."));
    tab->saveNow();
    typeInto(QStringLiteral("conclusion"), QStringLiteral(" Second jet."));
    // Undo right away, before the autosave: the unsaved words go, the saved ones stay.
    ASSERT_TRUE(workspace().undoGroup()->canUndo());
    workspace().undoGroup()->undo();
    EXPECT_EQ(editor()->toPlainText(), QStringLiteral("Premier jet."));
    EXPECT_EQ(storedText("conclusion"), QStringLiteral("Premier jet."));
    workspace().undoGroup()->undo();
    EXPECT_EQ(editor()->toPlainText(), QString());
    EXPECT_EQ(storedText("conclusion"), QString());
    workspace().undoGroup()->redo();
    workspace().undoGroup()->redo();
    EXPECT_EQ(storedText("conclusion"), QStringLiteral("Premier jet. Second jet."));
    EXPECT_EQ(editor()->toPlainText(), QStringLiteral("Premier jet. Second jet."));
}

TEST_F(SynthesisTabTest, SectionsAreRenamedHiddenMovedAddedAndRemoved)
{
    start();
    SectionListModel* model = tab->sectionModel();
    ASSERT_TRUE(model->setData(model->index(5), QStringLiteral("Et si…"), Qt::EditRole));
    EXPECT_EQ(stored().section(u"plan-b")->title, QStringLiteral("Et si…"));
    ASSERT_TRUE(model->setData(model->index(3), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(stored().section(u"options")->hidden);
    tab->sectionView()->setCurrentIndex(model->index(0));
    tab->moveDownAction()->trigger();
    EXPECT_EQ(stored().sections[1].key, QStringLiteral("circumstances"));
    EXPECT_EQ(tab->sectionView()->currentIndex().row(), 1);

    tab->addSectionAction()->trigger();
    ASSERT_EQ(stored().sections.size(), 9);
    EXPECT_EQ(stored().sections.last().title, QStringLiteral("Nouvelle rubrique"));
    typeInto(stored().sections.last().key, QStringLiteral("Texte à moi"));
    tab->saveNow();
    tab->sectionView()->setCurrentIndex(model->index(8));
    ASSERT_TRUE(tab->removeSectionAction()->isEnabled());
    Confirmation::setNextAnswer(true);
    tab->removeSectionAction()->trigger();
    EXPECT_EQ(stored().sections.size(), 8);
    // Undo brings the section back with its text; the standard ones cannot be removed at all.
    workspace().undoGroup()->undo();
    ASSERT_EQ(stored().sections.size(), 9);
    EXPECT_EQ(stored().sections.last().body.toPlainText(), QStringLiteral("Texte à moi"));
    tab->sectionView()->setCurrentIndex(model->index(0));
    EXPECT_FALSE(tab->removeSectionAction()->isEnabled());
}

TEST_F(SynthesisTabTest, TheActionPlanIsATableEditedInPlace)
{
    start();
    tab->selectSection(QStringLiteral("action-plan"));
    ASSERT_TRUE(tab->editor()->actionView()->isVisible());
    QTest::mouseClick(tab->editor()->findChild<QToolButton*>(QStringLiteral("addStepToolButton")), Qt::LeftButton);
    ASSERT_EQ(stored().actions.size(), 1);
    ActionPlanModel* model = tab->editor()->actionModel();
    ASSERT_TRUE(model->setData(model->index(0, ActionPlanModel::StepColumn), QStringLiteral("Rencontrer une formatrice")));
    ASSERT_TRUE(model->setData(model->index(0, ActionPlanModel::HorizonColumn), QStringLiteral("medium")));
    ASSERT_TRUE(model->setData(model->index(0, ActionPlanModel::TargetColumn), QStringLiteral("15/04/2026")));
    EXPECT_FALSE(model->setData(model->index(0, ActionPlanModel::TargetColumn), QStringLiteral("le 15 avril")));
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("n'est pas une date"))) << window->banner()->text().toStdString();
    const PlannedAction action = stored().actions.first();
    EXPECT_EQ(action.step, QStringLiteral("Rencontrer une formatrice"));
    EXPECT_EQ(action.horizon, Horizon::Medium);
    EXPECT_EQ(action.targetDate, QDate(2026, 4, 15));
    EXPECT_EQ(model->data(model->index(0, ActionPlanModel::HorizonColumn)).toString(), QStringLiteral("Moyen terme"));
    // Its words count in the synthèse's, as the CLI and the PDF count them.
    EXPECT_EQ(stored().wordCount(), 3);
    EXPECT_TRUE(tab->statusLabel()->text().contains(QStringLiteral("3 mots"))) << tab->statusLabel()->text().toStdString();
    workspace().undoGroup()->undo();
    EXPECT_FALSE(stored().actions.first().targetDate.isValid());
}

TEST_F(SynthesisTabTest, PastedHtmlIsReducedToTheAllowedFormatting)
{
    start();
    typeInto(QStringLiteral("options"), QString());
    auto* mime = new QMimeData;
    mime->setHtml(QStringLiteral("<h2>Pistes</h2><p>Une <b>piste</b> <img src=\"file:///etc/hostname\"> "
                                 "<a href=\"https://example.org\">lien</a><script>alert(1)</script></p>"
                                 "<ul><li>formatrice</li><li><i>libraire</i></li></ul>"));
    mime->setText(QStringLiteral("texte brut"));
    QGuiApplication::clipboard()->setMimeData(mime);
    editor()->paste();
    tab->saveNow();
    const RichText text = stored().section(u"options")->body;
    ASSERT_EQ(text.blocks.size(), 4) << text.toPlainText().toStdString();
    EXPECT_EQ(text.blocks[0].type, RichBlockType::Heading);
    EXPECT_EQ(text.blocks[1].plainText(), QStringLiteral("Une piste  lien"));
    EXPECT_TRUE(text.blocks[1].spans[1].bold);
    EXPECT_EQ(text.blocks[3].type, RichBlockType::Bullet);
    EXPECT_TRUE(text.blocks[3].spans[0].italic);
    for (QTextBlock block = editor()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            EXPECT_FALSE(it.fragment().charFormat().isImageFormat());
    }
}

TEST_F(SynthesisTabTest, InsertFromTheInvestigationPutsEditableTextInTheSection)
{
    start();
    typeInto(QStringLiteral("personal"), QString());
    QTest::mouseClick(tab->editor()->insertDigestButton(), Qt::LeftButton);
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("rien à reprendre")));
    EXPECT_TRUE(editor()->toPlainText().isEmpty());
    workspace().setDigestProvider(std::make_unique<FixedDigest>());
    QTest::mouseClick(tab->editor()->insertDigestButton(), Qt::LeftButton);
    tab->saveNow();
    EXPECT_EQ(storedText("personal"),
              QStringLiteral("Critères fondamentaux\n\n• Autonomie\n\n• Utilité sociale\n\nZone de concession\n\n• Salaire"));
    workspace().undoGroup()->undo();
    EXPECT_TRUE(storedText("personal").isEmpty());
}

TEST_F(SynthesisTabTest, SubmittedThenObservationsRecordedInTheirDialog)
{
    start();
    EXPECT_FALSE(tab->observationsAction()->isEnabled());
    tab->submitAction()->trigger();
    EXPECT_EQ(stored().status, SynthesisStatus::Submitted);
    ASSERT_TRUE(tab->observationsAction()->isEnabled());
    QPointer<ObservationsDialog> dialog = tab->recordObservations();
    ASSERT_TRUE(dialog);
    typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("observationsPlainTextEdit")),
             QStringLiteral("D'accord avec l'ensemble."));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(dialog));
    EXPECT_EQ(stored().observations, QStringLiteral("D'accord avec l'ensemble."));
    workspace().undoGroup()->undo();
    EXPECT_TRUE(stored().observations.isEmpty());
}

TEST_F(SynthesisTabTest, TheLayoutIsSavedAsATemplateForTheNextSynthesis)
{
    start();
    ASSERT_TRUE(tab->sectionModel()->setData(tab->sectionModel()->index(5), Qt::Unchecked, Qt::CheckStateRole));
    QPointer<TemplateDialog> dialog = tab->saveTemplate();
    ASSERT_TRUE(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    name->clear();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(dialog && dialog->isVisible()); // a template needs a name
    typeText(name, QStringLiteral("Sans plan B"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitClosed(dialog));
    const auto templates = workspace().syntheses().templates().value();
    ASSERT_EQ(templates.size(), 1);
    EXPECT_EQ(templates.first().name, QStringLiteral("Sans plan B"));
    EXPECT_TRUE(templates.first().isDefault);
    EXPECT_TRUE(templates.first().sections[5].hidden);
}

TEST_F(SynthesisTabTest, ThePdfIsExportedWhereAskedAndAFailureIsSaid)
{
    start();
    typeInto(QStringLiteral("circumstances"), QStringLiteral("Le début du bilan."));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("synthese.pdf"));
    FileDialog::setNextFileName(path);
    ASSERT_TRUE(tab->exportPdf());
    const PdfProbe pdf(path);
    EXPECT_TRUE(pdf.valid());
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Zoé Lefèvre")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Le début du bilan.")));
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("synthese.pdf")));

    FileDialog::setNextFileName(QStringLiteral("/proc/parcours-synthese.pdf"));
    EXPECT_FALSE(tab->exportPdf());
    EXPECT_EQ(window->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(window->banner()->text().startsWith(QStringLiteral("Le PDF n'a pas été enregistré")))
        << window->banner()->text().toStdString();
    FileDialog::setNextFileName(QString()); // cancelled: nothing happens
    EXPECT_FALSE(tab->exportPdf());
}

TEST_F(SynthesisTabTest, ThePrintPreviewShowsTheSynthesisPages)
{
    start();
    QPointer<QPrintPreviewDialog> preview = tab->preview();
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->isVisible());
    EXPECT_TRUE(preview->windowTitle().contains(QStringLiteral("Zoé Lefèvre")));
    // The cover and the sections, in the same frame as the PDF.
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_TRUE(pages);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pages->pageCount() > 0; }, 3000));
    EXPECT_EQ(pages->pageCount(), 2);
    preview->close();
    ASSERT_TRUE(waitClosed(preview));
}

namespace {

/// Another desk (a second connection to the same database) writes the section first.
void theyWrite(TestDatabase& database, const ManualClock& clock, qint64 bilanId, const QString& key,
               const QString& text)
{
    auto store = database.open();
    ASSERT_TRUE(store.ok());
    Workspace theirs(*store.value(), clock, database.location().display());
    auto current = theirs.syntheses().current(bilanId).value().value();
    ASSERT_TRUE(theirs.syntheses().setSectionBody(current.id, current.version, key, RichText::fromPlainText(text)).ok());
}

} // namespace

TEST_F(SynthesisTabTest, ASectionSavedElsewhereMeanwhileAsksBeforeOverwriting)
{
    start();
    typeInto(QStringLiteral("path"), QStringLiteral("Mon texte"));
    theyWrite(*m_database, m_clock, bilanId, QStringLiteral("path"), QStringLiteral("Leur texte"));
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::Overwrite);
    tab->saveNow();
    EXPECT_EQ(storedText("path"), QStringLiteral("Mon texte"));
}

TEST_F(SynthesisTabTest, ReloadingASectionSavedElsewhereShowsTheirText)
{
    start();
    typeInto(QStringLiteral("path"), QStringLiteral("Mon texte"));
    theyWrite(*m_database, m_clock, bilanId, QStringLiteral("path"), QStringLiteral("Leur texte"));
    ConflictPrompt::setNextAnswer(ConflictPrompt::Choice::KeepCopy);
    tab->saveNow();
    EXPECT_EQ(storedText("path"), QStringLiteral("Leur texte"));
    EXPECT_EQ(editor()->toPlainText(), QStringLiteral("Leur texte"));
    EXPECT_EQ(ConflictPrompt::lastCopy(), QStringLiteral("Mon texte"));
}
