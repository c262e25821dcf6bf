#pragma once

#include <QDialog>

#include <parcours/core/BillingService.h>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace parcours {

class InvoiceTableModel;
class Workspace;

/**
 * The year's billing: every invoice and credit note of a financial year, what is still owed (overdue first), the BPF
 * figures with what the records lack and their PDF and CSV, and closing the year once it is over.
 */
class BillingWindow : public QDialog {
    Q_OBJECT
public:
    explicit BillingWindow(Workspace& workspace, QWidget* parent = nullptr);

    void showYear(int label);
    int year() const;
    bool exportBpfPdf();
    bool exportBpfCsv();
    /// Closes the year shown, after the consultant confirmed.
    bool closeYear();

    QTabWidget* tabs() const { return m_tabs; }
    InvoiceTableModel* yearModel() const { return m_yearModel; }
    InvoiceTableModel* unpaidModel() const { return m_unpaidModel; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* owedLabel() const { return m_owed; }
    QLabel* bpfLabel() const { return m_bpf; }
    QListWidget* gapsList() const { return m_gaps; }

private:
    void refresh();
    QTableView* tableFor(InvoiceTableModel* model);

    Workspace& m_workspace;
    BillingService m_billing;
    QSpinBox* m_year;
    QLabel* m_period;
    QPushButton* m_close;
    QTabWidget* m_tabs;
    InvoiceTableModel* m_yearModel;
    InvoiceTableModel* m_unpaidModel;
    QLabel* m_totals;
    QLabel* m_owed;
    QLabel* m_bpf;
    QListWidget* m_gaps;
};

} // namespace parcours
