#include <parcours/core/BillingRules.h>
#include <parcours/core/Money.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/InvoiceTableModel.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString amount(qint64 cents)
{
    return Money::fromCents(cents).display();
}

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"dd/MM/yyyy"_s) : QString();
}

} // namespace

InvoiceTableModel::InvoiceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int InvoiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceTableModel::statusText(const InvoiceState& state, QDate today)
{
    const Invoice& invoice = state.invoice;
    if (invoice.kind == InvoiceKind::CreditNote)
        return tr("Credit note of %1").arg(invoice.correctsNumber);
    if (BillingRules::isOverdue(state, today))
        return tr("Overdue by %n day(s)", nullptr, int(invoice.dueOn.daysTo(today)));
    if (state.balanceCents() < 0)
        return tr("Overpaid: %1 to refund").arg(amount(-state.balanceCents()));
    if (state.balanceCents() == 0)
        return state.creditedCents == invoice.amountCents ? tr("Cancelled by credit note") : tr("Paid");
    return state.paidCents > 0 || state.creditedCents > 0 ? tr("Partly paid") : tr("To be paid");
}

QVariant InvoiceTableModel::data(const QModelIndex& index, int role) const
{
    const InvoiceState* state = invoiceAt(index.row());
    if (!state || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Invoice& invoice = state->invoice;
    const bool credit = invoice.kind == InvoiceKind::CreditNote;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return invoice.number;
        case IssuedColumn:
            return shortDate(invoice.issuedOn);
        case DueColumn:
            return credit ? QString() : shortDate(invoice.dueOn);
        case CustomerColumn:
            return invoice.buyerName;
        case BeneficiaryColumn:
            return invoice.beneficiary;
        case AmountColumn:
            return amount(invoice.signedCents());
        case PaidColumn:
            return credit ? QString() : amount(state->paidCents);
        case BalanceColumn:
            return credit ? QString() : amount(state->balanceCents());
        case StatusColumn:
            return statusText(*state, m_today);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AmountColumn && index.column() <= BalanceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && BillingRules::isOverdue(*state, m_today))
        return QBrush(colours::error());
    if (role == Qt::ToolTipRole && credit)
        return invoice.reason;
    if (role == Qt::UserRole)
        return invoice.id;
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case IssuedColumn:
        return tr("Issued");
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case BeneficiaryColumn:
        return tr("Beneficiary");
    case AmountColumn:
        return tr("Amount");
    case PaidColumn:
        return tr("Paid");
    case BalanceColumn:
        return tr("Owed");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void InvoiceTableModel::setInvoices(const QList<InvoiceState>& invoices, QDate today)
{
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    endResetModel();
}

const InvoiceState* InvoiceTableModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices[row] : nullptr;
}

QModelIndex InvoiceTableModel::indexOf(qint64 invoiceId) const
{
    for (int row = 0; row < m_invoices.size(); ++row) {
        if (m_invoices[row].invoice.id == invoiceId)
            return index(row, 0);
    }
    return {};
}

qint64 InvoiceTableModel::owedCents() const
{
    qint64 owed = 0;
    for (const InvoiceState& state : m_invoices)
        owed += std::max<qint64>(state.balanceCents(), 0);
    return owed;
}

} // namespace parcours
