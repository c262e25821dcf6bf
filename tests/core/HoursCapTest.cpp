// The 24 h cap at logging time: what happened is recorded as it happened; only what is done (and the personal work)
// can refuse a log, and the planned sessions that no longer fit are named so the consultant can change them.
#include "BilanSessions.h"

#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {


/// The consultant's bilan of trial 21 on 23 February: five sessions of 2 h 30 held, one held today (planned 2 h 30),
/// the conclusion of 2 March still planned, 6 h 30 of personal work declared.
QList<Session> zoe()
{
    QList<Session> sessions;
    sessions << session(1, Phase::Preliminary, 150, SessionStatus::Done, 150, QDate(2026, 1, 12));
    for (int i = 0; i < 4; ++i)
        sessions << session(2 + i, Phase::Investigation, 150, SessionStatus::Done, 150,
                            QDate(2026, 1, 19).addDays(7 * i));
    sessions << session(6, Phase::Investigation, 150, SessionStatus::Planned, std::nullopt, QDate(2026, 2, 23));
    sessions << session(7, Phase::Conclusion, 150, SessionStatus::Planned, std::nullopt, QDate(2026, 3, 2));
    sessions << session(8, Phase::FollowUp, 60, SessionStatus::Planned, std::nullopt, QDate(2026, 9, 2));
    return sessions;
}

class HoursCap : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_F(HoursCap, ASessionHeldLongerThanPlannedIsRecordedWhateverIsStillPlanned)
{
    const QList<Session> sessions = zoe();
    Session held = sessions[5];
    held.status = SessionStatus::Done;
    held.actualMinutes = 165;
    // Planned as planned, the bilan would pass the cap by 15 min; what is done (15 h 15 + 6 h 30) fits.
    const auto fits = checkRecordFitsCap(sessions, held, 390, 390);
    EXPECT_TRUE(fits.ok()) << fits.error().message.toStdString();
    // Planning the same 15 more minutes is still refused.
    Session longer = sessions[5];
    longer.plannedMinutes = 165;
    EXPECT_FALSE(checkSessionFitsCap(sessions, longer, 390).ok());

    // Told which planned session to shorten or cancel, by its date: only the conclusion (the follow-up does not count).
    const auto planned = plannedOverCap(withSession(sessions, held), 390);
    ASSERT_TRUE(planned.has_value());
    EXPECT_EQ(planned->overMinutes, 15);
    ASSERT_EQ(planned->toShorten.size(), 1);
    EXPECT_EQ(planned->toShorten.first().id, 7);
    EXPECT_EQ(planned->message(),
              QStringLiteral("The sessions still planned no longer fit under the legal cap of 24 h: 15 min too many. "
                             "To shorten or cancel: 2 March 2026 (2 h 30)."));
    // Logged for its planned length, everything fits: nothing to say.
    held.actualMinutes = 150;
    EXPECT_FALSE(plannedOverCap(withSession(sessions, held), 390).has_value());
}

TEST_F(HoursCap, PersonalWorkIsRecordedWhateverIsStillPlannedAndTheLatestSessionsAreNamedFirst)
{
    const QList<Session> sessions = zoe();
    Session held = sessions[5];
    held.status = SessionStatus::Done;
    held.actualMinutes = 150;
    // 2 h more of personal work: 15 h + 8 h 30 = 23 h 30 done fits; with the conclusion still planned, 26 h.
    EXPECT_TRUE(checkRecordFitsCap(sessions, held, 390, 510).ok());
    const auto planned = plannedOverCap(withSession(sessions, held), 510);
    ASSERT_TRUE(planned.has_value());
    EXPECT_EQ(planned->overMinutes, 2 * 60); // 15 h + 2 h 30 + 8 h 30 = 26 h
    ASSERT_EQ(planned->toShorten.size(), 1);
    EXPECT_EQ(planned->toShorten.first().id, 7);
    // Another 3 h of personal work: the conclusion alone no longer covers it, both planned sessions are named in
    // order of date.
    const auto both = plannedOverCap(sessions, 690); // 12 h 30 + 5 h + 11 h 30 = 29 h
    ASSERT_TRUE(both.has_value());
    ASSERT_EQ(both->toShorten.size(), 2);
    EXPECT_TRUE(both->message().contains(QStringLiteral("23 February 2026 (2 h 30), 2 March 2026 (2 h 30)")))
        << both->message().toStdString();
}

TEST_F(HoursCap, DoneHoursOverTheCapAreRefusedSayingWhatToChange)
{
    QList<Session> sessions;
    for (int i = 0; i < 8; ++i)
        sessions << session(i + 1, Phase::Investigation, 150, SessionStatus::Done, 150,
                            QDate(2026, 1, 5).addDays(7 * i));
    sessions << session(9, Phase::Conclusion, 150, SessionStatus::Planned, std::nullopt, QDate(2026, 3, 2));
    Session held = sessions[8];
    held.status = SessionStatus::Done;
    held.actualMinutes = 150;
    // 20 h held, 3 h of personal work: 2 h 30 more is 25 h 30 — at most 1 h for this session.
    const auto refused = checkRecordFitsCap(sessions, held, 180, 180);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("actual_minutes"));
    EXPECT_EQ(refused.error().message,
              QStringLiteral("The sessions held (22 h 30) and the personal work (3 h) would reach 25 h 30, over the "
                             "legal cap of 24 h. With this personal work, this session can be logged for 1 h at most; "
                             "otherwise lower the personal work declared."));
    held.actualMinutes = 60;
    EXPECT_TRUE(checkRecordFitsCap(sessions, held, 180, 180).ok());

    // Personal work that takes the sessions held over the cap: refused next to the personal work.
    const auto work = checkRecordFitsCap(sessions, sessions[0], 180, 300);
    ASSERT_FALSE(work.ok());
    EXPECT_EQ(work.error().field, QStringLiteral("personal_work_minutes"));
    EXPECT_TRUE(work.error().message.contains(QStringLiteral("Declare 1 h less personal work")))
        << work.error().message.toStdString();
    // Lowering it, or any change that adds nothing, is always allowed (an imported bilan over the cap is corrected).
    EXPECT_TRUE(checkRecordFitsCap(sessions, sessions[0], 300, 240).ok());
    Session cancelled = sessions[0];
    cancelled.status = SessionStatus::Cancelled;
    EXPECT_TRUE(checkRecordFitsCap(sessions, cancelled, 600, 600).ok());
}
