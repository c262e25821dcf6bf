// A cabinet on PostgreSQL over loopback, under row-level security: the client list's first page, a search
// keystroke and a session log write, for a consultant who owns 100,000 beneficiaries (a colleague owns 20,000
// more), and the same reads as the administrator (no policy) beside them. Figures in docs/performance.md.
//   PARCOURS_BENCH_POSTGRES=postgresql://postgres@127.0.0.1:PORT/EMPTY_DB build/parcours-bench-cabinet
// The database must be empty: the bench runs `cabinet init`, adds two logins and fills it in bulk SQL.
#include "Database.h"

#include <parcours/core/Session.h>
#include <parcours/storage/Cabinet.h>
#include <parcours/storage/Store.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace parcours;
using namespace Qt::StringLiterals;

namespace {

constexpr int kClients = 100000;

/** The cabinet, filled once: stores as the consultant and as the administrator. */
class Filled {
public:
    static Filled& instance()
    {
        static Filled filled;
        return filled;
    }
    Store* consultant = nullptr;
    Store* administrator = nullptr;
    qint64 session = 0;

private:
    Filled()
    {
        const auto location = DatabaseLocation::parse(qEnvironmentVariable("PARCOURS_BENCH_POSTGRES"));
        if (!location || !location->isPostgres())
            qFatal("PARCOURS_BENCH_POSTGRES must be a postgresql:// URL of an empty database");
        auto cabinet = Cabinet::open(location.value());
        if (!cabinet || !cabinet.value()->init())
            qFatal("cabinet init failed");
        for (const QString& login : { u"bench_alice"_s, u"bench_bob"_s }) {
            if (!cabinet.value()->addConsultant(login, login, false, std::nullopt))
                qFatal("add-consultant failed");
        }
        QElapsedTimer timer;
        timer.start();
        const QString names = u"ARRAY['martin','bernard','dubois','thomas','robert','richard','petit','durand',"
                              u"'leroy','moreau','simon','laurent','lefebvre','michel','garcia','david','bertrand',"
                              u"'roux','vincent','fournier']"_s;
        const QStringList fill {
            u"INSERT INTO client (last_name, first_name, email, search_text, created_at, consultant) "
            u"SELECT initcap(n), 'Prénom ' || i, n || i || '@example.org', n || ' prenom ' || i || ' ' || n || i "
            u"|| '@example.org', now(), CASE WHEN i <= %1 THEN 'bench_alice' ELSE 'bench_bob' END "
            u"FROM generate_series(1, %2) i, LATERAL (SELECT (%3)[1 + i % 20] || '' AS n) names"_s
                .arg(kClients).arg(kClients + 20000).arg(names),
            u"INSERT INTO bilan (client_id, funding, start_date, created_at) SELECT id, 'cpf', DATE '2026-01-05' "
            u"+ (id % 300)::int, now() FROM client"_s,
            u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, status, created_at) SELECT b.id, "
            u"'investigation', TIMESTAMP '2026-01-05 09:00' + (b.id % 300) * INTERVAL '1 day' + s * INTERVAL '7 days', "
            u"120, 'done', now() FROM bilan b, generate_series(0, 7) s"_s,
            u"INSERT INTO session_note (session_id, body, updated_at) SELECT id, 'notes', now() FROM session"_s,
            // What autovacuum does to a cabinet in use: the visibility map set, so index-only scans stay so.
            u"VACUUM ANALYZE"_s,
        };
        QSqlQuery query(cabinet.value()->database().connection());
        for (const QString& statement : fill) {
            if (!query.exec(statement))
                qFatal("fill failed: %s", qPrintable(query.lastError().text()));
        }
        std::fprintf(stderr, "filled %d + 20000 beneficiaries, 8 sessions each, in %lld ms\n", kClients,
                     static_cast<long long>(timer.elapsed()));
        DatabaseLocation asAlice = location.value();
        asAlice.user = u"bench_alice"_s;
        consultant = Store::open(asAlice).value().release();
        administrator = Store::open(location.value()).value().release();
        QSqlQuery first(cabinet.value()->database().connection());
        first.exec(u"SELECT min(s.id) FROM session s JOIN bilan b ON b.id = s.bilan_id JOIN client c ON "
                   u"c.id = b.client_id WHERE c.consultant = 'bench_alice'"_s);
        first.next();
        session = first.value(0).toLongLong();
    }
};

void firstPage(benchmark::State& state, Store* Filled::*who)
{
    Store& store = *(Filled::instance().*who);
    ClientQuery query;
    query.limit = 50;
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0));
    for (auto _ : state) {
        auto page = store.clients().summaries(query, now);
        if (!page || page->size() != 50)
            state.SkipWithError("the first page failed");
    }
}

void search(benchmark::State& state, Store* Filled::*who)
{
    Store& store = *(Filled::instance().*who);
    const QStringList typed { u"m"_s, u"ma"_s, u"mar"_s, u"mart"_s, u"martin"_s, u"martin1"_s, u"martin12"_s,
                              u"4567"_s, u"roux9"_s, u"zz"_s };
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0));
    qsizetype i = 0;
    QList<double> times;
    for (auto _ : state) {
        ClientQuery query;
        query.search = typed[i++ % typed.size()];
        query.limit = 50;
        QElapsedTimer timer;
        timer.start();
        if (!store.clients().summaries(query, now))
            state.SkipWithError("the search failed");
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    if (!times.isEmpty())
        state.counters["p95_ms"] = times.at(std::min<qsizetype>(times.size() - 1, qsizetype(0.95 * times.size())));
}

void sessionLog(benchmark::State& state)
{
    Filled& filled = Filled::instance();
    auto session = filled.consultant->sessions().get(filled.session);
    if (!session)
        state.SkipWithError("no session");
    int round = 0;
    for (auto _ : state) {
        Session changed = session.value();
        changed.actualMinutes = 100 + (round++ % 20);
        changed.notes = u"What was said, round %1."_s.arg(round);
        if (!filled.consultant->sessions().update(changed)) {
            state.SkipWithError("the log failed");
            break;
        }
        session = filled.consultant->sessions().get(filled.session);
    }
}

BENCHMARK_CAPTURE(firstPage, consultant, &Filled::consultant)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(firstPage, administrator, &Filled::administrator)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, consultant, &Filled::consultant)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, administrator, &Filled::administrator)->Unit(benchmark::kMillisecond);
BENCHMARK(sessionLog)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    Filled::instance();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
