// The Synthèse tab's actions and pages: what is built once, in the constructor.
#include <parcours/ui/SectionEditor.h>
#include <parcours/ui/SectionListModel.h>
#include <parcours/ui/SynthesisTab.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
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

QAction* makeAction(QObject* parent, const QString& text, const QString& name, const QString& tip = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    if (!tip.isEmpty())
        action->setToolTip(tip);
    return action;
}

} // namespace

void SynthesisTab::createActions()
{
    m_startAction = makeAction(this, tr("Start the synthesis"), u"startSynthesisAction"_s);
    m_submitAction = makeAction(this, tr("Submit…"), u"submitAction"_s,
                                tr("Mark this version as given to the beneficiary for their observations"));
    m_observationsAction = makeAction(this, tr("Observations…"), u"observationsAction"_s,
                                      tr("Record the beneficiary's observations"));
    m_finalizeAction = makeAction(this, tr("Make final…"), u"finalizeAction"_s,
                                  tr("Freeze this version: it can be printed and handed over, no longer changed"));
    m_newDraftAction = makeAction(this, tr("New version"), u"newDraftAction"_s,
                                  tr("Start a new draft from the final version"));
    m_previewAction = makeAction(this, tr("Preview"), u"previewSynthesisAction"_s, tr("Print preview of the synthesis"));
    m_printAction = makeAction(this, tr("Print…"), u"printSynthesisAction"_s);
    m_exportAction = makeAction(this, tr("Export as PDF…"), u"exportSynthesisAction"_s);
    m_addSectionAction = makeAction(this, tr("Add"), u"addSectionAction"_s, tr("Add a section of your own"));
    m_renameSectionAction = makeAction(this, tr("Rename"), u"renameSectionAction"_s);
    m_removeSectionAction = makeAction(this, tr("Remove"), u"removeSectionAction"_s,
                                       tr("Remove a section of your own (standard sections can be hidden)"));
    m_moveUpAction = makeAction(this, tr("Up"), u"moveSectionUpAction"_s);
    m_moveDownAction = makeAction(this, tr("Down"), u"moveSectionDownAction"_s);
    m_saveTemplateAction = makeAction(this, tr("Save as my template…"), u"saveTemplateAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action : { m_printAction, m_moveUpAction, m_moveDownAction })
        addAction(action);
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_startAction, &QAction::triggered, this, &SynthesisTab::start);
    connect(m_submitAction, &QAction::triggered, this, [this] { move(SynthesisStatus::Submitted); });
    connect(m_observationsAction, &QAction::triggered, this, [this] { recordObservations(); });
    connect(m_finalizeAction, &QAction::triggered, this, [this] { move(SynthesisStatus::Final); });
    connect(m_newDraftAction, &QAction::triggered, this, &SynthesisTab::newDraft);
    connect(m_previewAction, &QAction::triggered, this, [this] { preview(); });
    connect(m_printAction, &QAction::triggered, this, &SynthesisTab::print);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportPdf(); });
    connect(m_addSectionAction, &QAction::triggered, this, &SynthesisTab::addSection);
    connect(m_removeSectionAction, &QAction::triggered, this, &SynthesisTab::removeSection);
    connect(m_renameSectionAction, &QAction::triggered, this, [this] {
        if (m_sectionView->currentIndex().isValid())
            m_sectionView->edit(m_sectionView->currentIndex());
    });
    const auto moveBy = [this](int delta) {
        const int row = m_sectionView->currentIndex().row();
        if (row >= 0)
            changeLayout(m_sectionModel->moved(row, delta), m_sectionModel->keyAt(row));
    };
    connect(m_moveUpAction, &QAction::triggered, this, [moveBy] { moveBy(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [moveBy] { moveBy(1); });
    connect(m_saveTemplateAction, &QAction::triggered, this, [this] { saveTemplate(); });
}

QWidget* SynthesisTab::createStartPage()
{
    auto* page = new QWidget(this);
    auto* text = new QLabel(tr("The synthesis of this bilan is not started yet. It starts with the standard sections, "
                               "or with those of one of your templates; you can rename, hide and reorder them later."),
                            page);
    text->setWordWrap(true);
    m_templateComboBox->setObjectName(u"startTemplateComboBox"_s);
    auto* templateLabel = new QLabel(tr("&Sections:"), page);
    templateLabel->setBuddy(m_templateComboBox);
    auto* startButton = new QPushButton(page);
    startButton->setObjectName(u"startSynthesisPushButton"_s);
    startButton->setText(m_startAction->text());
    connect(startButton, &QPushButton::clicked, m_startAction, &QAction::trigger);
    auto* row = new QHBoxLayout;
    row->addWidget(templateLabel);
    row->addWidget(m_templateComboBox, 1);
    row->addWidget(startButton);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget* SynthesisTab::createEditorPage()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"synthesisSplitter"_s);
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* sectionsLabel = new QLabel(tr("Sections (ticked ones are printed):"), left);
    sectionsLabel->setWordWrap(true);
    m_sectionView->setObjectName(u"sectionListView"_s);
    m_sectionView->setAccessibleName(tr("Sections of the synthesis"));
    m_sectionView->setModel(m_sectionModel);
    m_sectionView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_sectionView->setSpacing(1);
    m_sectionView->setWordWrap(true); // long titles wrap rather than vanish
    m_sectionView->setResizeMode(QListView::Adjust);
    m_sectionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sectionsLabel->setBuddy(m_sectionView);
    m_templatesButton->setObjectName(u"templatesToolButton"_s);
    m_templatesButton->setText(tr("Templates"));
    m_templatesButton->setPopupMode(QToolButton::InstantPopup);
    auto* templatesMenu = new QMenu(m_templatesButton);
    templatesMenu->addAction(m_saveTemplateAction);
    m_applyTemplateMenu->setTitle(tr("Apply a template"));
    templatesMenu->addMenu(m_applyTemplateMenu);
    m_templatesButton->setMenu(templatesMenu);
    auto* firstRow = new QHBoxLayout;
    for (QAction* action : { m_addSectionAction, m_renameSectionAction, m_removeSectionAction })
        firstRow->addWidget(buttonFor(action, left));
    firstRow->addStretch();
    auto* secondRow = new QHBoxLayout;
    secondRow->addWidget(buttonFor(m_moveUpAction, left));
    secondRow->addWidget(buttonFor(m_moveDownAction, left));
    secondRow->addStretch();
    secondRow->addWidget(m_templatesButton);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionsLabel);
    leftLayout->addWidget(m_sectionView, 1);
    leftLayout->addLayout(firstRow);
    leftLayout->addLayout(secondRow);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });
    connect(m_sectionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        saveNow();
        showCurrentSection();
        updateActions();
    });
    return splitter;
}

} // namespace parcours
