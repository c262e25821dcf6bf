#pragma once

#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/InvestigationRepository.h>
#include <parcours/core/StoreEvents.h>

#include <functional>

namespace parcours {

/** One column of a record table: how it is written (a bound value, or an expression) and how it is read. */
struct RecordColumn {
    QString name;
    QString writeExpression; ///< empty: the bound value itself; "-": never written (joined, read only)
    QString readExpression; ///< empty: "t.<name>"
};

/**
 * How one kind of investigation record maps to its table: the data columns (besides id, bilan_id and version),
 * their values, how a row is read back, and the rows of child tables written and read with the record.
 */
template<typename T> struct RecordTable {
    QString table;
    std::function<QString()> kind; ///< the record's name in messages ("experience"), translated
    QList<RecordColumn> columns;
    QString from; ///< FROM clause with alias t (and any joins); default "<table> t"
    QString orderBy; ///< ORDER BY expression
    std::function<QVariantList(const T&)> values; ///< one per written column, in order
    std::function<void(T&, const std::function<QVariant(int)>&)> read; ///< column i of `columns`
    /// Writes the child rows of a record (after its own row exists); restore and add both use it.
    std::function<Result<void>(Database&, const T&, qint64 id, bool isNew)> writeChildren;
    /// Fills the child rows of records read by `where` (SQL over alias t, binding :scope).
    std::function<Result<void>(Database&, QList<T>&, const QString& where, qint64 scope)> readChildren;
};

/** A RecordRepository over one table, for any kind of record described by a RecordTable. */
template<typename T> class SqlRecordRepository final : public RecordRepository<T> {
public:
    SqlRecordRepository(Database& database, StoreEvents& events, RecordTable<T> table)
        : m_database(database), m_events(events), m_table(std::move(table))
    {
        if (m_table.from.isEmpty())
            m_table.from = m_table.table + QStringLiteral(" t");
    }

    Result<qint64> add(const T& record) override
    {
        auto transaction = WriteTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        QStringList names { QStringLiteral("bilan_id") };
        QStringList values { QStringLiteral(":bilan_id") };
        appendWritten(names, values);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                .arg(m_table.table, names.join(u", "), values.join(u", "));
        SqlQuery query(m_database, sql);
        bindValues(query, sql, record);
        auto id = query.execReturningId();
        if (!id)
            return id.error();
        if (m_table.writeChildren) {
            if (auto children = m_table.writeChildren(m_database, record, id.value(), true); !children)
                return children.error();
        }
        announce(record.bilanId);
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        return id;
    }

    Result<void> restore(const T& record) override
    {
        auto transaction = WriteTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        QStringList names { QStringLiteral("id"), QStringLiteral("bilan_id"), QStringLiteral("version") };
        QStringList values { QStringLiteral(":id"), QStringLiteral(":bilan_id"), QStringLiteral(":version") };
        appendWritten(names, values);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(m_table.table, names.join(u", "), values.join(u", "));
        SqlQuery query(m_database, sql);
        bindValues(query, sql, record);
        query.bind(QStringLiteral(":id"), record.id).bind(QStringLiteral(":version"), record.version + 1);
        if (auto done = query.exec(); !done)
            return done;
        if (m_table.writeChildren) {
            if (auto children = m_table.writeChildren(m_database, record, record.id, true); !children)
                return children;
        }
        announce(record.bilanId);
        return transaction->commit();
    }

    Result<T> get(qint64 id) override
    {
        auto records = select(QStringLiteral("t.id = :scope"), id);
        if (!records)
            return records.error();
        if (records->isEmpty())
            return notFound(m_table.kind(), id);
        return records->first();
    }

    Result<void> update(const T& record) override
    {
        auto transaction = WriteTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        QStringList names;
        QStringList values;
        appendWritten(names, values);
        QStringList assignments;
        for (qsizetype i = 0; i < names.size(); ++i)
            assignments << names[i] + QStringLiteral(" = ") + values[i];
        assignments << QStringLiteral("version = version + 1");
        const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND version = :version")
                                .arg(m_table.table, assignments.join(u", "));
        SqlQuery query(m_database, sql);
        bindValues(query, sql, record);
        query.bind(QStringLiteral(":id"), record.id).bind(QStringLiteral(":version"), record.version);
        if (auto done = query.exec(); !done)
            return done;
        if (query.rowsAffected() != 1)
            return staleOrMissing(m_database, m_table.table, m_table.kind(), record.id);
        if (m_table.writeChildren) {
            if (auto children = m_table.writeChildren(m_database, record, record.id, false); !children)
                return children;
        }
        announce(record.bilanId);
        return transaction->commit();
    }

    Result<void> remove(qint64 id) override
    {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        auto transaction = WriteTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        SqlQuery query(m_database, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_table.table));
        query.bind(QStringLiteral(":id"), id);
        if (auto done = query.exec(); !done)
            return done;
        announce(existing->bilanId);
        return transaction->commit();
    }

    Result<QList<T>> forBilan(qint64 bilanId) override
    {
        return select(QStringLiteral("t.bilan_id = :scope"), bilanId);
    }

private:
    void appendWritten(QStringList& names, QStringList& values) const
    {
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            const RecordColumn& column = m_table.columns[i];
            if (column.writeExpression == u"-")
                continue;
            names << column.name;
            values << (column.writeExpression.isEmpty() ? QStringLiteral(":c%1").arg(i) : column.writeExpression);
        }
    }

    /// Binds the record's values; `sql` tells which of :bilan_id and :bilan_ref (for subqueries) it uses.
    void bindValues(SqlQuery& query, const QString& sql, const T& record) const
    {
        const QVariantList values = m_table.values(record);
        for (const QString& placeholder : { QStringLiteral(":bilan_id"), QStringLiteral(":bilan_ref") }) {
            if (sql.contains(placeholder))
                query.bind(placeholder, record.bilanId);
        }
        qsizetype next = 0;
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            if (m_table.columns[i].writeExpression == u"-")
                continue;
            query.bind(QStringLiteral(":c%1").arg(i), values.value(next++));
        }
    }

    Result<QList<T>> select(const QString& where, qint64 scope)
    {
        QStringList expressions { QStringLiteral("t.id"), QStringLiteral("t.bilan_id"), QStringLiteral("t.version") };
        for (const RecordColumn& column : m_table.columns)
            expressions << (column.readExpression.isEmpty() ? QStringLiteral("t.") + column.name
                                                            : column.readExpression);
        SqlQuery query(m_database,
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                .arg(expressions.join(u", "), m_table.from, where, m_table.orderBy));
        query.bind(QStringLiteral(":scope"), scope);
        if (auto done = query.exec(); !done)
            return done.error();
        QList<T> records;
        while (query.next()) {
            T record;
            record.id = query.value(0).toLongLong();
            record.bilanId = query.value(1).toLongLong();
            record.version = query.value(2).toInt();
            m_table.read(record, [&query](int column) { return query.value(column + 3); });
            records.append(std::move(record));
        }
        if (m_table.readChildren && !records.isEmpty()) {
            if (auto children = m_table.readChildren(m_database, records, where, scope); !children)
                return children.error();
        }
        return records;
    }

    void announce(qint64 bilanId)
    {
        m_database.afterCommit([events = &m_events, bilanId] { Q_EMIT events->investigationChanged(bilanId); });
    }

    Database& m_database;
    StoreEvents& m_events;
    RecordTable<T> m_table;
};

} // namespace parcours
