#pragma once

#include <QAbstractTableModel>

#include <parcours/core/Synthesis.h>

namespace parcours {

/**
 * The action plan's table: horizon, step, contact or resource, target date. Edits go out as actionsEdited (applied
 * by the tab through an undoable command); the rows come back from storage with setActions.
 */
class ActionPlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HorizonColumn, StepColumn, ContactColumn, TargetColumn, ColumnCount };

    explicit ActionPlanModel(QObject* parent = nullptr);

    void setActions(const QList<PlannedAction>& actions);
    const QList<PlannedAction>& actions() const { return m_actions; }
    void setReadOnly(bool readOnly);

    /// The list with a new step (short term) at the end.
    QList<PlannedAction> withNewStep(const QString& step) const;
    QList<PlannedAction> without(int row) const;
    QList<PlannedAction> moved(int row, int delta) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void actionsEdited(const QList<PlannedAction>& actions);
    /// An edit that cannot be applied (a date that is not one); the reason in words.
    void editRefused(const QString& reason);

private:
    QList<PlannedAction> m_actions;
    bool m_readOnly = false;
};

} // namespace parcours
