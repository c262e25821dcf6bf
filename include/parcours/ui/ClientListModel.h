#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

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

    /// Rows read per page: a tall window's screenful and more (the view asks for the next page as it scrolls).
    /// Each row costs a few random page reads in a large file: 200 rows took three times as long per keystroke.
    static constexpr int kPageSize = 64;

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
    /// The compliance of a row's bilan, kept until the bilan changes or the day does. A row shown before its
    /// compliance is known asks for it and gets nullptr: the checks (some ten queries a bilan) are worked out
    /// once the list has painted (workOutCompliance), so that a keystroke's answer does not wait for them.
    const ComplianceSummary* complianceOf(const ClientSummary& row) const;
    void workOutCompliance();
    void forgetCompliance(qint64 bilanId);

    Workspace& m_workspace;
    ClientQuery m_query;
    QList<ClientSummary> m_rows;
    bool m_more = false; ///< the last read filled its page: there may be more rows
    bool m_fetching = false;
    mutable QHash<qint64, ComplianceSummary> m_compliance;
    mutable QSet<qint64> m_complianceAsked; ///< shown, not yet worked out
    mutable QDate m_complianceDay; ///< the day the kept summaries were worked out for
    QTimer* m_complianceTimer;
};

} // namespace parcours
