// The compliance checks read from a real database, on both backends: what is recorded moves each check.
#include "TestDatabase.h"

#include <parcours/core/AgendaService.h>
#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/ComplianceService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

using namespace parcours;
using namespace parcours::test;

namespace {

class ComplianceServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        clients = std::make_unique<ClientService>(store(), clock);
        bilans = std::make_unique<BilanService>(store(), clock);
        sessions = std::make_unique<SessionService>(store(), clock);
        compliance = std::make_unique<ComplianceService>(store(), clock);
    }
    qint64 newBilan(Funding funding)
    {
        Client client;
        client.lastName = QStringLiteral("Morvan");
        client.firstName = QStringLiteral("Anaïs");
        const qint64 clientId = clients->add(client).value();
        return bilans->open(clientId, funding, QDate(2026, 3, 2)).value();
    }
    qint64 done(qint64 bilanId, QDate date, Phase phase, int minutes = 120)
    {
        Session session;
        session.bilanId = bilanId;
        session.phase = phase;
        session.startsAt = wallClock(date, QTime(10, 0));
        session.plannedMinutes = minutes;
        const qint64 id = sessions->add(session).value();
        EXPECT_TRUE(sessions->log(id, SessionLog { SessionStatus::Done, minutes, std::nullopt }).ok());
        return id;
    }
    CheckState stateOf(qint64 bilanId, CheckId id)
    {
        auto checks = compliance->checks(bilanId);
        EXPECT_TRUE(checks.ok()) << checks.error().message.toStdString();
        for (const ComplianceCheck& check : checks.value())
            if (check.id == id)
                return check.state;
        ADD_FAILURE() << "no check " << toKey(id).toStdString();
        return CheckState::NotApplicable;
    }

    ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ClientService> clients;
    std::unique_ptr<BilanService> bilans;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<ComplianceService> compliance;
};

TEST_P(ComplianceServiceTest, AnEmployerBilanMovesFromPendingToMetAsItsProofIsRecorded)
{
    const qint64 bilanId = newBilan(Funding::Employer);
    EXPECT_EQ(stateOf(bilanId, CheckId::Agreement), CheckState::Pending);
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::NotApplicable);

    AgreementService agreements(store(), clock);
    ASSERT_TRUE(agreements.record(bilanId, AgreementEvent::Sent, QDate(2026, 3, 2)).ok());
    clock.set(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC)); // a signature is never dated in the future
    ASSERT_TRUE(agreements.record(bilanId, AgreementEvent::Signed, QDate(2026, 3, 5)).ok());
    clock.set(QDateTime(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC));
    done(bilanId, QDate(2026, 3, 9), Phase::Preliminary);
    EXPECT_EQ(stateOf(bilanId, CheckId::PhasesDone), CheckState::Pending);
    done(bilanId, QDate(2026, 4, 1), Phase::Investigation);
    done(bilanId, QDate(2026, 5, 11), Phase::Conclusion);
    EXPECT_EQ(stateOf(bilanId, CheckId::PhasesDone), CheckState::Met);
    EXPECT_EQ(stateOf(bilanId, CheckId::Agreement), CheckState::Met);
    EXPECT_EQ(stateOf(bilanId, CheckId::HoursCap), CheckState::Met);

    SynthesisService syntheses(store(), clock);
    ASSERT_TRUE(syntheses.currentOrStart(bilanId).ok());
    ASSERT_TRUE(syntheses.submit(bilanId).ok());
    ASSERT_TRUE(syntheses.finalize(bilanId).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::SynthesisHandedOver), CheckState::Pending);
    ASSERT_TRUE(syntheses.recordHandover(bilanId, QDate(2026, 5, 20)).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::SynthesisHandedOver), CheckState::Met);

    EXPECT_EQ(stateOf(bilanId, CheckId::FollowUpPlanned), CheckState::Pending);
    Session followUp;
    followUp.bilanId = bilanId;
    followUp.phase = Phase::FollowUp;
    followUp.startsAt = wallClock(QDate(2026, 11, 16), QTime(10, 0));
    followUp.plannedMinutes = 60;
    ASSERT_TRUE(sessions->add(followUp).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::FollowUpPlanned), CheckState::Met);

    const ComplianceSummary summary = compliance->summary(bilanId).value();
    EXPECT_EQ(summary.missing, 0);
    EXPECT_EQ(summary.met, 6); // with « past sessions logged »
}

TEST_P(ComplianceServiceTest, LateCpfDeclarationsAreFoundInStorage)
{
    const qint64 bilanId = newBilan(Funding::Cpf);
    done(bilanId, QDate(2026, 3, 10), Phase::Preliminary); // entry due Friday 13 March
    clock.set(QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::Pending);
    clock.set(QDateTime(QDate(2026, 3, 16), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::Missing);
    AgendaService agenda(store(), clock);
    ASSERT_TRUE(agenda.declareCpf(bilanId, CpfStep::Entry, QDate(2026, 3, 12)).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::Pending); // the exit is still to come
}

TEST_P(ComplianceServiceTest, AfterClosingALateExitIsRecordedAndTheFollowUpIsToComeUntilItIsDue)
{
    const qint64 bilanId = newBilan(Funding::Cpf);
    AgendaService agenda(store(), clock);
    clock.set(QDateTime(QDate(2026, 3, 30), QTime(18, 0), Qt::UTC));
    done(bilanId, QDate(2026, 3, 10), Phase::Preliminary);
    ASSERT_TRUE(agenda.declareCpf(bilanId, CpfStep::Entry, QDate(2026, 3, 10)).ok());
    done(bilanId, QDate(2026, 3, 17), Phase::Investigation);
    done(bilanId, QDate(2026, 3, 30), Phase::Conclusion);
    ASSERT_EQ(BilanEndService(store(), clock).close(bilanId).value(), QDate(2026, 3, 30)); // Monday: exit due 2 April

    // Right after closing: the follow-up is six months away, to come, nothing to fix about it.
    EXPECT_EQ(stateOf(bilanId, CheckId::FollowUpPlanned), CheckState::Pending);
    // The exit declared a day late: recorded, no longer counted as to fix.
    clock.set(QDateTime(QDate(2026, 4, 3), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::Missing);
    ASSERT_TRUE(agenda.declareCpf(bilanId, CpfStep::Exit, QDate(2026, 4, 3)).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::CpfDeclarations), CheckState::DoneLate);
    const ComplianceSummary summary = compliance->summary(bilanId).value();
    EXPECT_EQ(summary.late, 1);
    EXPECT_EQ(summary.missing, 1); // the synthesis only
    // Six months later, nothing planned: now the follow-up is to fix; moved by the consultant, it waits again.
    clock.set(QDateTime(QDate(2026, 9, 30), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(stateOf(bilanId, CheckId::FollowUpPlanned), CheckState::Missing);
    FollowUpChange later;
    later.moveTo = QDate(2026, 10, 15);
    ASSERT_TRUE(FollowUpService(store(), clock).apply(bilanId, later).ok());
    EXPECT_EQ(stateOf(bilanId, CheckId::FollowUpPlanned), CheckState::Pending);
}

TEST_P(ComplianceServiceTest, AnUnknownBilanIsAnError)
{
    EXPECT_FALSE(compliance->checks(4242).ok());
}

} // namespace

PARCOURS_ON_BOTH_BACKENDS(ComplianceServiceTest);
