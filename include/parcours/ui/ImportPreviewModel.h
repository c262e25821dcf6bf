#pragma once

#include <parcours/core/ClientImport.h>

#include <QAbstractTableModel>

namespace parcours {

/** The lines of an import as they will be read: the beneficiary and what happens to it (created, duplicate…). */
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        LastNameColumn,
        FirstNameColumn,
        EmailColumn,
        PhoneColumn,
        BirthDateColumn,
        ActionColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPlan(const ImportPlan& plan);
    const ImportRow* rowAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRow> m_rows;
};

} // namespace parcours
