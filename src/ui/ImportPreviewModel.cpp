#include <parcours/ui/Colours.h>
#include <parcours/ui/ImportPreviewModel.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace parcours {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) { }

void ImportPreviewModel::setPlan(const ImportPlan& plan)
{
    beginResetModel();
    m_rows = plan.rows;
    endResetModel();
}

const ImportRow* ImportPreviewModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const ImportRow* row = rowAt(index);
    if (!row || index.column() >= ColumnCount)
        return {};
    if (role == Qt::BackgroundRole && index.column() == ActionColumn) {
        switch (row->status) {
        case ImportRow::Status::Create:
            return QBrush(colours::wash(colours::success(), 0.12));
        case ImportRow::Status::Duplicate:
            return QBrush(colours::wash(colours::warning(), 0.14));
        case ImportRow::Status::Invalid:
            return QBrush(colours::wash(colours::error(), 0.12));
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row->line;
    case LastNameColumn:
        return row->client.lastName;
    case FirstNameColumn:
        return row->client.firstName;
    case EmailColumn:
        return row->client.email;
    case PhoneColumn:
        return row->client.phone;
    case BirthDateColumn:
        return row->client.birthDate.isValid() ? QLocale().toString(row->client.birthDate, QLocale::ShortFormat)
                                               : QString();
    case ActionColumn:
        switch (row->status) {
        case ImportRow::Status::Create:
            return tr("To create");
        case ImportRow::Status::Duplicate:
            return row->existingId ? tr("Already recorded: not created")
                                   : tr("Same as line %1: not created").arg(row->sameAsLine);
        case ImportRow::Status::Invalid:
            return tr("To correct");
        }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case LastNameColumn:
        return importFieldName(ImportField::LastName);
    case FirstNameColumn:
        return importFieldName(ImportField::FirstName);
    case EmailColumn:
        return importFieldName(ImportField::Email);
    case PhoneColumn:
        return importFieldName(ImportField::Phone);
    case BirthDateColumn:
        return importFieldName(ImportField::BirthDate);
    case ActionColumn:
        return tr("What happens");
    }
    return {};
}

} // namespace parcours
