#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours::cabinet {

/** Who may read a table in a cabinet, beside the owner of the beneficiary it belongs to. */
enum class Access {
    Proof, ///< administrative proof or anonymous figures: managers read every row
    Content, ///< bilan content: only the beneficiary's consultant
    Shared, ///< the cabinet's own data (settings, templates, questionnaires…): every consultant, no owner
    Audit, ///< the audit log: everyone appends and reads their own entries (`who`), managers read all; no change
};

/**
 * One table of the schema as the cabinet sees it. An owned table names the column that links it to its parent
 * and the parent ("client", "bilan", "session"…), whose owner is the row's owner; a shared table has neither.
 */
struct Table {
    QString name;
    Access access = Access::Shared;
    QString link; ///< the column pointing at the parent (empty for client itself and shared tables)
    QString parent; ///< the table `link` points at
};

/// Every table of the schema, in the order of the migrations (a parent before its children). A table missing
/// from this list has no policy: the cabinet tests fail when a migration adds one without classifying it.
const QList<Table>& tables();
/// The tables that hang off a client (client included, proof and content), in the same order.
QList<Table> ownedTables();
/// Tables of the schema that are not data (the schema version).
QStringList bookkeepingTables();
/// Whether `table` has its own owner column, `consultant` (client; on PostgreSQL, bilan and session too, kept by
/// triggers that `cabinet init` installs): its policy compares it, and the tables under it look it up there.
bool hasOwnerColumn(const QString& table);
/// The name of the SQL function that says whether the current role owns a row of `table` (by its id or key).
QString ownsFunction(const QString& table);
/// The client list's search under row-level security: `parcours_search_client_ids(pattern, lim)`, a SECURITY
/// DEFINER function returning, in the list's order, the first `lim` (NULL: all) ids of the beneficiaries whose
/// search text is LIKE `pattern` (backslash escapes) among those the caller's policies let them read.
QString searchFunction();
/// The statements that create it (idempotent) and let the cabinet's groups call it; run by `cabinet init`.
QStringList searchFunctionStatements();

} // namespace parcours::cabinet
