// A cabinet on one PostgreSQL database: what each role reaches, through the repositories and through raw SQL.
#include "CabinetTestSupport.h"
#include "CabinetTables.h"
#include "Database.h"
#include "StorageTestSupport.h"

#include <parcours/core/RetentionService.h>

#include <QDateTime>
#include <QSet>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

/** A beneficiary with a bilan, a session (its note and attendance record), a synthèse and an investigation. */
struct Seeded {
    qint64 client = 0;
    qint64 bilan = 0;
    qint64 session = 0;
};

Seeded seed(RawConnection& as, const QString& lastName)
{
    Seeded ids;
    ids.client = as.value(u"INSERT INTO client (last_name, first_name, created_at) VALUES ('%1', 'Zoé', now()) RETURNING id"_s.arg(lastName));
    ids.bilan = as.value(u"INSERT INTO bilan (client_id, funding, created_at) VALUES (%1, 'cpf', now()) RETURNING id"_s.arg(ids.client));
    ids.session = as.value(u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, created_at) "
                           u"VALUES (%1, 'intake', now(), 60, now()) RETURNING id"_s.arg(ids.bilan));
    QString error;
    EXPECT_TRUE(as.exec(u"INSERT INTO session_note (session_id, body, updated_at) VALUES (%1, 'secret', now())"_s.arg(ids.session), &error)) << error.toStdString();
    EXPECT_TRUE(as.exec(u"INSERT INTO session_record (session_id, attendance_signed, updated_at) VALUES (%1, TRUE, now())"_s.arg(ids.session), &error)) << error.toStdString();
    const qint64 synthesis = as.value(u"INSERT INTO synthesis_version (bilan_id, number, created_at) VALUES (%1, 1, now()) RETURNING id"_s.arg(ids.bilan));
    EXPECT_TRUE(as.exec(u"INSERT INTO synthesis_section (version_id, position, key, body) VALUES (%1, 1, 'k', 'secret')"_s.arg(synthesis), &error)) << error.toStdString();
    EXPECT_TRUE(as.exec(u"INSERT INTO investigation_motivation (bilan_id, meaning_of_work) VALUES (%1, 'secret')"_s.arg(ids.bilan), &error)) << error.toStdString();
    EXPECT_GT(ids.session, 0);
    return ids;
}

} // namespace

TEST_F(CabinetTest, EveryTableLinkedToABeneficiaryHasRowLevelSecurityAndEveryTableIsClassified)
{
    // The foreign keys of the schema, to find every table whose rows lead to a client.
    QHash<QString, QStringList> parentsOf;
    QSet<QString> all;
    {
        auto cabinet = Cabinet::open(m_database->location());
        ASSERT_TRUE(cabinet.ok());
        QSqlQuery query(cabinet.value()->database().connection());
        ASSERT_TRUE(query.exec(u"SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                               u"WHERE c.contype = 'f'"_s));
        while (query.next())
            parentsOf[query.value(0).toString()] << query.value(1).toString();
        ASSERT_TRUE(query.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s));
        while (query.next())
            all.insert(query.value(0).toString());
        std::function<bool(const QString&, int)> leadsToClient = [&](const QString& table, int depth) {
            if (table == u"client")
                return true;
            if (depth > 10)
                return false;
            for (const QString& parent : parentsOf.value(table)) {
                if (leadsToClient(parent, depth + 1))
                    return true;
            }
            return false;
        };
        QSet<QString> classified;
        for (const cabinet::Table& table : cabinet::tables())
            classified.insert(table.name);
        int linked = 0;
        for (const QString& table : std::as_const(all)) {
            EXPECT_TRUE(classified.contains(table) || cabinet::bookkeepingTables().contains(table))
                << table.toStdString() << " is not classified in CabinetTables.cpp";
            if (!leadsToClient(table, 0))
                continue;
            ++linked;
            ASSERT_TRUE(query.exec(u"SELECT c.relrowsecurity, (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname "
                                   u"AND p.policyname = 'parcours_own') FROM pg_class c WHERE c.relname = '%1'"_s.arg(table)));
            ASSERT_TRUE(query.next());
            EXPECT_TRUE(query.value(0).toBool()) << table.toStdString() << " has no row-level security";
            EXPECT_EQ(query.value(1).toInt(), 1) << table.toStdString() << " has no consultant policy";
        }
        EXPECT_GE(linked, 30); // client, bilan, sessions, synthèse, investigation, billing, quality, follow-up…
    }
}

TEST_F(CabinetTest, AConsultantNeitherReadsNorChangesAnotherOnesBeneficiariesThroughRawSql)
{
    RawConnection asAlice(m_database->location(), alice);
    RawConnection asBob(m_database->location(), bob);
    const Seeded a = seed(asAlice, u"Alpha"_s);
    const Seeded b = seed(asBob, u"Beta"_s);
    ASSERT_GT(a.session, 0);
    ASSERT_GT(b.session, 0);

    for (const QString& table : { u"client"_s, u"bilan"_s, u"session"_s, u"session_note"_s, u"session_record"_s,
                                  u"synthesis_version"_s, u"synthesis_section"_s, u"investigation_motivation"_s })
        EXPECT_EQ(asBob.value(u"SELECT count(*) FROM "_s + table), 1) << table.toStdString();
    int rows = -1;
    EXPECT_TRUE(asBob.exec(u"UPDATE client SET last_name = 'Stolen' WHERE id = %1"_s.arg(a.client), nullptr, &rows));
    EXPECT_EQ(rows, 0);
    EXPECT_TRUE(asBob.exec(u"UPDATE session_note SET body = 'gone' WHERE session_id = %1"_s.arg(a.session), nullptr, &rows));
    EXPECT_EQ(rows, 0);
    EXPECT_TRUE(asBob.exec(u"DELETE FROM synthesis_section"_s, nullptr, &rows));
    EXPECT_EQ(rows, 1); // only his own
    // Nor can he give his rows to Alice's bilan, or a beneficiary to Alice.
    QString error;
    EXPECT_FALSE(asBob.exec(u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, created_at) "
                            u"VALUES (%1, 'intake', now(), 60, now())"_s.arg(a.bilan), &error));
    EXPECT_THAT(error.toStdString(), ::testing::HasSubstr("row-level security"));
    EXPECT_FALSE(asBob.exec(u"UPDATE client SET consultant = '%1' WHERE id = %2"_s.arg(alice).arg(b.client)));
    EXPECT_FALSE(asBob.exec(u"INSERT INTO client (last_name, first_name, created_at, consultant) VALUES ('X', 'Y', now(), '%1')"_s.arg(alice)));
    // The owner columns of bilans and sessions follow the beneficiary, whatever a raw statement says.
    EXPECT_FALSE(asBob.exec(u"UPDATE session SET bilan_id = %1 WHERE id = %2"_s.arg(a.bilan).arg(b.session), &error));
    EXPECT_THAT(error.toStdString(), ::testing::HasSubstr("row-level security"));
    EXPECT_TRUE(asBob.exec(u"UPDATE bilan SET consultant = '%1' WHERE id = %2"_s.arg(alice).arg(b.bilan), &error))
        << error.toStdString();
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM bilan"_s), 1);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM bilan WHERE consultant = current_user"_s), 1);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM session WHERE consultant = current_user"_s), 1);

    EXPECT_EQ(asAlice.value(u"SELECT last_name = 'Alpha' FROM client WHERE id = %1"_s.arg(a.client)), 1);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM synthesis_section"_s), 1);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM session_note WHERE body = 'secret'"_s), 1);
}

TEST_F(CabinetTest, AConsultantsRepositoriesShowOnlyTheirOwnBeneficiaries)
{
    auto aliceStore = Store::open(as(alice));
    auto bobStore = Store::open(as(bob));
    ASSERT_TRUE(aliceStore.ok()) << aliceStore.error().message.toStdString();
    ASSERT_TRUE(bobStore.ok()) << bobStore.error().message.toStdString();
    const qint64 zoe = addClient(*aliceStore.value(), u"Lefèvre"_s);
    const qint64 loic = addClient(*bobStore.value(), u"Çelik"_s);
    ASSERT_GT(zoe, 0);
    ASSERT_GT(loic, 0);

    EXPECT_EQ(clientCount(*aliceStore.value()), 1);
    EXPECT_EQ(clientCount(*bobStore.value()), 1);
    EXPECT_FALSE(bobStore.value()->clients().get(zoe).ok());
    auto own = bobStore.value()->clients().get(loic);
    ASSERT_TRUE(own.ok());
    Client changed = own.value();
    changed.id = zoe;
    EXPECT_FALSE(bobStore.value()->clients().update(changed).ok());
    EXPECT_EQ(aliceStore.value()->clients().get(zoe).value().lastName, u"Lefèvre"_s);
    RawConnection asAlice(m_database->location(), alice);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client WHERE consultant = current_user"_s), 1);
}

TEST_F(CabinetTest, AConsultantsRetentionReminderListsOnlyTheirOwnBilans)
{
    RawConnection asAlice(m_database->location(), alice);
    RawConnection asBob(m_database->location(), bob);
    const Seeded a = seed(asAlice, u"Alpha"_s);
    const Seeded b = seed(asBob, u"Bravo"_s);
    for (auto* as : { &asAlice, &asBob })
        EXPECT_TRUE(as->exec(u"UPDATE bilan SET status = 'closed', end_date = '2026-03-20'"_s));
    const ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    for (const auto& [login, own] : { std::pair { alice, a }, std::pair { bob, b } }) {
        auto store = Store::open(as(login));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto due = RetentionService(*store.value(), clock).due();
        ASSERT_TRUE(due.ok()) << due.error().message.toStdString();
        ASSERT_EQ(due->size(), 1) << login.toStdString();
        EXPECT_EQ(due->first().bilanId, own.bilan);
        EXPECT_EQ(due->first().contents,
            (QList<ContentKind> { ContentKind::SessionNotes, ContentKind::Values, ContentKind::Synthesis }));
    }
}

TEST_F(CabinetTest, AManagerReadsAdministrativeRecordsButNoBilanContent)
{
    RawConnection asAlice(m_database->location(), alice);
    RawConnection asMia(m_database->location(), mia);
    const Seeded a = seed(asAlice, u"Alpha"_s);
    ASSERT_GT(a.session, 0);
    for (const QString& table : { u"client"_s, u"bilan"_s, u"session"_s, u"session_record"_s })
        EXPECT_EQ(asMia.value(u"SELECT count(*) FROM "_s + table), 1) << table.toStdString();
    for (const QString& table : { u"session_note"_s, u"synthesis_version"_s, u"synthesis_section"_s,
                                  u"investigation_motivation"_s })
        EXPECT_EQ(asMia.value(u"SELECT count(*) FROM "_s + table), 0) << table.toStdString();
    // Reading is all: no change to a beneficiary but its owner.
    int rows = -1;
    EXPECT_TRUE(asMia.exec(u"UPDATE client SET last_name = 'Changed' WHERE id = %1"_s.arg(a.client), nullptr, &rows));
    EXPECT_EQ(rows, 0);
    QString error;

    EXPECT_TRUE(asMia.exec(u"DELETE FROM session_record"_s, nullptr, &rows));
    EXPECT_EQ(rows, 0);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM session_record"_s), 1);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client WHERE last_name = 'Alpha'"_s), 1);
}

TEST_F(CabinetTest, InitIsIdempotentAndRefusedToAConsultant)
{
    ASSERT_TRUE(m_cabinet->init().ok());
    auto asConsultant = Cabinet::open(as(alice));
    ASSERT_TRUE(asConsultant.ok());
    auto refused = asConsultant.value()->init();
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.error().message.toStdString(), ::testing::HasSubstr("may not create roles"));
    EXPECT_FALSE(asConsultant.value()->addConsultant(u"intruder"_s, u"X"_s, true, std::nullopt).ok());

    DatabaseLocation file;
    file.path = m_database->folder() + u"/solo.sqlite"_s;
    auto solo = Cabinet::open(file);
    ASSERT_FALSE(solo.ok());
    EXPECT_FALSE(QFile::exists(file.path));
}

TEST_F(CabinetTest, APasswordReachesTheServerOnlyAsAScramVerifier)
{
    const QString login = u"pw"_s + alice;
    ASSERT_TRUE(m_cabinet->addConsultant(login, u"Paula"_s, false, u"Correct horse 42"_s).ok());
    auto cabinet = Cabinet::open(m_database->location());
    QSqlQuery stored(cabinet.value()->database().connection());
    ASSERT_TRUE(stored.exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(login)) && stored.next());
    const QString verifier = stored.value(0).toString();
    EXPECT_TRUE(verifier.startsWith(u"SCRAM-SHA-256$4096:"_s)) << verifier.toStdString();
    EXPECT_FALSE(verifier.contains(u"horse"_s));
    QString ignored;
    TestDatabase::adminExec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login), &ignored);
}

TEST_F(CabinetTest, ReassignMovesBeneficiariesAndRefusesAllOfItWhenOneIsNotTheConsultants)
{
    RawConnection asAlice(m_database->location(), alice);
    const Seeded first = seed(asAlice, u"Alpha"_s);
    const Seeded second = seed(asAlice, u"Gamma"_s);
    RawConnection asBob(m_database->location(), bob);
    const Seeded bobs = seed(asBob, u"Beta"_s);

    auto asManager = Cabinet::open(as(mia));
    ASSERT_TRUE(asManager.ok());
    auto refused = asManager.value()->reassign(alice, bob, { first.client, bobs.client });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client"_s), 2);

    auto moved = asManager.value()->reassign(alice, bob, {});
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(moved->clients, 2);
    EXPECT_EQ(moved->bilans, 2);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client"_s), 0);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM client"_s), 3);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM session_note WHERE body = 'secret'"_s), 3);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM session"_s), 3);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM session"_s), 0);

    auto back = m_cabinet->reassign(bob, alice, { second.client });
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->clients, 1);
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM synthesis_section"_s), 1);
    // A consultant cannot give beneficiaries away.
    auto asConsultant = Cabinet::open(as(alice));
    EXPECT_FALSE(asConsultant.value()->reassign(alice, bob, {}).ok());
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client"_s), 1);
}
