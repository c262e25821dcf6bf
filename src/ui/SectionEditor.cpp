#include <parcours/ui/ActionPlanModel.h>
#include <parcours/ui/RichTextEdit.h>
#include <parcours/ui/SectionEditor.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The horizon column edited with a list of the three horizons. */
class HorizonDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (Horizon horizon : kAllHorizons)
            combo->addItem(displayName(horizon), toKey(horizon));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QToolButton* toolButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

SectionEditor::SectionEditor(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_formatBar(new QToolBar(this))
    , m_editor(new RichTextEdit(this))
    , m_actionPanel(new QWidget(this))
    , m_actionView(new QTableView(m_actionPanel))
    , m_actionModel(new ActionPlanModel(this))
    , m_insertButton(new QToolButton(this))
    , m_wordsLabel(new QLabel(this))
{
    setObjectName(u"sectionEditor"_s);
    m_titleLabel->setObjectName(u"sectionTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_editor->setObjectName(u"sectionRichTextEdit"_s);
    m_editor->setAccessibleName(tr("Text of the section"));
    m_wordsLabel->setObjectName(u"wordCountLabel"_s);
    m_wordsLabel->setStyleSheet(u"color: palette(placeholder-text);"_s);

    m_formatBar->setObjectName(u"formatToolBar"_s);
    m_formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_boldAction = formatAction(m_formatBar, tr("Bold"), u"boldAction"_s, QKeySequence::Bold,
                                [this] { m_editor->toggleBold(); });
    m_italicAction = formatAction(m_formatBar, tr("Italic"), u"italicAction"_s, QKeySequence::Italic,
                                  [this] { m_editor->toggleItalic(); });
    m_boldAction->setCheckable(true);
    m_italicAction->setCheckable(true);
    m_formatBar->addSeparator();
    formatAction(m_formatBar, tr("Heading"), u"headingAction"_s, QKeySequence(Qt::CTRL | Qt::Key_1),
                 [this] { m_editor->setBlockType(RichBlockType::Heading); });
    formatAction(m_formatBar, tr("Subheading"), u"subheadingAction"_s, QKeySequence(Qt::CTRL | Qt::Key_2),
                 [this] { m_editor->setBlockType(RichBlockType::Subheading); });
    formatAction(m_formatBar, tr("Paragraph"), u"paragraphAction"_s, QKeySequence(Qt::CTRL | Qt::Key_0),
                 [this] { m_editor->setBlockType(RichBlockType::Paragraph); });
    m_formatBar->addSeparator();
    formatAction(m_formatBar, tr("• List"), u"bulletListAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
                 [this] { m_editor->setBlockType(RichBlockType::Bullet); });
    formatAction(m_formatBar, tr("1. List"), u"numberedListAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
                 [this] { m_editor->setBlockType(RichBlockType::Numbered); });
    formatAction(m_formatBar, tr("Indent"), u"indentAction"_s, QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
                 [this] { m_editor->changeListLevel(1); });
    formatAction(m_formatBar, tr("Outdent"), u"outdentAction"_s, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
                 [this] { m_editor->changeListLevel(-1); });

    m_insertButton->setObjectName(u"insertDigestToolButton"_s);
    m_insertButton->setText(tr("Insert from the investigation"));
    m_insertButton->setToolTip(tr("Insert the competences, the options kept or the criteria, as text you can edit"));
    m_insertButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* insertMenu = new QMenu(m_insertButton);
    const QList<std::pair<QString, DigestPart>> parts { { tr("Competences by domain"), DigestPart::Competences },
                                                        { tr("Options kept"), DigestPart::Options },
                                                        { tr("Criteria"), DigestPart::Criteria },
                                                        { tr("Everything"), DigestPart::Everything } };
    for (const auto& [label, part] : parts) {
        const DigestPart chosen = part;
        insertMenu->addAction(label, this, [this, chosen] { Q_EMIT digestRequested(chosen); });
    }
    m_insertButton->setMenu(insertMenu);
    connect(m_insertButton, &QToolButton::clicked, this,
            [this] { Q_EMIT digestRequested(DigestWriter::partFor(m_key)); });
    m_formatBar->addSeparator();
    m_formatBar->addWidget(m_insertButton);

    m_actionView->setObjectName(u"actionPlanTableView"_s);
    m_actionView->setAccessibleName(tr("Action plan"));
    m_actionView->setModel(m_actionModel);
    m_actionView->setItemDelegateForColumn(ActionPlanModel::HorizonColumn, new HorizonDelegate(m_actionView));
    m_actionView->verticalHeader()->hide();
    m_actionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionView->horizontalHeader()->setSectionResizeMode(ActionPlanModel::StepColumn, QHeaderView::Stretch);
    m_actionView->horizontalHeader()->setSectionResizeMode(ActionPlanModel::ContactColumn, QHeaderView::Stretch);
    m_actionView->setMinimumHeight(150);
    auto* addStep = toolButton(tr("Add a step"), u"addStepToolButton"_s, m_actionPanel);
    auto* removeStep = toolButton(tr("Remove the step"), u"removeStepToolButton"_s, m_actionPanel);
    auto* stepUp = toolButton(tr("Up"), u"stepUpToolButton"_s, m_actionPanel);
    auto* stepDown = toolButton(tr("Down"), u"stepDownToolButton"_s, m_actionPanel);
    auto* stepButtons = new QHBoxLayout;
    for (QToolButton* button : { addStep, removeStep, stepUp, stepDown })
        stepButtons->addWidget(button);
    stepButtons->addStretch();
    auto* actionLayout = new QVBoxLayout(m_actionPanel);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionTitle = new QLabel(tr("Steps of the action plan (printed as a table):"), m_actionPanel);
    actionLayout->addWidget(actionTitle);
    actionLayout->addWidget(m_actionView, 1);
    actionLayout->addLayout(stepButtons);
    const auto currentStep = [this] { return m_actionView->currentIndex().isValid() ? m_actionView->currentIndex().row() : -1; };
    connect(addStep, &QToolButton::clicked, this, [this] {
        Q_EMIT actionsEdited(m_actionModel->withNewStep(tr("New step")));
        const QModelIndex added = m_actionModel->index(m_actionModel->rowCount() - 1, ActionPlanModel::StepColumn);
        m_actionView->setCurrentIndex(added);
        m_actionView->edit(added);
    });
    connect(removeStep, &QToolButton::clicked, this, [this, currentStep] {
        if (currentStep() >= 0)
            Q_EMIT actionsEdited(m_actionModel->without(currentStep()));
    });
    connect(stepUp, &QToolButton::clicked, this, [this, currentStep] {
        if (const int row = currentStep(); row > 0) {
            Q_EMIT actionsEdited(m_actionModel->moved(row, -1));
            m_actionView->setCurrentIndex(m_actionModel->index(row - 1, ActionPlanModel::StepColumn));
        }
    });
    connect(stepDown, &QToolButton::clicked, this, [this, currentStep] {
        if (const int row = currentStep(); row >= 0 && row + 1 < m_actionModel->rowCount()) {
            Q_EMIT actionsEdited(m_actionModel->moved(row, 1));
            m_actionView->setCurrentIndex(m_actionModel->index(row + 1, ActionPlanModel::StepColumn));
        }
    });
    connect(m_actionModel, &ActionPlanModel::actionsEdited, this, &SectionEditor::actionsEdited);
    connect(m_actionModel, &ActionPlanModel::editRefused, this, &SectionEditor::editRefused);
    m_actionButtons = { addStep, removeStep, stepUp, stepDown };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_editor, 3);
    layout->addWidget(m_actionPanel, 2);
    layout->addWidget(m_wordsLabel);
    connect(m_editor, &RichTextEdit::textEdited, this, &SectionEditor::bodyEdited);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &SectionEditor::updateFormatActions);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &SectionEditor::updateFormatActions);
    clear();
}

QAction* SectionEditor::formatAction(QToolBar* bar, const QString& text, const QString& name,
                                     const QKeySequence& keys, const std::function<void()>& apply)
{
    QAction* action = bar->addAction(text);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(keys.isEmpty() ? text : u"%1 (%2)"_s.arg(text, keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, apply] {
        apply();
        m_editor->setFocus();
    });
    addAction(action); // shortcuts work while the editor has focus
    m_editActions << action;
    return action;
}

void SectionEditor::updateFormatActions()
{
    m_boldAction->setChecked(m_editor->fontWeight() >= QFont::DemiBold);
    m_italicAction->setChecked(m_editor->fontItalic());
}

void SectionEditor::showSection(const SynthesisSection& section, const QList<PlannedAction>& actions)
{
    m_key = section.key;
    m_titleLabel->setText(SynthesisRules::displayTitle(section.layout()));
    m_editor->setRichText(section.body);
    m_editor->setEnabled(true);
    const bool isPlan = section.key == sectionKeys::actionPlan;
    m_actionPanel->setVisible(isPlan);
    if (isPlan)
        setActions(actions);
}

void SectionEditor::setActions(const QList<PlannedAction>& actions)
{
    m_actionModel->setActions(actions);
    m_actionView->resizeColumnToContents(ActionPlanModel::HorizonColumn);
    m_actionView->resizeColumnToContents(ActionPlanModel::TargetColumn);
}

void SectionEditor::clear()
{
    m_key.clear();
    m_titleLabel->clear();
    m_editor->setRichText({});
    m_editor->setEnabled(false);
    m_actionPanel->hide();
    m_wordsLabel->clear();
}

void SectionEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_formatBar->setEnabled(!readOnly);
    m_actionModel->setReadOnly(readOnly);
    for (QToolButton* button : std::as_const(m_actionButtons))
        button->setEnabled(!readOnly);
}

void SectionEditor::setWordCounts(int section, int total)
{
    m_wordsLabel->setText(tr("This section: %n word(s)", nullptr, section) + u" · "_s
                          + tr("Synthesis: %n word(s)", nullptr, total));
}

} // namespace parcours
