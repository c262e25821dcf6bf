// The client list's search and pages, on SQLite (FTS5 trigram, prefix range) and PostgreSQL (LIKE, pg_trgm) alike:
// accents and case ignored, names, e-mail and phone digits, pages that add up to the whole list.
#include "TestDatabase.h"

#include <parcours/core/WallClock.h>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

class ClientSearchTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        add(u"Lefèvre"_s, u"Éloïse"_s, u"eloise.lefevre@exemple.fr"_s, u"06 12 34 56 78"_s);
        add(u"Dupré-Bœuf"_s, u"Noël"_s, u"noel@courriel.test"_s, u"07.98.76.54.32"_s);
        add(u"d'Aubigné"_s, u"Jean-Baptiste"_s, {}, {});
        add(u"LEGRAND"_s, u"Zoé"_s, u"zoe.legrand@exemple.fr"_s, {});
    }
    void add(const QString& last, const QString& first, const QString& email, const QString& phone)
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        client.email = email;
        client.phone = phone;
        client.createdAt = wallClock(QDate(2026, 1, 5), QTime(9, 30));
        ASSERT_TRUE(store().clients().add(client).ok());
    }
    QStringList found(const QString& search)
    {
        ClientQuery query;
        query.search = search;
        auto rows = store().clients().summaries(query, wallClock(QDate(2026, 2, 10), QTime(9, 0)));
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        QStringList names;
        for (const ClientSummary& row : rows.valueOr({}))
            names << row.displayName();
        return names;
    }
};

} // namespace

TEST_P(ClientSearchTest, AccentsAndCaseAreIgnoredInNamesEmailAndPhone)
{
    EXPECT_EQ(found(u"lefevre"_s), QStringList { u"Lefèvre, Éloïse"_s });
    EXPECT_EQ(found(u"ÉLO"_s), QStringList { u"Lefèvre, Éloïse"_s });
    EXPECT_EQ(found(u"boeuf"_s), QStringList { u"Dupré-Bœuf, Noël"_s });
    EXPECT_EQ(found(u"aubigne"_s), QStringList { u"d'Aubigné, Jean-Baptiste"_s });
    EXPECT_EQ(found(u"d’aub"_s), QStringList { u"d'Aubigné, Jean-Baptiste"_s }); // typographic apostrophe
    EXPECT_EQ(found(u"legrand@"_s), QStringList { u"LEGRAND, Zoé"_s });
    EXPECT_EQ(found(u"0612"_s), QStringList { u"Lefèvre, Éloïse"_s }); // digits, without the spaces
    EXPECT_EQ(found(u"56 78"_s), QStringList { u"Lefèvre, Éloïse"_s }); // or as written
    EXPECT_EQ(found(u"98765"_s), QStringList { u"Dupré-Bœuf, Noël"_s });
    EXPECT_EQ(found(u"xyz"_s), QStringList {});
    // One or two characters: at least the beginning of the last name.
    EXPECT_EQ(found(u"Le"_s), (QStringList { u"Lefèvre, Éloïse"_s, u"LEGRAND, Zoé"_s }));
    EXPECT_EQ(found(u"d"_s).first(), u"d'Aubigné, Jean-Baptiste"_s);
    EXPECT_EQ(found(u""_s).size(), 4);
}

TEST_P(ClientSearchTest, PagesAddUpToTheWholeListAndPositionsFindARow)
{
    const QDateTime now = wallClock(QDate(2026, 2, 10), QTime(9, 0));
    auto whole = store().clients().summaries({}, now);
    ASSERT_TRUE(whole.ok());
    QList<qint64> paged;
    for (int offset = 0; offset < 6; offset += 3) {
        ClientQuery page;
        page.offset = offset;
        page.limit = 3;
        for (const ClientSummary& row : store().clients().summaries(page, now).valueOr({}))
            paged << row.id;
    }
    QList<qint64> all;
    for (const ClientSummary& row : whole.value())
        all << row.id;
    EXPECT_EQ(paged, all);
    for (int row = 0; row < all.size(); ++row)
        EXPECT_EQ(store().clients().position({}, all.at(row)).valueOr(-2), row);
    ClientQuery search;
    search.search = u"exemple"_s;
    EXPECT_EQ(store().clients().position(search, all.at(1)).valueOr(-2), -1); // Dupré-Bœuf has no such e-mail
}

TEST_P(ClientSearchTest, ACommonTermFindsEveryMatchInTheListsOrder)
{
    // 2,100 more Éloïses: "eloise" is then in more than the 1,000 rows (2,000 on PostgreSQL) past which the search
    // walks the list's index instead of reading the trigram index's matches; the answer must not change with the path.
    ASSERT_TRUE(store()
                    .transact([&]() -> Result<void> {
                        for (int n = 0; n < 2100; ++n) {
                            Client client;
                            client.lastName = u"Martin-%1"_s.arg(n, 4, 10, QChar(u'0'));
                            client.firstName = n % 2 ? u"Éloïse"_s : u"ELOISE"_s;
                            client.createdAt = wallClock(QDate(2026, 1, 5), QTime(9, 30));
                            if (auto added = store().clients().add(client); !added)
                                return added.error();
                        }
                        return success();
                    })
                    .ok());
    const QDateTime now = wallClock(QDate(2026, 2, 10), QTime(9, 0));
    ClientQuery common;
    common.search = u"éloïse"_s;
    const QList<ClientSummary> all = store().clients().summaries(common, now).valueOr({});
    ASSERT_EQ(all.size(), 2101); // the Martins and Lefèvre, Éloïse
    EXPECT_EQ(all.first().displayName(), u"Lefèvre, Éloïse"_s);
    EXPECT_EQ(all.at(1).displayName(), u"Martin-0000, ELOISE"_s);
    EXPECT_EQ(all.last().displayName(), u"Martin-2099, Éloïse"_s);
    QList<qint64> paged;
    for (common.offset = 0, common.limit = 700; common.offset < 2800; common.offset += common.limit) {
        for (const ClientSummary& row : store().clients().summaries(common, now).valueOr({}))
            paged << row.id;
    }
    QList<qint64> ids;
    for (const ClientSummary& row : all)
        ids << row.id;
    EXPECT_EQ(paged, ids);
    common.offset = 0;
    common.limit = 0;
    EXPECT_EQ(store().clients().position(common, all.at(1500).id).valueOr(-2), 1500);
    EXPECT_EQ(found(u"xyz eloise"_s), QStringList {});
}

TEST_P(ClientSearchTest, AChangedNameIsFoundUnderItsNewNameOnly)
{
    ClientQuery query;
    query.search = u"legrand"_s;
    auto rows = store().clients().summaries(query, wallClock(QDate(2026, 2, 10), QTime(9, 0)));
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    Client client = store().clients().get(rows->first().id).value();
    client.lastName = u"Hébert"_s;
    ASSERT_TRUE(store().clients().update(client).ok());
    EXPECT_EQ(found(u"legrand zo"_s), QStringList {}); // the old name (the e-mail still says legrand)
    EXPECT_EQ(found(u"hebert zo"_s), QStringList { u"Hébert, Zoé"_s });
}

PARCOURS_ON_BOTH_BACKENDS(ClientSearchTest);
