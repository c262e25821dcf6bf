#include <parcours/ui/FileDialog.h>

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace parcours {
namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                    const QString& filter)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, caption, QDir(documentsFolder()).filePath(suggested), filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, caption, documentsFolder(), filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getExistingDirectory(parent, caption, documentsFolder());
}

} // namespace parcours
