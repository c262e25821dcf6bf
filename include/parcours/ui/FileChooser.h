#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace parcours {

/**
 * The one way Parcours asks for a file name (the system's file dialog). Tests answer in advance with
 * setNextFileName, as Confirmation does for questions; an empty name means "cancelled".
 */
class FileChooser {
public:
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter);
    static void setNextFileName(const QString& name) { s_next = name; }

private:
    static inline std::optional<QString> s_next;
};

} // namespace parcours
