#pragma once

#include <QAbstractTableModel>
#include <QDate>

#include <parcours/core/Billing.h>

namespace parcours {

/** Invoices and credit notes with what is paid and still owed, as the billing tab and the year's window list them. */
class InvoiceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        IssuedColumn,
        DueColumn,
        CustomerColumn,
        BeneficiaryColumn,
        AmountColumn,
        PaidColumn,
        BalanceColumn,
        StatusColumn,
        ColumnCount
    };

    explicit InvoiceTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The documents to list, and the day that decides what is overdue.
    void setInvoices(const QList<InvoiceState>& invoices, QDate today);
    const InvoiceState* invoiceAt(int row) const;
    QModelIndex indexOf(qint64 invoiceId) const;
    /// What the invoices listed still owe (credit notes and overpayments left out).
    qint64 owedCents() const;
    /// "Paid", "Overdue by 12 days", "Credit note of F-2026-0001"…
    static QString statusText(const InvoiceState& state, QDate today);

private:
    QList<InvoiceState> m_invoices;
    QDate m_today;
};

} // namespace parcours
