// cabinet import: a solo SQLite database copied into a cabinet that already has other rows, all or nothing.
#include "CabinetTestSupport.h"
#include "StorageTestSupport.h"

#include <QFile>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(int version)
{
    return testPath("PARCOURS_SOURCE_DIR") + u"/tests/storage/fixtures/v%1.sqlite"_s.arg(version);
}

/// Changes a copy of a fixture with raw SQL (what a damaged or hand-edited file could hold).
void tamper(const QString& path, const QString& statement)
{
    const QString name = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 fixtureValue(const QString& path, const QString& statement)
{
    return sqliteValue(path, statement).toLongLong();
}

} // namespace

class CabinetImportTest : public CabinetTest { };

TEST_F(CabinetImportTest, ASoloDatabaseOfAnOlderSchemaArrivesWholeWithNewIdsAndTheFileUntouched)
{
    RawConnection asBob(m_database->location(), bob);
    ASSERT_GT(asBob.value(u"INSERT INTO client (last_name, first_name, created_at) VALUES ('Beta', 'B', now()) RETURNING id"_s), 0);
    const QString source = m_database->folder() + u"/solo.sqlite"_s;
    ASSERT_TRUE(QFile::copy(fixture(5), source));
    const QByteArray digest = digestOf(source);
    const qint64 clients = fixtureValue(source, u"SELECT count(*) FROM client"_s);
    const qint64 sessions = fixtureValue(source, u"SELECT count(*) FROM session"_s);
    ASSERT_GT(clients, 0);

    auto copies = m_cabinet->importSqlite(source, alice);
    ASSERT_TRUE(copies.ok()) << copies.error().message.toStdString();
    EXPECT_EQ(digestOf(source), digest);
    const auto row = std::find_if(copies->begin(), copies->end(), [](const TableCopy& c) { return c.table == u"client"; });
    ASSERT_NE(row, copies->end());
    EXPECT_EQ(row->source, clients);
    EXPECT_EQ(row->after - row->before, clients);

    RawConnection asAlice(m_database->location(), alice);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client"_s), clients);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM session"_s), sessions);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client WHERE last_name = 'Beta'"_s), 0);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM client"_s), 1);
    // Every session still hangs off a bilan of the same beneficiary as in the file.
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM session s JOIN bilan b ON b.id = s.bilan_id"_s), sessions);
}

TEST_F(CabinetImportTest, AFailureHalfWayLeavesTheCabinetAsItWas)
{
    const QString source = m_database->folder() + u"/solo.sqlite"_s;
    ASSERT_TRUE(QFile::copy(fixture(9), source));
    QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Beneficiaries and bilans copy fine; a session's date PostgreSQL cannot read stops the copy after them.
    tamper(source, u"UPDATE session SET starts_at = 'sometime' WHERE id = (SELECT max(id) FROM session)"_s);
    const QByteArray digest = digestOf(source);

    RawConnection admin(m_database->location(), m_database->location().user);
    const qint64 clientsBefore = admin.value(u"SELECT count(*) FROM client"_s);
    auto failed = m_cabinet->importSqlite(source, alice);
    ASSERT_FALSE(failed.ok());
    EXPECT_THAT(failed.error().message.toStdString(), ::testing::HasSubstr("Nothing was imported"));
    EXPECT_EQ(admin.value(u"SELECT count(*) FROM client"_s), clientsBefore);
    EXPECT_EQ(admin.value(u"SELECT count(*) FROM bilan"_s), 0);
    EXPECT_EQ(digestOf(source), digest);
    // The connection is usable afterwards: the transaction was rolled back.
    EXPECT_TRUE(m_cabinet->importSqlite(fixture(9), alice).ok());
}

TEST_F(CabinetImportTest, WhatIsNotAParcoursDatabaseOrNotAConsultantIsRefused)
{
    const QString text = m_database->folder() + u"/notes.sqlite"_s;
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Not a database at all, just some notes.\n");
    file.close();
    auto refused = m_cabinet->importSqlite(text, alice);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotADatabase);

    const QString other = m_database->folder() + u"/other.sqlite"_s;
    ASSERT_TRUE(QFile::copy(fixture(9), other));
    QFile::setPermissions(other, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    tamper(other, u"PRAGMA application_id = 1234"_s);
    EXPECT_EQ(m_cabinet->importSqlite(other, alice).error().code, ErrorCode::NotADatabase);
    EXPECT_FALSE(m_cabinet->importSqlite(fixture(9), u"nobody"_s).ok());
    RawConnection admin(m_database->location(), m_database->location().user);
    EXPECT_EQ(admin.value(u"SELECT count(*) FROM client"_s), 0);
}
