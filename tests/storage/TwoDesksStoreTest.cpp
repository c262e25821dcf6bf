// Two consultants on one database (two Stores: two connections to one SQLite file, or to the PostgreSQL test
// server): the editors that save a record with a version — the tripartite agreement, the funding plan, the quality
// registers — refuse a save made from a stale read with ErrorCode::Conflict and keep the other desk's; a save
// from the stored version (what « Écraser » does) goes through. And the heartbeat of a cabinet's window.
#include "TestDatabase.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/BillingService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/core/WallClock.h>
#include <parcours/storage/Heartbeat.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace parcours;
using namespace parcours::test;

namespace {

class TwoDesksStoreTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        QString error;
        m_database = TestDatabase::create(GetParam(), &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        for (auto* store : { &m_mine, &m_theirs }) {
            auto opened = m_database->open();
            ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
            *store = std::move(opened).value();
        }
        Client client;
        client.lastName = u"Roux"_s;
        client.firstName = u"Inès"_s;
        const auto clientId = ClientService(*m_mine, m_clock).add(client);
        ASSERT_TRUE(clientId.ok()) << clientId.error().message.toStdString();
        const auto bilanId
            = BilanService(*m_mine, m_clock).open(clientId.value(), Funding::Employer, QDate(2026, 1, 12));
        ASSERT_TRUE(bilanId.ok()) << bilanId.error().message.toStdString();
        m_bilanId = bilanId.value();
    }
    void TearDown() override
    {
        m_mine.reset();
        m_theirs.reset();
        m_database.reset();
    }

    ManualClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_mine;
    std::unique_ptr<Store> m_theirs;
    qint64 m_bilanId = 0;
};

TEST_P(TwoDesksStoreTest, anAgreementSavedMeanwhileOnTheOtherDeskIsNeverOverwrittenSilently)
{
    AgreementService mine(*m_mine, m_clock);
    AgreementService theirs(*m_theirs, m_clock);
    AgreementRecord first = mine.get(m_bilanId).value();
    first.employer = u"Société Exemple\n3 rue du Port"_s;
    ASSERT_TRUE(mine.update(first).ok());

    AgreementRecord myRead = mine.get(m_bilanId).value();
    AgreementRecord theirRead = theirs.get(m_bilanId).value();
    theirRead.paymentTerms = u"À 30 jours"_s;
    ASSERT_TRUE(theirs.update(theirRead).ok());

    myRead.priceCents = 180000;
    const auto stale = mine.update(myRead);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(theirs.get(m_bilanId)->paymentTerms, u"À 30 jours"_s);
    EXPECT_FALSE(theirs.get(m_bilanId)->priceCents) << "nothing of mine was written";

    myRead.version = mine.get(m_bilanId)->version; // « Écraser »: from the stored version
    ASSERT_TRUE(mine.update(myRead).ok());
    EXPECT_EQ(theirs.get(m_bilanId)->priceCents, 180000);
    EXPECT_TRUE(theirs.get(m_bilanId)->paymentTerms.isEmpty()) << "the whole form as I saw it";
}

TEST_P(TwoDesksStoreTest, twoDesksCreatingTheSameAgreementMeetAsAConflict)
{
    AgreementService mine(*m_mine, m_clock);
    AgreementService theirs(*m_theirs, m_clock);
    AgreementRecord myRead = mine.get(m_bilanId).value();
    AgreementRecord theirRead = theirs.get(m_bilanId).value();
    ASSERT_EQ(myRead.version, 0);
    theirRead.employer = u"Leur employeur"_s;
    ASSERT_TRUE(theirs.update(theirRead).ok());
    myRead.employer = u"Mon employeur"_s;
    const auto second = mine.update(myRead);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(mine.get(m_bilanId)->employer, u"Leur employeur"_s);
}

TEST_P(TwoDesksStoreTest, aFundingPlanSavedMeanwhileIsNeverOverwrittenSilently)
{
    BillingService mine(*m_mine, m_clock);
    BillingService theirs(*m_theirs, m_clock);
    auto share = [](FunderKind kind, int basisPoints) {
        FunderShare s;
        s.kind = kind;
        s.name = kind == FunderKind::Personal ? QString() : u"OPCO Atlas"_s;
        s.basisPoints = basisPoints;
        return s;
    };
    FundingPlan myPlan = mine.overview(m_bilanId)->plan;
    FundingPlan theirPlan = theirs.overview(m_bilanId)->plan;
    theirPlan.shares = { share(FunderKind::Personal, 10000) };
    ASSERT_TRUE(theirs.saveFunding(m_bilanId, 150000, theirPlan).ok());

    myPlan.shares = { share(FunderKind::Opco, 10000) };
    const auto stale = mine.saveFunding(m_bilanId, 150000, myPlan);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    ASSERT_EQ(theirs.overview(m_bilanId)->plan.shares.size(), 1);
    EXPECT_EQ(theirs.overview(m_bilanId)->plan.shares.first().kind, FunderKind::Personal);

    myPlan.version = mine.overview(m_bilanId)->plan.version;
    ASSERT_TRUE(mine.saveFunding(m_bilanId, 150000, myPlan).ok());
    EXPECT_EQ(theirs.overview(m_bilanId)->plan.shares.first().kind, FunderKind::Opco);
}

TEST_P(TwoDesksStoreTest, aRegisterEntryOrAnActionSavedMeanwhileIsNeverOverwrittenSilently)
{
    QualityService mine(*m_mine, m_clock);
    QualityService theirs(*m_theirs, m_clock);
    RegisterEntry entry;
    entry.kind = RegisterKind::Complaint;
    entry.receivedOn = QDate(2026, 2, 20);
    entry.fromWhom = u"Employeur"_s;
    entry.nature = u"Compte rendu reçu en retard"_s;
    const auto addedEntry = mine.addRegisterEntry(entry);
    ASSERT_TRUE(addedEntry.ok()) << addedEntry.error().message.toStdString();
    const qint64 entryId = addedEntry.value();
    ImprovementAction action;
    action.raisedOn = QDate(2026, 2, 21);
    action.source = u"Réclamation"_s;
    action.action = u"Envoyer les comptes rendus sous huit jours"_s;
    action.owner = u"Céline Leca"_s;
    const auto addedAction = mine.addImprovementAction(action);
    ASSERT_TRUE(addedAction.ok()) << addedAction.error().message.toStdString();
    const qint64 actionId = addedAction.value();

    RegisterEntry myEntry = mine.registerEntry(entryId).value();
    RegisterEntry theirEntry = theirs.registerEntry(entryId).value();
    theirEntry.handling = u"Appel de l'employeur"_s;
    ASSERT_TRUE(theirs.updateRegisterEntry(theirEntry).ok());
    myEntry.outcome = u"Excuses présentées"_s;
    const auto staleEntry = mine.updateRegisterEntry(myEntry);
    ASSERT_FALSE(staleEntry.ok());
    EXPECT_EQ(staleEntry.error().code, ErrorCode::Conflict);
    EXPECT_EQ(theirs.registerEntry(entryId)->handling, u"Appel de l'employeur"_s);
    EXPECT_TRUE(theirs.registerEntry(entryId)->outcome.isEmpty());
    myEntry.version = mine.registerEntry(entryId)->version;
    ASSERT_TRUE(mine.updateRegisterEntry(myEntry).ok());
    EXPECT_EQ(theirs.registerEntry(entryId)->outcome, u"Excuses présentées"_s);

    ImprovementAction myAction = mine.improvementAction(actionId).value();
    ImprovementAction theirAction = theirs.improvementAction(actionId).value();
    theirAction.owner = u"Leur nom"_s;
    ASSERT_TRUE(theirs.updateImprovementAction(theirAction).ok());
    myAction.owner = u"Mon nom"_s;
    const auto staleAction = mine.updateImprovementAction(myAction);
    ASSERT_FALSE(staleAction.ok());
    EXPECT_EQ(staleAction.error().code, ErrorCode::Conflict);
    EXPECT_EQ(theirs.improvementAction(actionId)->owner, u"Leur nom"_s);
}

TEST_P(TwoDesksStoreTest, followUpNotesSavedMeanwhileAreNeverReplacedSilently)
{
    Session conclusion;
    conclusion.bilanId = m_bilanId;
    conclusion.phase = Phase::Conclusion;
    conclusion.startsAt = wallClock(QDate(2026, 2, 23), QTime(10, 0));
    conclusion.plannedMinutes = 60;
    SessionService sessions(*m_mine, m_clock);
    const qint64 sessionId = sessions.add(conclusion).value();
    ASSERT_TRUE(sessions.log(sessionId, SessionLog { SessionStatus::Done, 60, std::nullopt }).ok());
    ASSERT_TRUE(BilanEndService(*m_mine, m_clock).close(m_bilanId).ok());

    FollowUpService mine(*m_mine, m_clock);
    FollowUpService theirs(*m_theirs, m_clock);
    const int myRead = mine.get(m_bilanId)->version;
    FollowUpChange their;
    their.notes = u"Rappeler en juin"_s;
    their.readVersion = theirs.get(m_bilanId)->version;
    ASSERT_TRUE(theirs.apply(m_bilanId, their).ok());

    FollowUpChange my;
    my.notes = u"Mes notes"_s;
    my.readVersion = myRead;
    const auto stale = mine.apply(m_bilanId, my);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(theirs.get(m_bilanId)->notes, u"Rappeler en juin"_s);

    my.readVersion = mine.get(m_bilanId)->version;
    ASSERT_TRUE(mine.apply(m_bilanId, my).ok());
    EXPECT_EQ(theirs.get(m_bilanId)->notes, u"Mes notes"_s);
}

TEST_P(TwoDesksStoreTest, theHeartbeatFindsAConnectionCutWhileNobodyTypes)
{
    QSignalSpy lost(&m_mine->events(), &StoreEvents::connectionLost);
    ASSERT_TRUE(heartbeat(*m_mine).ok());
    if (GetParam() == Backend::Sqlite) {
        EXPECT_TRUE(heartbeat(*m_mine).ok()) << "a file has no server to lose";
        return;
    }
    QString error;
    ASSERT_TRUE(TestDatabase::adminExec(
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s
            .arg(m_database->location().databaseName),
        &error))
        << error.toStdString();
    const auto beat = heartbeat(*m_mine);
    ASSERT_FALSE(beat.ok());
    EXPECT_EQ(beat.error().code, ErrorCode::ConnectionLost);
    EXPECT_TRUE(m_mine->isConnectionLost());
    ASSERT_TRUE(lost.wait(2000) || lost.count() == 1) << "announced, as for any failing statement";
    ASSERT_TRUE(m_mine->reconnect().ok());
    EXPECT_TRUE(heartbeat(*m_mine).ok());
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(TwoDesksStoreTest);
