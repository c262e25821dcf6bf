// Round trips of every repository, on SQLite and PostgreSQL alike.
#include "TestDatabase.h"

#include <parcours/core/WallClock.h>

using namespace parcours;
using namespace parcours::test;

namespace {

Client zoe()
{
    Client client;
    client.lastName = QStringLiteral("Lefèvre-O'Brien");
    client.firstName = QStringLiteral("Zoé");
    client.email = QStringLiteral("zoe@example.org");
    client.phone = QStringLiteral("06 12 34 56 78");
    client.birthDate = QDate(1985, 7, 14);
    client.createdAt = wallClock(QDate(2026, 1, 5), QTime(9, 30));
    return client;
}

class RepositoryTest : public StoreTest {
protected:
    qint64 addClient(Client client = zoe())
    {
        auto id = store().clients().add(client);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }
    qint64 openBilan(qint64 clientId)
    {
        Bilan bilan;
        bilan.clientId = clientId;
        bilan.funding = Funding::FranceTravail;
        bilan.startDate = QDate(2026, 1, 12);
        bilan.createdAt = wallClock(QDate(2026, 1, 5), QTime(10, 0));
        auto id = store().bilans().open(bilan);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }
    Session session(qint64 bilanId, QDate date, Phase phase = Phase::Investigation)
    {
        Session s;
        s.bilanId = bilanId;
        s.phase = phase;
        s.startsAt = wallClock(date, QTime(14, 0));
        s.plannedMinutes = 150;
        return s;
    }
};

} // namespace

TEST_P(RepositoryTest, AClientComesBackAsStored)
{
    const qint64 id = addClient();
    ASSERT_GT(id, 0);
    auto client = store().clients().get(id);
    ASSERT_TRUE(client.ok());
    EXPECT_EQ(client->lastName, QStringLiteral("Lefèvre-O'Brien"));
    EXPECT_EQ(client->firstName, QStringLiteral("Zoé"));
    EXPECT_EQ(client->email, QStringLiteral("zoe@example.org"));
    EXPECT_EQ(client->birthDate, QDate(1985, 7, 14));
    EXPECT_EQ(client->createdAt, wallClock(QDate(2026, 1, 5), QTime(9, 30)));
    EXPECT_EQ(client->version, 1);
    EXPECT_EQ(store().clients().get(id + 1000).error().code, ErrorCode::NotFound);
}

TEST_P(RepositoryTest, IdsComeFromTheDatabaseAndIncrease)
{
    const qint64 first = addClient();
    const qint64 second = addClient();
    EXPECT_GT(second, first);
}

TEST_P(RepositoryTest, AnUpdateFromAStaleCopyIsAConflict)
{
    const qint64 id = addClient();
    Client mine = store().clients().get(id).value();
    Client theirs = mine;
    theirs.phone = QStringLiteral("01 02 03 04 05");
    ASSERT_TRUE(store().clients().update(theirs).ok());
    mine.email = QStringLiteral("other@example.org");
    const auto result = store().clients().update(mine);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    const Client stored = store().clients().get(id).value();
    EXPECT_EQ(stored.phone, QStringLiteral("01 02 03 04 05"));
    EXPECT_EQ(stored.email, QStringLiteral("zoe@example.org"));
    EXPECT_EQ(stored.version, 2);
}

TEST_P(RepositoryTest, ABilanKeepsItsTermsAndBudgets)
{
    const qint64 clientId = addClient();
    const qint64 bilanId = openBilan(clientId);
    Bilan bilan = store().bilans().get(bilanId).value();
    EXPECT_EQ(bilan.clientId, clientId);
    EXPECT_EQ(bilan.funding, Funding::FranceTravail);
    EXPECT_EQ(bilan.status, BilanStatus::Open);
    EXPECT_EQ(bilan.startDate, QDate(2026, 1, 12));
    EXPECT_FALSE(bilan.endDate.isValid());
    EXPECT_EQ(bilan.budgets, PhaseBudgets());
    bilan.budgets.setMinutes(Phase::Investigation, 900);
    bilan.budgets.setMinutes(Phase::Conclusion, 300);
    ASSERT_TRUE(store().bilans().update(bilan).ok());
    const Bilan again = store().bilans().get(bilanId).value();
    EXPECT_EQ(again.budgets.minutes(Phase::Investigation), 900);
    EXPECT_EQ(again.budgets.minutes(Phase::Conclusion), 300);
    EXPECT_EQ(again.version, 2);
}

TEST_P(RepositoryTest, TheDatabaseItselfRefusesASecondOpenBilanAndBudgetsOverTheCap)
{
    const qint64 clientId = addClient();
    openBilan(clientId);
    Bilan second;
    second.clientId = clientId;
    second.createdAt = wallClock(QDate(2026, 1, 6), QTime(10, 0));
    const auto refused = store().bilans().open(second);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    Bilan over = second;
    over.status = BilanStatus::Closed;
    over.budgets.setMinutes(Phase::Investigation, 20 * 60);
    EXPECT_EQ(store().bilans().open(over).error().code, ErrorCode::Refused);
    EXPECT_EQ(store().bilans().forClient(clientId).value().size(), 1);
}

TEST_P(RepositoryTest, ForeignKeysAreEnforced)
{
    const auto orphanSession = store().sessions().add(session(4242, QDate(2026, 2, 2)));
    ASSERT_FALSE(orphanSession.ok());
    EXPECT_EQ(orphanSession.error().code, ErrorCode::Refused);
    Bilan orphan;
    orphan.clientId = 4242;
    orphan.createdAt = wallClock(QDate(2026, 1, 6), QTime(10, 0));
    EXPECT_EQ(store().bilans().open(orphan).error().code, ErrorCode::Refused);
}

TEST_P(RepositoryTest, SessionNotesLiveInTheirOwnTable)
{
    const qint64 bilanId = openBilan(addClient());
    Session planned = session(bilanId, QDate(2026, 2, 2));
    planned.notes = QStringLiteral("Parcours depuis 2010 ; « hauts » et « bas ».");
    const qint64 id = store().sessions().add(planned).value();
    Session stored = store().sessions().get(id).value();
    EXPECT_EQ(stored.notes, planned.notes);
    EXPECT_EQ(stored.status, SessionStatus::Planned);
    EXPECT_FALSE(stored.actualMinutes.has_value());

    stored.status = SessionStatus::Done;
    stored.actualMinutes = 140;
    stored.notes.clear();
    ASSERT_TRUE(store().sessions().update(stored).ok());
    stored = store().sessions().get(id).value();
    EXPECT_EQ(stored.actualMinutes, 140);
    EXPECT_TRUE(stored.notes.isEmpty());

    // Deleting the session takes its notes with it; restoring puts both back with the same id.
    stored.notes = QStringLiteral("retour");
    ASSERT_TRUE(store().sessions().update(stored).ok());
    stored = store().sessions().get(id).value();
    ASSERT_TRUE(store().sessions().remove(id).ok());
    EXPECT_EQ(store().sessions().get(id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(store().sessions().restore(stored).ok());
    EXPECT_EQ(store().sessions().get(id).value().notes, QStringLiteral("retour"));
}

TEST_P(RepositoryTest, SessionsBetweenTwoDatesIncludeBothEnds)
{
    const qint64 bilanId = openBilan(addClient());
    for (QDate date : { QDate(2026, 2, 1), QDate(2026, 2, 2), QDate(2026, 2, 9), QDate(2026, 2, 10) })
        ASSERT_TRUE(store().sessions().add(session(bilanId, date)).ok());
    Session late = session(bilanId, QDate(2026, 2, 9));
    late.startsAt = wallClock(QDate(2026, 2, 9), QTime(23, 30));
    ASSERT_TRUE(store().sessions().add(late).ok());
    const auto sessions = store().sessions().between(QDate(2026, 2, 2), QDate(2026, 2, 9), std::nullopt);
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 3);
    EXPECT_EQ(sessions->first().startsAt.date(), QDate(2026, 2, 2));
    EXPECT_EQ(sessions->last().startsAt, wallClock(QDate(2026, 2, 9), QTime(23, 30)));
    EXPECT_EQ(store().sessions().between(QDate(2026, 2, 2), QDate(2026, 2, 9), bilanId + 1).value().size(), 0);
}

TEST_P(RepositoryTest, TheClientListFindsNamesWithoutAccentsAndShowsTheBilan)
{
    const qint64 zoeId = addClient();
    Client theo;
    theo.lastName = QStringLiteral("Ménard");
    theo.firstName = QStringLiteral("Théo");
    theo.createdAt = wallClock(QDate(2026, 1, 5), QTime(9, 30));
    const qint64 theoId = addClient(theo);
    const qint64 bilanId = openBilan(zoeId);
    Session done = session(bilanId, QDate(2026, 1, 19), Phase::Preliminary);
    done.status = SessionStatus::Done;
    done.actualMinutes = 170;
    ASSERT_TRUE(store().sessions().add(done).ok());
    ASSERT_TRUE(store().sessions().add(session(bilanId, QDate(2026, 1, 26))).ok());

    const QDateTime now = wallClock(QDate(2026, 1, 20), QTime(8, 0));
    const auto found = store().clients().summaries(ClientQuery { QStringLiteral("lefevre"), {} }, now);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    const ClientSummary& row = found->first();
    EXPECT_EQ(row.id, zoeId);
    EXPECT_EQ(row.status, ClientStatus::InProgress);
    EXPECT_EQ(row.phase, Phase::Preliminary);
    EXPECT_EQ(row.nextSession, wallClock(QDate(2026, 1, 26), QTime(14, 0)));
    EXPECT_EQ(row.doneMinutes, 170);

    EXPECT_EQ(store().clients().summaries(ClientQuery { QStringLiteral("THEO"), {} }, now)->first().id, theoId);
    EXPECT_EQ(store().clients().summaries(ClientQuery { QStringLiteral("06 12"), {} }, now)->size(), 1);
    EXPECT_EQ(store().clients().summaries(ClientQuery { QStringLiteral("100%_"), {} }, now)->size(), 0);
    const auto prospects = store().clients().summaries(ClientQuery { {}, ClientStatus::Prospect }, now);
    ASSERT_EQ(prospects->size(), 1);
    EXPECT_EQ(prospects->first().id, theoId);
    EXPECT_FALSE(prospects->first().phase.has_value());
    // Sorted by name, accents ignored: Lefèvre before Ménard.
    const auto everyone = store().clients().summaries(ClientQuery {}, now);
    ASSERT_EQ(everyone->size(), 2);
    EXPECT_EQ(everyone->at(0).id, zoeId);
}

TEST_P(RepositoryTest, SettingsAreStoredAndReplaced)
{
    EXPECT_FALSE(store().settings().value(QStringLiteral("consultant.name")).value().has_value());
    ASSERT_TRUE(store().settings().setValue(QStringLiteral("consultant.name"), QStringLiteral("Céline")).ok());
    ASSERT_TRUE(store().settings().setValue(QStringLiteral("consultant.name"), QStringLiteral("Céline L.")).ok());
    EXPECT_EQ(store().settings().value(QStringLiteral("consultant.name")).value(), QStringLiteral("Céline L."));
}

TEST_P(RepositoryTest, DataSurvivesClosingAndReopening)
{
    const qint64 id = addClient();
    m_store.reset();
    auto reopened = database().open();
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(reopened.value()->clients().get(id).value().firstName, QStringLiteral("Zoé"));
}

PARCOURS_ON_BOTH_BACKENDS(RepositoryTest);
