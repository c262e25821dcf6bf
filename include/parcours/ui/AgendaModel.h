#pragma once

#include <parcours/core/Schedule.h>

#include <QAbstractTableModel>

namespace parcours {

/** The sessions of a day or a week of the agenda, every beneficiary's, with their conflicts, as the day list shows
 * them. */
class AgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, BeneficiaryColumn, PhaseColumn, StatusColumn, RemarksColumn, ColumnCount };

    explicit AgendaModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<AgendaEntry>& entries);
    const QList<AgendaEntry>& entries() const { return m_entries; }
    const AgendaEntry* entryAt(int row) const;
    QModelIndex indexOf(qint64 sessionId) const;
    /// "Overlaps Loïc Çelik (14:00)…", "Moved", "Remote": what the Remarks column says.
    QString remarks(const AgendaEntry& entry) const;

private:
    QList<AgendaEntry> m_entries;
};

} // namespace parcours
