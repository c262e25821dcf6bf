#pragma once

// A cabinet on the test server: a fresh database, `cabinet init`, three logins (two consultants, a manager),
// and raw connections as each of them (the server trusts 127.0.0.1, so no password is needed).
#include "TestDatabase.h"

#include <parcours/storage/Cabinet.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace parcours::test {

/** One raw connection as a login, closed at the end of the scope. */
class RawConnection {
public:
    RawConnection(const DatabaseLocation& location, const QString& login)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(login);
        db.setDatabaseName(location.databaseName);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Runs a statement; false (with the server's reason in `error`) when the server refuses it.
    bool exec(const QString& sql, QString* error = nullptr, int* rows = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok && error)
            *error = query.lastError().databaseText();
        if (rows)
            *rows = query.numRowsAffected();
        return ok;
    }
    /// The first value of a query, or -1 when the server refuses it.
    qint64 value(const QString& sql, QString* error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            if (error)
                *error = query.lastError().databaseText();
            return -1;
        }
        return query.value(0).toLongLong();
    }

private:
    QString m_name;
};

/** A cabinet with consultants `alice`, `bob` and manager `mia` (logins unique per test: roles are cluster-wide). */
class CabinetTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(Backend::Postgres, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        alice = QStringLiteral("alice") + suffix;
        bob = QStringLiteral("bob") + suffix;
        mia = QStringLiteral("mia") + suffix;
        auto cabinet = Cabinet::open(m_database->location());
        ASSERT_TRUE(cabinet.ok()) << cabinet.error().message.toStdString();
        m_cabinet = std::move(cabinet).value();
        auto ready = m_cabinet->init();
        ASSERT_TRUE(ready.ok()) << ready.error().message.toStdString();
        for (const QString& login : { alice, bob, mia }) {
            auto added = m_cabinet->addConsultant(login, QStringLiteral("Name of ") + login, login == mia, std::nullopt);
            ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        }
    }
    void TearDown() override
    {
        m_cabinet.reset();
        m_database.reset();
        QString ignored;
        for (const QString& login : { alice, bob, mia })
            TestDatabase::adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login), &ignored);
    }
    /// The database as `login` sees it.
    DatabaseLocation as(const QString& login) const
    {
        DatabaseLocation location = m_database->location();
        location.user = login;
        return location;
    }

    QString alice;
    QString bob;
    QString mia;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Cabinet> m_cabinet;
};

} // namespace parcours::test
