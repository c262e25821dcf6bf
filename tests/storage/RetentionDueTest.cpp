// The reminder's list of content due for destruction, on both backends: read in one batch for every ended bilan
// (RetentionRepository::endedBilansWithContent), it must list exactly what the per-bilan schedule says, no more, no
// less, with the same kinds and dates, and cost the same few queries however many bilans there are.
#include "Database.h"
#include "SqlQuery.h"
#include "StorageTestSupport.h"
#include "TestDatabase.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/SynthesisService.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

using namespace parcours;
using namespace parcours::test;
using namespace Qt::StringLiterals;

namespace {

enum Content { Notes = 1, Synthesis = 2 };

class RetentionDueTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    qint64 addPerson(const QString& lastName, const QString& firstName)
    {
        Client client;
        client.lastName = lastName;
        client.firstName = firstName;
        return ClientService(store(), clock).add(client).value();
    }

    /// A bilan of `clientId` started on `start` with a session done that day; `content` says what it writes.
    qint64 addBilan(qint64 clientId, QDate start, int content)
    {
        const qint64 bilanId = BilanService(store(), clock).open(clientId, Funding::Personal, start).value();
        Session session;
        session.bilanId = bilanId;
        session.phase = Phase::Preliminary;
        session.startsAt = wallClock(start, QTime(10, 0));
        session.plannedMinutes = 120;
        SessionService sessions(store(), clock);
        const qint64 sessionId = sessions.add(session).value();
        const QString note = (content & Notes) ? u"Ce qui s'est dit"_s : QString();
        EXPECT_TRUE(sessions.log(sessionId, SessionLog { SessionStatus::Done, 120, note }).ok());
        if (content & Synthesis) {
            SynthesisService syntheses(store(), clock);
            const SynthesisVersion version = syntheses.currentOrStart(bilanId).value();
            EXPECT_TRUE(syntheses.setSectionBody(version.id, version.version, u"circumstances"_s,
                RichText::fromPlainText(u"Synthèse"_s)).ok());
        }
        return bilanId;
    }

    qint64 closedBilan(qint64 clientId, QDate start, QDate end, int content)
    {
        const qint64 bilanId = addBilan(clientId, start, content);
        auto closed = BilanEndService(store(), clock).close(bilanId, end);
        EXPECT_TRUE(closed.ok()) << closed.error().message.toStdString();
        return bilanId;
    }

    qint64 consent(qint64 bilanId, ContentKind kind, QDate signedOn, QDate until)
    {
        RetentionConsent consent;
        consent.bilanId = bilanId;
        consent.content = kind;
        consent.signedOn = signedOn;
        consent.keepUntil = until;
        auto id = RetentionService(store(), clock).recordConsent(consent);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }

    /// "name #bilan: kinds since date", one line per item, in the order due() gives them (a string, so that a
    /// failure prints the two lists readably).
    static std::string describe(const QList<RetentionDueItem>& items)
    {
        QStringList lines;
        for (const RetentionDueItem& item : items) {
            QStringList kinds;
            for (ContentKind kind : item.contents)
                kinds << toKey(kind);
            lines << u"%1 #%2: %3 since %4"_s.arg(item.clientName)
                         .arg(item.bilanId)
                         .arg(kinds.join(u','), item.dueSince.toString(Qt::ISODate));
        }
        return lines.join(u'\n').toStdString();
    }

    ManualClock clock { QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC) };
};

TEST_P(RetentionDueTest, ListsExactlyTheEndedBilansWhoseContentIsDueWithTheirKindsAndDates)
{
    // A prospect recorded long ago (no bilan): due 3 years after the record was made.
    clock.set(QDateTime(QDate(2022, 1, 10), QTime(9, 0), Qt::UTC));
    const qint64 prospect = addPerson(u"Prospect"_s, u"Léa"_s);
    clock.set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));

    // Closed, all its content still there: due since the end. The same person's new bilan runs: kept.
    const qint64 morvan = addPerson(u"Morvan"_s, u"Anaïs"_s);
    const qint64 whole = closedBilan(morvan, QDate(2026, 3, 2), QDate(2026, 3, 20), Notes | Synthesis);
    const qint64 running = addBilan(morvan, QDate(2026, 5, 4), Notes | Synthesis);
    // Closed, its synthesis already destroyed: only the notes are due.
    const qint64 partly = closedBilan(addPerson(u"N'Diaye"_s, u"Jean-Marc"_s), QDate(2026, 3, 3), QDate(2026, 3, 10),
        Notes | Synthesis);
    ASSERT_TRUE(RetentionService(store(), clock).destroy(partly, { ContentKind::Synthesis }, u"C. Leca"_s).ok());
    // Closed, everything destroyed: nothing left to list.
    const qint64 destroyed = closedBilan(addPerson(u"Öztürk"_s, u"Elif"_s), QDate(2026, 3, 4), QDate(2026, 3, 12),
        Notes | Synthesis);
    ASSERT_TRUE(RetentionService(store(), clock).destroy(destroyed, {}, u"C. Leca"_s).ok());
    // Closed, both kinds kept with the beneficiary's consent: not due yet.
    const qint64 kept = closedBilan(addPerson(u"Leroy"_s, u"Paul"_s), QDate(2026, 3, 5), QDate(2026, 3, 15),
        Notes | Synthesis);
    consent(kept, ContentKind::SessionNotes, QDate(2026, 3, 15), QDate(2026, 9, 15));
    consent(kept, ContentKind::Synthesis, QDate(2026, 3, 15), QDate(2026, 10, 1));
    // Closed, the synthesis kept, the notes not: the notes are due.
    const qint64 keptOne = closedBilan(addPerson(u"Dupont-Moreau"_s, u"Chloé"_s), QDate(2026, 3, 6),
        QDate(2026, 3, 16), Notes | Synthesis);
    consent(keptOne, ContentKind::Synthesis, QDate(2026, 3, 16), QDate(2026, 9, 16));
    // Closed, a synthesis only, kept until a day now past: due since that day.
    const qint64 lapsed = closedBilan(addPerson(u"Martin"_s, u"Hugo"_s), QDate(2026, 1, 5), QDate(2026, 1, 15),
        Synthesis);
    consent(lapsed, ContentKind::Synthesis, QDate(2026, 1, 15), QDate(2026, 5, 1));
    // Closed, notes only, the consent withdrawn: due since the end again.
    const qint64 withdrawn = closedBilan(addPerson(u"Garnier"_s, u"Inès"_s), QDate(2026, 1, 20), QDate(2026, 2, 3),
        Notes);
    const qint64 consentId = consent(withdrawn, ContentKind::SessionNotes, QDate(2026, 2, 3), QDate(2026, 12, 1));
    ASSERT_TRUE(RetentionService(store(), clock).withdrawConsent(consentId, QDate(2026, 4, 1)).ok());
    // Abandoned by an older version, without an end date: it ended with its last session done.
    const qint64 abandoned = addBilan(addPerson(u"Lefèvre"_s, u"Zoé"_s), QDate(2026, 2, 20), Notes);
    ASSERT_TRUE(BilanEndService(store(), clock).abandon(abandoned, u"Déménagement"_s, QDate(2026, 3, 5)).ok());
    ASSERT_TRUE(execStatement(store().database(),
        u"UPDATE bilan SET end_date = NULL WHERE id = %1"_s.arg(abandoned)).ok());
    // Closed without any content ever written: nothing to destroy.
    const qint64 empty = closedBilan(addPerson(u"Petit"_s, u"Noé"_s), QDate(2026, 3, 9), QDate(2026, 3, 11), 0);

    RetentionService retention(store(), clock);
    auto due = retention.due();
    ASSERT_TRUE(due.ok()) << due.error().message.toStdString();
    EXPECT_EQ(describe(due.value()), QStringList({
        u"Léa Prospect #0:  since 2025-01-10"_s,
        u"Inès Garnier #%1: session-notes since 2026-02-03"_s.arg(withdrawn),
        u"Zoé Lefèvre #%1: session-notes since 2026-02-20"_s.arg(abandoned),
        u"Jean-Marc N'Diaye #%1: session-notes since 2026-03-10"_s.arg(partly),
        u"Chloé Dupont-Moreau #%1: session-notes since 2026-03-16"_s.arg(keptOne),
        u"Anaïs Morvan #%1: session-notes,synthesis since 2026-03-20"_s.arg(whole),
        u"Hugo Martin #%1: synthesis since 2026-05-01"_s.arg(lapsed),
    }).join(u'\n').toStdString());
    EXPECT_EQ(due->first().clientId, prospect);
    EXPECT_EQ(due->last().clientId, store().bilans().get(lapsed).value().clientId);

    // The batch agrees with each bilan's own schedule, read the long way.
    for (qint64 bilanId : { whole, running, partly, destroyed, kept, keptOne, lapsed, withdrawn, abandoned, empty }) {
        const QList<ContentKind> expected = retention.schedule(bilanId).value().due();
        QList<ContentKind> listed;
        for (const RetentionDueItem& item : due.value()) {
            if (item.bilanId == bilanId)
                listed = item.contents;
        }
        EXPECT_EQ(listed, expected) << "bilan " << bilanId;
    }
}

TEST_P(RetentionDueTest, CostsTheSameFewQueriesHoweverManyBilansEnded)
{
    const auto statementsForDue = [this] {
        const quint64 before = store().database().statementsRun();
        auto due = RetentionService(store(), clock).due();
        EXPECT_TRUE(due.ok());
        return std::pair { store().database().statementsRun() - before, due.valueOr({}).size() };
    };
    closedBilan(addPerson(u"Morvan"_s, u"Anaïs"_s), QDate(2026, 3, 2), QDate(2026, 3, 20), Notes | Synthesis);
    const auto [one, listedOne] = statementsForDue();
    for (int i = 0; i < 6; ++i) {
        closedBilan(addPerson(u"Martin-%1"_s.arg(i), u"Hugo"_s), QDate(2026, 3, 2).addDays(i), QDate(2026, 3, 20),
            i % 2 ? Notes : Synthesis);
    }
    const auto [seven, listedSeven] = statementsForDue();
    EXPECT_EQ(listedOne, 1);
    EXPECT_EQ(listedSeven, 7);
    EXPECT_EQ(seven, one);
    EXPECT_LE(one, 5u);
}

PARCOURS_ON_BOTH_BACKENDS(RetentionDueTest);

} // namespace
