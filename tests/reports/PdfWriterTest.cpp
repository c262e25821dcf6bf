// The one PDF writer: pages numbered "X / Y", text selectable, valid for qpdf, user text never read as markup,
// and nothing half-written when the disk fails.
#include "FailingDevice.h"
#include "PdfProbe.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

Letterhead sampleLetterhead()
{
    Letterhead letterhead;
    letterhead.name = QStringLiteral("Camille Exemple");
    letterhead.title = QStringLiteral("Conseillère en bilan de compétences");
    letterhead.address = QStringLiteral("1 rue de l'Exemple\n13001 Marseille");
    letterhead.email = QStringLiteral("contact@example.org");
    letterhead.siret = QStringLiteral("12345678900012");
    letterhead.declarationNumber = QStringLiteral("93131234567");
    return letterhead;
}

PdfOptions titled(const QString& title)
{
    PdfOptions options;
    options.title = title;
    return options;
}

std::unique_ptr<QTextDocument> longDocument(int paragraphs)
{
    const DocumentLanguage french;
    DocumentBuilder builder(QStringLiteral("Document d'essai"));
    builder.letterhead(sampleLetterhead(), french);
    builder.documentTitle(QStringLiteral("Document d'essai"), QStringLiteral("Sous-titre"));
    for (int i = 1; i <= paragraphs; ++i) {
        builder.heading(QStringLiteral("Partie %1").arg(i), 2);
        builder.paragraph(QStringLiteral("Paragraphe %1 : efficacité, « guillemets », l'apostrophe et l’autre. ").arg(i)
                              .repeated(4));
    }
    builder.table({ QStringLiteral("Date"), QStringLiteral("Phase") },
                  { { QStringLiteral("lundi 2 février"), QStringLiteral("Préliminaire") } }, { 40, 60 });
    builder.signatureBoxes({ QStringLiteral("Le bénéficiaire"), QStringLiteral("La consultante") });
    return builder.finish();
}

} // namespace

TEST(PdfWriter, PagesAreNumberedWithTheTotalAndTheFileIsValid)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("essai.pdf"));
    auto document = longDocument(60);
    const int expected = PdfWriter::pageCount(*document);
    ASSERT_GE(expected, 3);
    const DocumentLanguage french;
    PdfOptions options { QStringLiteral("Document d'essai"), QStringLiteral("Camille Exemple — Zoé L."),
                         QStringLiteral("confidentiel"), &french };
    ASSERT_TRUE(PdfWriter::writeFile(*document, options, path).ok());

    PdfProbe pdf(path);
    QString report;
    EXPECT_TRUE(pdf.valid(&report)) << report.toStdString();
    EXPECT_EQ(pdf.pages(), expected);
    EXPECT_EQ(pdf.metadata(QStringLiteral("Title")), QStringLiteral("Document d'essai"));
    EXPECT_TRUE(pdf.pageText(1).contains(QStringLiteral("page 1 / %1").arg(expected)));
    EXPECT_TRUE(pdf.pageText(expected).contains(QStringLiteral("page %1 / %1").arg(expected)));
    EXPECT_TRUE(pdf.pageText(2).contains(QStringLiteral("Camille Exemple — Zoé L.")));
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Conseillère en bilan de compétences")));
    EXPECT_TRUE(text.contains(QStringLiteral("SIRET 12345678900012")));
    EXPECT_TRUE(text.contains(QStringLiteral("efficacité, « guillemets », l'apostrophe et l’autre")));
    EXPECT_TRUE(text.contains(QStringLiteral("Partie 60")));
    EXPECT_TRUE(text.contains(QStringLiteral("Le bénéficiaire")));
}

TEST(PdfWriter, UserTextIsPrintedLiterallyAndNoLocalFileIsRead)
{
    QTemporaryDir folder;
    const QString secret = folder.filePath(QStringLiteral("secret.txt"));
    {
        QFile file(secret);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("SECRET-MARKER");
    }
    DocumentBuilder builder(QStringLiteral("Notes"));
    const QString hostile = QStringLiteral("<img src=\"file://%1\"> <a href=\"https://example.org\">lien</a> "
                                           "<script>alert(1)</script> &amp; <b>gras</b>")
                                .arg(secret);
    builder.paragraph(hostile);
    auto document = builder.finish();
    const QString path = folder.filePath(QStringLiteral("notes.pdf"));
    ASSERT_TRUE(PdfWriter::writeFile(*document, titled(QStringLiteral("Notes")), path).ok());
    const QString text = PdfProbe(path).text().simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script> &amp; <b>gras</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=")));
    EXPECT_FALSE(text.contains(QStringLiteral("SECRET-MARKER")));
    // Even a resource asked for by name stays empty unless it is one of ours.
    EXPECT_FALSE(document->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(secret)).isValid());
}

TEST(PdfWriter, AFailingDeviceIsReportedAtEveryPoint)
{
    auto document = longDocument(3);
    QByteArray complete;
    {
        QBuffer buffer(&complete);
        buffer.open(QIODevice::WriteOnly);
        ASSERT_TRUE(PdfWriter::write(*document, titled(QStringLiteral("x")), buffer).ok());
    }
    ASSERT_GT(complete.size(), 1000);
    for (qint64 budget : { qint64(0), qint64(10), complete.size() / 2, complete.size() - 1 }) {
        FailingDevice device(budget);
        device.open(QIODevice::WriteOnly);
        const auto result = PdfWriter::write(*document, titled(QStringLiteral("x")), device);
        ASSERT_FALSE(result.ok()) << budget;
        EXPECT_EQ(result.error().code, ErrorCode::Io);
    }
}

TEST(PdfWriter, AnImpossibleDestinationIsReportedAndCreatesNothing)
{
    QTemporaryDir folder;
    auto document = longDocument(2);
    const QString missingFolder = folder.filePath(QStringLiteral("no/such/folder/synthese.pdf"));
    const auto missing = PdfWriter::writeFile(*document, titled(QStringLiteral("x")), missingFolder);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("synthese.pdf")));
    // A folder in the way of the file: refused, and the folder is left as it was.
    ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("taken.pdf")));
    const auto taken = PdfWriter::writeFile(*document, titled(QStringLiteral("x")),
                                            folder.filePath(QStringLiteral("taken.pdf")));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 0);
}

TEST(DocumentLanguage, DocumentsAreFrenchByDefaultWhateverTheInterface)
{
    const DocumentLanguage french;
    EXPECT_EQ(french.text("Document", "page %1 / %2"), QStringLiteral("page %1 / %2"));
    EXPECT_EQ(french.longDate(QDate(2025, 3, 3)), QStringLiteral("3 mars 2025"));
    EXPECT_EQ(french.dayDate(QDate(2025, 3, 3)), QStringLiteral("lundi 3 mars 2025"));
    EXPECT_EQ(french.longDate(QDate(2026, 6, 1)), QStringLiteral("1er juin 2026"));
    EXPECT_EQ(french.dayDate(QDate(2026, 6, 1)), QStringLiteral("lundi 1er juin 2026"));
    EXPECT_EQ(french.text("Document", "Training provider no. %1"), QStringLiteral("Déclaration d'activité n° %1"));
    const DocumentLanguage english(QStringLiteral("en"));
    EXPECT_EQ(english.text("Document", "Training provider no. %1"), QStringLiteral("Training provider no. %1"));
    // English is the source language, but its plurals still need their two forms.
    EXPECT_EQ(english.text("parcours::PhaseTimeline", ", %n planned", 1), QStringLiteral(", 1 planned"));
    EXPECT_EQ(english.text("parcours::PhaseTimeline", "%1: %2 done of %3, %n session(s) done", 2),
              QStringLiteral("%1: %2 done of %3, 2 sessions done"));
    EXPECT_EQ(french.text("parcours::PhaseTimeline", "%1: %2 done of %3, %n session(s) done", 1),
              QStringLiteral("%1\u00a0: %2 faites sur %3, 1 séance faite"));
}

TEST(PdfWriter, NoRowOfATableIsCutInTwoAcrossPages)
{
    // Rows of one short cell and one of one to five lines, as a synthèse's action plan: some fall on a page's end.
    const DocumentLanguage french;
    DocumentBuilder builder(QStringLiteral("Plan"));
    builder.documentTitle(QStringLiteral("Plan d'action"), QString());
    QList<QStringList> rows;
    for (int n = 1; n <= 60; ++n) {
        const QString step = QStringLiteral("une étape décrite en détail ").repeated(2 + 3 * (n % 4));
        rows << QStringList { QStringLiteral("Rang%1").arg(n),
                              QStringLiteral("Debut%1 ").arg(n) + step + QStringLiteral("Fin%1").arg(n) };
    }
    builder.table({ QStringLiteral("Horizon"), QStringLiteral("Étape") }, rows, { 20, 80 });
    builder.paragraph(QStringLiteral("Après le tableau."));
    auto document = builder.finish();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(PdfWriter::writeFile(*document, titled(QStringLiteral("Plan")), path).ok());

    const PdfProbe pdf(path);
    ASSERT_GE(pdf.pages(), 3);
    EXPECT_TRUE(pdf.valid());
    QStringList pages;
    for (int page = 1; page <= pdf.pages(); ++page)
        pages << pdf.pageText(page);
    const auto pageOf = [&](const QString& word) {
        for (qsizetype page = 0; page < pages.size(); ++page) {
            if (pages.at(page).contains(QRegularExpression(QStringLiteral("\\b") + word + QStringLiteral("\\b"))))
                return static_cast<int>(page) + 1;
        }
        return 0;
    };
    for (int n = 1; n <= 60; ++n) {
        const int page = pageOf(QStringLiteral("Rang%1").arg(n));
        ASSERT_GT(page, 0) << "row " << n << " is missing";
        EXPECT_EQ(pageOf(QStringLiteral("Debut%1").arg(n)), page) << "row " << n;
        EXPECT_EQ(pageOf(QStringLiteral("Fin%1").arg(n)), page) << "row " << n << " ends on another page";
    }
    for (int page = 1; page <= pdf.pages(); ++page)
        EXPECT_TRUE(pages.at(page - 1).contains(QStringLiteral("Étape"))) << "page " << page << " has no header row";
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Après le tableau.")));
}
