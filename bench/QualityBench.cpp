// The quality dashboard at the size of a large network of cabinets: 100,000 bilans over ten years (2016–2025),
// 800,000 sessions, end-of-bilan answers for half the concluded bilans and six-month answers for a third.
// Target of the issue: the figures of a year under 50 ms.
//   build/parcours-bench-quality [--benchmark_filter=…]
#include <parcours/core/QualityRepository.h>
#include <parcours/core/QualityService.h>
#include <parcours/storage/Store.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBilans = 100000;
const QDate kFrom(2025, 1, 1);
const QDate kTo(2025, 12, 31);

const ManualClock& clock()
{
    static const ManualClock instance(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    return instance;
}

/** The benchmark database, built once in bulk with SQL (the services would take minutes for a million rows). */
class Network {
public:
    static Network& instance()
    {
        static Network network;
        return network;
    }
    Store& store() { return *m_store; }

private:
    Network()
    {
        const QString path = m_folder.filePath(QStringLiteral("network.sqlite"));
        // Created and migrated by Parcours, filled through a plain connection, then opened again.
        Store::open(DatabaseLocation::parse(path).value()).value().reset();
        fill(path);
        m_store = Store::open(DatabaseLocation::parse(path).value()).value();
    }

    static void fill(const QString& path)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
            db.setDatabaseName(path);
            if (!db.open())
                fail(db.lastError().text());
            const QString count = QString::number(kBilans);
            const QStringList statements {
                QStringLiteral("BEGIN"),
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "_s + count
                    + u") INSERT INTO client (id, last_name, first_name, created_at) "
                      u"SELECT i, 'Exemple-' || i, 'Camille', '2016-01-01T00:00' FROM n"_s,
                // Bilans start every 0.0365 day over ten years; 7 in 10 concluded, 1 in 10 abandoned, 2 open (the
                // open ones are the newest of each batch of ten), 90 days long.
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "_s + count
                    + u") INSERT INTO bilan (id, client_id, status, funding, start_date, end_date, created_at) "
                      u"SELECT i, i, CASE WHEN i % 10 = 0 THEN 'abandoned' WHEN i % 10 IN (8, 9) THEN 'open' "
                      u"ELSE 'closed' END, CASE i % 4 WHEN 0 THEN 'cpf' WHEN 1 THEN 'employer' WHEN 2 THEN "
                      u"'france-travail' ELSE 'personal' END, date('2016-01-04', '+' || (i * 3652 / "_s
                    + count
                    + u") || ' days'), CASE WHEN i % 10 IN (8, 9) THEN NULL ELSE date('2016-01-04', '+' || "
                      u"(i * 3652 / "_s
                    + count + u" + 90) || ' days') END, '2016-01-01T00:00' FROM n"_s,
                u"WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 7) "
                u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, actual_minutes, status, "
                u"created_at) "
                u"SELECT b.id, 'investigation', date(b.start_date, '+' || (j * 7) || ' days') || 'T09:00', 150, "
                u"CASE WHEN b.status = 'open' AND j > 3 THEN NULL ELSE 140 END, "
                u"CASE WHEN b.status = 'open' AND j > 3 THEN 'planned' ELSE 'done' END, '2016-01-01T00:00' "
                u"FROM bilan b, k"_s,
                u"INSERT INTO evaluation (bilan_id, kind, questionnaire_id, answered_on, recorded_at) "
                u"SELECT id, 'end', (SELECT id FROM evaluation_questionnaire WHERE kind = 'end'), end_date, "
                u"'2016-01-01T00:00' FROM bilan WHERE status = 'closed' AND id % 2 = 0"_s,
                u"INSERT INTO evaluation (bilan_id, kind, questionnaire_id, answered_on, recorded_at) "
                u"SELECT id, 'six-months', (SELECT id FROM evaluation_questionnaire WHERE kind = 'six-months'), "
                u"date(end_date, '+6 months'), '2016-01-01T00:00' FROM bilan WHERE status = 'closed' AND id % 3 = 0"_s,
                u"WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 6) "
                u"INSERT INTO evaluation_score (evaluation_id, question_key, score) "
                u"SELECT e.id, 'q' || j, 1 + (e.id + j) % 5 FROM evaluation e, k"_s,
                QStringLiteral("COMMIT"),
                QStringLiteral("ANALYZE"),
            };
            for (const QString& statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    fail(query.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));
    }

    [[noreturn]] static void fail(const QString& why)
    {
        std::fprintf(stderr, "parcours-bench-quality: cannot build the database: %s\n", qPrintable(why));
        std::exit(1);
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Store> m_store;
};

void BM_YearFactsQuery(benchmark::State& state)
{
    Store& store = Network::instance().store();
    qsizetype rows = 0;
    for (auto _ : state) {
        auto facts = store.quality().bilanFacts(kFrom, kTo);
        rows = facts->size();
        benchmark::DoNotOptimize(facts);
    }
    state.counters["bilans_read"] = static_cast<double>(rows);
}
BENCHMARK(BM_YearFactsQuery)->Unit(benchmark::kMillisecond);

void BM_YearFigures(benchmark::State& state)
{
    QualityService service(Network::instance().store(), clock());
    int started = 0;
    for (auto _ : state) {
        auto figures = service.figures(kFrom, kTo);
        started = figures->started;
        benchmark::DoNotOptimize(figures);
    }
    state.counters["started"] = started;
}
BENCHMARK(BM_YearFigures)->Unit(benchmark::kMillisecond);

void BM_YearFiguresRulesOnly(benchmark::State& state)
{
    const QList<BilanFacts> facts = Network::instance().store().quality().bilanFacts(kFrom, kTo).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(quality::computeFigures(facts, kFrom, kTo, clock().today()));
}
BENCHMARK(BM_YearFiguresRulesOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    Network::instance();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
