#pragma once

#include <QAbstractTableModel>

#include <parcours/core/Client.h>
#include <parcours/core/Compliance.h>

#include <QHash>

namespace parcours {

class Workspace;

/**
 * The client list: one row per beneficiary matching the query, read a page at a time as the view scrolls
 * (canFetchMore/fetchMore), kept current by the store's events.
 */
class ClientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PhaseColumn, NextSessionColumn, HoursColumn, ComplianceColumn, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole + 1 };

    explicit ClientListModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Rows read per page.
    static constexpr int kPageSize = 200;

    void setQuery(const ClientQuery& query);
    const ClientQuery& query() const { return m_query; }
    /// Reads the list again (after a change that may add or remove rows), as many rows as were read before.
    void reload();

    const ClientSummary* clientAt(int row) const;
    /// The client's index among the rows read so far (invalid when not read yet or not matching).
    QModelIndex indexOf(qint64 clientId) const;
    /// The client's index, reading the pages up to its row when needed; invalid when it does not match the query.
    QModelIndex reveal(qint64 clientId);

private:
    void load(int rowCount);
    void fetch(int count);
    void refreshClient(qint64 clientId);
    void refreshBilan(qint64 bilanId);
    /// The compliance of a row's bilan, worked out when first shown and kept until the bilan changes.
    const ComplianceSummary* complianceOf(const ClientSummary& row) const;
    void forgetCompliance(qint64 bilanId);

    Workspace& m_workspace;
    ClientQuery m_query;
    QList<ClientSummary> m_rows;
    bool m_more = false; ///< the last read filled its page: there may be more rows
    bool m_fetching = false;
    mutable QHash<qint64, ComplianceSummary> m_compliance;
};

} // namespace parcours
