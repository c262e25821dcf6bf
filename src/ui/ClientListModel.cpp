#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/Workspace.h>

#include <QBrush>
#include <QScopedValueRollback>
#include <QColor>

using namespace Qt::StringLiterals;

namespace parcours {

ClientListModel::ClientListModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_complianceTimer(new QTimer(this))
{
    m_complianceTimer->setSingleShot(true);
    m_complianceTimer->setInterval(0);
    connect(m_complianceTimer, &QTimer::timeout, this, &ClientListModel::workOutCompliance);
    StoreEvents& events = workspace.events();
    connect(&events, &StoreEvents::clientChanged, this, &ClientListModel::refreshClient);
    connect(&events, &StoreEvents::bilanChanged, this,
            [this](qint64, qint64 clientId) { refreshClient(clientId); });
    connect(&events, &StoreEvents::sessionChanged, this,
            [this](qint64, qint64 bilanId) { refreshBilan(bilanId); });
    for (auto signal : { &StoreEvents::cpfDeclarationChanged, &StoreEvents::synthesisChanged,
                         &StoreEvents::proofChanged })
        connect(&events, signal, this, &ClientListModel::forgetCompliance);
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary& row = m_rows.at(index.row());
    if (role == ClientIdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.displayName();
        case PhaseColumn:
            return row.phase ? displayName(*row.phase) : displayName(row.status);
        case NextSessionColumn:
            return row.nextSession.isValid() ? format::compactDateTime(row.nextSession, m_workspace.clock().today())
                                             : u"—"_s;
        case HoursColumn:
            return row.bilanId ? format::hoursOf(row.doneMinutes, kCapMinutes) : u"—"_s;
        case ComplianceColumn: {
            if (row.bilanId == 0)
                return u"—"_s;
            const ComplianceSummary* summary = complianceOf(row);
            if (!summary)
                return QString(); // being worked out
            // A compact marker (the list is narrow); the tooltip says it in words.
            return summary->missing > 0 ? u"⚠ %1"_s.arg(summary->missing) : u"✓"_s;
        }
        default:
            return {};
        }
    }
    if (index.column() == ComplianceColumn) {
        const ComplianceSummary* summary = complianceOf(row);
        if (role == Qt::ToolTipRole && summary)
            return ComplianceRules::describe(*summary);
        if (role == Qt::ForegroundRole && summary && summary->missing > 0)
            return QBrush(colours::error());
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        QStringList lines { row.firstName + u' ' + row.lastName };
        if (!row.email.isEmpty())
            lines << row.email;
        if (!row.phone.isEmpty())
            lines << row.phone;
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && !row.bilanId && index.column() != NameColumn)
        return QBrush(colours::muted());
    if (role == Qt::TextAlignmentRole && index.column() == HoursColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ComplianceColumn)
        return tr("Compliance: the points to fix in the current bilan");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhaseColumn:
        return tr("Phase");
    case NextSessionColumn:
        return tr("Next session");
    case HoursColumn:
        return tr("Hours done");
    case ComplianceColumn:
        return tr("Compl.", "abbreviation of Compliance");
    default:
        return {};
    }
}

void ClientListModel::setQuery(const ClientQuery& query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = 0;
    load(kPageSize); // a new query starts again from its first page
}

void ClientListModel::reload()
{
    load(std::max(kPageSize, static_cast<int>(m_rows.size())));
}

void ClientListModel::load(int rowCount)
{
    ClientQuery page = m_query;
    page.offset = 0;
    page.limit = rowCount;
    auto rows = m_workspace.clients().list(page);
    if (!rows) {
        m_workspace.reportError(rows.error().message);
        return;
    }
    const QScopedValueRollback fetching(m_fetching, true); // no read for more while the reset is announced
    beginResetModel();
    m_rows = std::move(rows).value();
    m_more = m_rows.size() == page.limit;
    m_complianceAsked.clear();
    endResetModel();
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        fetch(kPageSize);
}

void ClientListModel::fetch(int count)
{
    // Views and checkers may ask for more while rows are being inserted: one read at a time.
    if (!m_more || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    ClientQuery page = m_query;
    page.offset = static_cast<int>(m_rows.size());
    page.limit = count;
    auto rows = m_workspace.clients().list(page);
    if (!rows) {
        m_more = false;
        m_workspace.reportError(rows.error().message);
        return;
    }
    m_more = rows->size() == count;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows->size()) - 1);
    m_rows.append(std::move(rows).value());
    endInsertRows();
}

QModelIndex ClientListModel::reveal(qint64 clientId)
{
    if (const QModelIndex loaded = indexOf(clientId); loaded.isValid() || clientId == 0)
        return loaded;
    auto position = m_workspace.clients().position(m_query, clientId);
    if (!position) {
        m_workspace.reportError(position.error().message);
        return {};
    }
    if (position.value() < 0)
        return {};
    if (m_rows.size() <= position.value())
        fetch(position.value() + 1 - static_cast<int>(m_rows.size()) + kPageSize); // one read, up to a page past it
    return indexOf(clientId);
}

const ClientSummary* ClientListModel::clientAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

QModelIndex ClientListModel::indexOf(qint64 clientId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == clientId)
            return index(row, 0);
    }
    return {};
}

void ClientListModel::refreshClient(qint64 clientId)
{
    const QModelIndex existing = indexOf(clientId);
    if (!existing.isValid()) {
        reload(); // a new client, or one that now matches the filter
        return;
    }
    auto summary = m_workspace.clients().summary(clientId);
    if (!summary) {
        m_workspace.reportError(summary.error().message);
        return;
    }
    // A change that moves the row (new name) or takes it out of the filter needs the whole list again.
    const ClientSummary& before = m_rows.at(existing.row());
    const bool sameStatus = !m_query.status || summary->status == *m_query.status;
    if (summary->lastName != before.lastName || summary->firstName != before.firstName || !sameStatus
        || !m_query.search.isEmpty()) {
        reload();
        return;
    }
    m_rows[existing.row()] = summary.value();
    m_compliance.remove(summary->bilanId);
    Q_EMIT dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
}

const ComplianceSummary* ClientListModel::complianceOf(const ClientSummary& row) const
{
    if (row.bilanId == 0)
        return nullptr;
    if (m_complianceDay != m_workspace.clock().today()) { // the checks depend on the day
        m_compliance.clear();
        m_complianceDay = m_workspace.clock().today();
    }
    const auto found = m_compliance.constFind(row.bilanId);
    if (found != m_compliance.cend())
        return &found.value();
    m_complianceAsked.insert(row.bilanId);
    m_complianceTimer->start();
    return nullptr;
}

void ClientListModel::workOutCompliance()
{
    if (m_complianceAsked.isEmpty())
        return;
    const QSet<qint64> asked = std::exchange(m_complianceAsked, {});
    bool found = false;
    for (qint64 bilanId : asked) {
        // A failed read leaves the cell empty; it is asked again when next painted.
        if (auto summary = m_workspace.compliance().summary(bilanId)) {
            m_compliance.insert(bilanId, summary.value());
            found = true;
        }
    }
    if (found && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ComplianceColumn), index(static_cast<int>(m_rows.size()) - 1, ComplianceColumn));
}

void ClientListModel::forgetCompliance(qint64 bilanId)
{
    m_compliance.remove(bilanId);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).bilanId == bilanId)
            Q_EMIT dataChanged(index(row, ComplianceColumn), index(row, ComplianceColumn));
    }
}

void ClientListModel::refreshBilan(qint64 bilanId)
{
    m_compliance.remove(bilanId);
    auto bilan = m_workspace.bilans().get(bilanId);
    if (bilan)
        refreshClient(bilan->clientId);
}

} // namespace parcours
