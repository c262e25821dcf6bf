#pragma once

#include <parcours/core/Investigation.h>

#include <QAbstractTableModel>

namespace parcours {

/**
 * The competence portfolio as a matrix: the three kinds (savoir-faire, savoirs, savoir-être) down, the domains
 * across (relational, technical, organisational, then the consultant's own); each cell lists its competences, the
 * transferable ones marked "↗".
 */
class CompetenceMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CompetenceMatrixModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCompetences(const QList<Competence>& competences, const QStringList& customDomains);
    /// The competences of one cell, in the order recorded.
    QList<Competence> cell(int row, int column) const;
    /// The domain of a column: a built-in one, or Custom with its name.
    std::pair<Competence::Domain, QString> domainOf(int column) const;

private:
    QList<Competence> m_competences;
    QStringList m_customDomains;
    QStringList m_columns;
};

} // namespace parcours
