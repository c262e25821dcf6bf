// The reminders over ten years of a large cabinet: 100,000 bilans, 200,000 sessions, their CPF declarations,
// agreements, follow-ups and bilan content (notes, syntheses, retention consents), in one SQLite file. Target of
// the issue: the reminders query under 50 ms.
//   build/parcours-bench-reminders [--benchmark_filter=…]
#include "Database.h"
#include "SqlQuery.h"

#include <parcours/core/FollowUpRepository.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/storage/Store.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace parcours;

namespace {

constexpr int kBilans = 100000;

const ManualClock& clock()
{
    static const ManualClock instance(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    return instance;
}

/// The six-month date in SQL, as the migration computes it for bilans closed before it.
const char* const kSixMonths = "CASE WHEN strftime('%d', date(b.end_date, '+6 months')) = strftime('%d', b.end_date) "
                               "THEN date(b.end_date, '+6 months') "
                               "ELSE date(b.end_date, '+6 months', 'start of month', '-1 day') END";

/** The benchmark database, built once in bulk SQL (the services would take minutes for 100,000 bilans). */
class Cabinet {
public:
    static Cabinet& instance()
    {
        static Cabinet cabinet;
        return cabinet;
    }
    Store& store() { return *m_store; }

private:
    Cabinet()
    {
        // PARCOURS_BENCH_DATABASE=FILE keeps the database for a look at the query plans (a new file each run).
        const QString file = qEnvironmentVariableIsEmpty("PARCOURS_BENCH_DATABASE")
            ? m_folder.filePath(QStringLiteral("cabinet.sqlite"))
            : qEnvironmentVariable("PARCOURS_BENCH_DATABASE");
        m_store = Store::open(DatabaseLocation::parse(file).value()).value();
        const QString n = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
                              .arg(kBilans);
        const QStringList statements {
            n + QStringLiteral("INSERT INTO client (id, last_name, first_name, search_text, created_at) "
                               "SELECT i, 'Exemple-' || i, 'Camille', 'exemple-' || i, '2016-01-01T09:00' FROM n"),
            // A bilan starts every 0.9 day from 2016; those started before 2026 ended 90 days later, one in ten
            // abandoned; the rest are open.
            n + QStringLiteral(
                "INSERT INTO bilan (id, client_id, status, funding, start_date, end_date, created_at) "
                "SELECT i, i, CASE WHEN s < '2026-01-01' THEN CASE WHEN i % 10 = 0 THEN 'abandoned' ELSE 'closed' END "
                "ELSE 'open' END, CASE i % 4 WHEN 0 THEN 'cpf' WHEN 1 THEN 'employer' WHEN 2 THEN 'france-travail' "
                "ELSE 'personal' END, s, CASE WHEN s < '2026-01-01' THEN date(s, '+90 days') END, '2016-01-01T09:00' "
                "FROM (SELECT i, date('2016-01-04', '+' || (i * 3800 / %1) || ' days') AS s FROM n)")
                    .arg(kBilans),
            QStringLiteral("INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, actual_minutes, status, "
                           "created_at) SELECT id, 'preliminary', start_date || 'T10:00', 120, 120, 'done', "
                           "'2016-01-01T09:00' FROM bilan"),
            QStringLiteral("INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, actual_minutes, status, "
                           "created_at) SELECT id, 'conclusion', coalesce(end_date, date(start_date, '+60 days')) "
                           "|| 'T10:00', 120, CASE WHEN end_date IS NULL THEN NULL ELSE 120 END, CASE WHEN end_date "
                           "IS NULL THEN 'planned' ELSE 'done' END, '2016-01-01T09:00' FROM bilan"),
            QStringLiteral("INSERT INTO cpf_declaration (bilan_id, step, declared_on, recorded_at) SELECT id, 'entry', "
                           "date(start_date, '+1 day'), '2016-01-01T09:00' FROM bilan WHERE funding = 'cpf' "
                           "AND id % 300 <> 0"),
            QStringLiteral("INSERT INTO cpf_declaration (bilan_id, step, declared_on, recorded_at) SELECT id, 'exit', "
                           "date(end_date, '+1 day'), '2016-01-01T09:00' FROM bilan WHERE funding = 'cpf' "
                           "AND end_date IS NOT NULL AND id % 400 <> 0"),
            QStringLiteral("INSERT INTO agreement (bilan_id, sent_on, signed_on) SELECT id, date(start_date, '-20 days'), "
                           "CASE WHEN status = 'open' AND id % 7 = 1 THEN NULL ELSE date(start_date, '-15 days') END "
                           "FROM bilan WHERE funding = 'employer'"),
            // Follow-ups of closed bilans: done on their due date once past, one in 500 left without an outcome.
            QStringLiteral("INSERT INTO follow_up (bilan_id, due_on, outcome, outcome_on) SELECT b.id, d, "
                           "CASE WHEN d < '2026-04-15' AND b.id % 500 <> 0 THEN 'done' END, "
                           "CASE WHEN d < '2026-04-15' AND b.id % 500 <> 0 THEN d END "
                           "FROM (SELECT b.id, %1 AS d FROM bilan b WHERE b.status = 'closed') b")
                .arg(QString::fromLatin1(kSixMonths)),
            // Bilan content never destroyed (the worst case, as in `parcours-cli demo`): a note for every session
            // done, a synthesis of four sections for one bilan in five, and for one ended bilan in twenty the
            // beneficiary's consent to keep the synthesis until six months after the end.
            QStringLiteral("INSERT INTO session_note (session_id, body, updated_at) SELECT id, 'Ce qui s''est dit', "
                           "'2016-01-01T09:00' FROM session WHERE status = 'done'"),
            QStringLiteral("INSERT INTO synthesis_version (bilan_id, number, created_at) SELECT id, 1, "
                           "'2016-01-01T09:00' FROM bilan WHERE id % 5 = 0"),
            QStringLiteral("INSERT INTO synthesis_section (version_id, position, key, body) SELECT v.id, k.p, "
                           "'section-' || k.p, 'Synthèse' FROM synthesis_version v, (SELECT 1 AS p UNION ALL "
                           "SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) k"),
            QStringLiteral("INSERT INTO retention_consent (bilan_id, content, signed_on, keep_until, recorded_at) "
                           "SELECT id, 'synthesis', end_date, date(end_date, '+6 months'), '2016-01-01T09:00' "
                           "FROM bilan WHERE end_date IS NOT NULL AND id % 20 = 0"),
            QStringLiteral("ANALYZE"),
        };
        for (const QString& statement : statements) {
            if (auto done = execStatement(m_store->database(), statement); !done) {
                std::fprintf(stderr, "bench setup: %s\n", qPrintable(done.error().message));
                std::abort();
            }
        }
        const auto due = ReminderService(*m_store, clock()).upcoming();
        const auto retention = RetentionService(*m_store, clock()).due();
        std::fprintf(stderr, "%d bilans; %lld reminders due up to 30 days from %s, %lld of them bilans' content to "
                             "destroy\n", kBilans, static_cast<long long>(due ? due->size() : -1),
            qPrintable(clock().today().toString(Qt::ISODate)),
            static_cast<long long>(retention ? retention->size() : -1));
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Store> m_store;
};

void BM_RemindersUpcoming(benchmark::State& state)
{
    ReminderService reminders(Cabinet::instance().store(), clock());
    for (auto _ : state) {
        auto due = reminders.upcoming();
        benchmark::DoNotOptimize(due);
    }
}
BENCHMARK(BM_RemindersUpcoming)->Unit(benchmark::kMillisecond);

void BM_RetentionDue(benchmark::State& state)
{
    RetentionService retention(Cabinet::instance().store(), clock());
    for (auto _ : state) {
        auto due = retention.due();
        benchmark::DoNotOptimize(due);
    }
}
BENCHMARK(BM_RetentionDue)->Unit(benchmark::kMillisecond);

void BM_EndedBilansWithContentQuery(benchmark::State& state)
{
    RetentionRepository& repository = Cabinet::instance().store().retention();
    for (auto _ : state) {
        auto ended = repository.endedBilansWithContent();
        benchmark::DoNotOptimize(ended);
    }
}
BENCHMARK(BM_EndedBilansWithContentQuery)->Unit(benchmark::kMillisecond);

void BM_PendingFollowUpsQuery(benchmark::State& state)
{
    FollowUpRepository& repository = Cabinet::instance().store().followUps();
    for (auto _ : state) {
        auto pending = repository.pendingFollowUps(clock().today().addDays(31));
        benchmark::DoNotOptimize(pending);
    }
}
BENCHMARK(BM_PendingFollowUpsQuery)->Unit(benchmark::kMillisecond);

void BM_PendingCpfQuery(benchmark::State& state)
{
    ScheduleRepository& repository = Cabinet::instance().store().schedule();
    for (auto _ : state) {
        auto pending = repository.cpfPending();
        benchmark::DoNotOptimize(pending);
    }
}
BENCHMARK(BM_PendingCpfQuery)->Unit(benchmark::kMillisecond);

void BM_UnloggedSessionsQuery(benchmark::State& state)
{
    ScheduleRepository& repository = Cabinet::instance().store().schedule();
    for (auto _ : state) {
        auto unlogged = repository.unloggedSessions(clock().today());
        benchmark::DoNotOptimize(unlogged);
    }
}
BENCHMARK(BM_UnloggedSessionsQuery)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Cabinet::instance(); // built before the clock starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
