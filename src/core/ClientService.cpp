#include <parcours/core/ClientService.h>
#include <parcours/core/Text.h>
#include <parcours/core/Validation.h>

namespace parcours {

ClientService::ClientService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Client ClientService::tidied(Client client)
{
    client.lastName = simplifiedLine(client.lastName);
    client.firstName = simplifiedLine(client.firstName);
    client.email = client.email.trimmed();
    client.phone = simplifiedLine(client.phone);
    return client;
}

Result<qint64> ClientService::add(Client client)
{
    client = tidied(std::move(client));
    if (auto valid = firstError(validateClient(client, m_clock.today())); !valid)
        return valid.error();
    client.createdAt = m_clock.now();
    return m_repositories.clients().add(client);
}

Result<void> ClientService::update(Client client)
{
    client = tidied(std::move(client));
    if (auto valid = firstError(validateClient(client, m_clock.today())); !valid)
        return valid.error();
    return m_repositories.clients().update(client);
}

Result<Client> ClientService::get(qint64 id)
{
    return m_repositories.clients().get(id);
}

Result<QList<ClientSummary>> ClientService::list(const ClientQuery& query)
{
    return m_repositories.clients().summaries(query, m_clock.now());
}

Result<int> ClientService::position(const ClientQuery& query, qint64 id)
{
    return m_repositories.clients().position(query, id);
}

Result<ClientSummary> ClientService::summary(qint64 id)
{
    return m_repositories.clients().summary(id, m_clock.now());
}

} // namespace parcours
