#pragma once

#include <QCoreApplication>

#include <parcours/reports/Documents.h>

#include <functional>

class QPrintPreviewDialog;
class QWidget;

namespace parcours {

class Workspace;

/** Preview, print and export to PDF of a bilan's documents: what every tab that prints does the same way. */
class DocumentActions {
    Q_DECLARE_TR_FUNCTIONS(DocumentActions)
public:
    using Build = std::function<Result<BuiltDocument>()>;

    /// Opens the print preview of the document (window-modal; returned so tests can look at it and close it).
    static QPrintPreviewDialog* preview(QWidget* parent, Workspace& workspace, const Build& build);
    /// The system's print dialog, then the printer, in the same page frame as the PDF.
    static void print(QWidget* parent, Workspace& workspace, const Build& build);
    /// Asks where to save (FileDialog), writes all or nothing, and says where it went or why it failed.
    static bool exportPdf(QWidget* parent, Workspace& workspace, const Build& build);
};

} // namespace parcours
