#include <parcours/ui/FileChooser.h>

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace parcours {

QString FileChooser::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FileChooser::saveFile(
    QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    if (s_next)
        return std::exchange(s_next, std::nullopt).value();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filter);
}

} // namespace parcours
