#pragma once

#include <parcours/ui/ConflictPrompt.h>

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace parcours {

/**
 * ConflictPrompt's question for an autosaving editor (synthèse, investigation): a banner above the editor instead
 * of a modal dialog, so that typing on while someone else's save waits for an answer never pops a window at each
 * pause. *Recharger*, *Écraser* and *Garder une copie* do what the prompt's choices do; until one is clicked the
 * editor keeps what is typed (each new save meeting the conflict only refreshes the banner). A test's answer given
 * with ConflictPrompt::setNextAnswer is taken at once, as a click.
 */
class ConflictBanner : public QFrame {
    Q_OBJECT
public:
    using Settled = std::function<void(const Result<ConflictPrompt::Choice>&)>;
    explicit ConflictBanner(QWidget* parent = nullptr);

    /// Shows the question for `actions` (replacing one already shown); `settled` runs after a choice was applied.
    void offer(const Error& conflict, ConflictPrompt::Actions actions, Settled settled);
    /// The editor is about to show something else (another bilan): a question still waiting is asked now, in
    /// ConflictPrompt's dialog, so that nothing typed is left behind unanswered. « Annuler » there drops it.
    void settleNow(QWidget* parent);
    /// Hides the question.
    void withdraw();
    bool isOffering() const { return m_offering; }
    QString text() const;

private:
    void choose(ConflictPrompt::Choice choice);

    QLabel* m_label;
    QPushButton* m_reload;
    QPushButton* m_overwrite;
    QPushButton* m_copy;
    Error m_conflict;
    ConflictPrompt::Actions m_actions;
    Settled m_settled;
    bool m_offering = false;
};

} // namespace parcours
