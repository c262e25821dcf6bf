// cabinet import: a solo SQLite database copied into the cabinet, all or nothing, ids remapped.
#include <parcours/storage/Cabinet.h>

#include "CabinetTables.h"
#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

using IdMap = QHash<qint64, qint64>;

/** A foreign key of a source table: its column, and the table and column it points at. */
struct Reference {
    QString column;
    QString table;
    QString target;
};

/** Copies the rows of the migrated SQLite copy into the cabinet, table by table, remembering the new ids. */
class Copier {
public:
    Copier(Database& source, Database& cabinet, QString login)
        : m_source(source)
        , m_cabinet(cabinet)
        , m_login(std::move(login))
    {
    }

    Result<void> mapQuestionnaires();
    Result<TableCopy> copy(const QString& table);

private:
    Result<qint64> count(Database& database, const QString& table);
    Result<QHash<QString, QString>> cabinetColumns(const QString& table);
    QList<Reference> references(const QString& table);
    const IdMap* mapFor(const QString& table, const QString& column);
    Result<void> copyQuestions(qint64 from, qint64 to);

    Database& m_source;
    Database& m_cabinet;
    QString m_login;
    QHash<QString, IdMap> m_ids;
};

Result<qint64> Copier::count(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return sqlError(query.lastError());
    return query.value(0).toLongLong();
}

Result<QHash<QString, QString>> Copier::cabinetColumns(const QString& table)
{
    SqlQuery query(m_cabinet, u"SELECT column_name, data_type FROM information_schema.columns "
                              u"WHERE table_schema = 'public' AND table_name = :table"_s);
    query.bind(u":table"_s, table);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<QString, QString> columns;
    while (query.next())
        columns.insert(query.value(0).toString(), query.value(1).toString());
    return columns;
}

QList<Reference> Copier::references(const QString& table)
{
    QList<Reference> found;
    QSqlQuery query(m_source.connection());
    if (query.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table))) {
        while (query.next()) {
            found << Reference { query.record().value(u"from"_s).toString(), query.record().value(u"table"_s).toString(),
                                 query.record().value(u"to"_s).toString() };
        }
    }
    return found;
}

/// The id map that translates values of `table`.`column`: its own ids, or, for a key that is itself a foreign
/// key (funding_plan.bilan_id), the map of the table that key points at.
const IdMap* Copier::mapFor(const QString& table, const QString& column)
{
    if (column == u"id" || column.isEmpty())
        return m_ids.contains(table) ? &m_ids[table] : nullptr;
    for (const Reference& reference : references(table)) {
        if (reference.column == column)
            return mapFor(reference.table, reference.target);
    }
    return nullptr;
}

Result<void> Copier::copyQuestions(qint64 from, qint64 to)
{
    QSqlQuery questions(m_source.connection());
    questions.prepare(u"SELECT position, question_key, text FROM evaluation_question WHERE questionnaire_id = ?"_s);
    questions.addBindValue(from);
    if (!questions.exec())
        return sqlError(questions.lastError());
    while (questions.next()) {
        SqlQuery insert(m_cabinet, u"INSERT INTO evaluation_question (questionnaire_id, position, question_key, text) "
                                   u"VALUES (:q, :p, :k, :t)"_s);
        insert.bind(u":q"_s, to).bind(u":p"_s, questions.value(0)).bind(u":k"_s, questions.value(1)).bind(u":t"_s, questions.value(2));
        if (auto done = insert.exec(); !done)
            return done;
    }
    return success();
}

/// Questionnaires are the cabinet's: a source questionnaire is the cabinet's one of the same kind and number,
/// or is added (with its questions) when the cabinet has none.
Result<void> Copier::mapQuestionnaires()
{
    IdMap& map = m_ids[u"evaluation_questionnaire"_s];
    QSqlQuery source(m_source.connection());
    if (!source.exec(u"SELECT id, kind, number, created_at FROM evaluation_questionnaire"_s))
        return sqlError(source.lastError());
    while (source.next()) {
        SqlQuery existing(m_cabinet, u"SELECT id FROM evaluation_questionnaire WHERE kind = :kind AND number = :number"_s);
        existing.bind(u":kind"_s, source.value(1)).bind(u":number"_s, source.value(2));
        if (auto done = existing.exec(); !done)
            return done;
        if (existing.next()) {
            map.insert(source.value(0).toLongLong(), existing.value(0).toLongLong());
            continue;
        }
        SqlQuery insert(m_cabinet, u"INSERT INTO evaluation_questionnaire (kind, number, created_at) "
                                   u"VALUES (:kind, :number, :created) RETURNING id"_s);
        insert.bind(u":kind"_s, source.value(1)).bind(u":number"_s, source.value(2)).bind(u":created"_s, source.value(3));
        auto id = insert.execReturningId();
        if (!id)
            return id.error();
        map.insert(source.value(0).toLongLong(), id.value());
        if (auto copied = copyQuestions(source.value(0).toLongLong(), id.value()); !copied)
            return copied;
    }
    return success();
}

Result<TableCopy> Copier::copy(const QString& table)
{
    TableCopy copy { table, 0, 0, 0 };
    auto sourceCount = count(m_source, table);
    auto before = count(m_cabinet, table);
    if (!sourceCount || !before)
        return !sourceCount ? sourceCount.error() : before.error();
    copy.source = sourceCount.value();
    copy.before = before.value();
    auto columns = cabinetColumns(table);
    if (!columns)
        return columns.error();
    const bool hasId = columns->contains(u"id"_s);
    // The table's own map first: adding a key to m_ids may move the others, so no pointer is taken before.
    IdMap& own = m_ids[table];
    QHash<QString, const IdMap*> remapped;
    for (const Reference& reference : references(table))
        remapped.insert(reference.column, reference.table == table ? &own : mapFor(reference.table, reference.target));

    QSqlQuery rows(m_source.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, hasId ? u"id"_s : u"rowid"_s)))
        return sqlError(rows.lastError());
    QStringList names;
    const QSqlRecord shape = rows.record();
    for (int i = 0; i < shape.count(); ++i) {
        const QString name = shape.fieldName(i);
        if (columns->contains(name) && name != u"id")
            names << name;
    }
    if (table == u"client" && !names.contains(u"consultant"_s))
        names << u"consultant"_s;
    QStringList placeholders;
    for (int i = 0; i < names.size(); ++i)
        placeholders << u":c%1"_s.arg(i);
    const QString statement = u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(table, names.join(u", "_s), placeholders.join(u", "_s),
                                                                       hasId ? u" RETURNING id"_s : QString());
    SqlQuery insert(m_cabinet, statement);
    while (rows.next()) {
        for (int i = 0; i < names.size(); ++i) {
            const QString& name = names[i];
            QVariant value = rows.record().value(name);
            if (name == u"consultant" && table == u"client") {
                value = m_login;
            } else if (remapped.contains(name) && !value.isNull()) {
                const IdMap* map = remapped.value(name);
                if (!map || !map->contains(value.toLongLong())) {
                    return makeError(ErrorCode::Damaged, u"In %1, a row points at a missing record (%2 = %3): the source "
                                                         u"database is inconsistent."_s.arg(table, name, value.toString()));
                }
                value = map->value(value.toLongLong());
            } else if (columns->value(name) == u"boolean" && !value.isNull()) {
                value = value.toLongLong() != 0;
            } else if (columns->value(name) == u"bytea" && !value.isNull()) {
                value = value.toByteArray();
            }
            insert.bind(placeholders[i], value);
        }
        if (hasId) {
            auto id = insert.execReturningId();
            if (!id)
                return id.error();
            own.insert(rows.record().value(u"id"_s).toLongLong(), id.value());
        } else if (auto done = insert.exec(); !done) {
            return done.error();
        }
    }
    auto after = count(m_cabinet, table);
    if (!after)
        return after.error();
    copy.after = after.value();
    if (copy.after - copy.before != copy.source) {
        return makeError(ErrorCode::Storage, u"%1: %2 rows in the source but %3 added to the cabinet."_s.arg(table)
                                                 .arg(copy.source).arg(copy.after - copy.before));
    }
    return copy;
}

} // namespace

Result<QList<TableCopy>> Cabinet::importSqlite(const QString& path, const QString& login)
{
    auto member = isConsultant(login);
    if (!member)
        return member.error();
    if (!member.value())
        return makeError(ErrorCode::NotFound, u"'%1' is not a consultant of this cabinet (see 'cabinet add-consultant')."_s.arg(login));
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, u"%1 does not exist."_s.arg(path));
    DatabaseLocation location;
    location.path = path;
    QTemporaryDir folder;
    if (!folder.isValid())
        return makeError(ErrorCode::Io, u"Cannot create a temporary folder for the copy of %1."_s.arg(path));
    const QString copyPath = folder.filePath(u"import.sqlite"_s);
    {
        // The source is only read: a consistent copy of it is migrated, never the file itself.
        auto source = Database::open(location, DatabaseOptions { true });
        if (!source)
            return source.error();
        auto version = Migrator(*source.value()).currentVersion();
        if (!version)
            return version.error();
        if (version.value() == 0)
            return makeError(ErrorCode::NotADatabase, u"%1 is not a Parcours database (it holds no Parcours schema)."_s.arg(path));
    }
    // A byte copy of the file and of its write-ahead log, if any, which SQLite folds into the copy on opening.
    for (const QString& suffix : { QString(), u"-wal"_s }) {
        if (QFileInfo::exists(path + suffix) && !QFile::copy(path + suffix, copyPath + suffix))
            return makeError(ErrorCode::Io, u"Cannot copy %1 to a temporary folder."_s.arg(path + suffix));
        QFile::setPermissions(copyPath + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    DatabaseLocation copyLocation;
    copyLocation.path = copyPath;
    auto copy = Database::open(copyLocation);
    if (!copy)
        return copy.error();
    if (auto migrated = Migrator(*copy.value()).migrate(); !migrated)
        return migrated.error();

    auto transaction = WriteTransaction::begin(*m_database);
    if (!transaction)
        return transaction.error();
    // One snapshot for the whole copy: the counts before and after cannot include other people's new rows.
    if (auto isolated = execStatement(*m_database, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s); !isolated)
        return isolated.error();
    Copier copier(*copy.value(), *m_database, login);
    if (auto mapped = copier.mapQuestionnaires(); !mapped)
        return makeError(mapped.error().code, u"evaluation_questionnaire: %1 Nothing was imported."_s.arg(mapped.error().message));
    QList<TableCopy> copies;
    for (const cabinet::Table& table : cabinet::ownedTables()) {
        auto copied = copier.copy(table.name);
        if (!copied)
            return makeError(copied.error().code, u"%1: %2 Nothing was imported."_s.arg(table.name, copied.error().message));
        copies << copied.value();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return copies;
}

} // namespace parcours
