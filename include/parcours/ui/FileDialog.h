#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace parcours {

/**
 * The one way Parcours asks for a file name (save a PDF, choose a logo), so tests can answer in advance with
 * setNextFileName, as KeePassXC's FileDialog does. An empty answer means the consultant cancelled.
 */
class FileDialog {
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filter);
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption);
    static void setNextFileName(const QString& fileName) { s_next = fileName; }

private:
    static inline std::optional<QString> s_next;
};

} // namespace parcours
