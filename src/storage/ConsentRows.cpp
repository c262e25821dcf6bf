#include "ConsentRows.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

Result<void> withdrawConsentRow(Database& database, const QString& table, qint64 id, int version, QDate on)
{
    SqlQuery query(database,
        u"UPDATE %1 SET withdrawn_on = :on, version = version + 1 WHERE id = :id AND version = :version"_s.arg(table));
    query.bind(u":on"_s, dateValue(on)).bind(u":id"_s, id).bind(u":version"_s, version);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Storage", "This consent was changed by someone else since you opened it."));
    }
    return success();
}

} // namespace parcours
