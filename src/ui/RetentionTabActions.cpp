// The actions of the « Conservation » tab: record or withdraw a consent to keep content, destroy the content after
// a confirmation that lists what goes and what stays, and save the certificate of destruction.
#include <parcours/core/Settings.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DocumentActions.h>
#include <parcours/ui/RetentionDialogs.h>
#include <parcours/ui/RetentionTab.h>
#include <parcours/ui/Workspace.h>

#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace parcours {

RetentionConsentDialog* RetentionTab::recordConsent()
{
    loadPending();
    if (m_bilan.id == 0)
        return nullptr;
    const qint64 bilanId = m_bilan.id;
    const QDate today = m_workspace.clock().today();
    const QDate until = RetentionRules::latestKeep(m_schedule.endDate.isValid() ? m_schedule.endDate : today);
    auto* dialog = new RetentionConsentDialog(
        tr("The written consent of %1 to keep content of the bilan for the follow-up, one year after its end at "
           "most (%2):")
            .arg(m_clientName, dayText(until)),
        today, until,
        [this, bilanId](const QList<ContentKind>& kinds, const RetentionConsent& terms) -> Result<void> {
            RetentionService service(m_workspace.repositories(), m_workspace.clock());
            // One consent per kind, all or none.
            return m_workspace.repositories().transact([&]() -> Result<void> {
                for (ContentKind kind : kinds) {
                    RetentionConsent consent = terms;
                    consent.bilanId = bilanId;
                    consent.content = kind;
                    if (auto id = service.recordConsent(consent); !id)
                        return id.error();
                }
                return success();
            });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DateDialog* RetentionTab::withdrawConsent()
{
    loadPending();
    const int row = m_consentsTable->currentRow();
    if (m_consentsTable->selectedItems().isEmpty() || row < 0 || row >= m_consents.size())
        return nullptr;
    const RetentionConsent& consent = m_consents[row];
    if (consent.withdrawnOn.isValid())
        return nullptr;
    const qint64 consentId = consent.id;
    auto* dialog = new DateDialog(tr("Withdrawal of a consent"),
        tr("Day %1 withdrew the consent to keep « %2 »:").arg(m_clientName, displayName(consent.content)),
        m_workspace.clock().today(),
        [this, consentId](QDate day) -> Result<void> {
            auto done = RetentionService(m_workspace.repositories(), m_workspace.clock()).withdrawConsent(consentId, day);
            return done ? success() : Result<void>(done.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString RetentionTab::confirmationText(const DestructionPlan& plan) const
{
    QStringList lines;
    lines << tr("The content of the bilan of %1 will be deleted for good:").arg(m_clientName);
    for (auto it = plan.counts.cbegin(); it != plan.counts.cend(); ++it) {
        QString line = u"  • "_s + tr("%1: %n record(s)", nullptr, it.value()).arg(displayName(it.key()));
        for (const ContentRetention& content : m_schedule.contents) {
            if (content.kind == it.key() && content.state == RetentionState::Kept)
                line += u" "_s + tr("(kept under a consent until %1: destroyed before that day)")
                                      .arg(dayText(content.dueOn));
        }
        lines << line;
    }
    lines << QString()
          << tr("The administrative proof stays: identity, agreement, attendance, invoices, handover receipt, "
                "consents. A certificate of destruction can then be saved.")
          << QString() << tr("Delete by hand, outside Parcours:");
    for (const QString& file : plan.outsideFiles)
        lines << u"  • "_s + file;
    QStringList kept;
    for (const ContentRetention& content : m_schedule.contents) {
        if (content.state == RetentionState::Kept && !plan.counts.contains(content.kind))
            kept << u"  • "_s + tr("%1, until %2").arg(displayName(content.kind), dayText(content.dueOn));
    }
    if (!kept.isEmpty())
        lines << QString() << tr("Kept under the beneficiary's consent, destroyed once it ends:") << kept;
    return lines.join(u'\n');
}

bool RetentionTab::destroyContent()
{
    loadPending();
    if (m_bilan.id == 0)
        return false;
    if (m_bilan.status == BilanStatus::Open) {
        m_workspace.reportError(tr("The bilan is still running: close it (or record its abandonment) before "
                                   "destroying its content."));
        return false;
    }
    // What is due; when nothing is, what is still kept under a consent (the follow-up is over before its term).
    QList<ContentKind> kinds = m_schedule.due();
    if (kinds.isEmpty()) {
        for (const ContentRetention& content : std::as_const(m_schedule.contents)) {
            if (content.state == RetentionState::Kept)
                kinds << content.kind;
        }
    }
    RetentionService service(m_workspace.repositories(), m_workspace.clock());
    auto plan = kinds.isEmpty() ? Result<DestructionPlan>(DestructionPlan {}) : service.plan(m_bilan.id, kinds);
    if (!plan) {
        m_workspace.reportError(plan.error().message);
        return false;
    }
    if (plan->counts.isEmpty()) {
        m_workspace.reportNotice(tr("No content of this bilan is stored: there is nothing to destroy."));
        return false;
    }
    if (!Confirmation::ask(this, tr("Destroy the content"), confirmationText(plan.value()),
            tr("Destroy for good"))) {
        return false;
    }
    const QString by = m_workspace.settings().value(settingKeys::consultantName).valueOr(QString());
    auto record = service.destroy(m_bilan.id, plan->counts.keys(), by);
    if (!record) {
        m_workspace.reportError(tr("Nothing was destroyed. %1").arg(record.error().message));
        return false;
    }
    m_workspace.reportNotice(tr("Content destroyed (journal entry %1). Remember the copies made outside Parcours; "
                                "the certificate of destruction is in the Retention tab.")
                                 .arg(record->id));
    return true;
}

bool RetentionTab::exportCertificate()
{
    loadPending();
    if (m_bilan.id == 0)
        return false;
    const qint64 bilanId = m_bilan.id;
    return DocumentActions::exportPdf(this, m_workspace,
        [this, bilanId] { return m_workspace.documents().destructionCertificateOfBilan(bilanId); });
}

} // namespace parcours
