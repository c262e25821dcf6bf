#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoGroup>

#include <parcours/core/AgendaService.h>
#include <parcours/core/AgreementService.h>
#include <parcours/core/AuditService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/ComplianceService.h>
#include <parcours/core/InvestigationService.h>
#include <parcours/core/Clock.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/reports/DocumentService.h>

#include <functional>
#include <memory>

namespace parcours {

/**
 * What every panel of the window shares: the services over the open database, the clock, one undo stack
 * per bilan, and one channel for errors and notices (shown by the window's banner). Passed by reference;
 * there is no global instance.
 */
class Workspace : public QObject {
    Q_OBJECT
public:
    Workspace(Repositories& repositories, const Clock& clock, QString databaseDescription, QObject* parent = nullptr);

    Repositories& repositories() { return m_repositories; }
    StoreEvents& events() { return m_repositories.events(); }
    const Clock& clock() const { return m_clock; }
    ClientService& clients() { return m_clients; }
    BilanService& bilans() { return m_bilans; }
    SessionService& sessions() { return m_sessions; }
    PlanningService& planning() { return m_planning; }
    SessionLogService& sessionLogs() { return m_sessionLogs; }
    AgendaService& agenda() { return m_agenda; }
    SynthesisService& syntheses() { return m_syntheses; }
    AgreementService& agreements() { return m_agreements; }
    ComplianceService& compliance() { return m_compliance; }
    DocumentService& documents() { return m_documents; }
    /// Where "Insert from the investigation" takes its digest (the stored investigation unless a test sets another).
    InvestigationDigestProvider& digests() { return *m_digests; }
    void setDigestProvider(std::unique_ptr<InvestigationDigestProvider> provider);
    InvestigationService& investigation() { return m_investigation; }
    AuditService& audit() { return m_audit; }
    /// Writes an audit entry before an export or a print; on failure says why in the banner and returns false:
    /// the action must then not happen (docs/protection.md).
    bool auditOrRefuse(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what);
    /// Logs a read of bilan content (a view opened). The view is not held back when it fails (the banner says so),
    /// and a database opened read-only, where nothing can be written, logs nothing.
    void auditRead(AuditRecord kind, qint64 id, const QString& what);
    Settings settings() { return Settings(m_repositories.settings()); }
    const QString& databaseDescription() const { return m_databaseDescription; }

    /// The undo stack of a bilan (created on first use); edits of a bilan go on its stack.
    QUndoStack* undoStack(qint64 bilanId);
    QUndoGroup* undoGroup() { return &m_undoGroup; }
    void activateBilan(qint64 bilanId);
    /// The bilan shown in the window, 0 when none.
    qint64 activeBilan() const { return m_activeBilan; }

    void reportError(const QString& message) { Q_EMIT errorRaised(message); }
    void reportNotice(const QString& message) { Q_EMIT noticeRaised(message); }

    /**
     * Work the first screen need not wait for (the side panels' reminders and CPF deadlines, hundreds of
     * milliseconds at 100,000 beneficiaries): runs `work` at once, unless the application deferred it with
     * deferUntilShown(); then when shown() is called (once the window has been painted), in the order given, if
     * `context` still exists.
     */
    void whenShown(QObject* context, std::function<void()> work);
    void deferUntilShown() { m_deferring = true; }
    void shown();

Q_SIGNALS:
    void errorRaised(const QString& message);
    void noticeRaised(const QString& message);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
    QString m_databaseDescription;
    ClientService m_clients;
    BilanService m_bilans;
    SessionService m_sessions;
    PlanningService m_planning;
    SessionLogService m_sessionLogs;
    AgendaService m_agenda;
    SynthesisService m_syntheses;
    AgreementService m_agreements;
    ComplianceService m_compliance;
    DocumentService m_documents;
    InvestigationService m_investigation;
    AuditService m_audit;
    qint64 m_activeBilan = 0;
    std::unique_ptr<InvestigationDigestProvider> m_digests;
    QUndoGroup m_undoGroup;
    QHash<qint64, QUndoStack*> m_stacks;
    bool m_deferring = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_deferred;
};

} // namespace parcours
