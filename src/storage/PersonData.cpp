// The portability export's reading side: every row linked to a person, typed as its migration declared it, so the
// document is the same from SQLite and PostgreSQL.
#include "PersonData.h"

#include "CabinetTables.h"
#include "Database.h"
#include "PersonColumns.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <parcours/core/WallClock.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

using person::ColumnType;

/// Which rows of `table` belong to the client `:client` (a nested IN over the parents, as the erasure does).
QString clientFilter(const QString& table)
{
    if (table == u"client")
        return u"id = :client"_s;
    for (const cabinet::Table& owned : cabinet::tables()) {
        if (owned.name == table && !owned.link.isEmpty()) {
            return u"%1 IN (SELECT %2 FROM %3 WHERE %4)"_s.arg(owned.link, person::keyOf(owned.parent), owned.parent,
                clientFilter(owned.parent));
        }
    }
    return u"1 = 0"_s;
}

QString safeName(QString name)
{
    static const QString allowed = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"_s;
    for (QChar& c : name) {
        if (!allowed.contains(c))
            c = u'_';
    }
    return name.left(80);
}

QJsonValue jsonOf(const QString& table, const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (person::columnType(table, column)) {
    case ColumnType::Bool:
        return value.toBool();
    case ColumnType::Date:
        return readDate(value).toString(Qt::ISODate);
    case ColumnType::DateTime:
        return formatWallClock(readWallClock(value));
    case ColumnType::Bytes:
    case ColumnType::Plain:
        break;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

} // namespace

Result<PersonDump> dumpPerson(Database& database, qint64 clientId, const QDateTime& exportedAt)
{
    PersonDump dump;
    QJsonObject records;
    QJsonObject person;
    QList<qint64> questionnaires;
    for (const cabinet::Table& table : cabinet::ownedTables()) {
        // Ordered by the first columns (the id, or the key of a table without one) so a round trip compares.
        QSqlRecord shape = database.connection().record(table.name);
        QStringList order;
        for (int i = 1; i <= std::min<qsizetype>(3, shape.count()); ++i)
            order << QString::number(i);
        SqlQuery query(database,
            u"SELECT * FROM %1 WHERE %2 ORDER BY %3"_s.arg(table.name, clientFilter(table.name), order.join(u", "_s)));
        query.bind(u":client"_s, clientId);
        if (auto done = query.exec(); !done)
            return done.error();
        QJsonArray rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (person::isSkipped(table.name, column))
                    continue;
                const QVariant value = record.value(i);
                if (person::columnType(table.name, column) == ColumnType::Bytes && !value.isNull()) {
                    const QByteArray bytes = value.toByteArray();
                    const QString name = record.indexOf(u"file_name"_s) >= 0 ? record.value(u"file_name"_s).toString()
                                                                              : column;
                    const QString path = u"fichiers/%1-%2-%3"_s.arg(table.name)
                                             .arg(record.value(0).toLongLong())
                                             .arg(safeName(name));
                    dump.files << PersonFile { path, bytes };
                    row.insert(column, QJsonObject { { u"file"_s, path }, { u"bytes"_s, bytes.size() },
                                           { u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes,
                                               QCryptographicHash::Sha256).toHex()) } });
                    continue;
                }
                row.insert(column, jsonOf(table.name, column, value));
            }
            if (table.name == u"evaluation" && !questionnaires.contains(row.value(u"questionnaire_id"_s).toInteger()))
                questionnaires << row.value(u"questionnaire_id"_s).toInteger();
            rows.append(row);
        }
        if (table.name == u"client") {
            if (rows.isEmpty())
                return makeError(ErrorCode::NotFound, u"No client has the number %1."_s.arg(clientId));
            person = rows.first().toObject();
        } else {
            records.insert(table.name, rows);
        }
    }
    // The questionnaires the evaluations answered: their questions give the scores their meaning.
    QJsonArray questionnaireArray;
    std::sort(questionnaires.begin(), questionnaires.end());
    for (qint64 id : std::as_const(questionnaires)) {
        SqlQuery questionnaire(database, u"SELECT kind, number FROM evaluation_questionnaire WHERE id = :id"_s);
        questionnaire.bind(u":id"_s, id);
        if (auto done = questionnaire.exec(); !done)
            return done.error();
        if (!questionnaire.next())
            continue;
        QJsonObject entry { { u"id"_s, id }, { u"kind"_s, questionnaire.value(0).toString() },
            { u"number"_s, questionnaire.value(1).toInt() } };
        SqlQuery questions(database, u"SELECT position, question_key, text FROM evaluation_question "
                                     u"WHERE questionnaire_id = :id ORDER BY position"_s);
        questions.bind(u":id"_s, id);
        if (auto done = questions.exec(); !done)
            return done.error();
        QJsonArray list;
        while (questions.next()) {
            list.append(QJsonObject { { u"position"_s, questions.value(0).toInt() },
                { u"question_key"_s, questions.value(1).toString() }, { u"text"_s, questions.value(2).toString() } });
        }
        entry.insert(u"questions"_s, list);
        questionnaireArray.append(entry);
    }
    auto schema = Migrator(database).currentVersion();
    if (!schema)
        return schema.error();
    dump.document = QJsonObject { { u"format"_s, kPersonFormat }, { u"format_version"_s, kPersonFormatVersion },
        { u"schema_version"_s, schema.value() }, { u"exported_at"_s, formatWallClock(exportedAt) },
        { u"person"_s, person }, { u"records"_s, records }, { u"questionnaires"_s, questionnaireArray } };
    return dump;
}

} // namespace parcours
