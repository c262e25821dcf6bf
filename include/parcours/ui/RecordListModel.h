#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace parcours {

/**
 * The list of a page of the investigation (experiences, options, answers…): one row per record, its cells already
 * worded by the page. Refreshing with the same records in the same order only repaints, so the selection and the
 * form beside it stay put while the consultant types.
 */
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /** One record as listed. */
    struct Row {
        qint64 id = 0;
        QStringList cells;
        QString toolTip;
        bool muted = false; ///< shown grey (an option set aside)
        bool operator==(const Row&) const = default;
    };

    explicit RecordListModel(QStringList headers, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<Row>& rows);
    qint64 idAt(int row) const;
    QModelIndex indexOf(qint64 id) const;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace parcours
