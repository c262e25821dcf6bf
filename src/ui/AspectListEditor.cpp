#include <parcours/ui/AspectListEditor.h>

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

AspectListEditor::AspectListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_lineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(110);
    m_lineEdit->setClearButtonEnabled(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_lineEdit, 1, 0);
    layout->addWidget(m_addButton, 1, 1);
    layout->addWidget(m_removeButton, 1, 2);
    connect(m_addButton, &QPushButton::clicked, this, &AspectListEditor::add);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &AspectListEditor::add);
    connect(m_removeButton, &QPushButton::clicked, this, &AspectListEditor::removeSelected);
    connect(m_list, &QListWidget::itemChanged, this, [this] { Q_EMIT aspectsChanged(aspects()); });
}

QStringList AspectListEditor::aspects() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().simplified();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

void AspectListEditor::setAspects(const QStringList& aspects)
{
    if (aspects == this->aspects())
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& aspect : aspects) {
        auto* item = new QListWidgetItem(aspect, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

void AspectListEditor::setPlaceholderText(const QString& text)
{
    m_lineEdit->setPlaceholderText(text);
    m_lineEdit->setAccessibleName(text);
}

void AspectListEditor::add()
{
    const QString text = m_lineEdit->text().simplified();
    if (text.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_lineEdit->clear();
    Q_EMIT aspectsChanged(aspects());
}

void AspectListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    Q_EMIT aspectsChanged(aspects());
}

} // namespace parcours
