#include <parcours/core/SessionLogService.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/SessionTableModel.h>

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace parcours {

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& session = m_sessions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return format::shortDateTime(session.startsAt);
        case PhaseColumn:
            return displayName(session.phase);
        case PlannedColumn:
            return formatMinutes(session.plannedMinutes);
        case ActualColumn:
            return session.actualMinutes ? formatMinutes(*session.actualMinutes) : QString();
        case StatusColumn:
            return statusText(session);
        case NotesColumn:
            return session.notes.section(u'\n', 0, 0).left(120);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NotesColumn && !session.notes.isEmpty())
        return session.notes.left(1000);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        SessionRecord record = m_records.value(session.id);
        const QString gap = attendanceGap(session, record);
        return gap.isEmpty() ? QVariant() : QVariant(gap);
    }
    if (role == Qt::ForegroundRole) {
        if (session.status == SessionStatus::Cancelled || session.status == SessionStatus::NoShow)
            return QBrush(colours::muted());
        if (index.column() == PhaseColumn)
            return QBrush(colours::phaseInk(session.phase));
    }
    if (role == Qt::FontRole && index.column() == StatusColumn && session.status == SessionStatus::Done) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PhaseColumn:
        return tr("Phase");
    case PlannedColumn:
        return tr("Planned");
    case ActualColumn:
        return tr("Actual");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

void SessionTableModel::setSessions(const QList<Session>& sessions, const QHash<qint64, SessionRecord>& records)
{
    beginResetModel();
    m_sessions = sessions;
    m_records = records;
    endResetModel();
}

QString SessionTableModel::statusText(const Session& session) const
{
    const SessionRecord record = m_records.value(session.id);
    if (record.movedTo > 0)
        return tr("Moved");
    if (session.status == SessionStatus::Cancelled && record.cancelledBy) {
        return *record.cancelledBy == Party::Beneficiary ? tr("Cancelled by the beneficiary")
                                                         : tr("Cancelled by you");
    }
    if (session.status == SessionStatus::Done && record.place == Place::Remote)
        return tr("Done, remote");
    if (session.status == SessionStatus::Planned && record.movedFrom > 0)
        return tr("Planned (moved)");
    return displayName(session.status);
}

const Session* SessionTableModel::sessionAt(int row) const
{
    if (row < 0 || row >= m_sessions.size())
        return nullptr;
    return &m_sessions.at(row);
}

QModelIndex SessionTableModel::indexOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            return index(row, 0);
    }
    return {};
}

} // namespace parcours
