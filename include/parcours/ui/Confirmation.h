#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace parcours {

/**
 * The one way to ask the consultant to confirm a destructive action (a modal box, the only place Parcours
 * uses one). Tests answer in advance with setNextAnswer, as KeePassXC's MessageBox does.
 */
class Confirmation {
public:
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel);
    static void setNextAnswer(bool answer) { s_nextAnswer = answer; }
    /// The text of the last question asked, answered in advance or not: what the consultant was shown.
    static QString lastText() { return s_lastText; }

private:
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastText;
};

} // namespace parcours
