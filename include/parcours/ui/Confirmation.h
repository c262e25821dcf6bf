#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace parcours {

/**
 * The one way to ask the consultant to confirm a destructive action (a modal box, the only place Parcours
 * uses one). Tests answer in advance with setNextAnswer, as KeePassXC's MessageBox does.
 */
class Confirmation {
public:
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel);
    static void setNextAnswer(bool answer) { s_nextAnswers = { answer }; }
    /// Answers for the next questions, in order (a flow that asks twice).
    static void setNextAnswers(const QList<bool>& answers) { s_nextAnswers = answers; }
    /// The text of the last question asked, answered in advance or not: what the consultant was shown.
    static QString lastText() { return s_lastText; }

private:
    static inline QList<bool> s_nextAnswers;
    static inline QString s_lastText;
};

} // namespace parcours
