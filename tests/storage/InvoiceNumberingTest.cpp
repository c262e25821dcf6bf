// Numbers without gaps nor twins when two connections (two threads, each with its own Store) issue invoices at the
// same time, on SQLite and PostgreSQL: the counter's row is taken in the transaction that stores the invoice.
#include "BillingTestSupport.h"

#include <parcours/core/BillingRepository.h>

#include <QSemaphore>
#include <QSet>
#include <QThread>

#include <thread>

using namespace parcours;
using namespace parcours::test;

namespace {

class InvoiceNumbering : public BillingStoreTest {
protected:
    /// Runs `work` on another thread with a Store of its own (a second connection), as a second Parcours would.
    std::thread onSecondConnection(std::function<void(Store&)> work)
    {
        return std::thread([this, work = std::move(work)] {
            auto second = database().open();
            ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
            work(*second.value());
        });
    }
    QList<int> sequences()
    {
        QList<int> numbers;
        const QList<InvoiceState> all = billing->invoices({}).value();
        for (const InvoiceState& state : all)
            numbers << state.invoice.sequence;
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }
};

} // namespace

TEST_P(InvoiceNumbering, TwoConnectionsIssuingAtOnceGetEveryNumberOnce)
{
    constexpr int kEach = 8;
    QList<qint64> mine;
    QList<qint64> theirs;
    for (int i = 0; i < kEach; ++i) {
        mine << bilan(Funding::Personal, 100000 + i, "Lefèvre");
        theirs << bilan(Funding::Personal, 200000 + i, "Çelik");
    }
    QSemaphore ready;
    QSemaphore go;
    int failures = 0;
    std::thread other = onSecondConnection([&](Store& second) {
        BillingService service(second, clock);
        ready.release();
        go.acquire();
        for (qint64 bilanId : std::as_const(theirs)) {
            if (!service.invoice(bilanId).ok())
                ++failures;
        }
    });
    ready.acquire();
    go.release();
    for (qint64 bilanId : std::as_const(mine))
        EXPECT_TRUE(billing->invoice(bilanId).ok());
    other.join();
    EXPECT_EQ(failures, 0);
    QList<int> expected;
    for (int i = 1; i <= 2 * kEach; ++i)
        expected << i;
    EXPECT_EQ(sequences(), expected);
}

TEST_P(InvoiceNumbering, AWriterWaitsForTheNumberHeldByAnotherAndGetsItBackAfterARollback)
{
    const qint64 held = bilan(Funding::Personal, 100000, "Lefèvre");
    const qint64 waiting = bilan(Funding::Personal, 100000, "Çelik");
    const qint64 last = bilan(Funding::Personal, 100000, "Haddad");
    for (const bool commit : { false, true }) {
        SCOPED_TRACE(commit ? "the holder commits" : "the holder rolls back");
        QSemaphore taken;
        std::thread holder = onSecondConnection([&](Store& second) {
            BillingService service(second, clock);
            // The second connection issues an invoice inside a longer transaction, and keeps it open a while.
            const auto done = second.transact([&]() -> Result<void> {
                const auto ids = service.invoice(held);
                taken.release();
                if (!ids)
                    return ids.error();
                QThread::msleep(400);
                if (!commit)
                    return makeError(ErrorCode::Refused, QStringLiteral("rolled back on purpose"));
                return success();
            });
            EXPECT_EQ(done.ok(), commit);
        });
        taken.acquire();
        // This connection cannot take a number until the holder's transaction ends.
        const auto ids = billing->invoice(commit ? last : waiting);
        holder.join();
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
        EXPECT_EQ(state(ids->first()).invoice.sequence, commit ? 3 : 1);
    }
    EXPECT_EQ(sequences(), (QList<int> { 1, 2, 3 }));
}

PARCOURS_ON_BOTH_BACKENDS(InvoiceNumbering);
