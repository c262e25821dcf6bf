#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Retention.h>

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace parcours {

/** One table's share of an erasure: how many of the person's rows, and why it goes or stays. */
struct ErasureLine {
    QString table;
    int rows = 0;
    QString what; ///< for people, translated ("Session notes", "Invoices and credit notes"…)
};

/** What erasing a person would delete and keep, shown before the consultant confirms. */
struct ErasurePlan {
    qint64 clientId = 0;
    QString clientName;
    bool keepProof = false;
    QList<ErasureLine> deleted;
    QList<ErasureLine> kept;
    QStringList identityCleared; ///< with keepProof: the identity fields emptied ("e-mail", "phone"…)
    QString refusal; ///< why it cannot be done as asked; empty when it can
    bool proofRequired = false; ///< refused because some of it must be kept: erasing with keepProof is allowed
    QStringList outsideFiles; ///< files made outside the database the consultant must delete by hand
};

/**
 * The right to erasure (RGPD article 17): a person deleted entirely, or reduced to the administrative proof the
 * law requires (docs/retention.md says which and why). Refused while one of their bilans is open, and, entirely,
 * when they have invoices (kept ten years, Code de commerce L123-22). Journalled so no restore brings them back.
 */
class ErasureService {
    Q_DECLARE_TR_FUNCTIONS(ErasureService)
public:
    ErasureService(Repositories& repositories, const Clock& clock);

    Result<ErasurePlan> plan(qint64 clientId, bool keepProof);
    /// Erases in one transaction with its journal entry (table and file) and its access log entry, then scrubs. Refused (ErrorCode::Refused,
    /// nothing changed) when the plan has a refusal. `doneBy`: the consultant's name.
    Result<DestructionRecord> erase(qint64 clientId, bool keepProof, const QString& doneBy);

    /// For people: what a table holds ("Session notes", "Invoices and credit notes"…).
    static QString describe(const QString& table);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
