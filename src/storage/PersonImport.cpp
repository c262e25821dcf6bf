// The portability import: a person's export loaded with new ids, in one transaction, refused whole when anything in
// it is not what this database can hold.
#include "PersonData.h"

#include "CabinetTables.h"
#include "Database.h"
#include "PersonColumns.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/Client.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

using person::ColumnType;
using IdMaps = QHash<QString, QHash<qint64, qint64>>;

Error invalid(const QString& why)
{
    return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: %1"_s.arg(why));
}

QVariant nullValue()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// The value to bind for a JSON value of `table.column` (the bytes of a file column come from `files`).
Result<QVariant> valueOf(const QString& table, const QString& column, const QJsonValue& json,
    const QMap<QString, QByteArray>& files)
{
    if (json.isNull())
        return nullValue();
    if (person::columnType(table, column) == ColumnType::Bytes) {
        const QJsonObject file = json.toObject();
        const QString path = file.value(u"file"_s).toString();
        if (!files.contains(path))
            return invalid(u"the file %1 is missing."_s.arg(path));
        const QByteArray bytes = files.value(path);
        const QString sum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (sum != file.value(u"sha256"_s).toString())
            return invalid(u"the file %1 was altered (its SHA-256 differs)."_s.arg(path));
        return QVariant(bytes);
    }
    if (json.isBool())
        return QVariant(json.toBool());
    if (json.isDouble()) {
        const double number = json.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return QVariant(static_cast<qint64>(number));
        return QVariant(number);
    }
    if (json.isString())
        return QVariant(json.toString());
    return invalid(u"%1.%2 holds a value of an unknown kind."_s.arg(table, column));
}

/// Checks the document's shape against this database before anything is written.
Result<void> check(Database& database, const QJsonObject& document, const QMap<QString, QByteArray>& files)
{
    if (document.value(u"format"_s).toString() != kPersonFormat)
        return invalid(u"its \"format\" is not \"%1\"."_s.arg(kPersonFormat));
    if (document.value(u"format_version"_s).toInt() != kPersonFormatVersion)
        return invalid(u"format version %1 is not one this Parcours reads (it reads %2)."_s
                           .arg(document.value(u"format_version"_s).toInt())
                           .arg(kPersonFormatVersion));
    const QJsonObject person = document.value(u"person"_s).toObject();
    if (person.value(u"last_name"_s).toString().trimmed().isEmpty())
        return invalid(u"the person has no last name."_s);
    if (!document.value(u"records"_s).isObject())
        return invalid(u"it has no \"records\"."_s);
    QSet<QString> owned;
    for (const cabinet::Table& table : cabinet::ownedTables())
        owned.insert(table.name);
    QHash<QString, QJsonArray> rowsOf { { u"client"_s, QJsonArray { person } } };
    const QJsonObject records = document.value(u"records"_s).toObject();
    for (auto it = records.begin(); it != records.end(); ++it) {
        if (!owned.contains(it.key()) || it.key() == u"client")
            return invalid(u"it has records of a table this database does not have: %1."_s.arg(it.key()));
        if (!it.value().isArray())
            return invalid(u"the records of %1 are not a list."_s.arg(it.key()));
        rowsOf.insert(it.key(), it.value().toArray());
    }
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
        const QSqlRecord shape = database.connection().record(it.key());
        for (const QJsonValue& row : it.value()) {
            if (!row.isObject())
                return invalid(u"a record of %1 is not an object."_s.arg(it.key()));
            const QJsonObject object = row.toObject();
            for (auto column = object.begin(); column != object.end(); ++column) {
                if (shape.indexOf(column.key()) < 0 || person::isSkipped(it.key(), column.key()))
                    return invalid(u"%1.%2 is not a column of this database (an export of a newer Parcours?)."_s
                                       .arg(it.key(), column.key()));
                if (auto value = valueOf(it.key(), column.key(), column.value(), files); !value)
                    return value.error();
            }
        }
    }
    return success();
}

Result<qint64> insertRow(Database& database, const QString& table, const QMap<QString, QVariant>& values,
    bool returningId)
{
    QStringList columns;
    QStringList placeholders;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns << it.key();
        placeholders << u":v"_s + QString::number(placeholders.size());
    }
    SqlQuery query(database, u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(table, columns.join(u", "_s),
                                 placeholders.join(u", "_s), returningId ? u" RETURNING id"_s : QString()));
    int index = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(u":v"_s + QString::number(index++), it.value());
    if (returningId)
        return query.execReturningId();
    if (auto done = query.exec(); !done)
        return done.error();
    return qint64(0);
}

Result<void> mapQuestionnaires(Database& database, const QJsonArray& questionnaires, IdMaps& ids)
{
    for (const QJsonValue& value : questionnaires) {
        const QJsonObject entry = value.toObject();
        SqlQuery found(database, u"SELECT id FROM evaluation_questionnaire WHERE kind = :kind AND number = :number"_s);
        found.bind(u":kind"_s, entry.value(u"kind"_s).toString()).bind(u":number"_s, entry.value(u"number"_s).toInt());
        if (auto done = found.exec(); !done)
            return done.error();
        qint64 id = 0;
        if (found.next()) {
            id = found.value(0).toLongLong();
        } else {
            // A revision this database never had: it comes with its questions.
            auto created = insertRow(database, u"evaluation_questionnaire"_s,
                { { u"kind"_s, entry.value(u"kind"_s).toString() }, { u"number"_s, entry.value(u"number"_s).toInt() } },
                true);
            if (!created)
                return created.error();
            id = created.value();
            for (const QJsonValue& question : entry.value(u"questions"_s).toArray()) {
                const QJsonObject q = question.toObject();
                auto added = insertRow(database, u"evaluation_question"_s,
                    { { u"questionnaire_id"_s, id }, { u"position"_s, q.value(u"position"_s).toInt() },
                        { u"question_key"_s, q.value(u"question_key"_s).toString() },
                        { u"text"_s, q.value(u"text"_s).toString() } },
                    false);
                if (!added)
                    return added.error();
            }
        }
        ids[u"evaluation_questionnaire"_s].insert(entry.value(u"id"_s).toInteger(), id);
    }
    return success();
}

/// The invoice numbering goes on after the imported numbers, never giving one twice.
Result<void> advanceCounter(Database& database, const QJsonObject& invoice)
{
    const QString series = invoice.value(u"kind"_s).toString();
    const int year = invoice.value(u"fiscal_year"_s).toInt();
    const int sequence = invoice.value(u"sequence"_s).toInt();
    SqlQuery current(database, u"SELECT last_number FROM billing_counter WHERE series = :series AND fiscal_year = :year"_s);
    current.bind(u":series"_s, series).bind(u":year"_s, year);
    if (auto done = current.exec(); !done)
        return done;
    const bool exists = current.next();
    if (exists && current.value(0).toInt() >= sequence)
        return success();
    SqlQuery write(database, exists ? u"UPDATE billing_counter SET last_number = :n WHERE series = :series AND fiscal_year = :year"_s
                                    : u"INSERT INTO billing_counter (series, fiscal_year, last_number) VALUES (:series, :year, :n)"_s);
    write.bind(u":n"_s, sequence).bind(u":series"_s, series).bind(u":year"_s, year);
    return write.exec();
}

Result<qint64> loadChecked(Database& database, const QJsonObject& document, const QMap<QString, QByteArray>& files)
{
    IdMaps ids;
    const QJsonObject person = document.value(u"person"_s).toObject();
    Client identity;
    identity.lastName = person.value(u"last_name"_s).toString();
    identity.firstName = person.value(u"first_name"_s).toString();
    identity.email = person.value(u"email"_s).toString();
    identity.phone = person.value(u"phone"_s).toString();
    QMap<QString, QVariant> clientValues;
    for (auto it = person.begin(); it != person.end(); ++it) {
        if (it.key() == u"id")
            continue;
        auto value = valueOf(u"client"_s, it.key(), it.value(), files);
        if (!value)
            return value.error();
        clientValues.insert(it.key(), value.value());
    }
    clientValues.insert(u"search_text"_s, clientSearchText(identity));
    auto clientId = insertRow(database, u"client"_s, clientValues, true);
    if (!clientId)
        return clientId.error();
    ids[u"client"_s].insert(person.value(u"id"_s).toInteger(), clientId.value());
    if (auto mapped = mapQuestionnaires(database, document.value(u"questionnaires"_s).toArray(), ids); !mapped)
        return mapped.error();

    const QJsonObject records = document.value(u"records"_s).toObject();
    for (const cabinet::Table& table : cabinet::ownedTables()) {
        if (table.name == u"client")
            continue;
        for (const QJsonValue& row : records.value(table.name).toArray()) {
            const QJsonObject object = row.toObject();
            const bool hasId = person::keyOf(table.name) == u"id" && object.contains(u"id"_s);
            if (table.name == u"destruction") {
                SqlQuery known(database, u"SELECT 1 FROM destruction WHERE uid = :uid"_s);
                known.bind(u":uid"_s, object.value(u"uid"_s).toString());
                if (auto done = known.exec(); !done)
                    return done.error();
                if (known.next())
                    continue; // the same journal entry, already here
            }
            QMap<QString, QVariant> values;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == u"id" && hasId)
                    continue;
                const QString reference = it.key() == table.link ? table.parent
                                                                  : person::otherReferences().value(table.name + u'.' + it.key());
                if (!reference.isEmpty() && !it.value().isNull()) {
                    const qint64 old = it.value().toInteger();
                    if (table.name == u"destruction" && it.key() == u"bilan_id" && !ids[reference].contains(old)) {
                        values.insert(it.key(), qint64(0)); // a bilan erased before the export
                        continue;
                    }
                    if (!ids[reference].contains(old))
                        return invalid(u"a record of %1 points at a %2 the export does not hold."_s.arg(table.name, reference));
                    values.insert(it.key(), ids[reference].value(old));
                    continue;
                }
                auto value = valueOf(table.name, it.key(), it.value(), files);
                if (!value)
                    return value.error();
                values.insert(it.key(), value.value());
            }
            auto inserted = insertRow(database, table.name, values, hasId);
            if (!inserted)
                return inserted.error();
            if (hasId)
                ids[table.name].insert(object.value(u"id"_s).toInteger(), inserted.value());
            else if (table.name == u"funding_plan")
                ids[table.name].insert(object.value(u"bilan_id"_s).toInteger(), values.value(u"bilan_id"_s).toLongLong());
            if (table.name == u"invoice") {
                if (auto advanced = advanceCounter(database, object); !advanced)
                    return advanced.error();
            }
        }
    }
    return clientId.value();
}

} // namespace

Result<qint64> loadPerson(Database& database, const QJsonObject& document, const QMap<QString, QByteArray>& files)
{
    if (auto checked = check(database, document, files); !checked)
        return checked.error();
    const QJsonObject person = document.value(u"person"_s).toObject();
    SqlQuery same(database, u"SELECT id FROM client WHERE last_name = :last AND first_name = :first AND created_at = :created"_s);
    same.bind(u":last"_s, person.value(u"last_name"_s).toString())
        .bind(u":first"_s, person.value(u"first_name"_s).toString())
        .bind(u":created"_s, person.value(u"created_at"_s).toString());
    if (auto done = same.exec(); !done)
        return done.error();
    if (same.next()) {
        return makeError(ErrorCode::Conflict,
            u"This person is already in the database (client %1, same names and creation time): nothing imported."_s
                .arg(same.value(0).toLongLong()));
    }
    auto transaction = WriteTransaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto loaded = loadChecked(database, document, files);
    if (!loaded)
        return loaded.error(); // the transaction rolls back as it goes out of scope
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return loaded.value();
}

} // namespace parcours
