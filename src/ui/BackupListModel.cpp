#include <parcours/ui/Colours.h>
#include <parcours/ui/BackupListModel.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {

BackupListModel::BackupListModel(QObject* parent) : QAbstractTableModel(parent) { }

void BackupListModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

const BackupInfo* BackupListModel::backupAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return nullptr;
    return &m_backups[index.row()];
}

int BackupListModel::rowOf(const QString& path) const
{
    for (qsizetype row = 0; row < m_backups.size(); ++row) {
        if (m_backups[row].path == path)
            return int(row);
    }
    return -1;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    const BackupInfo* backup = backupAt(index);
    if (!backup || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return backup->usable() ? backup->path : backup->problem;
    if (role == Qt::ForegroundRole && !backup->usable())
        return QBrush(colours::error());
    if (role == Qt::TextAlignmentRole && index.column() >= ClientsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(backup->createdAt.date(), QLocale::ShortFormat) + u' '
            + locale.toString(backup->createdAt.time(), u"HH:mm"_s);
    case KindColumn:
        return backup->usable() ? displayName(backup->kind) : tr("%1 (unreadable)").arg(displayName(backup->kind));
    case ClientsColumn:
        return backup->usable() ? QVariant(backup->clients) : QVariant(u"—"_s);
    case BilansColumn:
        return backup->usable() ? QVariant(backup->bilans) : QVariant(u"—"_s);
    case SizeColumn:
        return locale.formattedDataSize(backup->bytes, 1, QLocale::DataSizeTraditionalFormat);
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case ClientsColumn:
        return tr("Beneficiaries");
    case BilansColumn:
        return tr("Bilans");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

Qt::ItemFlags BackupListModel::flags(const QModelIndex& index) const
{
    const BackupInfo* backup = backupAt(index);
    if (!backup)
        return Qt::NoItemFlags;
    return backup->usable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

} // namespace parcours
