// The follow-up's dates and the reminder rule, without a database.
#include <parcours/core/Reminders.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

PendingFollowUp closedOn(qint64 bilanId, QDate end, QDate moved = {})
{
    PendingFollowUp item;
    item.bilanId = bilanId;
    item.clientId = bilanId * 10;
    item.clientName = QStringLiteral("Zoé Lefèvre");
    item.status = BilanStatus::Closed;
    item.endDate = end;
    item.dueOn = moved.isValid() ? moved : followUpDueDate(end);
    return item;
}

Session conclusion(QDate day, SessionStatus status, Phase phase = Phase::Conclusion)
{
    Session session;
    session.phase = phase;
    session.status = status;
    session.startsAt = wallClock(day, QTime(10, 0));
    return session;
}

} // namespace

TEST(FollowUpDates, SixMonthsLaterTheSameDayWhenItExists)
{
    EXPECT_EQ(followUpDueDate(QDate(2026, 3, 15)), QDate(2026, 9, 15));
    EXPECT_EQ(followUpDueDate(QDate(2026, 7, 31)), QDate(2027, 1, 31));
    EXPECT_EQ(followUpDueDate(QDate(2026, 12, 1)), QDate(2027, 6, 1));
    EXPECT_FALSE(followUpDueDate(QDate()).isValid());
}

TEST(FollowUpDates, MonthEndsClampToTheShorterMonth)
{
    EXPECT_EQ(followUpDueDate(QDate(2026, 8, 31)), QDate(2027, 2, 28));
    EXPECT_EQ(followUpDueDate(QDate(2027, 8, 31)), QDate(2028, 2, 29)); // leap year
    EXPECT_EQ(followUpDueDate(QDate(2027, 8, 29)), QDate(2028, 2, 29));
    EXPECT_EQ(followUpDueDate(QDate(2026, 8, 29)), QDate(2027, 2, 28));
    EXPECT_EQ(followUpDueDate(QDate(2026, 3, 31)), QDate(2026, 9, 30));
    EXPECT_EQ(followUpDueDate(QDate(2026, 12, 31)), QDate(2027, 6, 30));
}

TEST(FollowUpDates, EarliestEndIsTheExactBoundOfTheDueDate)
{
    // Bilans ended on 29, 30 and 31 August 2026 are all due on 28 February 2027.
    EXPECT_EQ(earliestEndDueFrom(QDate(2027, 2, 28)), QDate(2026, 8, 28));
    EXPECT_EQ(earliestEndDueFrom(QDate(2027, 3, 1)), QDate(2026, 9, 1));
    EXPECT_EQ(earliestEndDueFrom(QDate(2028, 2, 29)), QDate(2027, 8, 29));
    for (QDate day(2026, 1, 1); day < QDate(2029, 1, 1); day = day.addDays(1)) {
        const QDate end = earliestEndDueFrom(day);
        ASSERT_GE(followUpDueDate(end), day) << day.toString(Qt::ISODate).toStdString();
        ASSERT_LT(followUpDueDate(end.addDays(-1)), day) << day.toString(Qt::ISODate).toStdString();
    }
}

TEST(FollowUpDates, TheDefaultEndIsTheLastConclusionSessionDoneElseToday)
{
    const QDate today(2026, 6, 20);
    EXPECT_EQ(defaultEndDate({}, today), today);
    const QList<Session> sessions { conclusion(QDate(2026, 6, 2), SessionStatus::Done),
        conclusion(QDate(2026, 6, 9), SessionStatus::Done), conclusion(QDate(2026, 6, 16), SessionStatus::Planned),
        conclusion(QDate(2026, 6, 18), SessionStatus::Done, Phase::Investigation),
        conclusion(QDate(2026, 6, 19), SessionStatus::NoShow) };
    EXPECT_EQ(defaultEndDate(sessions, today), QDate(2026, 6, 9));
    EXPECT_EQ(defaultEndDate({ sessions[2], sessions[3] }, today), today);
}

TEST(Reminders, FollowUpsAreDueSixMonthsAfterTheEndOrOnTheMovedDate)
{
    ReminderFacts facts;
    facts.followUps << closedOn(1, QDate(2026, 8, 31)) << closedOn(2, QDate(2026, 9, 10), QDate(2027, 2, 1))
                    << closedOn(3, QDate(2026, 10, 5));
    const HolidayCalendar holidays(false);
    const QList<Reminder> due = reminders(facts, QDate(2027, 3, 1), holidays);
    ASSERT_EQ(due.size(), 2);
    EXPECT_EQ(due[0].bilanId, 2); // moved earlier than its six months
    EXPECT_EQ(due[0].dueOn, QDate(2027, 2, 1));
    EXPECT_EQ(due[1].bilanId, 1);
    EXPECT_EQ(due[1].dueOn, QDate(2027, 2, 28));
    EXPECT_EQ(due[1].kind, ReminderKind::FollowUp);
    EXPECT_EQ(due[1].clientName, QStringLiteral("Zoé Lefèvre"));
    // The bound is exclusive.
    EXPECT_EQ(reminders(facts, QDate(2027, 2, 28), holidays).size(), 1);
    EXPECT_EQ(reminders(facts, QDate(2027, 4, 6), holidays).size(), 3);
}

TEST(Reminders, AnAbandonedOrOpenBilanHasNoFollowUp)
{
    ReminderFacts facts;
    facts.followUps << closedOn(1, QDate(2026, 1, 5)) << closedOn(2, QDate(2026, 1, 5)) << closedOn(3, QDate(2026, 1, 5));
    facts.followUps[1].status = BilanStatus::Abandoned;
    facts.followUps[2].status = BilanStatus::Open;
    const QList<Reminder> due = reminders(facts, QDate(2027, 1, 1), HolidayCalendar(false));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].bilanId, 1);
}

TEST(Reminders, AnAgreementUnsignedTenDaysAfterItWasSentIsDueWhenSilenceTurnsToRefusal)
{
    ReminderFacts facts;
    PendingAgreement pending;
    pending.bilanId = 7;
    pending.funding = Funding::Employer;
    pending.agreement.sentOn = QDate(2026, 3, 2);
    facts.agreements << pending;
    PendingAgreement cpf = pending; // a CPF bilan has no tripartite agreement
    cpf.bilanId = 8;
    cpf.funding = Funding::Cpf;
    PendingAgreement signedOne = pending;
    signedOne.bilanId = 9;
    signedOne.agreement.signedOn = QDate(2026, 3, 5);
    facts.agreements << cpf << signedOne;
    const QList<Reminder> due = reminders(facts, QDate(2026, 4, 1), HolidayCalendar(false));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].kind, ReminderKind::AgreementUnsigned);
    EXPECT_EQ(due[0].dueOn, QDate(2026, 3, 13)); // 12 March was the last day to sign
    EXPECT_TRUE(reminders(facts, QDate(2026, 3, 13), HolidayCalendar(false)).isEmpty());
}

TEST(Reminders, CpfDeclarationsNotMadeAreDueThreeWorkingDaysAfterTheEvent)
{
    ReminderFacts facts;
    CpfBilanFacts bilan;
    bilan.bilan.id = 4;
    bilan.bilan.funding = Funding::Cpf;
    bilan.bilan.status = BilanStatus::Closed;
    bilan.bilan.endDate = QDate(2026, 5, 29); // a Friday
    bilan.clientName = QStringLiteral("Loïc Çelik");
    bilan.firstSessionDone = QDate(2026, 2, 2);
    bilan.lastSessionDone = QDate(2026, 5, 29);
    bilan.declarations << CpfDeclaration { 4, CpfStep::Entry, QDate(2026, 2, 3) };
    facts.cpf << bilan;
    const QList<Reminder> due = reminders(facts, QDate(2026, 7, 1), HolidayCalendar(false));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].kind, ReminderKind::CpfExit);
    EXPECT_EQ(due[0].dueOn, QDate(2026, 6, 3));
}

TEST(Reminders, AreSortedByDueDateAndKeysAreStable)
{
    ReminderFacts facts;
    facts.followUps << closedOn(5, QDate(2026, 6, 1)) << closedOn(2, QDate(2026, 5, 1));
    facts.retention << RetentionDue { 3, 30, QStringLiteral("Anne Roux"), QDate(2026, 12, 15) };
    const QList<Reminder> due = reminders(facts, QDate(2027, 1, 1), HolidayCalendar(false));
    ASSERT_EQ(due.size(), 3);
    EXPECT_EQ(due[0].bilanId, 2);
    EXPECT_EQ(due[1].bilanId, 5);
    EXPECT_EQ(due[2].kind, ReminderKind::Retention);
    for (ReminderKind kind : kAllReminderKinds)
        EXPECT_EQ(fromKey<ReminderKind>(toKey(kind)), kind);
    for (FollowUpOutcome outcome : kAllFollowUpOutcomes)
        EXPECT_EQ(fromKey<FollowUpOutcome>(toKey(outcome)), outcome);
    EXPECT_EQ(fromKey<ContactChannel>(u"sms"), ContactChannel::Sms);
    EXPECT_FALSE(fromKey<ContactChannel>(u"pigeon").has_value());
}
