#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/PlanProposalModel.h>

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

bool flagged(const PlannedSlot& slot, std::initializer_list<SlotNotice::Kind> kinds)
{
    return std::any_of(kinds.begin(), kinds.end(), [&](SlotNotice::Kind kind) { return slot.has(kind); });
}

} // namespace

PlanProposalModel::PlanProposalModel(QObject* parent) : QAbstractTableModel(parent) { }

int PlanProposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_slots.size());
}

int PlanProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanProposalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedSlot& slot = m_slots.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NumberColumn:
            return index.row() + 1;
        case DateColumn:
            return QLocale().toString(slot.startsAt.date(), u"ddd d MMM yyyy"_s);
        case TimeColumn:
            return format::time(slot.startsAt);
        case PhaseColumn:
            return displayName(slot.phase);
        case LengthColumn:
            return formatMinutes(slot.minutes);
        case NotesColumn: {
            QStringList texts;
            for (const SlotNotice& notice : slot.notices)
                texts << notice.text();
            return texts.join(u' ');
        }
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case DateColumn:
            return slot.startsAt.date();
        case TimeColumn:
            return slot.startsAt.time();
        case PhaseColumn:
            return toKey(slot.phase);
        case LengthColumn:
            return slot.minutes;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::CheckStateRole && column == FortnightColumn && index.row() > 0)
        return slot.fortnightBefore ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (column == FortnightColumn)
            return tr("Two weeks after the previous session, rather than one");
        return data(index.siblingAtColumn(NotesColumn), Qt::DisplayRole);
    }
    if (role == Qt::BackgroundRole) {
        if (flagged(slot, { SlotNotice::Kind::Conflict }))
            return QBrush(QColor(0xfb, 0xe3, 0xe1));
        if (flagged(slot,
                { SlotNotice::Kind::Holiday, SlotNotice::Kind::Absence, SlotNotice::Kind::OverBudget,
                    SlotNotice::Kind::OutsideWorkingHours }))
            return QBrush(QColor(0xfd, 0xf0, 0xd5));
        return {};
    }
    if (role == Qt::ForegroundRole && column == PhaseColumn)
        return QBrush(colours::phaseInk(slot.phase));
    if (role == Qt::ForegroundRole && column == NotesColumn && flagged(slot, { SlotNotice::Kind::Conflict }))
        return QBrush(colours::error());
    if (role == Qt::TextAlignmentRole && (column == NumberColumn || column == LengthColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool PlanProposalModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PlannedSlot& slot = m_slots[index.row()];
    if (role == Qt::CheckStateRole && index.column() == FortnightColumn && index.row() > 0) {
        const bool checked = value.toInt() == Qt::Checked;
        slot.fortnightBefore = checked;
        Q_EMIT dataChanged(index, index, { role });
        Q_EMIT fortnightToggled(index.row(), checked);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case DateColumn: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        slot.startsAt = wallClock(date, slot.startsAt.time());
        break;
    }
    case TimeColumn: {
        const QTime time = value.toTime();
        if (!time.isValid())
            return false;
        slot.startsAt = wallClock(slot.startsAt.date(), QTime(time.hour(), time.minute()));
        break;
    }
    case PhaseColumn: {
        const auto phase = fromKey<Phase>(value.toString());
        if (!phase)
            return false;
        slot.phase = *phase;
        break;
    }
    case LengthColumn:
        if (value.toInt() <= 0)
            return false;
        slot.minutes = value.toInt();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT slotEdited(index.row());
    return true;
}

Qt::ItemFlags PlanProposalModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (index.column()) {
    case DateColumn:
    case TimeColumn:
    case PhaseColumn:
    case LengthColumn:
        return flags | Qt::ItemIsEditable;
    case FortnightColumn:
        return index.row() > 0 ? flags | Qt::ItemIsUserCheckable : flags & ~Qt::ItemIsEnabled;
    default:
        return flags;
    }
}

QVariant PlanProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case FortnightColumn:
        return tr("2 weeks");
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case PhaseColumn:
        return tr("Phase");
    case LengthColumn:
        return tr("Length");
    case NotesColumn:
        return tr("To know");
    default:
        return {};
    }
}

void PlanProposalModel::setSlots(const QList<PlannedSlot>& slots)
{
    beginResetModel();
    m_slots = slots;
    endResetModel();
}

void PlanProposalModel::setNotices(const QList<PlannedSlot>& reviewed)
{
    if (reviewed.size() != m_slots.size() || m_slots.isEmpty())
        return;
    for (qsizetype row = 0; row < m_slots.size(); ++row)
        m_slots[row].notices = reviewed.at(row).notices;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlanProposalModel::conflictCount() const
{
    return static_cast<int>(std::count_if(
        m_slots.begin(), m_slots.end(), [](const PlannedSlot& slot) { return slot.has(SlotNotice::Kind::Conflict); }));
}

} // namespace parcours
