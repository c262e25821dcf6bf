#pragma once

#include <QWidget>

class QTabWidget;

namespace parcours {

class Workspace;
class RegisterEntryModel;
class ImprovementActionModel;

/**
 * The Qualiopi registers (menu Qualité): the complaints and incidents register and the improvement-actions log, in
 * two tabs, with add, edit (double click) and the export of both as PDF or CSV for an auditor.
 */
class QualityRegistersWindow : public QWidget {
    Q_OBJECT
public:
    explicit QualityRegistersWindow(Workspace& workspace, QWidget* parent = nullptr);

    RegisterEntryModel* entryModel() const { return m_entries; }
    ImprovementActionModel* actionModel() const { return m_actions; }
    /// Opens the dialog for a new entry (row -1) or the entry of a row.
    void editEntry(int row);
    void editAction(int row);
    /// Asks where, then writes both registers as one PDF.
    void exportPdf();
    /// Asks where, then writes the register shown (the current tab) as CSV.
    void exportCsv();

private:
    void reload();

    Workspace& m_workspace;
    RegisterEntryModel* m_entries;
    ImprovementActionModel* m_actions;
    QTabWidget* m_tabs;
};

} // namespace parcours
