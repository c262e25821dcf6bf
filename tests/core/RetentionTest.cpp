// R6313-7 without a database: which content is due for destruction on which day, what a consent may keep, and
// the table inventory that sorts every table into proof or content.
#include <parcours/core/DataInventory.h>
#include <parcours/core/Retention.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

Bilan closedBilan()
{
    Bilan bilan;
    bilan.id = 3;
    bilan.clientId = 1;
    bilan.status = BilanStatus::Closed;
    bilan.startDate = QDate(2026, 1, 12);
    bilan.endDate = QDate(2026, 4, 30);
    return bilan;
}

const ContentRetention& of(const RetentionSchedule& schedule, ContentKind kind)
{
    for (const ContentRetention& content : schedule.contents)
        if (content.kind == kind)
            return content;
    static ContentRetention none;
    ADD_FAILURE() << "no " << toKey(kind).toStdString();
    return none;
}

RetentionConsent consent(ContentKind kind, QDate signedOn, QDate keepUntil)
{
    RetentionConsent result;
    result.id = 9;
    result.bilanId = 3;
    result.content = kind;
    result.signedOn = signedOn;
    result.keepUntil = keepUntil;
    result.scope = QStringLiteral("for the follow-up interview");
    return result;
}

const QMap<ContentKind, int> kRows { { ContentKind::SessionNotes, 4 }, { ContentKind::Synthesis, 2 },
    { ContentKind::TestResults, 1 } };

} // namespace

TEST(Retention, ContentIsKeptWhileTheBilanRunsAndDueTheDayItEnds)
{
    Bilan open = closedBilan();
    open.status = BilanStatus::Open;
    open.endDate = QDate();
    const QDate noEnd = RetentionRules::endDate(open, QDate(2026, 4, 20));
    EXPECT_FALSE(noEnd.isValid());
    const RetentionSchedule running = RetentionRules::schedule(open, noEnd, kRows, {}, false, QDate(2027, 1, 1));
    EXPECT_EQ(of(running, ContentKind::SessionNotes).state, RetentionState::Running);
    EXPECT_TRUE(running.due().isEmpty());

    const QDate end = RetentionRules::endDate(closedBilan(), QDate(2026, 4, 20));
    EXPECT_EQ(end, QDate(2026, 4, 30));
    const RetentionSchedule ended = RetentionRules::schedule(closedBilan(), end, kRows, {}, false, end);
    EXPECT_EQ(ended.due(),
        (QList<ContentKind> { ContentKind::SessionNotes, ContentKind::TestResults, ContentKind::Synthesis }));
    EXPECT_EQ(of(ended, ContentKind::SessionNotes).dueOn, end);
    // Kinds with nothing stored are not due: there is nothing to destroy.
    EXPECT_EQ(of(ended, ContentKind::Experiences).state, RetentionState::None);
}

TEST(Retention, ContentWithoutConsentIsToDestroyTodayOnTheDayTheBilanEndsAndLateOnlyFromTheNextDay)
{
    const QDate end(2026, 4, 30);
    auto notes = [&](QDate today, const QList<RetentionConsent>& consents = {}) {
        const RetentionSchedule schedule = RetentionRules::schedule(closedBilan(), end, kRows, consents, false, today);
        return RetentionRules::urgency(of(schedule, ContentKind::SessionNotes), today);
    };
    EXPECT_EQ(notes(end), RetentionUrgency::Today); // closed today: due, not late
    EXPECT_EQ(notes(end.addDays(1)), RetentionUrgency::Late);
    const QList<RetentionConsent> kept { consent(ContentKind::SessionNotes, end, QDate(2026, 10, 31)) };
    EXPECT_EQ(notes(QDate(2026, 9, 30), kept), RetentionUrgency::Later);
    EXPECT_EQ(notes(QDate(2026, 10, 1), kept), RetentionUrgency::Soon); // 30 days before its term
    EXPECT_EQ(notes(QDate(2026, 10, 31), kept), RetentionUrgency::Today);
    EXPECT_EQ(notes(QDate(2026, 11, 1), kept), RetentionUrgency::Late);
    // Nothing stored, or a bilan still running: nothing pressing.
    const RetentionSchedule schedule = RetentionRules::schedule(closedBilan(), end, kRows, {}, false, end);
    EXPECT_EQ(RetentionRules::urgency(of(schedule, ContentKind::Experiences), end), RetentionUrgency::None);
}

TEST(Retention, AnEndedBilanWithoutEndDateEndsWithItsLastSessionDone)
{
    Bilan abandoned = closedBilan();
    abandoned.status = BilanStatus::Abandoned;
    abandoned.endDate = QDate();
    EXPECT_EQ(RetentionRules::endDate(abandoned, QDate(2026, 2, 16)), QDate(2026, 2, 16));
    abandoned.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(RetentionRules::endDate(abandoned, QDate()), QDate(2026, 1, 5));
}

TEST(Retention, AWrittenConsentKeepsOneKindUntilItsDateThenItFallsDueAsTheClockMoves)
{
    const QDate end(2026, 4, 30);
    const QList<RetentionConsent> consents { consent(ContentKind::Synthesis, QDate(2026, 4, 28), QDate(2026, 10, 31)) };
    const RetentionSchedule before
        = RetentionRules::schedule(closedBilan(), end, kRows, consents, false, QDate(2026, 10, 30));
    EXPECT_EQ(of(before, ContentKind::Synthesis).state, RetentionState::Kept);
    EXPECT_EQ(of(before, ContentKind::Synthesis).dueOn, QDate(2026, 10, 31));
    EXPECT_EQ(of(before, ContentKind::Synthesis).consentId, 9);
    EXPECT_EQ(before.nextDueOn(), QDate(2026, 10, 31));
    // The other kinds are not covered by it.
    EXPECT_EQ(of(before, ContentKind::SessionNotes).state, RetentionState::Due);

    const RetentionSchedule after
        = RetentionRules::schedule(closedBilan(), end, kRows, consents, false, QDate(2026, 10, 31));
    EXPECT_EQ(of(after, ContentKind::Synthesis).state, RetentionState::Due);
    EXPECT_TRUE(after.due().contains(ContentKind::Synthesis));
}

TEST(Retention, NoConsentKeepsContentMoreThanOneYearAfterTheEnd)
{
    const QDate end(2026, 4, 30);
    RetentionConsent tooLong = consent(ContentKind::TestResults, QDate(2026, 4, 28), QDate(2027, 12, 31));
    const RetentionSchedule schedule
        = RetentionRules::schedule(closedBilan(), end, kRows, { tooLong }, false, QDate(2027, 4, 30));
    EXPECT_EQ(of(schedule, ContentKind::TestResults).state, RetentionState::Due);
    EXPECT_EQ(of(schedule, ContentKind::TestResults).dueOn, QDate(2027, 4, 30));

    const QList<FieldError> errors = RetentionRules::validate(tooLong, end, QDate(2026, 4, 28));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("keep_until"));
    EXPECT_TRUE(RetentionRules::validate(
        consent(ContentKind::TestResults, QDate(2026, 4, 28), QDate(2027, 4, 30)), end, QDate(2026, 4, 28))
                    .isEmpty());
    EXPECT_EQ(RetentionRules::validate(
                  consent(ContentKind::TestResults, QDate(2026, 5, 2), QDate(2026, 9, 1)), end, QDate(2026, 4, 28))
                  .first()
                  .field,
        QStringLiteral("signed_on")); // dated in the future
}

TEST(Retention, AWithdrawnConsentNoLongerKeepsAnything)
{
    const QDate end(2026, 4, 30);
    RetentionConsent withdrawn = consent(ContentKind::Synthesis, QDate(2026, 4, 28), QDate(2026, 12, 31));
    withdrawn.withdrawnOn = QDate(2026, 6, 1);
    EXPECT_EQ(of(RetentionRules::schedule(closedBilan(), end, kRows, { withdrawn }, false, QDate(2026, 5, 31)),
                  ContentKind::Synthesis)
                  .state,
        RetentionState::Kept);
    EXPECT_EQ(of(RetentionRules::schedule(closedBilan(), end, kRows, { withdrawn }, false, QDate(2026, 6, 1)),
                  ContentKind::Synthesis)
                  .state,
        RetentionState::Due);
}

TEST(Retention, ASynthesisSentToTheCepOperatorIsKeptOneYear)
{
    const QDate end(2026, 4, 30);
    const RetentionSchedule schedule
        = RetentionRules::schedule(closedBilan(), end, kRows, {}, true, QDate(2027, 4, 29));
    EXPECT_EQ(of(schedule, ContentKind::Synthesis).state, RetentionState::Kept);
    EXPECT_EQ(of(schedule, ContentKind::SessionNotes).state, RetentionState::Due);
    EXPECT_EQ(
        of(RetentionRules::schedule(closedBilan(), end, kRows, {}, true, QDate(2027, 4, 30)), ContentKind::Synthesis)
            .state,
        RetentionState::Due);
}

TEST(Retention, AProspectIsFlaggedThreeYearsAfterTheLastContact)
{
    EXPECT_EQ(RetentionRules::prospectDueOn(QDate(2023, 6, 15)), QDate(2026, 6, 15));
}

TEST(Retention, TheJournalsCountsGoBackAndForth)
{
    const QMap<ContentKind, int> counts { { ContentKind::SessionNotes, 3 }, { ContentKind::Synthesis, 2 } };
    EXPECT_EQ(formatCounts(counts), QStringLiteral("session-notes=3,synthesis=2"));
    EXPECT_EQ(parseCounts(formatCounts(counts)), counts);
    EXPECT_TRUE(parseCounts(u"bogus=1,notes").isEmpty());
}

TEST(DataInventory, EveryContentKindHasItsTablesAndProofTablesAreNeverContent)
{
    for (ContentKind kind : kAllContentKinds) {
        EXPECT_FALSE(DataInventory::tablesOf(kind).isEmpty()) << toKey(kind).toStdString();
        EXPECT_EQ(fromKey<ContentKind>(toKey(kind)), kind);
    }
    for (const char* proof : { "client", "bilan", "session", "session_record", "agreement", "handover_receipt" }) {
        const TableRole* role = DataInventory::find(QString::fromLatin1(proof));
        ASSERT_TRUE(role) << proof;
        EXPECT_EQ(role->role, DataRole::Proof) << proof;
    }
    EXPECT_EQ(DataInventory::find(u"session_note")->kind, ContentKind::SessionNotes);
    // Children go before their parents, so the rows can be deleted in this order.
    const QStringList competences = DataInventory::tablesOf(ContentKind::Competences);
    EXPECT_LT(competences.indexOf(QStringLiteral("competence_experience")),
        competences.indexOf(QStringLiteral("competence")));
}
