#include <parcours/ui/Workspace.h>

#include <QUndoStack>

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

void Workspace::activateBilan(qint64 bilanId)
{
    m_undoGroup.setActiveStack(bilanId ? undoStack(bilanId) : nullptr);
}

} // namespace parcours
