#include <parcours/ui/CriterionListModel.h>

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace parcours {

CriterionListModel::CriterionListModel(Criterion::Zone zone, QObject* parent) : QAbstractListModel(parent), m_zone(zone)
{ }

int CriterionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_criteria.size());
}

QVariant CriterionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Criterion& criterion = m_criteria.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1. %2"_s.arg(criterion.rank).arg(criterion.label);
    case Qt::EditRole:
        return criterion.label;
    case Qt::UserRole:
        return criterion.id;
    default:
        return {};
    }
}

bool CriterionListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString label = value.toString().simplified();
    if (label == m_criteria.at(index.row()).label)
        return false;
    Q_EMIT renameRequested(m_criteria.at(index.row()).id, label);
    return true;
}

Qt::ItemFlags CriterionListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList CriterionListModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData* CriterionListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType), QByteArray::number(m_criteria.at(indexes.first().row()).id));
    return data;
}

bool CriterionListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return data && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool CriterionListModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 id = data->data(QString::fromLatin1(kMimeType)).toLongLong(&ok);
    if (!ok)
        return false;
    // Dropped on an item: before it; between items: at `row`; elsewhere: at the end.
    int position = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QModelIndex source = indexOf(id);
    if (source.isValid() && source.row() < position)
        --position; // counted without the criterion itself
    Q_EMIT moveRequested(id, m_zone, position);
    return true;
}

Qt::DropActions CriterionListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CriterionListModel::supportedDragActions() const
{
    // Never "move" for the view: it would delete the source row itself; storage moves it, then both lists reload.
    return Qt::CopyAction;
}

void CriterionListModel::setCriteria(const QList<Criterion>& all)
{
    QList<Criterion> mine;
    for (const Criterion& criterion : all) {
        if (criterion.zone == m_zone)
            mine << criterion;
    }
    std::sort(mine.begin(), mine.end(), [](const Criterion& a, const Criterion& b) { return a.rank < b.rank; });
    beginResetModel();
    m_criteria = mine;
    endResetModel();
}

const Criterion* CriterionListModel::criterionAt(int row) const
{
    return row >= 0 && row < m_criteria.size() ? &m_criteria.at(row) : nullptr;
}

QModelIndex CriterionListModel::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria[i].id == id)
            return index(static_cast<int>(i));
    }
    return {};
}

} // namespace parcours
