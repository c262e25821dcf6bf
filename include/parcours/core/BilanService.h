#pragma once

#include <QCoreApplication>

#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Schedule.h>
#include <parcours/core/Timeline.h>

#include <optional>

namespace parcours {

/** A bilan with everything shown about it: its client, its sessions and its timeline as of now. */
struct BilanOverview {
    Bilan bilan;
    Client client;
    QList<Session> sessions;
    QHash<qint64, SessionRecord> records; ///< how each logged session went (proof), by session id
    TimelineData timeline;

    /// The record of a session (an empty one when it has none).
    SessionRecord recordOf(qint64 sessionId) const;
};

/** Opening and changing bilans, with the one-open-bilan and 24 h rules. */
class BilanService {
    Q_DECLARE_TR_FUNCTIONS(BilanService)
public:
    BilanService(Repositories& repositories, const Clock& clock);

    /// Opens a bilan for a client who has none open; budgets are the programme's defaults.
    Result<qint64> open(qint64 clientId, Funding funding, QDate startDate);
    /// Opens a bilan on the given terms (client, funding, start, budgets); status and dates of record are set here.
    Result<qint64> open(Bilan terms);
    /// Changes funding, dates or budgets (validated; the cap applies to the budgets).
    Result<void> update(const Bilan& bilan);
    Result<Bilan> get(qint64 id);
    Result<BilanOverview> overview(qint64 id);
    /// The client's bilans, newest first.
    Result<QList<Bilan>> forClient(qint64 clientId);
    /// The bilan the client list shows for a client: the open one, else the latest; none for a prospect.
    Result<std::optional<Bilan>> current(qint64 clientId);
    /// How many of the bilan's sessions were logged (done, cancelled, missed): proof that deleting would destroy.
    Result<int> loggedSessionCount(qint64 id);
    /// Deletes a bilan with its sessions. A bilan with logged sessions is refused unless `evenIfLogged` says the
    /// consultant confirmed it, knowing the attendance records go with it.
    Result<void> remove(qint64 id, bool evenIfLogged = false);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
