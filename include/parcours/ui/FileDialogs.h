#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace parcours {

/**
 * The file dialogs of Parcours (save a PDF, pick a report to attach), with a seam for tests: setNextFileName answers
 * the next dialog in advance, as KeePassXC's FileDialog does. An empty answer means "cancelled".
 */
class FileDialogs {
public:
    static QString saveFileName(
        QWidget* parent, const QString& caption, const QString& suggestedName, const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static void setNextFileName(const QString& fileName) { s_next = fileName; }

private:
    static inline std::optional<QString> s_next;
};

} // namespace parcours
