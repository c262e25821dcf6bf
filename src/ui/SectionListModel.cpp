#include <parcours/core/Text.h>
#include <parcours/ui/SectionListModel.h>

#include <QColor>

using namespace Qt::StringLiterals;

namespace parcours {

SectionListModel::SectionListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SectionListModel::setSections(const QList<SynthesisSection>& sections)
{
    QList<Row> rows;
    for (const SynthesisSection& section : sections) {
        int words = section.body.wordCount();
        rows << Row { section.layout(), words };
    }
    // Same keys in the same order: only the cells change, so the view keeps its selection.
    const bool sameKeys = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                      [](const Row& a, const Row& b) { return a.layout.key == b.layout.key; });
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SectionListModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

QList<SectionLayout> SectionListModel::layout() const
{
    QList<SectionLayout> layout;
    for (const Row& row : m_rows)
        layout << row.layout;
    return layout;
}

QString SectionListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).layout.key : QString();
}

int SectionListModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).layout.key == key)
            return row;
    }
    return -1;
}

QList<SectionLayout> SectionListModel::moved(int row, int delta) const
{
    QList<SectionLayout> result = layout();
    const int target = row + delta;
    if (row >= 0 && row < result.size() && target >= 0 && target < result.size())
        result.move(row, target);
    return result;
}

int SectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return SynthesisRules::displayTitle(row.layout);
    case Qt::CheckStateRole:
        return row.layout.hidden ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return row.layout.hidden ? tr("Hidden: not printed (%n word(s))", nullptr, row.words)
                                 : tr("%n word(s)", nullptr, row.words);
    case Qt::ForegroundRole:
        return row.layout.hidden ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case KeyRole:
        return row.layout.key;
    case WordsRole:
        return row.words;
    default:
        return {};
    }
}

bool SectionListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<SectionLayout> edited = layout();
    SectionLayout& section = edited[index.row()];
    if (role == Qt::EditRole) {
        QString title = simplifiedLine(value.toString());
        // Back to the default wording: stored as "no title of its own", so it follows the document's language.
        if (const char* source = SynthesisRules::defaultTitleSource(section.key);
            title.isEmpty() || (source && title == SynthesisRules::displayTitle({ section.key, {}, false })))
            title.clear();
        if (title.isEmpty() && !SynthesisRules::isStandard(section.key))
            return false; // a section of one's own keeps a name
        if (title == section.title)
            return false;
        section.title = title;
    } else if (role == Qt::CheckStateRole) {
        section.hidden = value.toInt() != Qt::Checked;
    } else {
        return false;
    }
    Q_EMIT layoutEdited(edited);
    return true;
}

Qt::ItemFlags SectionListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        flags |= Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace parcours
