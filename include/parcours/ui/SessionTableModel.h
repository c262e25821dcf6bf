#pragma once

#include <QAbstractTableModel>

#include <parcours/core/Schedule.h>
#include <parcours/core/Session.h>

#include <QHash>

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

    /// The sessions and how each went (records by session id: who cancelled, moved, where, attendance).
    void setSessions(const QList<Session>& sessions, const QHash<qint64, SessionRecord>& records = {});
    const Session* sessionAt(int row) const;
    QModelIndex indexOf(qint64 sessionId) const;

private:
    QString statusText(const Session& session) const;
    QList<Session> m_sessions;
    QHash<qint64, SessionRecord> m_records;
};

} // namespace parcours
