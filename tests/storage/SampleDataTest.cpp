// The demonstration database: a few invented beneficiaries at different phases, recorded through the services.
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/SampleData.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>

#include <QSet>

using namespace parcours;
using namespace parcours::test;

namespace {

class SampleDataTest : public StoreTest {
protected:
    ManualClock clock { QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC) }; // a Wednesday
};

} // namespace

TEST_P(SampleDataTest, FillsBeneficiariesAtDifferentPhases)
{
    ASSERT_TRUE(SampleData::fill(store(), clock).ok());
    ClientService clients(store(), clock);
    auto listed = clients.list({});
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), SampleData::beneficiaryCount());
    EXPECT_GE(listed->size(), 5);
    EXPECT_LE(listed->size(), 8);
    QSet<Phase> phases;
    int prospects = 0;
    for (const ClientSummary& summary : listed.value()) {
        if (summary.phase)
            phases.insert(*summary.phase);
        if (summary.bilanId == 0)
            ++prospects;
    }
    EXPECT_EQ(prospects, 1);
    EXPECT_GE(phases.size(), 4) << "the demonstration shows bilans at several phases";
}

TEST_P(SampleDataTest, PastSessionsAreDoneAndNoneFallsOnAWeekend)
{
    ASSERT_TRUE(SampleData::fill(store(), clock).ok());
    SessionService sessions(store(), clock);
    auto all = sessions.between(clock.today().addYears(-1), clock.today().addYears(1));
    ASSERT_TRUE(all.ok());
    ASSERT_FALSE(all->isEmpty());
    for (const Session& session : all.value()) {
        EXPECT_LE(session.startsAt.date().dayOfWeek(), 5);
        if (session.startsAt.date() < clock.today())
            EXPECT_EQ(session.status, SessionStatus::Done);
        else
            EXPECT_EQ(session.status, SessionStatus::Planned);
    }
}

TEST_P(SampleDataTest, GivesADemonstrationLetterhead)
{
    ASSERT_TRUE(SampleData::fill(store(), clock).ok());
    EXPECT_FALSE(Settings(store().settings()).text(settingKeys::consultantName).isEmpty());
}

TEST_P(SampleDataTest, KeepsTheConsultantsOwnLetterhead)
{
    ASSERT_TRUE(
        Settings(store().settings()).setValue(settingKeys::consultantName, QStringLiteral("Anne Exemple")).ok());
    ASSERT_TRUE(SampleData::fill(store(), clock).ok());
    EXPECT_EQ(Settings(store().settings()).text(settingKeys::consultantName), QStringLiteral("Anne Exemple"));
}

PARCOURS_ON_BOTH_BACKENDS(SampleDataTest);
