#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace parcours {

class Workspace;

/**
 * « Journal des accès » (menu Qualité): the audit log — who read bilan content, exported, printed, deleted,
 * destroyed or restored which record, and when — with a filter by bilan, the check of its hash chain and its
 * export as CSV for an auditor (docs/protection.md).
 */
class AuditLogWindow : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogWindow(Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the entries again (of the bilan chosen, or all).
    void reload();
    /// Walks the chain and says the result under the list.
    void verify();
    /// Asks where, then writes the entries shown as CSV.
    void exportCsv();

private:
    void say(const QString& text, bool problem);

    Workspace& m_workspace;
    QSpinBox* m_bilan;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace parcours
