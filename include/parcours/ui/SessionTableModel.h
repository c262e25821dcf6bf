#pragma once

#include <QAbstractTableModel>

#include <parcours/core/Session.h>

namespace parcours {

/** The sessions of one bilan, in date order, as the Séances tab lists them. */
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, PhaseColumn, PlannedColumn, ActualColumn, StatusColumn, NotesColumn, ColumnCount };

    explicit SessionTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSessions(const QList<Session>& sessions);
    const Session* sessionAt(int row) const;
    QModelIndex indexOf(qint64 sessionId) const;

private:
    QList<Session> m_sessions;
};

} // namespace parcours
