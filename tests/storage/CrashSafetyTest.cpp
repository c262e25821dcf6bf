// A writer killed with SIGKILL at random moments, 200 times (PARCOURS_CRASH_KILLS to change it; the benchmark
// parcours-bench-data-safety --benchmark_filter=Crash runs many more): the file stays sound and every write the writer reported
// as committed is there.
#include "CrashCycles.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::test;

TEST(CrashSafety, EveryReportedWriteSurvivesAKillAtAnyMoment)
{
    QTemporaryDir folder;
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("PARCOURS_CRASH_KILLS", &ok);
    const int kills = ok && fromEnvironment > 0 ? fromEnvironment : 200;
    CrashCycles cycles(folder.filePath(QStringLiteral("parcours.sqlite")), testPath("PARCOURS_CRASH_WRITER"),
        QRandomGenerator::global()->generate());
    for (int kill = 0; kill < kills; ++kill)
        ASSERT_EQ(cycles.killOnce(), QString()) << "seed " << cycles.seed() << ", kill " << kill;
    EXPECT_GT(cycles.killsDuringWrites(), kills / 2);
    EXPECT_GT(cycles.reported(QStringLiteral("session")), kills);
}
