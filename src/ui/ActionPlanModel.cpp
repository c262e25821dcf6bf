#include <parcours/core/Text.h>
#include <parcours/ui/ActionPlanModel.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kDateFormat = u"dd/MM/yyyy"_s;

} // namespace

ActionPlanModel::ActionPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActionPlanModel::setActions(const QList<PlannedAction>& actions)
{
    if (actions.size() == m_actions.size()) {
        m_actions = actions;
        if (!m_actions.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_actions.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_actions = actions;
    endResetModel();
}

void ActionPlanModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

QList<PlannedAction> ActionPlanModel::withNewStep(const QString& step) const
{
    QList<PlannedAction> result = m_actions;
    result << PlannedAction { Horizon::Short, step, {}, {} };
    return result;
}

QList<PlannedAction> ActionPlanModel::without(int row) const
{
    QList<PlannedAction> result = m_actions;
    if (row >= 0 && row < result.size())
        result.removeAt(row);
    return result;
}

QList<PlannedAction> ActionPlanModel::moved(int row, int delta) const
{
    QList<PlannedAction> result = m_actions;
    if (row >= 0 && row < result.size() && row + delta >= 0 && row + delta < result.size())
        result.move(row, row + delta);
    return result;
}

int ActionPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedAction& action = m_actions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case HorizonColumn:
            return role == Qt::EditRole ? QVariant(toKey(action.horizon)) : QVariant(displayName(action.horizon));
        case StepColumn:
            return action.step;
        case ContactColumn:
            return action.contact;
        case TargetColumn:
            return action.targetDate.isValid() ? action.targetDate.toString(kDateFormat) : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return tr("A date written dd/mm/yyyy, or empty");
    return {};
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HorizonColumn:
        return tr("Horizon");
    case StepColumn:
        return tr("Step");
    case ContactColumn:
        return tr("Contact or resource");
    case TargetColumn:
        return tr("Target date");
    }
    return {};
}

bool ActionPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<PlannedAction> edited = m_actions;
    PlannedAction& action = edited[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case HorizonColumn:
        if (const auto horizon = fromKey<Horizon>(text))
            action.horizon = *horizon;
        else
            return false;
        break;
    case StepColumn:
        action.step = simplifiedLine(text);
        break;
    case ContactColumn:
        action.contact = simplifiedLine(text);
        break;
    case TargetColumn: {
        const QString trimmed = text.trimmed();
        const QDate date = QDate::fromString(trimmed, kDateFormat);
        if (!trimmed.isEmpty() && !date.isValid()) {
            Q_EMIT editRefused(tr("“%1” is not a date: write it dd/mm/yyyy, for example 15/04/2026.").arg(trimmed));
            return false;
        }
        action.targetDate = date;
        break;
    }
    }
    if (edited == m_actions)
        return false;
    Q_EMIT actionsEdited(edited);
    return true;
}

Qt::ItemFlags ActionPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace parcours
