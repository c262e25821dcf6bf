#pragma once

#include <parcours/core/Quality.h>

#include <QAbstractTableModel>

namespace parcours {

/** The complaints and incidents register as a table: date, kind, from, nature, handling, outcome, closed on. */
class RegisterEntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<RegisterEntry> entries);
    const RegisterEntry& entry(int row) const { return m_entries.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RegisterEntry> m_entries;
};

/** The improvement-actions log as a table: date, source, action, who, due, status (overdue ones in red). */
class ImprovementActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImprovementActionModel(QDate today, QObject* parent = nullptr);
    void setActions(QList<ImprovementAction> actions);
    const ImprovementAction& action(int row) const { return m_actions.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_today;
    QList<ImprovementAction> m_actions;
};

} // namespace parcours
