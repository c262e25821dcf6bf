#include <parcours/ui/FileDialogs.h>

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace parcours {

QString FileDialogs::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter)
{
    if (s_next)
        return *std::exchange(s_next, std::nullopt);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_next)
        return *std::exchange(s_next, std::nullopt);
    return QFileDialog::getOpenFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

} // namespace parcours
