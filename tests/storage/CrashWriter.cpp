// parcours_crash_writer: a child process for the crash-safety tests, killed with SIGKILL at random moments.
//   write DB      records beneficiaries, bilans and sessions (with notes) forever; prints "<kind> <id>" on stdout
//                 once each write has committed
//   migrate DB DIR  opens DB with the migration scripts of DIR (a backup is made first), prints "migrated"
#include <parcours/core/AppIdentity.h>
#include <parcours/core/Clock.h>
#include <parcours/core/WallClock.h>
#include <parcours/storage/Store.h>

#include <QCoreApplication>

#include <cstdio>

using namespace parcours;

namespace {

void report(const char* kind, qint64 id)
{
    std::printf("%s %lld\n", kind, static_cast<long long>(id));
    std::fflush(stdout);
}

int fail(const Error& error)
{
    std::fprintf(stderr, "crash-writer: %s\n", qPrintable(error.message));
    return 1;
}

int write(Store& store)
{
    const ManualClock clock(QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    for (qint64 n = 1;; ++n) {
        Client client;
        client.lastName = QStringLiteral("Témoin-%1").arg(n);
        client.firstName = QStringLiteral("Zoé");
        client.email = QStringLiteral("temoin%1@example.org").arg(n);
        client.createdAt = clock.now();
        qint64 clientId = 0;
        qint64 bilanId = 0;
        // A beneficiary and their bilan in one transaction: both or neither.
        auto both = store.transact([&]() -> Result<void> {
            auto id = store.clients().add(client);
            if (!id)
                return id.error();
            clientId = id.value();
            Bilan bilan;
            bilan.clientId = clientId;
            bilan.funding = Funding::Cpf;
            bilan.startDate = QDate(2026, 1, 12);
            bilan.createdAt = clock.now();
            auto opened = store.bilans().open(bilan);
            if (!opened)
                return opened.error();
            bilanId = opened.value();
            return success();
        });
        if (!both)
            return fail(both.error());
        report("client", clientId);
        report("bilan", bilanId);
        for (int s = 0; s < 4; ++s) {
            Session session;
            session.bilanId = bilanId;
            session.phase = Phase::Investigation;
            session.startsAt = wallClock(QDate(2026, 1, 19).addDays(7 * s), QTime(14, 0));
            session.plannedMinutes = 120;
            session.notes = QStringLiteral("Séance %1 : valeurs, motivations, pistes. ").arg(s).repeated(20);
            auto id = store.sessions().add(session);
            if (!id)
                return fail(id.error());
            report("session", id.value());
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    setApplicationIdentity();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: parcours_crash_writer write DB | migrate DB DIR\n");
        return 2;
    }
    DatabaseLocation location;
    location.path = args[2];
    StoreOptions options;
    if (args[1] == QStringLiteral("migrate") && args.size() > 3)
        options.migrationsFolder = args[3];
    auto store = Store::open(location, options);
    if (!store)
        return fail(store.error());
    if (args[1] == QStringLiteral("migrate")) {
        std::printf("migrated %d\n", store.value()->schemaVersion());
        return 0;
    }
    return write(*store.value());
}
