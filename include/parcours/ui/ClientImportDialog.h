#pragma once

#include <parcours/core/ClientImport.h>

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ClientImportDialog;
}

namespace parcours {

class ImportPreviewModel;
class Workspace;

/**
 * Imports beneficiaries from the consultant's spreadsheet saved as CSV: the file, which field each column holds
 * (guessed from the French headers, changeable), a preview of every line with what will happen to it, then all
 * or nothing. Duplicates are shown and not created; problems are listed by line and column.
 */
class ClientImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClientImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ClientImportDialog() override;

    /// Reads the file and previews it; false (and the reason shown) when it cannot be read.
    bool loadFile(const QString& path);
    /// Chooses the field a column holds, as its drop-down list does.
    void setField(int column, ImportField field);

    ImportPreviewModel* preview() const { return m_preview; }
    QPushButton* importButton() const { return m_importButton; }
    QString summary() const;
    QStringList problems() const;

    /// Imports every new beneficiary in one transaction; stays open and says why when it cannot.
    void accept() override;

private:
    void chooseFile();
    void fillMapping();
    void replan();
    static QString describe(const CsvProblem& problem);

    std::unique_ptr<Ui::ClientImportDialog> m_ui;
    Workspace& m_workspace;
    ImportPreviewModel* m_preview;
    QPushButton* m_importButton;
    QString m_path;
    CsvTable m_table;
    QList<ImportField> m_mapping;
    ImportPlan m_plan;
};

} // namespace parcours
