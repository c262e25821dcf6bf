// What the investigation puts in and takes out as files: a test's report attached (type and size checked), opened
// in the viewer through a temporary copy that is removed afterwards, and the two handouts printed from the tab.
#include "InvestigationGuiSupport.h"
#include "InvestigationSample.h"
#include "PdfProbe.h"
#include "ui_TestResultForm.h"

#include <parcours/core/InvestigationRules.h>
#include <parcours/ui/FieldInquiriesPage.h>
#include <parcours/ui/FileDialogs.h>
#include <parcours/ui/PeerFeedbackPage.h>
#include <parcours/ui/TestResultsPage.h>
#include <parcours/ui/ViewerCopies.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::test;

namespace {

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& content)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

ReportFile samplePdf()
{
    return checkReportFile(QStringLiteral("Echo rapport.pdf"), samplePdfBytes()).value();
}

} // namespace

TEST(ViewerCopies, ACopyIsPrivateReadOnlyAndRemovedWhenTheWindowCloses)
{
    QTemporaryDir base;
    QList<QUrl> opened;
    QString copy;
    {
        ViewerCopies copies(base.path());
        copies.setOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        auto path = copies.open(samplePdf());
        ASSERT_TRUE(path.ok()) << path.error().message.toStdString();
        copy = path.value();
        ASSERT_EQ(opened.size(), 1);
        EXPECT_EQ(opened.first().toLocalFile(), copy);
        EXPECT_TRUE(copy.endsWith(QStringLiteral("/Echo rapport.pdf")));
        QFile file(copy);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), samplePdfBytes());
        EXPECT_EQ(
            QFile::permissions(copy) & (QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        EXPECT_EQ(QFile::permissions(QFileInfo(copy).absolutePath()) & (QFileDevice::ReadOther | QFileDevice::ExeOther),
            QFileDevice::Permissions());
        // A second report does not overwrite the first, even with the same name.
        auto second = copies.open(samplePdf());
        ASSERT_TRUE(second.ok());
        EXPECT_NE(second.value(), copy);
        EXPECT_EQ(copies.copies().size(), 2);
    }
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_TRUE(QDir(base.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST(ViewerCopies, FoldersLeftByACrashedSessionAreSweptButNotThoseOfALiveOne)
{
    QTemporaryDir base;
    ASSERT_TRUE(QDir(base.path()).mkpath(QStringLiteral("crashed/1")));
    QFile left(base.filePath(QStringLiteral("crashed/1/echo.pdf")));
    ASSERT_TRUE(left.open(QIODevice::WriteOnly));
    left.write(samplePdfBytes());
    left.close();
    ViewerCopies live(base.path());
    live.setOpener([](const QUrl&) { return true; });
    ASSERT_TRUE(live.open(samplePdf()).ok());
    EXPECT_FALSE(QFile::exists(left.fileName())); // swept when `live` started
    ViewerCopies::sweep(base.path());
    EXPECT_EQ(live.copies().size(), 1); // still there: its session runs
    QList<QUrl> failed;
    live.setOpener([&](const QUrl& url) {
        failed << url;
        return false;
    });
    const auto refused = live.open(samplePdf());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(failed.size(), 1);
}

TEST_F(InvestigationGuiTest, AReportIsAttachedOpenedThroughACopyAndTheCopyGoesWithTheTab)
{
    TestResultsPage* page = tab->testResultsPage();
    openPart(page);
    page->addRecordAction()->trigger();
    settle();
    QTemporaryDir folder;

    // Not an accepted kind: refused next to the form, in French, nothing stored.
    FileDialogs::setNextFileName(writeFile(folder, QStringLiteral("notes.exe"), QByteArrayLiteral("MZ")));
    page->attachReport();
    settle();
    EXPECT_TRUE(page->refusalLabel()->text().contains(QStringLiteral("Seuls les PDF")))
        << page->refusalLabel()->text().toStdString();
    EXPECT_FALSE(stored().testResults[0].file.has_value());

    FileDialogs::setNextFileName(writeFile(folder, QStringLiteral("Echo.pdf"), samplePdfBytes()));
    page->attachReport();
    settle();
    ASSERT_TRUE(stored().testResults[0].file.has_value());
    EXPECT_EQ(stored().testResults[0].file->sha256, sha256Hex(samplePdfBytes()));
    EXPECT_TRUE(page->form().fileNameLabel->text().startsWith(QStringLiteral("Echo.pdf")));
    EXPECT_TRUE(page->form().openPushButton->isEnabled());

    QList<QUrl> opened;
    page->viewerCopies().setOpener([&](const QUrl& url) {
        opened << url;
        return true;
    });
    const QString copy = page->openReport();
    ASSERT_FALSE(copy.isEmpty());
    ASSERT_EQ(opened.size(), 1);
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), samplePdfBytes());
    file.close();

    // Removing the file is undone with its bytes; the copy disappears when the tab (the window) goes.
    QTest::mouseClick(page->form().detachPushButton, Qt::LeftButton);
    settle();
    EXPECT_FALSE(stored().testResults[0].file.has_value());
    undo()->undo();
    settle();
    ASSERT_TRUE(stored().testResults[0].file.has_value());
    EXPECT_EQ(workspace().investigation().reportFile(stored().testResults[0].id).value().content, samplePdfBytes());
    tab.reset();
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(InvestigationGuiTest, DeletingATestWithItsReportIsUndoneWithTheReport)
{
    TestResult test;
    test.bilanId = bilanId;
    test.instrument = QStringLiteral("PerformanSe Echo");
    test.file = samplePdf();
    ASSERT_TRUE(workspace().investigation().add(test).ok());
    settle();
    TestResultsPage* page = tab->testResultsPage();
    openPart(page);
    ASSERT_EQ(page->model()->rowCount(), 1);
    page->removeRecordAction()->trigger();
    settle();
    EXPECT_TRUE(stored().testResults.isEmpty());
    undo()->undo();
    settle();
    ASSERT_EQ(stored().testResults.size(), 1);
    EXPECT_EQ(workspace().investigation().reportFile(stored().testResults[0].id).value().content, samplePdfBytes());
}

TEST_F(InvestigationGuiTest, TheQuestionnaireAndTheGuideArePrintedFromTheirParts)
{
    ASSERT_TRUE(workspace().settings().setValue(u"consultant.name", QStringLiteral("Camille Exemple")).ok());
    QTemporaryDir folder;
    PeerFeedbackPage* peers = tab->peerFeedbackPage();
    openPart(peers);
    FileDialogs::setNextFileName(folder.filePath(QStringLiteral("regard.pdf")));
    QTest::mouseClick(peers->printButton(), Qt::LeftButton);
    const QString questionnaire = folder.filePath(QStringLiteral("regard.pdf"));
    ASSERT_TRUE(QFile::exists(questionnaire));
    const QString text = PdfProbe(questionnaire).text().simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Le regard des autres")));
    EXPECT_TRUE(text.contains(QStringLiteral("Camille Exemple")));
    EXPECT_TRUE(text.contains(QStringLiteral("connaissent Maëlle")));

    CareerOption option;
    option.bilanId = bilanId;
    option.title = QStringLiteral("Céramiste");
    const qint64 optionId = workspace().investigation().add(option).value();
    FieldInquiry inquiry;
    inquiry.bilanId = bilanId;
    inquiry.careerOptionId = optionId;
    inquiry.contactRole = QStringLiteral("Céramiste");
    ASSERT_TRUE(workspace().investigation().add(inquiry).ok());
    settle();
    FieldInquiriesPage* inquiries = tab->fieldInquiriesPage();
    openPart(inquiries);
    FileDialogs::setNextFileName(folder.filePath(QStringLiteral("guide.pdf")));
    EXPECT_EQ(inquiries->printGuide(), folder.filePath(QStringLiteral("guide.pdf")));
    EXPECT_TRUE(PdfProbe(folder.filePath(QStringLiteral("guide.pdf")))
                    .text()
                    .simplified()
                    .contains(QStringLiteral("Piste explorée : Céramiste")));
    // Cancelled: nothing written.
    FileDialogs::setNextFileName(QString());
    EXPECT_TRUE(inquiries->printGuide().isEmpty());
}

TEST_F(InvestigationGuiTest, TheAnswersOfRespondentsAreBroughtTogether)
{
    Investigation sample = sampleInvestigation();
    for (PeerFeedback feedback : sample.peerFeedback) {
        feedback.bilanId = bilanId;
        ASSERT_TRUE(workspace().investigation().add(feedback).ok());
    }
    settle();
    PeerFeedbackPage* page = tab->peerFeedbackPage();
    const QString summary = page->summary()->toPlainText().simplified();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 personnes ont répondu")));
    EXPECT_TRUE(summary.contains(QStringLiteral("patiente (2)")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Inès (Collègue) — Patiente, rigoureuse.")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Jeanne (Famille) — Doute beaucoup d'elle-même.")));
}
