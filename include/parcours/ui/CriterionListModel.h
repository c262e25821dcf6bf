#pragma once

#include <parcours/core/Investigation.h>

#include <QAbstractListModel>

namespace parcours {

/**
 * The criteria of one zone (fundamental, or open to concession), in rank order. Criteria are dragged within a list
 * and from one list to the other; the model does not move anything itself, it asks (moveRequested) and shows what
 * storage says once the move is done. A label edited in place is asked for the same way (renameRequested).
 */
class CriterionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr const char* kMimeType = "application/x-parcours-criterion";

    explicit CriterionListModel(Criterion::Zone zone, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    Criterion::Zone zone() const { return m_zone; }
    /// Keeps the criteria of this zone, in rank order.
    void setCriteria(const QList<Criterion>& all);
    const Criterion* criterionAt(int row) const;
    QModelIndex indexOf(qint64 id) const;

Q_SIGNALS:
    /// Move the criterion to `position` (0-based, counted without it) of this model's zone.
    void moveRequested(qint64 criterionId, Criterion::Zone zone, int position);
    void renameRequested(qint64 criterionId, const QString& label);

private:
    Criterion::Zone m_zone;
    QList<Criterion> m_criteria;
};

} // namespace parcours
