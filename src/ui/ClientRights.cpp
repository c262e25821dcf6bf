#include <parcours/reports/PersonArchive.h>
#include <parcours/reports/PersonExport.h>
#include <parcours/ui/ClientListModel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/ClientRights.h>
#include <parcours/ui/ErasureDialog.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/PassphraseDialog.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QDir>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace parcours {

ClientRights::ClientRights(Workspace& workspace, MainWindow& window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_window(window)
    , m_export(new QAction(tr("E&xport all their data…"), this))
    , m_encryptedExport(new QAction(tr("Export their data, encr&ypted…"), this))
    , m_erase(new QAction(tr("E&rase the person…"), this))
{
    m_export->setObjectName(u"exportClientDataAction"_s);
    m_export->setToolTip(tr("The right of access: a folder with everything about this person, the PDFs and files"));
    m_encryptedExport->setObjectName(u"exportClientDataEncryptedAction"_s);
    m_encryptedExport->setToolTip(tr("The same export as one file locked by a passphrase, to send by e-mail or on a "
                                     "USB key; give the passphrase another way"));
    m_erase->setObjectName(u"eraseClientAction"_s);
    m_erase->setToolTip(tr("The right to erasure: everything, or all but the administrative proof"));
    connect(m_export, &QAction::triggered, this, &ClientRights::exportSelected);
    connect(m_encryptedExport, &QAction::triggered, this, &ClientRights::exportSelectedEncrypted);
    connect(m_erase, &QAction::triggered, this, [this] { eraseSelected(); });
    QTableView* view = window.clientList()->view();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_export);
    view->addAction(m_encryptedExport);
    view->addAction(m_erase);
    connect(window.clientList(), &ClientListPanel::clientSelected, this, &ClientRights::updateActions);
    updateActions();
}

void ClientRights::updateActions()
{
    const bool selected = m_window.clientList()->selectedClientId() > 0;
    m_export->setEnabled(selected);
    m_encryptedExport->setEnabled(selected);
    m_erase->setEnabled(selected);
}

void ClientRights::exportSelected()
{
    const qint64 clientId = m_window.clientList()->selectedClientId();
    auto client = m_workspace.repositories().clients().get(clientId);
    if (!client) {
        m_workspace.reportError(client.error().message);
        return;
    }
    const QString parent = FileDialog::getExistingDirectory(&m_window, tr("Where to put the export"));
    if (parent.isEmpty())
        return;
    // Surname first, as the consultant files people.
    const QString name = client->lastName + u' ' + client->firstName;
    const QString folder = QDir(parent).filePath(PersonExport::suggestedName(name, m_workspace.clock().today()));
    if (!m_workspace.auditOrRefuse(AuditOperation::Export, AuditRecord::Client, clientId, u"person-export"_s))
        return;
    auto written = PersonExport::write(m_workspace.repositories(), clientId, folder, m_workspace.clock());
    if (!written) {
        m_workspace.reportError(tr("The export could not be written: %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("All the data of %1 was exported to %2 (%n document(s)).", "", int(written->documents.size()))
                                 .arg(client->fullName(), QDir::toNativeSeparators(written->folder)));
}

void ClientRights::exportSelectedEncrypted()
{
    const qint64 clientId = m_window.clientList()->selectedClientId();
    auto client = m_workspace.repositories().clients().get(clientId);
    if (!client) {
        m_workspace.reportError(client.error().message);
        return;
    }
    const QString name = client->lastName + u' ' + client->firstName;
    const QString suggested = QDir::home().filePath(
        PersonExport::suggestedName(name, m_workspace.clock().today()) + u".parcours-chiffre"_s);
    const QString file = FileDialog::getSaveFileName(&m_window, tr("Save the encrypted export"), suggested,
        tr("Encrypted Parcours export (*.parcours-chiffre)"));
    if (file.isEmpty())
        return;
    const auto passphrase = PassphraseDialog::ask(&m_window, PassphraseDialog::Mode::Choose,
        tr("Choose the passphrase that will open this file. Give it to the recipient another way than the file "
           "(by phone, on paper): without it, nobody can open the export."));
    if (!passphrase)
        return;
    if (!m_workspace.auditOrRefuse(AuditOperation::Export, AuditRecord::Client, clientId, u"person-export"_s))
        return;
    auto written = PersonArchive::write(m_workspace.repositories(), clientId, file, m_workspace.clock(), *passphrase);
    if (!written) {
        m_workspace.reportError(tr("The export could not be written: %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("All the data of %1 was exported, encrypted, to %2.")
                                 .arg(client->fullName(), QDir::toNativeSeparators(written->folder)));
}

ErasureDialog* ClientRights::eraseSelected()
{
    const qint64 clientId = m_window.clientList()->selectedClientId();
    if (clientId <= 0)
        return nullptr;
    auto* dialog = new ErasureDialog(m_workspace, clientId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErasureDialog::erased, this, [this](const DestructionRecord& record) {
        m_window.clientList()->model()->reload();
        m_workspace.reportNotice(record.operation == DestructionOperation::EraseClient
                ? tr("The person was erased.")
                : tr("The person was reduced to the administrative proof."));
    });
    dialog->open();
    return dialog;
}

} // namespace parcours
