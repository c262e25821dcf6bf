// The client list's search in a cabinet: a function that finds the matching beneficiaries through the pg_trgm index,
// which a query under row-level security cannot use (see docs/cabinet.md, "The search and row-level security").
#include "CabinetTables.h"

#include <parcours/storage/Cabinet.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours::cabinet {
namespace {

const QString kSignature = u"parcours_search_client_ids(TEXT, INTEGER)"_s;
// Past this many matches of a term the function walks the list's order instead of sorting the matches.
constexpr int kCommonMatches = 2000;

} // namespace

QString searchFunction()
{
    return u"parcours_search_client_ids"_s;
}

QStringList searchFunctionStatements()
{
    const QString consultants = QString::fromLatin1(Cabinet::kConsultantGroup);
    const QString managers = QString::fromLatin1(Cabinet::kManagerGroup);
    // Who sees every beneficiary, exactly as the policies and the table's ownership decide: the owner of the table
    // (and superusers) and roles with BYPASSRLS skip row-level security; managers read every beneficiary when the
    // client table is administrative proof (it is: their parcours_manager_read policy). Consultants see the rows
    // whose owner column is their login (parcours_own); anyone else sees nothing.
    const bool managersReadClients = std::any_of(tables().begin(), tables().end(), [](const Table& table) {
        return table.name == u"client" && table.access == Access::Proof;
    });
    QString everything = u"pg_has_role(who, (SELECT relowner FROM pg_class WHERE oid = 'client'::regclass), 'USAGE') "
                         u"OR (SELECT rolbypassrls FROM pg_roles WHERE rolname = who)"_s;
    if (managersReadClients)
        everything += u" OR pg_has_role(who, '%1', 'USAGE')"_s.arg(managers);
    // The caller is the role the policies would compare: session_user, or the role it switched to with SET ROLE
    // (current_user inside the function is its owner). Its rows: every row, or those whose owner is the caller.
    // Then, as SQLite's search does, a term of three characters or more (the pattern less its two '%' and its
    // escapes) is first looked up in the trigram index: when it has at most `common` matches (a name, a number),
    // they are all there, sorted here. A shorter or a common term walks the list's order (client_by_search, or
    // client_by_consultant_search for a consultant) until `lim` matches: left to itself, with the LIMIT, PostgreSQL
    // bets on that walk for rare terms too, and reads most of the list when they come late in it. Each query is
    // planned for the values given (EXECUTE … USING); no value becomes SQL text. LIMIT NULL returns every match.
    const QString body = uR"(
DECLARE
    who NAME := CASE WHEN current_setting('role') = 'none' THEN session_user ELSE current_setting('role')::NAME END;
    owner_test TEXT;
    found BIGINT[];
BEGIN
    IF %1 THEN
        owner_test := '';
    ELSIF pg_has_role(who, '%2', 'USAGE') THEN
        owner_test := 'consultant = $3 AND ';
    ELSE
        RETURN;
    END IF;
    IF length(regexp_replace(pattern, '\\(.)', '\1', 'g')) >= 5 THEN
        EXECUTE 'SELECT array_agg(id ORDER BY search_text, id) FROM (SELECT id, search_text FROM client WHERE '
            || owner_test || 'search_text LIKE $1 ESCAPE ''\'' LIMIT $2) m'
            INTO found USING pattern, %3 + 1, who::TEXT;
        IF coalesce(cardinality(found), 0) <= %3 THEN
            RETURN QUERY SELECT unnest(found[1:coalesce(lim, %3)]);
            RETURN;
        END IF;
    END IF;
    RETURN QUERY EXECUTE 'SELECT id FROM client WHERE ' || owner_test
        || 'search_text LIKE $1 ESCAPE ''\'' ORDER BY search_text, id LIMIT $2' USING pattern, lim, who::TEXT;
END)"_s.arg(everything, consultants).arg(kCommonMatches);
    return {
        // A consultant's list in its order: the walk the function makes for a common term (the owner's own
        // client_by_search would read every colleague's row on the way).
        u"CREATE INDEX IF NOT EXISTS client_by_consultant_search ON client (consultant, search_text, id)"_s,
        // enable_seqscan off inside the function only (restored on return): a lookup of a rare term reads the
        // trigram index rather than the table.
        u"CREATE OR REPLACE FUNCTION %1(pattern TEXT, lim INTEGER) RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE "
        u"SECURITY DEFINER ROWS 50 SET search_path = public, pg_temp SET enable_seqscan = off AS $f$%2$f$"_s
            .arg(searchFunction(), body),
        u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(kSignature),
        u"GRANT EXECUTE ON FUNCTION %1 TO %2, %3"_s.arg(kSignature, consultants, managers),
    };
}

} // namespace parcours::cabinet
