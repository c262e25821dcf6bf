#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/QualityRegisterModels.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString day(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString firstLine(const QString& text)
{
    return text.section(u'\n', 0, 0);
}

} // namespace

void RegisterEntryModel::setEntries(QList<RegisterEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RegisterEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RegisterEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant RegisterEntryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RegisterEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == 3 || index.column() == 4))
        return index.column() == 3 ? e.nature : e.handling;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return day(e.receivedOn);
    case 1:
        return displayName(e.kind);
    case 2:
        return e.fromWhom;
    case 3:
        return firstLine(e.nature);
    case 4:
        return firstLine(e.handling);
    case 5:
        return e.outcome;
    case 6:
        return e.closedOn.isValid() ? day(e.closedOn) : tr("being handled");
    }
    return {};
}

QVariant RegisterEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Date"), tr("Kind"), tr("From"), tr("Nature"), tr("Handling"), tr("Outcome"),
        tr("Closed on") };
    return headers.value(section);
}

ImprovementActionModel::ImprovementActionModel(QDate today, QObject* parent)
    : QAbstractTableModel(parent), m_today(today)
{ }

void ImprovementActionModel::setActions(QList<ImprovementAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

int ImprovementActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ImprovementActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant ImprovementActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const ImprovementAction& a = m_actions.at(index.row());
    const bool open = a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress;
    if (role == Qt::ForegroundRole && index.column() == 4 && open && a.dueOn.isValid() && a.dueOn < m_today)
        return QBrush(colours::error());
    if (role == Qt::ToolTipRole && index.column() == 2)
        return a.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return day(a.raisedOn);
    case 1:
        return a.source;
    case 2:
        return firstLine(a.action);
    case 3:
        return a.owner;
    case 4:
        return day(a.dueOn);
    case 5:
        return displayName(a.status);
    }
    return {};
}

QVariant ImprovementActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Date"), tr("Source"), tr("Action"), tr("Who"), tr("Due"), tr("Status") };
    return headers.value(section);
}

} // namespace parcours
