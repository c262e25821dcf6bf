#pragma once

#include <QObject>

class QAction;

namespace parcours {

class ErasureDialog;
class MainWindow;
class Workspace;

/**
 * The beneficiary's rights as the window offers them, on the person selected in the list (its context menu and
 * the Beneficiary menu): « Exporter toutes ses données… » (access and portability: a folder with the JSON, the
 * PDFs and the attached files) and « Effacer la personne… » (erasure, with ErasureDialog).
 */
class ClientRights : public QObject {
    Q_OBJECT
public:
    ClientRights(Workspace& workspace, MainWindow& window);

    QAction* exportAction() const { return m_export; }
    QAction* eraseAction() const { return m_erase; }

    /// Asks for a folder and writes the export of the selected person in a new folder inside it.
    void exportSelected();
    /// Opens the erasure dialog for the selected person (window-modal).
    ErasureDialog* eraseSelected();

private:
    void updateActions();

    Workspace& m_workspace;
    MainWindow& m_window;
    QAction* m_export;
    QAction* m_erase;
};

} // namespace parcours
