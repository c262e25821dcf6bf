#pragma once

#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/Synthesis.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/ConflictBanner.h>
#include <parcours/ui/SynthesisEdits.h>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QPrintPreviewDialog;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace parcours {

class ObservationsDialog;
class SectionEditor;
class SectionListModel;
class TemplateDialog;
class Workspace;

/**
 * The Synthèse tab: the sections on the left (shown or hidden, renamed, reordered, the consultant's own added), the
 * selected section's editor on the right, the version's status and the steps from draft to final above, and the
 * synthèse's preview, print and PDF export. Text autosaves a moment after typing stops, and every change can be
 * undone from the window's Undo.
 */
class SynthesisTab : public BilanTab {
    Q_OBJECT
public:
    explicit SynthesisTab(Workspace& workspace, QWidget* parent = nullptr);
    ~SynthesisTab() override;

    QString title() const override;
    QString auditKey() const override { return QStringLiteral("synthesis"); }
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    /// Stores what is being typed now (the autosave does it a moment after typing stops).
    void saveNow();
    void selectSection(const QString& key);
    /// The version shown: the latest, or an earlier one chosen in the list (read only).
    const std::optional<SynthesisVersion>& shownVersion() const { return m_shown; }

    SectionEditor* editor() const { return m_editor; }
    SectionListModel* sectionModel() const { return m_sectionModel; }
    QListView* sectionView() const { return m_sectionView; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QAction* startAction() const { return m_startAction; }
    QAction* submitAction() const { return m_submitAction; }
    QAction* observationsAction() const { return m_observationsAction; }
    QAction* finalizeAction() const { return m_finalizeAction; }
    QAction* newDraftAction() const { return m_newDraftAction; }
    QAction* previewAction() const { return m_previewAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* addSectionAction() const { return m_addSectionAction; }
    QAction* removeSectionAction() const { return m_removeSectionAction; }
    QAction* moveUpAction() const { return m_moveUpAction; }
    QAction* moveDownAction() const { return m_moveDownAction; }
    QAction* saveTemplateAction() const { return m_saveTemplateAction; }

    ObservationsDialog* recordObservations();
    TemplateDialog* saveTemplate();
    QPrintPreviewDialog* preview();
    void print();
    bool exportPdf();
    /// Arranges the sections as a template says (0: the standard sections).
    void applyTemplate(qint64 templateId);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void createActions();
    QWidget* createStartPage();
    QWidget* createEditorPage();
    void reload();
    /// The section was saved by someone else meanwhile: the consultant's choice, in the banner above the editor
    /// (typing goes on meanwhile, no window at each pause).
    void settleBodyConflict(const std::shared_ptr<synthesisEdits::BodyEdit>& edit, const Error& conflict);
    /// Saves the open edit before another bilan is shown; a conflict still waiting is asked then and there.
    void saveBeforeLeaving();
    void showVersion();
    void showCurrentSection();
    /// Selects a section's row without the selection's side effects (used while showing a version).
    void selectRow(const QString& key);
    void updateStatus();
    void updateActions();
    void refreshTemplates();
    void bodyEdited();
    void insertDigest(DigestPart part);
    void changeLayout(const QList<SectionLayout>& layout, const QString& select = {});
    void changeActions(const QList<PlannedAction>& actions);
    void start();
    void move(SynthesisStatus to);
    void newDraft();
    void addSection();
    void removeSection();
    bool editable() const;
    bool isLatest() const;

    Workspace& m_workspace;
    qint64 m_bilanId = 0;
    QString m_clientName;
    std::optional<SynthesisVersion> m_latest;
    std::optional<SynthesisVersion> m_shown;
    QList<SynthesisVersion> m_history;
    qint64 m_chosenVersionId = 0; ///< an earlier version chosen in the list, 0 for the latest
    std::shared_ptr<synthesisEdits::BodyEdit> m_openEdit;
    QString m_savedAt;

    QStackedWidget* m_stack;
    QComboBox* m_versionComboBox;
    QLabel* m_statusLabel;
    QLabel* m_frozenLabel;
    ConflictBanner* m_conflictBanner;
    QComboBox* m_templateComboBox;
    QListView* m_sectionView;
    SectionListModel* m_sectionModel;
    SectionEditor* m_editor;
    QToolButton* m_templatesButton;
    QMenu* m_applyTemplateMenu;
    QTimer* m_autosaveTimer;
    QTimer* m_wordTimer;

    QAction* m_startAction;
    QAction* m_submitAction;
    QAction* m_observationsAction;
    QAction* m_finalizeAction;
    QAction* m_newDraftAction;
    QAction* m_previewAction;
    QAction* m_printAction;
    QAction* m_exportAction;
    QAction* m_addSectionAction;
    QAction* m_renameSectionAction;
    QAction* m_removeSectionAction;
    QAction* m_moveUpAction;
    QAction* m_moveDownAction;
    QAction* m_saveTemplateAction;
};

} // namespace parcours
