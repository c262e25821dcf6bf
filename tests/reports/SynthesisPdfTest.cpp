// The synthèse as a real PDF, read back with Debian's tools: every section and the name in its text, the page count,
// qpdf's check, embedded fonts; hostile text printed as typed; long, empty, accented, right-to-left and emoji text;
// write failures that leave nothing behind.
#include "FailingDevice.h"
#include "PdfProbe.h"
#include "SampleDocuments.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/RichTextDocument.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

QString write(const BuiltDocument& built, const QTemporaryDir& folder, const QString& name)
{
    const QString path = folder.filePath(name);
    const auto written = built.writePdf(path);
    EXPECT_TRUE(written.ok()) << (written.ok() ? std::string() : written.error().message.toStdString());
    return path;
}

QString fonts(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdffonts"), { pdf });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST(SynthesisPdf, EverySectionTheNameAndThePagesAreThere)
{
    QTemporaryDir folder;
    const SynthesisContent content = sampleSynthesis();
    BuiltDocument built = documents::synthesis(content, std::make_unique<DocumentLanguage>());
    const int expectedPages = PdfWriter::pageCount(*built.document);
    const PdfProbe pdf(write(built, folder, built.fileName));
    QString report;
    EXPECT_TRUE(pdf.valid(&report)) << report.toStdString();
    EXPECT_EQ(pdf.pages(), expectedPages);
    EXPECT_GE(expectedPages, 2);
    const QString text = pdf.text().simplified(); // titles may wrap
    for (const SynthesisSection& section : content.version.sections) {
        const QString title = section.title.isEmpty()
            ? DocumentLanguage().text("SynthesisSection", SynthesisRules::defaultTitleSource(section.key))
            : section.title;
        EXPECT_EQ(text.contains(title.normalized(QString::NormalizationForm_KC).simplified()), !section.hidden)
            << title.toStdString();
    }
    EXPECT_TRUE(pdf.pageText(1).contains(QStringLiteral("Zoé Lefèvre")));
    EXPECT_TRUE(pdf.pageText(1).contains(QStringLiteral("L6313-4")));
    EXPECT_TRUE(pdf.pageText(1).contains(QStringLiteral("12 janvier 2026")));
    EXPECT_TRUE(pdf.pageText(expectedPages).contains(QStringLiteral("page %1 / %1").arg(expectedPages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Rencontrer deux formatrices")));
    EXPECT_EQ(pdf.metadata(QStringLiteral("Title")), built.options.title);
    // Every font is embedded (pdffonts' "emb" column), so the PDF reads the same everywhere.
    const QStringList lines = fonts(pdf.path()).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << line.toStdString();
}

TEST(SynthesisPdf, HostileMarkupPrintsLiterallyAndNoLocalFileIsRead)
{
    QTemporaryDir folder;
    const QString secret = folder.filePath(QStringLiteral("secret.png"));
    {
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        ASSERT_TRUE(image.save(secret));
    }
    const QString url = QUrl::fromLocalFile(secret).toString();
    const QString hostile = QStringLiteral("<img src=\"%1\"> <a href=\"https://example.org\">lien</a> "
                                           "<script>alert(1)</script> &amp; <b>gras</b>")
                                .arg(url);
    SynthesisContent content = sampleSynthesis();
    content.version.sections[0].body = RichText::fromPlainText(hostile);
    content.version.sections[0].title = QStringLiteral("<h1>%1</h1>").arg(url);
    // The same markup read as HTML: the image is dropped, never loaded.
    const int refusedBefore = SafeTextDocument::refusedResources();
    content.version.sections[1].body = richtext::fromHtml(
        QStringLiteral("<p>avant <img src=\"%1\"> après</p><style>@import url(\"%1\");</style>").arg(url));
    EXPECT_GT(SafeTextDocument::refusedResources(), refusedBefore);
    BuiltDocument built = documents::synthesis(content, std::make_unique<DocumentLanguage>());
    const PdfProbe pdf(write(built, folder, QStringLiteral("hostile.pdf")));
    const QString text = pdf.text().simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script> &amp; <b>gras</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"%1\">").arg(url)));
    EXPECT_TRUE(text.contains(QStringLiteral("<h1>%1</h1>").arg(url)));
    EXPECT_TRUE(text.contains(QStringLiteral("avant après")));
    // No picture reached the page: nothing red is drawn anywhere.
    for (int page = 1; page <= pdf.pages(); ++page) {
        const QImage rendered(pdf.renderPage(page, folder.filePath(QStringLiteral("page%1").arg(page))));
        ASSERT_FALSE(rendered.isNull());
        bool red = false;
        for (int y = 0; y < rendered.height() && !red; ++y) {
            for (int x = 0; x < rendered.width() && !red; ++x) {
                const QColor c = rendered.pixelColor(x, y);
                red = c.red() > 200 && c.green() < 80 && c.blue() < 80;
            }
        }
        EXPECT_FALSE(red) << "page " << page;
    }
}

TEST(SynthesisPdf, AHundredPageSectionPrintsWhole)
{
    QTemporaryDir folder;
    SynthesisContent content = sampleSynthesis();
    QString longText;
    for (int i = 1; i <= 2100; ++i) {
        longText += QStringLiteral("Paragraphe %1 : l'expérience, les compétences et le projet de la bénéficiaire, "
                                   "décrits avec soin sur plusieurs lignes pour remplir la page, encore et encore, "
                                   "jusqu'à la fin du document.\n\n")
                        .arg(i);
    }
    content.version.sections[2].body = RichText::fromPlainText(longText);
    BuiltDocument built = documents::synthesis(content, std::make_unique<DocumentLanguage>());
    const PdfProbe pdf(write(built, folder, QStringLiteral("long.pdf")));
    EXPECT_GE(pdf.pages(), 100);
    EXPECT_TRUE(pdf.valid());
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Paragraphe 2100 :")));
    EXPECT_TRUE(pdf.pageText(pdf.pages()).contains(QStringLiteral("page %1 / %1").arg(pdf.pages())));
}

TEST(SynthesisPdf, EmptySectionsPrintAsToBeWrittenInADraftAndVanishWhenFinal)
{
    QTemporaryDir folder;
    SynthesisContent content = sampleSynthesis();
    for (SynthesisSection& section : content.version.sections)
        section.body = {};
    content.version.actions.clear();
    content.version.observations.clear();
    content.version.status = SynthesisStatus::Draft;
    const PdfProbe draft(write(documents::synthesis(content, std::make_unique<DocumentLanguage>()), folder,
                               QStringLiteral("draft.pdf")));
    EXPECT_EQ(draft.pages(), 2);
    EXPECT_TRUE(draft.text().contains(QStringLiteral("À rédiger.")));
    content.version.status = SynthesisStatus::Final;
    const PdfProbe final(write(documents::synthesis(content, std::make_unique<DocumentLanguage>()), folder,
                               QStringLiteral("final.pdf")));
    EXPECT_TRUE(final.valid());
    EXPECT_FALSE(final.text().contains(QStringLiteral("À rédiger.")));
    EXPECT_FALSE(final.text().contains(QStringLiteral("Plan B")));
}

TEST(SynthesisPdf, AccentsLigaturesAndApostrophesComeBackAsTyped)
{
    QTemporaryDir folder;
    SynthesisContent content = sampleSynthesis();
    const QString typed = QStringLiteral("Efficacité, affluence, œuvre, fjord, l'apostrophe et l’autre, "
                                         "« guillemets » ; Çà et là, NOËL, naïf, Straße.");
    content.version.sections[1].body = RichText::fromPlainText(typed);
    const PdfProbe pdf(write(documents::synthesis(content, std::make_unique<DocumentLanguage>()), folder,
                             QStringLiteral("accents.pdf")));
    EXPECT_TRUE(pdf.text().simplified().contains(typed.normalized(QString::NormalizationForm_KC).simplified()))
        << pdf.text().toStdString();
}

TEST(SynthesisPdf, RightToLeftNamesPrintInReadingOrder)
{
    QTemporaryDir folder;
    SynthesisContent content = sampleSynthesis();
    content.parties.client.firstName = QStringLiteral("رامي");
    content.parties.client.lastName = QStringLiteral("الحسيني");
    content.version.sections[1].body = RichText::fromPlainText(u"Le parcours de רות כהן, arrivée en 2019.");
    const PdfProbe pdf(write(documents::synthesis(content, std::make_unique<DocumentLanguage>()), folder,
                             QStringLiteral("rtl.pdf")));
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(QStringLiteral("رامي الحسيني")) || text.contains(QStringLiteral("الحسيني رامي")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("רות כהן"))) << text.toStdString();
}

TEST(SynthesisPdf, EmojiAreDrawnWithARealGlyph)
{
    QTemporaryDir folder;
    DocumentBuilder builder(QStringLiteral("emoji"));
    builder.line(QStringLiteral("😀"), 60);
    auto document = builder.finish();
    PdfOptions options;
    options.title = QStringLiteral("emoji");
    const QString path = folder.filePath(QStringLiteral("emoji.pdf"));
    ASSERT_TRUE(PdfWriter::writeFile(*document, options, path).ok());
    // Symbola (fonts-symbola) is what has the glyph; Qt draws it as outlines (the font may not be embedded).
    ASSERT_TRUE(QFontDatabase::families().contains(QStringLiteral("Symbola"))) << "install fonts-symbola";
    const QImage page(PdfProbe(path).renderPage(1, folder.filePath(QStringLiteral("emoji")), 72));
    ASSERT_FALSE(page.isNull());
    // The glyph's box, in the top part of the page (the footer is at the bottom).
    QRect box;
    for (int y = 0; y < page.height() / 3; ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    ASSERT_TRUE(box.isValid());
    EXPECT_GT(box.width(), 30);
    EXPECT_GT(box.height(), 30);
    // A round face, not the square box of a missing glyph: its bounding box's corners are blank and its middle has
    // marks (eyes, mouth).
    const int inset = box.width() / 10;
    for (const QPoint& corner : { box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight() }) {
        const QPoint inside(corner.x() + (corner.x() == box.left() ? inset : -inset),
                            corner.y() + (corner.y() == box.top() ? inset : -inset));
        EXPECT_GT(qGray(page.pixel(inside)), 200) << inside.x() << "," << inside.y();
    }
    int marks = 0;
    for (int y = box.top() + box.height() / 4; y < box.bottom() - box.height() / 4; ++y) {
        for (int x = box.left() + box.width() / 4; x < box.right() - box.width() / 4; ++x)
            marks += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    EXPECT_GT(marks, 20);
}

TEST(SynthesisPdf, AWriteFailureLeavesNoFileAndSaysSo)
{
    const BuiltDocument built = documents::synthesis(sampleSynthesis(), std::make_unique<DocumentLanguage>());
    // A full disk at several points of the file.
    QByteArray complete;
    {
        QBuffer buffer(&complete);
        buffer.open(QIODevice::WriteOnly);
        ASSERT_TRUE(PdfWriter::write(*built.document, built.options, buffer).ok());
    }
    for (qint64 budget : { qint64(0), complete.size() / 3, complete.size() - 10 }) {
        FailingDevice device(budget);
        device.open(QIODevice::WriteOnly);
        const auto result = PdfWriter::write(*built.document, built.options, device);
        ASSERT_FALSE(result.ok()) << budget;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("No space left on device")));
    }
    // A read-only folder (for root, who ignores permissions, a read-only file system): refused, nothing left.
    QTemporaryDir folder;
    QString readOnly = folder.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFile probe(readOnly + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        readOnly = QStringLiteral("/proc");
    }
    const QString target = readOnly + QStringLiteral("/synthese.pdf");
    const auto refused = built.writePdf(target);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Io);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("synthese.pdf")));
    EXPECT_FALSE(QFile::exists(target));
    if (readOnly != u"/proc") {
        EXPECT_TRUE(QDir(readOnly).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    QFile::setPermissions(folder.filePath(QStringLiteral("read-only")), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                            | QFileDevice::ExeOwner);
}
