// A PDF written to a disk that fills up at every kilobyte of it: the previous file stays whole, nothing
// half-written is left beside it, and the failure is reported (QSaveFile, all or nothing).
#include "FileSizeLimit.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

std::unique_ptr<QTextDocument> smallDocument(const QString& text)
{
    DocumentBuilder builder(QStringLiteral("Attestation"));
    builder.documentTitle(QStringLiteral("Attestation"), QString());
    builder.paragraph(text);
    return builder.finish();
}

} // namespace

TEST(WriteFailure, APdfOnAFullDiskKeepsThePreviousFileAtEveryKilobyte)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("attestation.pdf"));
    PdfOptions options;
    options.title = QStringLiteral("Attestation");
    auto first = smallDocument(QStringLiteral("Première version."));
    ASSERT_TRUE(PdfWriter::writeFile(*first, options, path).ok());
    const QByteArray previous = digestOf(path);
    auto second = smallDocument(QStringLiteral("Seconde version, plus longue : ").repeated(20));
    const QString elsewhere = folder.filePath(QStringLiteral("size/attestation.pdf"));
    ASSERT_TRUE(QDir().mkpath(folder.filePath(QStringLiteral("size"))));
    ASSERT_TRUE(PdfWriter::writeFile(*second, options, elsewhere).ok());
    const qint64 size = QFile(elsewhere).size(); // what the new version needs
    ASSERT_GT(size, 1024);
    for (qint64 limit = 0; limit < size; limit += 1024) {
        Result<void> written = success();
        {
            FileSizeLimit full(limit);
            written = PdfWriter::writeFile(*second, options, path);
        }
        ASSERT_FALSE(written.ok()) << "limit " << limit;
        EXPECT_EQ(written.error().code, ErrorCode::Io);
        ASSERT_EQ(digestOf(path), previous) << "limit " << limit;
        ASSERT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("attestation.pdf") })
            << "limit " << limit;
    }
    ASSERT_TRUE(PdfWriter::writeFile(*second, options, path).ok());
    EXPECT_NE(digestOf(path), previous);
}
