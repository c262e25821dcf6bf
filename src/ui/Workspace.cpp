#include <parcours/ui/Workspace.h>

#include <QUndoStack>

#include <utility>

namespace parcours {

Workspace::Workspace(Repositories& repositories, const Clock& clock, QString databaseDescription, QObject* parent)
    : QObject(parent)
    , m_repositories(repositories)
    , m_clock(clock)
    , m_databaseDescription(std::move(databaseDescription))
    , m_clients(repositories, clock)
    , m_bilans(repositories, clock)
    , m_sessions(repositories, clock)
    , m_planning(repositories, clock)
    , m_sessionLogs(repositories, clock)
    , m_agenda(repositories, clock)
    , m_syntheses(repositories, clock)
    , m_agreements(repositories, clock)
    , m_compliance(repositories, clock)
    , m_documents(repositories, clock)
    , m_investigation(repositories)
    , m_audit(repositories, clock)
    , m_digests(std::make_unique<StoredInvestigationDigestProvider>(m_investigation))
{
}

void Workspace::setDigestProvider(std::unique_ptr<InvestigationDigestProvider> provider)
{
    m_digests = provider ? std::move(provider) : std::make_unique<StoredInvestigationDigestProvider>(m_investigation);
}

QUndoStack* Workspace::undoStack(qint64 bilanId)
{
    if (QUndoStack* stack = m_stacks.value(bilanId))
        return stack;
    auto* stack = new QUndoStack(&m_undoGroup);
    stack->setUndoLimit(200);
    m_undoGroup.addStack(stack);
    m_stacks.insert(bilanId, stack);
    return stack;
}

void Workspace::whenShown(QObject* context, std::function<void()> work)
{
    if (!m_deferring) {
        work();
        return;
    }
    m_deferred.append({ QPointer<QObject>(context), std::move(work) });
}

void Workspace::shown()
{
    m_deferring = false;
    const auto deferred = std::exchange(m_deferred, {});
    for (const auto& [context, work] : deferred) {
        if (context)
            work();
    }
}

void Workspace::activateBilan(qint64 bilanId)
{
    m_activeBilan = bilanId;
    m_undoGroup.setActiveStack(bilanId ? undoStack(bilanId) : nullptr);
}

void Workspace::auditRead(AuditRecord kind, qint64 id, const QString& what)
{
    if (auto logged = m_audit.record(AuditOperation::ReadContent, kind, id, what);
        !logged && logged.error().code != ErrorCode::ReadOnly)
        reportError(tr("The access log could not be written: %1").arg(logged.error().message));
}

bool Workspace::auditOrRefuse(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what)
{
    if (auto logged = m_audit.record(operation, kind, id, what); !logged) {
        reportError(tr("Nothing was done: the access log could not be written, and an export or a print is only "
                       "allowed once it is logged. %1")
                        .arg(logged.error().message));
        return false;
    }
    return true;
}

} // namespace parcours
