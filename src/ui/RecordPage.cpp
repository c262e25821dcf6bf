#include <parcours/ui/Autosave.h>
#include <parcours/ui/RecordPage.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

RecordPage::RecordPage(Workspace& workspace, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RecordListModel(headers, this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_formStack(new QStackedWidget(this))
    , m_refusalLabel(new QLabel(this))
    , m_conflictBanner(new ConflictBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_topLayout(new QVBoxLayout)
    , m_autosave(new Autosave(this))
    , m_addAction(new QAction(tr("Add"), this))
    , m_removeAction(new QAction(tr("Delete"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(static_cast<int>(headers.size()) - 1, QHeaderView::Stretch);
    m_emptyLabel->setText(tr("Nothing recorded yet: start with “Add”."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(u"color: palette(placeholder-text); padding: 12px;"_s);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_refusalLabel->hide();
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_addAction);
    QWidget::addAction(m_removeAction);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_addAction, m_removeAction }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    m_listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(m_listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_emptyLabel);

    auto* noRecord = new QLabel(tr("Select a line of the list to see and change it here."), this);
    noRecord->setAlignment(Qt::AlignCenter);
    noRecord->setWordWrap(true);
    noRecord->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_formStack->addWidget(noRecord);
    m_formSide = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_conflictBanner);
    formLayout->addWidget(m_formStack, 1);
    formLayout->addWidget(m_refusalLabel);

    m_splitter->addWidget(m_listSide);
    m_splitter->addWidget(m_formSide);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_topLayout);
    layout->addWidget(m_splitter, 1);

    connect(m_addAction, &QAction::triggered, this, [this] {
        m_autosave->flush();
        if (const qint64 id = addRecord()) {
            m_selectAfterLoad = id;
            selectRecord(id);
        }
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const qint64 id = m_shownId;
        if (id == 0)
            return;
        const QString what = describe(id);
        m_autosave->discard();
        if (report(removeRecord(id)))
            m_workspace.reportNotice(tr("Deleted: “%1”. Edit › Undo puts it back.").arg(what));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordPage::showSelected);
    m_removeAction->setEnabled(false);
}

RecordPage::~RecordPage() = default;

void RecordPage::stackListAboveForm()
{
    auto* column = new QSplitter(Qt::Vertical, m_splitter);
    column->setChildrenCollapsible(false);
    column->addWidget(m_listSide);
    column->addWidget(m_formSide);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 3);
    column->setSizes({ 175, 450 });
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);
}

void RecordPage::setForm(QWidget* form)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    // The form follows the width of its pane: never a sideways scroll bar under a form.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formStack->addWidget(scroll);
}

void RecordPage::setInvestigation(const Investigation& investigation)
{
    if (investigation.bilanId != m_bilanId) {
        m_autosave->flush();
        m_conflictBanner->settleNow(this);
        m_autosave->discard();
        m_bilanId = investigation.bilanId;
        m_shownId = 0;
        report(success());
    }
    load(investigation);
    refresh();
    // A part opens on its first record rather than on an empty form.
    if (m_shownId == 0 && m_selectAfterLoad == 0 && m_model->rowCount() > 0)
        selectRecord(m_model->idAt(0));
    if (m_selectAfterLoad && m_model->indexOf(m_selectAfterLoad).isValid())
        selectRecord(std::exchange(m_selectAfterLoad, 0));
}

void RecordPage::flush()
{
    m_autosave->flush();
}

void RecordPage::refresh()
{
    const qint64 keep = m_shownId;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setRows(rows());
        recordsChanged();
        const QModelIndex index = m_model->indexOf(keep);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        else
            m_view->clearSelection();
    }
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    if (!m_model->indexOf(keep).isValid()) {
        m_autosave->discard();
        m_shownId = 0;
    }
    m_removeAction->setEnabled(m_shownId != 0);
    m_addAction->setEnabled(m_bilanId != 0);
    m_formStack->setCurrentIndex(m_shownId != 0 && m_formStack->count() > 1 ? 1 : 0);
    showRecord(m_shownId);
}

void RecordPage::refreshRows()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->setRows(rows());
    recordsChanged();
}

void RecordPage::selectRecord(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RecordPage::showSelected()
{
    m_autosave->flush();
    m_shownId = m_model->idAt(m_view->currentIndex().row());
    report(success());
    m_removeAction->setEnabled(m_shownId != 0);
    m_formStack->setCurrentIndex(m_shownId != 0 && m_formStack->count() > 1 ? 1 : 0);
    showRecord(m_shownId);
}

Result<void> RecordPage::reloadFromStorage()
{
    auto investigation = m_workspace.investigation().load(m_bilanId);
    if (!investigation)
        return investigation.error();
    m_autosave->discard(); // what was typed is dropped, or already copied, or about to be written again
    load(investigation.value());
    refresh();
    showRecord(m_shownId);
    return success();
}

QString RecordPage::formText() const
{
    QStringList texts;
    QWidget* form = m_formStack->currentWidget();
    if (!form)
        return {};
    for (const QLineEdit* edit : form->findChildren<QLineEdit*>()) {
        if (!edit->text().isEmpty() && !edit->isReadOnly())
            texts << edit->text();
    }
    for (const QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>()) {
        if (!edit->toPlainText().isEmpty())
            texts << edit->toPlainText();
    }
    for (const QTextEdit* edit : form->findChildren<QTextEdit*>()) {
        if (!edit->toPlainText().isEmpty())
            texts << edit->toPlainText();
    }
    return texts.join(u"\n\n"_s);
}

bool RecordPage::report(const Result<void>& written)
{
    m_refusalLabel->setVisible(!written.ok());
    m_refusalLabel->setText(written.ok() ? QString() : written.error().message);
    return written.ok();
}

} // namespace parcours
