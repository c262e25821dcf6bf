#pragma once

#include <QWidget>

#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/Synthesis.h>

class QAction;
class QLabel;
class QTableView;
class QToolBar;
class QToolButton;

namespace parcours {

class ActionPlanModel;
class RichTextEdit;

/**
 * The right-hand side of the Synthèse tab: one section's title, its formatting toolbar and editor, the action plan's
 * table under the action-plan section, and the word count. It shows and reports; the tab stores.
 */
class SectionEditor : public QWidget {
    Q_OBJECT
public:
    explicit SectionEditor(QWidget* parent = nullptr);

    /// Shows a section (its text is not an edit); `actions` matter for the action-plan section only.
    void showSection(const SynthesisSection& section, const QList<PlannedAction>& actions);
    void setActions(const QList<PlannedAction>& actions);
    void clear();
    void setReadOnly(bool readOnly);
    /// "This section: 120 words · Synthesis: 1,234 words".
    void setWordCounts(int section, int total);

    QString sectionKey() const { return m_key; }
    RichTextEdit* editor() const { return m_editor; }
    ActionPlanModel* actionModel() const { return m_actionModel; }
    QTableView* actionView() const { return m_actionView; }
    QToolButton* insertDigestButton() const { return m_insertButton; }
    QLabel* wordCountLabel() const { return m_wordsLabel; }

Q_SIGNALS:
    /// The consultant typed or formatted the text.
    void bodyEdited();
    /// The consultant asked for a part of the investigation's digest.
    void digestRequested(DigestPart part);
    /// The consultant changed the action plan's table (a row edited, added, removed or moved).
    void actionsEdited(const QList<PlannedAction>& actions);
    /// Something typed cannot be taken (a date that is not one).
    void editRefused(const QString& reason);

private:
    QAction* formatAction(QToolBar* bar, const QString& text, const QString& name, const QKeySequence& keys,
                          const std::function<void()>& apply);
    void updateFormatActions();

    QString m_key;
    QLabel* m_titleLabel;
    QToolBar* m_formatBar;
    RichTextEdit* m_editor;
    QWidget* m_actionPanel;
    QTableView* m_actionView;
    ActionPlanModel* m_actionModel;
    QToolButton* m_insertButton;
    QLabel* m_wordsLabel;
    QList<QAction*> m_editActions;
    QList<QToolButton*> m_actionButtons;
    QAction* m_boldAction = nullptr;
    QAction* m_italicAction = nullptr;
};

} // namespace parcours
