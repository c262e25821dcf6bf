#include <parcours/core/InvestigationRules.h>
#include <parcours/ui/CompetenceMatrixModel.h>

using namespace Qt::StringLiterals;

namespace parcours {

CompetenceMatrixModel::CompetenceMatrixModel(QObject* parent)
    : QAbstractTableModel(parent), m_columns(domainColumns({}))
{ }

int CompetenceMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(kAllCompetenceKinds.size());
}

int CompetenceMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QList<Competence> CompetenceMatrixModel::cell(int row, int column) const
{
    QList<Competence> result;
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return result;
    const Competence::Kind kind = kAllCompetenceKinds[static_cast<std::size_t>(row)];
    for (const Competence& competence : m_competences) {
        if (competence.kind == kind && domainColumn(competence, m_customDomains) == column)
            result << competence;
    }
    return result;
}

std::pair<Competence::Domain, QString> CompetenceMatrixModel::domainOf(int column) const
{
    if (column >= 0 && column < static_cast<int>(kBuiltInDomains.size()))
        return { kBuiltInDomains[static_cast<std::size_t>(column)], QString() };
    return { Competence::Domain::Custom, m_customDomains.value(column - static_cast<int>(kBuiltInDomains.size())) };
}

QVariant CompetenceMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Competence> competences = cell(index.row(), index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        QStringList lines;
        for (const Competence& competence : competences)
            lines << (competence.transferable ? competence.label + u" ↗"_s : competence.label);
        if (role == Qt::AccessibleTextRole && lines.isEmpty())
            return tr("none");
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::UserRole)
        return static_cast<int>(competences.size());
    return {};
}

QVariant CompetenceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    if (section >= 0 && section < rowCount())
        return displayName(kAllCompetenceKinds[static_cast<std::size_t>(section)]);
    return {};
}

void CompetenceMatrixModel::setCompetences(const QList<Competence>& competences, const QStringList& customDomains)
{
    if (customDomains != m_customDomains) {
        beginResetModel();
        m_competences = competences;
        m_customDomains = customDomains;
        m_columns = domainColumns(customDomains);
        endResetModel();
        return;
    }
    m_competences = competences;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace parcours
