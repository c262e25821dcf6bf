// The Synthèse tab: how it shows the stored synthèse (its pages are built in SynthesisTabLayout.cpp, its edits are in
// SynthesisTabEdits.cpp).
#include <parcours/core/BilanService.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/RichTextEdit.h>
#include <parcours/ui/SectionEditor.h>
#include <parcours/ui/SectionListModel.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/SynthesisTab.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(QString(action->objectName()).replace(u"Action"_s, u"ToolButton"_s));
    return button;
}

} // namespace

SynthesisTab::SynthesisTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_versionComboBox(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_frozenLabel(new QLabel(this))
    , m_conflictBanner(new ConflictBanner(this))
    , m_templateComboBox(new QComboBox(this))
    , m_sectionView(new QListView(this))
    , m_sectionModel(new SectionListModel(this))
    , m_editor(new SectionEditor(this))
    , m_templatesButton(new QToolButton(this))
    , m_applyTemplateMenu(new QMenu(this))
    , m_autosaveTimer(new QTimer(this))
    , m_wordTimer(new QTimer(this))
{
    setObjectName(u"synthesisTab"_s);
    createActions();
    m_versionComboBox->setObjectName(u"versionComboBox"_s);
    m_versionComboBox->setAccessibleName(tr("Version shown"));
    m_statusLabel->setObjectName(u"synthesisStatusLabel"_s);
    // It grows as the text is typed (« · enregistrée à 14:32 »): on one line, it pushed « Exporter en PDF… » out
    // of sight in a bilan as narrow as the guide's window leaves it; it wraps instead.
    m_statusLabel->setWordWrap(true);
    m_frozenLabel->setObjectName(u"frozenLabel"_s);
    m_frozenLabel->setWordWrap(true);
    m_frozenLabel->setStyleSheet(colours::bannerStyle(colours::Banner::Notice, u"frozenLabel"_s)
                                 + u" QLabel { padding: 6px; }"_s);

    // Three rows, so that the tab stays narrow enough for a bilan as narrow as the guide's window leaves it (and a
    // laptop at 200 %): the version, its documents, then the steps of its life. With the documents on the
    // version's row, the status growing as the text is typed pushed « Exporter en PDF… » out of sight.
    auto* header = new QHBoxLayout;
    header->addWidget(m_versionComboBox);
    header->addWidget(m_statusLabel, 1);
    auto* documents = new QHBoxLayout;
    for (QAction* action : { m_previewAction, m_printAction, m_exportAction })
        documents->addWidget(buttonFor(action, this));
    documents->addStretch(1);
    auto* steps = new QHBoxLayout;
    for (QAction* action : { m_submitAction, m_observationsAction, m_finalizeAction, m_newDraftAction })
        steps->addWidget(buttonFor(action, this));
    steps->addStretch(1);

    m_stack->addWidget(createStartPage());
    m_stack->addWidget(createEditorPage());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(documents);
    layout->addLayout(steps);
    layout->addWidget(m_frozenLabel);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_stack, 1);

    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(1200);
    m_wordTimer->setSingleShot(true);
    m_wordTimer->setInterval(300);
    connect(m_autosaveTimer, &QTimer::timeout, this, &SynthesisTab::saveNow);
    connect(m_wordTimer, &QTimer::timeout, this, &SynthesisTab::updateStatus);
    connect(m_editor, &SectionEditor::bodyEdited, this, &SynthesisTab::bodyEdited);
    connect(m_editor, &SectionEditor::digestRequested, this, &SynthesisTab::insertDigest);
    connect(m_editor, &SectionEditor::actionsEdited, this, &SynthesisTab::changeActions);
    connect(m_editor, &SectionEditor::editRefused, &m_workspace, &Workspace::reportError);
    connect(m_sectionModel, &SectionListModel::layoutEdited, this,
            [this](const QList<SectionLayout>& edited) { changeLayout(edited); });
    connect(m_versionComboBox, &QComboBox::activated, this, [this](int index) {
        saveNow();
        const qint64 id = m_versionComboBox->itemData(index).toLongLong();
        m_chosenVersionId = m_latest && id == m_latest->id ? 0 : id;
        showVersion();
    });
    connect(&workspace.events(), &StoreEvents::synthesisChanged, this, [this](qint64 bilanId) {
        if (bilanId == m_bilanId)
            reload();
    });
    connect(&workspace.events(), &StoreEvents::synthesisTemplatesChanged, this, &SynthesisTab::refreshTemplates);
    // A save that failed while the cabinet's server was away is made as soon as it is back.
    connect(&workspace.events(), &StoreEvents::connectionRestored, this, &SynthesisTab::saveNow);
    clearBilan();
}

SynthesisTab::~SynthesisTab()
{
    // Nothing typed is lost when the window closes; the undo command keeps the text, not the editor.
    saveNow();
    if (m_openEdit)
        m_openEdit->current = nullptr;
}

QString SynthesisTab::title() const
{
    return tr("S&ynthesis");
}

void SynthesisTab::showBilan(const Client& client, const BilanOverview* overview)
{
    const qint64 bilanId = overview ? overview->bilan.id : 0;
    if (bilanId != m_bilanId) {
        saveBeforeLeaving();
        m_chosenVersionId = 0;
        m_editor->clear();
    }
    m_bilanId = bilanId;
    m_clientName = client.fullName();
    reload();
}

void SynthesisTab::saveBeforeLeaving()
{
    saveNow();
    m_conflictBanner->settleNow(this);
}

void SynthesisTab::clearBilan()
{
    saveBeforeLeaving();
    m_bilanId = 0;
    m_latest.reset();
    m_shown.reset();
    m_history.clear();
    m_sectionModel->setSections({});
    m_editor->clear();
    m_stack->setCurrentIndex(0);
    m_frozenLabel->hide();
    m_statusLabel->clear();
    m_versionComboBox->clear();
    m_versionComboBox->hide();
    updateActions();
}

void SynthesisTab::reload()
{
    if (m_bilanId == 0) {
        clearBilan();
        return;
    }
    auto latest = m_workspace.syntheses().current(m_bilanId);
    auto history = m_workspace.syntheses().history(m_bilanId);
    if (!latest || !history) {
        m_workspace.reportError(!latest ? latest.error().message : history.error().message);
        return;
    }
    m_latest = latest.value();
    m_history = history.value();
    {
        const QSignalBlocker blocker(m_versionComboBox);
        m_versionComboBox->clear();
        for (const SynthesisVersion& version : std::as_const(m_history)) {
            QString label = tr("Version %1 — %2").arg(version.number).arg(displayName(version.status));
            if (version.isFrozen())
                label += u", "_s + format::longDate(version.finalizedAt.date());
            m_versionComboBox->addItem(label, version.id);
        }
        m_versionComboBox->setVisible(m_history.size() > 1);
    }
    refreshTemplates();
    showVersion();
}

void SynthesisTab::showVersion()
{
    m_shown.reset();
    if (m_latest) {
        m_shown = m_latest;
        if (m_chosenVersionId != 0) {
            if (auto chosen = m_workspace.syntheses().get(m_chosenVersionId); chosen && chosen->bilanId == m_bilanId)
                m_shown = chosen.value();
            else
                m_chosenVersionId = 0;
        }
    }
    m_stack->setCurrentIndex(m_shown ? 1 : 0);
    if (!m_shown) {
        m_sectionModel->setSections({});
        m_editor->clear();
        m_frozenLabel->hide();
        updateStatus();
        updateActions();
        return;
    }
    m_versionComboBox->setCurrentIndex(m_versionComboBox->findData(m_shown->id));
    const QString selected = m_editor->sectionKey().isEmpty() ? m_shown->sections.value(0).key : m_editor->sectionKey();
    m_sectionModel->setSections(m_shown->sections);
    m_sectionModel->setReadOnly(!editable());
    m_editor->setReadOnly(!editable());
    if (m_shown->isFrozen()) {
        m_frozenLabel->setText(tr("Version %1 became final on %2: it is read only. Print it or export it as PDF; "
                                  "“New version” starts a draft from it.")
                                   .arg(m_shown->number)
                                   .arg(format::longDate(m_shown->finalizedAt.date())));
        m_frozenLabel->show();
    } else {
        m_frozenLabel->hide();
    }
    selectRow(m_sectionModel->rowOf(selected) >= 0 ? selected : m_shown->sections.value(0).key);
    showCurrentSection();
    updateStatus();
    updateActions();
}

void SynthesisTab::selectSection(const QString& key)
{
    saveNow();
    selectRow(key);
    showCurrentSection();
    updateActions();
}

void SynthesisTab::selectRow(const QString& key)
{
    const int row = m_sectionModel->rowOf(key);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_sectionView->selectionModel());
    m_sectionView->setCurrentIndex(m_sectionModel->index(row));
}

void SynthesisTab::showCurrentSection()
{
    if (!m_shown)
        return;
    const QString key = m_sectionModel->keyAt(m_sectionView->currentIndex().row());
    const SynthesisSection* section = m_shown->section(key);
    if (!section) {
        m_editor->clear();
        return;
    }
    const bool typing = m_openEdit && m_openEdit->open && m_openEdit->key == key;
    if (key != m_editor->sectionKey()) {
        m_editor->showSection(*section, m_shown->actions);
    } else if (!typing && m_editor->editor()->richText().normalised() != section->body) {
        // Changed in storage (undo, redo, another window): shown again. What is being typed is never replaced.
        m_editor->showSection(*section, m_shown->actions);
    } else {
        m_editor->setActions(m_shown->actions);
    }
    m_editor->setReadOnly(!editable());
}

void SynthesisTab::updateStatus()
{
    if (!m_shown) {
        m_statusLabel->setText(m_bilanId ? tr("Not started") : QString());
        return;
    }
    // The version as shown, with the section being edited as it stands now: counted by the core's rule (the action
    // plan's steps included), as the CLI and the PDF count it.
    SynthesisVersion counted = *m_shown;
    int sectionWords = 0;
    const QString current = m_editor->sectionKey();
    for (SynthesisSection& section : counted.sections) {
        if (section.key == current) {
            section.body = m_editor->editor()->richText();
            sectionWords = section.body.wordCount();
        }
    }
    const int total = counted.wordCount();
    m_editor->setWordCounts(sectionWords, total);
    QStringList parts { tr("Version %1").arg(m_shown->number), displayName(m_shown->status),
                        tr("%n word(s)", nullptr, total) };
    if (!m_savedAt.isEmpty() && editable())
        parts << tr("saved at %1").arg(m_savedAt);
    m_statusLabel->setText(parts.join(u" · "_s));
}

bool SynthesisTab::editable() const
{
    return m_shown && !m_shown->isFrozen() && isLatest();
}

bool SynthesisTab::isLatest() const
{
    return m_shown && m_latest && m_shown->id == m_latest->id;
}

void SynthesisTab::updateActions()
{
    const bool started = m_latest.has_value();
    const SynthesisStatus status = started ? m_latest->status : SynthesisStatus::Draft;
    const bool canEdit = editable();
    const QString key = m_sectionModel->keyAt(m_sectionView->currentIndex().row());
    const int row = m_sectionView->currentIndex().row();
    m_startAction->setEnabled(m_bilanId != 0 && !started);
    m_submitAction->setEnabled(started && isLatest() && status == SynthesisStatus::Draft);
    m_observationsAction->setEnabled(started && isLatest() && status == SynthesisStatus::Submitted);
    m_finalizeAction->setEnabled(started && isLatest() && status != SynthesisStatus::Final);
    m_newDraftAction->setEnabled(started && status == SynthesisStatus::Final);
    for (QAction* action : { m_previewAction, m_printAction, m_exportAction, m_saveTemplateAction })
        action->setEnabled(m_shown.has_value());
    m_addSectionAction->setEnabled(canEdit);
    m_renameSectionAction->setEnabled(canEdit && row >= 0);
    m_removeSectionAction->setEnabled(canEdit && row >= 0 && !SynthesisRules::isStandard(key));
    m_moveUpAction->setEnabled(canEdit && row > 0);
    m_moveDownAction->setEnabled(canEdit && row >= 0 && row + 1 < m_sectionModel->rowCount());
    m_applyTemplateMenu->setEnabled(canEdit);
}

void SynthesisTab::refreshTemplates()
{
    auto templates = m_workspace.syntheses().templates();
    if (!templates) {
        m_workspace.reportError(templates.error().message);
        return;
    }
    m_templateComboBox->clear();
    m_applyTemplateMenu->clear();
    m_templateComboBox->addItem(tr("Standard sections"), 0);
    m_applyTemplateMenu->addAction(tr("Standard sections"), this, [this] { applyTemplate(0); });
    for (const SynthesisTemplate& item : templates.value()) {
        m_templateComboBox->addItem(item.name, item.id);
        if (item.isDefault)
            m_templateComboBox->setCurrentIndex(m_templateComboBox->count() - 1);
        const qint64 id = item.id;
        m_applyTemplateMenu->addAction(item.name, this, [this, id] { applyTemplate(id); });
    }
}

void SynthesisTab::hideEvent(QHideEvent* event)
{
    saveNow();
    BilanTab::hideEvent(event);
}

} // namespace parcours
