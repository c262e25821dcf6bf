#include "PdfProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace parcours::test {
namespace {

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

PdfProbe::PdfProbe(QString path)
    : m_path(std::move(path))
{
    // To look at what the tests print: PARCOURS_TEST_ARTIFACTS=/some/folder keeps a copy of every PDF probed.
    const QString keep = qEnvironmentVariable("PARCOURS_TEST_ARTIFACTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        const QString copy = QDir(keep).filePath(QFileInfo(m_path).fileName());
        QFile::remove(copy);
        QFile::copy(m_path, copy);
    }
}

QString PdfProbe::text() const
{
    return run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, m_path, u"-"_s }).normalized(QString::NormalizationForm_KC);
}

QString PdfProbe::pageText(int page) const
{
    const QString number = QString::number(page);
    return run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-f"_s, number, u"-l"_s, number, m_path, u"-"_s })
        .normalized(QString::NormalizationForm_KC);
}

int PdfProbe::pages() const
{
    const QString pages = metadata(u"Pages"_s);
    bool ok = false;
    const int count = pages.toInt(&ok);
    return ok ? count : -1;
}

QString PdfProbe::metadata(const QString& field) const
{
    int exitCode = 0;
    const QString info = run(u"pdfinfo"_s, { m_path }, &exitCode);
    if (exitCode != 0)
        return {};
    for (const QString& line : info.split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

bool PdfProbe::valid(QString* report) const
{
    int exitCode = 0;
    const QString output = run(u"qpdf"_s, { u"--check"_s, m_path }, &exitCode);
    if (report)
        *report = output;
    return exitCode == 0;
}

QString PdfProbe::renderPage(int page, const QString& outputPrefix, int dpi) const
{
    const QString number = QString::number(page);
    int exitCode = 0;
    run(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, number, u"-l"_s, number,
                        u"-singlefile"_s, m_path, outputPrefix },
        &exitCode);
    const QString png = outputPrefix + u".png"_s;
    return exitCode == 0 && QFile::exists(png) ? png : QString();
}

} // namespace parcours::test
