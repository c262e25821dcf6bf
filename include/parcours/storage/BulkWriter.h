#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/Client.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

#include <memory>

namespace parcours {

class Store;

/**
 * Writes many beneficiaries, bilans and sessions fast (demonstration data, benchmarks): prepared statements
 * reused for every row, inside one write transaction per batch, no store events announced. Not for the
 * consultant's own edits, which go through the services and their rules.
 */
class BulkWriter {
public:
    explicit BulkWriter(Store& store);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    /// True when the database holds no beneficiary yet.
    Result<bool> isEmpty();
    /// Opens the write transaction of a batch (rolled back if the writer goes away before commit()).
    Result<void> begin();
    Result<void> commit();

    Result<qint64> addClient(const Client& client);
    Result<qint64> addBilan(const Bilan& bilan);
    /// The session and, when it has some, its notes.
    Result<qint64> addSession(const Session& session);
    /// A CPF declaration (`entry` or `exit`) of a bilan, made on `day`.
    Result<void> addCpfDeclaration(qint64 bilanId, bool exit, QDate day);

private:
    struct Statements;
    Store& m_store;
    std::unique_ptr<Statements> m_statements;
};

} // namespace parcours
