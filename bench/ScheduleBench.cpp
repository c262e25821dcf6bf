// The schedule at the size of a busy cabinet: 2,000 bilans and 16,000 sessions in one SQLite file.
// Targets of the issue: the week agenda (query and view model) under 10 ms, planning one bilan under 5 ms.
//   build/parcours-bench-schedule [--benchmark_filter=…]
#include <parcours/core/AgendaService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/WallClock.h>
#include <parcours/storage/Store.h>
#include <parcours/ui/AgendaModel.h>
#include <parcours/ui/AgendaWeekView.h>

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace parcours;

namespace {

constexpr int kBilans = 2000;
constexpr int kSessionsPerBilan = 8;
// The week the benchmarks look at: in the middle of the four years the bilans are spread over.
const QDate kWeek(2025, 3, 12);

const ManualClock& clock()
{
    static const ManualClock instance(QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
    return instance;
}

/** The benchmark database, built once: every write goes through the services, as the application makes them. */
class Cabinet {
public:
    static Cabinet& instance()
    {
        static Cabinet cabinet;
        return cabinet;
    }
    Store& store() { return *m_store; }
    qint64 freshBilan() const { return m_freshBilan; }

private:
    Cabinet()
    {
        m_store
            = Store::open(DatabaseLocation::parse(m_folder.filePath(QStringLiteral("cabinet.sqlite"))).value()).value();
        ClientService clients(*m_store, clock());
        BilanService bilans(*m_store, clock());
        PlanningService planning(*m_store, clock());
        const QDate first(2023, 1, 2);
        const auto built = m_store->transact([&]() -> Result<void> {
            for (int i = 0; i < kBilans; ++i) {
                Client client;
                client.lastName = QStringLiteral("Exemple-%1").arg(i);
                client.firstName = QStringLiteral("Camille");
                auto clientId = clients.add(client);
                if (!clientId)
                    return clientId.error();
                // Bilans start every 0.73 day over four years, on one of the five working days, at one of 5 hours.
                const QDate start = first.addDays(i * 1461LL / kBilans);
                auto bilanId = bilans.open(clientId.value(), Funding::Cpf, start);
                if (!bilanId)
                    return bilanId.error();
                PlanRequest request;
                request.from = start;
                request.weekday = static_cast<Qt::DayOfWeek>(1 + i % 5);
                request.time = QTime(9 + (i % 5) * 2, 0);
                request.count = kSessionsPerBilan;
                auto plan = planning.propose(bilanId.value(), request);
                if (!plan)
                    return plan.error();
                if (auto saved = planning.save(bilanId.value(), plan.value()); !saved)
                    return saved.error();
            }
            Client last;
            last.lastName = QStringLiteral("Nouvelle");
            last.firstName = QStringLiteral("Personne");
            auto clientId = clients.add(last);
            if (!clientId)
                return clientId.error();
            auto bilanId = bilans.open(clientId.value(), Funding::Cpf, kWeek);
            if (!bilanId)
                return bilanId.error();
            m_freshBilan = bilanId.value();
            return success();
        });
        if (!built) {
            std::fprintf(
                stderr, "parcours-bench-schedule: cannot build the database: %s\n", qPrintable(built.error().message));
            std::exit(1);
        }
    }
    QTemporaryDir m_folder;
    std::unique_ptr<Store> m_store;
    qint64 m_freshBilan = 0;
};

PlanRequest eightMondays()
{
    PlanRequest request;
    request.from = kWeek;
    request.weekday = Qt::Monday;
    request.time = QTime(14, 0);
    return request;
}

void BM_WeekAgendaQuery(benchmark::State& state)
{
    AgendaService agenda(Cabinet::instance().store(), clock());
    qsizetype sessions = 0;
    for (auto _ : state) {
        auto week = agenda.week(kWeek);
        sessions = week->entries.size();
        benchmark::DoNotOptimize(week);
    }
    state.counters["sessions_in_week"] = static_cast<double>(sessions);
}
BENCHMARK(BM_WeekAgendaQuery)->Unit(benchmark::kMillisecond);

void BM_WeekAgendaQueryAndModelFill(benchmark::State& state)
{
    AgendaService agenda(Cabinet::instance().store(), clock());
    AgendaModel model;
    for (auto _ : state) {
        auto week = agenda.week(kWeek);
        model.setEntries(week->entries);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_WeekAgendaQueryAndModelFill)->Unit(benchmark::kMillisecond);

void BM_WeekViewLayout(benchmark::State& state)
{
    const AgendaPeriod week = AgendaService(Cabinet::instance().store(), clock()).week(kWeek).value();
    AgendaWeekView view;
    view.resize(1000, 700);
    for (auto _ : state) {
        view.setPeriod(week, clock().now());
        benchmark::DoNotOptimize(view.days());
    }
}
BENCHMARK(BM_WeekViewLayout)->Unit(benchmark::kMillisecond);

void BM_PlanOneBilan(benchmark::State& state)
{
    PlanningService planning(Cabinet::instance().store(), clock());
    const qint64 bilanId = Cabinet::instance().freshBilan();
    for (auto _ : state) {
        auto plan = planning.propose(bilanId, eightMondays());
        if (!plan)
            state.SkipWithError(qPrintable(plan.error().message));
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlanOneBilan)->Unit(benchmark::kMillisecond);

void BM_PlanAndSaveOneBilan(benchmark::State& state)
{
    Store& store = Cabinet::instance().store();
    PlanningService planning(store, clock());
    const qint64 bilanId = Cabinet::instance().freshBilan();
    for (auto _ : state) {
        // Saved, then rolled back: every iteration plans the same empty bilan.
        const auto rolledBack = store.transact([&]() -> Result<void> {
            auto plan = planning.propose(bilanId, eightMondays());
            if (!plan)
                return plan.error();
            if (auto saved = planning.save(bilanId, plan.value()); !saved)
                return saved.error();
            return makeError(ErrorCode::Refused, QStringLiteral("rolled back on purpose"));
        });
        benchmark::DoNotOptimize(rolledBack);
    }
}
BENCHMARK(BM_PlanAndSaveOneBilan)->Unit(benchmark::kMillisecond);

void BM_PlannerRulesOnly(benchmark::State& state)
{
    PlanningService planning(Cabinet::instance().store(), clock());
    const PlanContext context = planning.context(Cabinet::instance().freshBilan(), kWeek, kWeek.addDays(200)).value();
    for (auto _ : state) {
        auto plan = proposePlan(eightMondays(), context);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlannerRulesOnly)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Cabinet::instance(); // built before the clock starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
