// What data safety costs the consultant: reading a spreadsheet, backing up, the check at every start; and the
// long crash-safety run (PARCOURS_CRASH_KILLS kills, 1000 by default).
#include "CrashCycles.h"
#include "TestDatabase.h"

#include <parcours/core/ClientImport.h>
#include <parcours/core/WallClock.h>
#include <parcours/storage/Backups.h>
#include <parcours/storage/Store.h>

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace parcours;

namespace {

QByteArray spreadsheet(int rows)
{
    QString text = QStringLiteral("Nom;Prénom;Courriel;Téléphone;Date de naissance;Ville\r\n");
    for (int row = 0; row < rows; ++row) {
        text += QStringLiteral("Lefèvre-%1;Zoé;zoe.%1@example.org;06 12 34 56 78;03/04/85;\"Lyon; 3e\"\r\n").arg(row);
    }
    return text.toLatin1(); // Latin-1 is Windows-1252 for these characters, as Excel writes it
}

void BM_CsvImportPlan(benchmark::State& state)
{
    const QByteArray bytes = spreadsheet(int(state.range(0)));
    for (auto _ : state) {
        const CsvTable table = parseCsv(bytes);
        const ImportPlan plan
            = planClientImport(table, guessImportMapping(table.records.first().fields), {}, QDate(2026, 2, 10));
        benchmark::DoNotOptimize(plan.rows.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_CsvImportPlan)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

/** A consultant's database after years of work: `clients` beneficiaries, one bilan and eight sessions each. */
struct Practice {
    explicit Practice(int clients)
    {
        location.path = folder.filePath(QStringLiteral("parcours.sqlite"));
        auto store = Store::open(location).value();
        const QDateTime now(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC);
        (void)store->transact([&]() -> Result<void> {
            for (int n = 0; n < clients; ++n) {
                Client client { 0, QStringLiteral("Lefèvre-%1").arg(n), QStringLiteral("Zoé"),
                    QStringLiteral("zoe.%1@example.org").arg(n), {}, {}, now, 0 };
                Bilan bilan;
                bilan.clientId = store->clients().add(client).value();
                bilan.funding = Funding::Cpf;
                bilan.createdAt = now;
                const qint64 bilanId = store->bilans().open(bilan).value();
                for (int s = 0; s < 8; ++s) {
                    Session session;
                    session.bilanId = bilanId;
                    session.phase = Phase::Investigation;
                    session.startsAt = wallClock(QDate(2025, 1, 6).addDays(7 * s), QTime(14, 0));
                    session.notes = QStringLiteral("Valeurs, motivations, pistes, enquêtes métier. ").repeated(12);
                    (void)store->sessions().add(session);
                }
            }
            return success();
        });
    }
    QTemporaryDir folder;
    DatabaseLocation location;
};

void BM_Backup(benchmark::State& state)
{
    Practice practice(int(state.range(0)));
    auto store = Store::open(practice.location).value();
    const QString out = practice.folder.filePath(QStringLiteral("sauvegarde.sqlite"));
    for (auto _ : state) {
        auto made = Backups::writeTo(*store, out);
        if (!made)
            state.SkipWithError(made.error().message.toStdString().c_str());
    }
    state.counters["database_kB"] = double(QFileInfo(practice.location.path).size()) / 1024;
}
BENCHMARK(BM_Backup)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_OpenWithQuickCheck(benchmark::State& state)
{
    Practice practice(int(state.range(0)));
    for (auto _ : state) {
        auto store = Store::open(practice.location);
        if (!store)
            state.SkipWithError(store.error().message.toStdString().c_str());
    }
}
BENCHMARK(BM_OpenWithQuickCheck)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

int crashKills()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("PARCOURS_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 1000;
}

void BM_CrashKillCycle(benchmark::State& state)
{
    QTemporaryDir folder;
    test::CrashCycles cycles(folder.filePath(QStringLiteral("parcours.sqlite")),
        test::testPath("PARCOURS_CRASH_WRITER"), QRandomGenerator::global()->generate());
    for (auto _ : state) {
        const QString problem = cycles.killOnce();
        if (!problem.isEmpty()) {
            state.SkipWithError(QStringLiteral("seed %1, kill %2: %3")
                                    .arg(cycles.seed())
                                    .arg(cycles.kills())
                                    .arg(problem)
                                    .toStdString()
                                    .c_str());
            break;
        }
    }
    state.counters["kills"] = cycles.kills();
    state.counters["kills_during_writes"] = cycles.killsDuringWrites();
    state.counters["sessions_checked"] = double(cycles.reported(QStringLiteral("session")));
}
BENCHMARK(BM_CrashKillCycle)->Iterations(crashKills())->Unit(benchmark::kMillisecond);

} // namespace
