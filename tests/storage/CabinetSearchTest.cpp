// The client list's search in a cabinet: through parcours_search_client_ids (the pg_trgm index, which row-level
// security keeps a plain LIKE from using), and still only the caller's own beneficiaries.
#include "CabinetTestSupport.h"
#include "StorageTestSupport.h"

#include <QDateTime>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0));

/// The ids the list shows for `search` (status and paging as given), in its order.
QList<qint64> found(Store& store, const QString& search, int limit = 50, std::optional<ClientStatus> status = {})
{
    ClientQuery query;
    query.search = search;
    query.limit = limit;
    query.status = status;
    auto rows = store.clients().summaries(query, kNow);
    EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
    QList<qint64> ids;
    for (const ClientSummary& row : rows.valueOr(QList<ClientSummary>()))
        ids << row.id;
    return ids;
}

/// How many index scans client_search_trigram has served so far, as the statistics of `as`'s own backend say.
qint64 trigramScans(RawConnection& as)
{
    as.exec(u"SELECT pg_stat_force_next_flush()"_s);
    return as.value(u"SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'client_search_trigram'"_s);
}

} // namespace

TEST_F(CabinetTest, AConsultantsSearchFindsTheirOwnMatchesAndNeverAnothersEvenWhenItComesFirst)
{
    auto aliceStore = Store::open(as(alice));
    auto bobStore = Store::open(as(bob));
    ASSERT_TRUE(aliceStore.ok()) << aliceStore.error().message.toStdString();
    ASSERT_TRUE(bobStore.ok()) << bobStore.error().message.toStdString();
    // Bob's beneficiaries come first in the list's order and match the term better (exactly).
    const qint64 bobsFirst = addClient(*bobStore.value(), u"Lefevre"_s, u"Aaron"_s);
    const qint64 bobsSecond = addClient(*bobStore.value(), u"Lefèvre"_s, u"Abel"_s);
    const qint64 zoe = addClient(*aliceStore.value(), u"Lefèvre-Martin"_s, u"Zoé"_s);
    const qint64 other = addClient(*aliceStore.value(), u"Durand"_s, u"Inès"_s);
    ASSERT_GT(bobsFirst * bobsSecond * zoe * other, 0);

    EXPECT_EQ(found(*aliceStore.value(), u"lefevre"_s), QList<qint64>({ zoe }));
    EXPECT_EQ(found(*aliceStore.value(), u"LEFÈVRE"_s, 1), QList<qint64>({ zoe })); // a page of one is hers
    EXPECT_EQ(found(*aliceStore.value(), u"lefevre"_s, 50, ClientStatus::Prospect), QList<qint64>({ zoe }));
    EXPECT_EQ(found(*aliceStore.value(), u"lef"_s, 0), QList<qint64>({ zoe })); // the whole list, no page
    EXPECT_EQ(found(*bobStore.value(), u"lefevre"_s), QList<qint64>({ bobsFirst, bobsSecond }));
    EXPECT_EQ(found(*bobStore.value(), u"martin"_s), QList<qint64>());
    ClientQuery query;
    query.search = u"lefevre"_s;
    EXPECT_EQ(aliceStore.value()->clients().position(query, zoe).valueOr(-2), 0);
    EXPECT_EQ(bobStore.value()->clients().position(query, bobsSecond).valueOr(-2), 1);
    EXPECT_EQ(bobStore.value()->clients().position(query, zoe).valueOr(-2), -1);
}

TEST_F(CabinetTest, AManagersSearchSeesEveryBeneficiaryAsTheManagersListDoes)
{
    RawConnection asAlice(m_database->location(), alice);
    RawConnection asBob(m_database->location(), bob);
    const qint64 a = asAlice.value(u"INSERT INTO client (last_name, first_name, search_text, created_at) "
                                   u"VALUES ('Roux', 'Anne', 'roux anne', now()) RETURNING id"_s);
    const qint64 b = asBob.value(u"INSERT INTO client (last_name, first_name, search_text, created_at) "
                                 u"VALUES ('Leroux', 'Bea', 'leroux bea', now()) RETURNING id"_s);
    ASSERT_GT(a * b, 0);
    auto miaStore = Store::open(as(mia));
    ASSERT_TRUE(miaStore.ok()) << miaStore.error().message.toStdString();
    EXPECT_EQ(found(*miaStore.value(), u"roux"_s), QList<qint64>({ b, a }));
    EXPECT_EQ(clientCount(*miaStore.value()), 2);
    // Anne's own beneficiary is hers alone in her search.
    auto aliceStore = Store::open(as(alice));
    ASSERT_TRUE(aliceStore.ok());
    EXPECT_EQ(found(*aliceStore.value(), u"roux"_s), QList<qint64>({ a }));
}

TEST_F(CabinetTest, TheSearchFunctionCalledInRawSqlReturnsNoOtherConsultantsIds)
{
    RawConnection asAlice(m_database->location(), alice);
    RawConnection asBob(m_database->location(), bob);
    const qint64 a = asAlice.value(u"INSERT INTO client (last_name, first_name, search_text, created_at) "
                                   u"VALUES ('Roux', 'Anne', 'roux anne', now()) RETURNING id"_s);
    const qint64 b = asBob.value(u"INSERT INTO client (last_name, first_name, search_text, created_at) "
                                 u"VALUES ('Roux', 'Bea', 'roux bea', now()) RETURNING id"_s);
    ASSERT_GT(a * b, 0);
    const QString everyId = u"SELECT string_agg(id::text, ',' ORDER BY id) FROM parcours_search_client_ids('%', NULL) id"_s;
    QString error;
    EXPECT_EQ(asBob.value(everyId, &error), b) << error.toStdString();
    EXPECT_EQ(asAlice.value(everyId), a);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM parcours_search_client_ids('%roux%', 1000) id WHERE id = %1"_s.arg(a)), 0);
    // Switching to the group role: the policies compare with that role, which owns nothing; so does the function.
    ASSERT_TRUE(asBob.exec(u"SET ROLE parcours_consultant"_s, &error)) << error.toStdString();
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM parcours_search_client_ids('%', NULL)"_s), 0);
    EXPECT_EQ(asBob.value(u"SELECT count(*) FROM client"_s), 0);
    ASSERT_TRUE(asBob.exec(u"RESET ROLE"_s));
    // The administrator, who owns the tables, sees both, as with a plain SELECT.
    RawConnection asAdmin(m_database->location(), m_database->location().user);
    EXPECT_EQ(asAdmin.value(u"SELECT count(*) FROM parcours_search_client_ids('%roux%', NULL)"_s), 2);
}

TEST_F(CabinetTest, ACabinetSearchTakesPercentUnderscoreQuoteAndBackslashLiterally)
{
    auto aliceStore = Store::open(as(alice));
    ASSERT_TRUE(aliceStore.ok()) << aliceStore.error().message.toStdString();
    Store& store = *aliceStore.value();
    const qint64 percent = addClient(store, u"Cent50%"_s);
    const qint64 fiveHundred = addClient(store, u"Cent500"_s);
    const qint64 underscore = addClient(store, u"Ab_cd"_s);
    const qint64 noUnderscore = addClient(store, u"Abxcd"_s);
    const qint64 quote = addClient(store, u"O'Brien"_s);
    const qint64 backslash = addClient(store, u"Back\\slash"_s);
    const qint64 plain = addClient(store, u"Backslash"_s);
    ASSERT_GT(percent * fiveHundred * underscore * noUnderscore * quote * backslash * plain, 0);
    EXPECT_EQ(found(store, u"t50%"_s), QList<qint64>({ percent }));
    EXPECT_EQ(found(store, u"b_c"_s), QList<qint64>({ underscore }));
    EXPECT_EQ(found(store, u"o'br"_s), QList<qint64>({ quote }));
    EXPECT_EQ(found(store, u"k\\s"_s), QList<qint64>({ backslash }));
    EXPECT_EQ(found(store, u"%%%"_s), QList<qint64>());
    EXPECT_EQ(found(store, u"___"_s), QList<qint64>());
    EXPECT_EQ(found(store, u"cent"_s).size(), 2);
}

TEST_F(CabinetTest, AConsultantsSearchReachesTheTrigramIndexThatAPlainLikeUnderTheirPolicyCannot)
{
    // Enough beneficiaries of Anne's for PostgreSQL to prefer the trigram index for a rare term.
    QString error;
    RawConnection asAdmin(m_database->location(), m_database->location().user);
    ASSERT_TRUE(asAdmin.exec(u"INSERT INTO client (last_name, first_name, search_text, created_at, consultant) "
                             u"SELECT 'Nom' || i, 'Prenom', 'nom' || i || ' prenom', now(), '%1' "
                             u"FROM generate_series(1, 20000) i"_s.arg(alice), &error)) << error.toStdString();
    ASSERT_TRUE(asAdmin.exec(u"ANALYZE client"_s, &error)) << error.toStdString();
    RawConnection asAlice(m_database->location(), alice);
    const qint64 before = trigramScans(asAlice);
    ASSERT_GE(before, 0);
    // The plain query under the policy: LIKE is not leakproof, so it is not evaluated through the index.
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client WHERE search_text LIKE '%nom1234 %'"_s), 1);
    EXPECT_EQ(trigramScans(asAlice), before);
    // Through the function: the index.
    EXPECT_EQ(asAlice.value(u"SELECT count(*) FROM client WHERE id IN (SELECT parcours_search_client_ids('%nom1234 %', 50))"_s), 1);
    EXPECT_GT(trigramScans(asAlice), before);
}
