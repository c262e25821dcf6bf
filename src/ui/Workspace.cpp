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
    m_undoGroup.setActiveStack(bilanId ? undoStack(bilanId) : nullptr);
}

} // namespace parcours
