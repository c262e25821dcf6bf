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
 * PDFs and the attached files), « Exporter ses données chiffrées… » (the same as one file encrypted with a
 * passphrase, PersonArchive, to send) and « Effacer la personne… » (erasure, with ErasureDialog).
 */
class ClientRights : public QObject {
    Q_OBJECT
public:
    ClientRights(Workspace& workspace, MainWindow& window);

    QAction* exportAction() const { return m_export; }
    QAction* encryptedExportAction() const { return m_encryptedExport; }
    QAction* eraseAction() const { return m_erase; }

    /// Asks for a folder and writes the export of the selected person in a new folder inside it.
    void exportSelected();
    /// Asks for a file and a new passphrase (typed twice), and writes the export as that encrypted file.
    void exportSelectedEncrypted();
    /// Opens the erasure dialog for the selected person (window-modal).
    ErasureDialog* eraseSelected();

private:
    void updateActions();

    Workspace& m_workspace;
    MainWindow& m_window;
    QAction* m_export;
    QAction* m_encryptedExport;
    QAction* m_erase;
};

} // namespace parcours
