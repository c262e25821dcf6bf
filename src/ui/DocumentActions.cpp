#include <parcours/ui/DocumentActions.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Workspace.h>

#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// Builds the document, or says in the banner why it cannot be.
std::shared_ptr<BuiltDocument> buildOrReport(Workspace& workspace, const DocumentActions::Build& build)
{
    auto built = build();
    if (!built) {
        workspace.reportError(built.error().message);
        return {};
    }
    return std::make_shared<BuiltDocument>(std::move(built).value());
}

/// A printer set to paint from the paper's corner: our own frame places the margins.
void paint(QPrinter& printer, BuiltDocument& built, Workspace& workspace)
{
    printer.setFullPage(true);
    printer.setDocName(built.options.title);
    if (auto printed = PdfWriter::print(*built.document, built.options, printer); !printed)
        workspace.reportError(printed.error().message);
}

} // namespace

QPrintPreviewDialog* DocumentActions::preview(QWidget* parent, Workspace& workspace, const Build& build)
{
    const auto built = buildOrReport(workspace, build);
    if (!built)
        return nullptr;
    // On screen only, but the whole document: a read of the content.
    if (!workspace.auditOrRefuse(AuditOperation::ReadContent, AuditRecord::Bilan, workspace.activeBilan(), u"print-preview"_s))
        return nullptr;
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview: %1").arg(built->options.title));
    dialog->resize(900, 1000);
    Workspace* where = &workspace;
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [built, where](QPrinter* printer) { paint(*printer, *built, *where); });
    dialog->open();
    return dialog;
}

void DocumentActions::print(QWidget* parent, Workspace& workspace, const Build& build)
{
    const auto built = buildOrReport(workspace, build);
    if (!built)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print: %1").arg(built->options.title));
    if (dialog.exec() == QDialog::Accepted
        && workspace.auditOrRefuse(AuditOperation::Print, AuditRecord::Bilan, workspace.activeBilan(), u"printer"_s))
        paint(printer, *built, workspace);
}

bool DocumentActions::exportPdf(QWidget* parent, Workspace& workspace, const Build& build)
{
    const auto built = buildOrReport(workspace, build);
    if (!built)
        return false;
    QString path = FileDialog::getSaveFileName(parent, tr("Save as PDF"), built->fileName, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    if (!workspace.auditOrRefuse(AuditOperation::Print, AuditRecord::Bilan, workspace.activeBilan(), u"pdf"_s))
        return false;
    if (auto written = built->writePdf(path); !written) {
        workspace.reportError(tr("The PDF was not saved. %1").arg(written.error().message));
        return false;
    }
    workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace parcours
