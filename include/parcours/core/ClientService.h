#pragma once

#include <QCoreApplication>

#include <parcours/core/Client.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>

namespace parcours {

/** What the consultant does with beneficiaries, rules applied before anything is stored (GUI and CLI alike). */
class ClientService {
    Q_DECLARE_TR_FUNCTIONS(ClientService)
public:
    ClientService(Repositories& repositories, const Clock& clock);

    /// Tidies the fields (trimmed, single spaces), validates, stores; returns the new id.
    Result<qint64> add(Client client);
    Result<void> update(Client client);
    Result<Client> get(qint64 id);
    Result<QList<ClientSummary>> list(const ClientQuery& query);
    Result<ClientSummary> summary(qint64 id);
    /// The client's row in the list the query gives (0 for the first), -1 when it does not match.
    Result<int> position(const ClientQuery& query, qint64 id);

    /// The same tidying `add` applies, for dialogs that show the result.
    static Client tidied(Client client);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
