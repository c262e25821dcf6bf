#pragma once

#include <parcours/storage/Backups.h>

#include <QAbstractTableModel>

namespace parcours {

/** The backups of the database as a table: date, kind, beneficiaries, bilans, size; unreadable ones flagged. */
class BackupListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, ClientsColumn, BilansColumn, SizeColumn, ColumnCount };

    explicit BackupListModel(QObject* parent = nullptr);

    void setBackups(QList<BackupInfo> backups);
    const BackupInfo* backupAt(const QModelIndex& index) const;
    /// The row of the backup at `path`, or -1.
    int rowOf(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace parcours
