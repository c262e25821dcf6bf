#pragma once

#include <parcours/core/Planner.h>

#include <QAbstractTableModel>

namespace parcours {

/**
 * A proposal of sessions as the planning dialog shows it: one row a session, its date, time, phase and length
 * editable in place, a check for "two weeks after the previous one", and what the planner flags (holidays,
 * conflicts, absences) in words and colours.
 */
class PlanProposalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        FortnightColumn,
        DateColumn,
        TimeColumn,
        PhaseColumn,
        LengthColumn,
        NotesColumn,
        ColumnCount
    };

    explicit PlanProposalModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSlots(const QList<PlannedSlot>& slots);
    const QList<PlannedSlot>& slots() const { return m_slots; }
    /// Refreshes the flags after a review, keeping the rows as they are.
    void setNotices(const QList<PlannedSlot>& reviewed);
    int conflictCount() const;

Q_SIGNALS:
    /// A date, time, phase or length was edited: the proposal needs a review.
    void slotEdited(int row);
    /// The "two weeks after the previous one" check of a row changed: the proposal is to be generated again.
    void fortnightToggled(int row, bool checked);

private:
    QList<PlannedSlot> m_slots;
};

} // namespace parcours
