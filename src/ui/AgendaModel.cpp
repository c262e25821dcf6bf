#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/AgendaModel.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace parcours {

AgendaModel::AgendaModel(QObject* parent) : QAbstractTableModel(parent) { }

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::remarks(const AgendaEntry& entry) const
{
    QStringList parts;
    for (qint64 other : entry.conflicts) {
        const QModelIndex index = indexOf(other);
        if (const AgendaEntry* overlapping = index.isValid() ? entryAt(index.row()) : nullptr) {
            parts << tr("Overlaps %1 (%2)").arg(overlapping->clientName(), format::time(overlapping->session.startsAt));
        } else {
            parts << tr("Overlaps another session");
        }
    }
    if (const int unlisted = entry.conflictCount - static_cast<int>(entry.conflicts.size()); unlisted > 0)
        parts << tr("and %n other overlapping session(s)", nullptr, unlisted);
    if (entry.duringAbsence)
        parts << tr("During an absence");
    if (entry.movedTo > 0)
        parts << tr("Moved");
    if (entry.place == Place::Remote)
        parts << tr("Remote");
    return parts.join(u" · "_s);
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaEntry& entry = m_entries.at(index.row());
    const Session& session = entry.session;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DayColumn:
            return format::shortDate(session.startsAt.date());
        case TimeColumn:
            return format::time(session.startsAt) + u" – "_s + format::time(session.endsAt());
        case BeneficiaryColumn:
            return entry.clientName();
        case PhaseColumn:
            return displayName(session.phase);
        case StatusColumn:
            return displayName(session.status);
        case RemarksColumn:
            return remarks(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RemarksColumn) {
        const QString text = remarks(entry);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (role == Qt::ForegroundRole) {
        if (session.status == SessionStatus::Cancelled || session.status == SessionStatus::NoShow)
            return QBrush(colours::muted());
        if (index.column() == RemarksColumn && (!entry.conflicts.isEmpty() || entry.duringAbsence))
            return QBrush(colours::error());
        if (index.column() == PhaseColumn)
            return QBrush(colours::phaseInk(session.phase));
    }
    if (role == Qt::FontRole && session.status == SessionStatus::Cancelled) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case BeneficiaryColumn:
        return tr("Beneficiary");
    case PhaseColumn:
        return tr("Phase");
    case StatusColumn:
        return tr("Status");
    case RemarksColumn:
        return tr("Remarks");
    default:
        return {};
    }
}

void AgendaModel::setEntries(const QList<AgendaEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const AgendaEntry* AgendaModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

QModelIndex AgendaModel::indexOf(qint64 sessionId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).session.id == sessionId)
            return index(row, 0);
    }
    return {};
}

} // namespace parcours
