// The compliance checks of a bilan, one rule at a time: each test would fail if its rule were removed.
#include <parcours/core/Compliance.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QDate kToday(2026, 6, 1);

Session session(qint64 id, Phase phase, QDate day, SessionStatus status = SessionStatus::Done, int minutes = 120)
{
    Session result;
    result.id = id;
    result.bilanId = 1;
    result.phase = phase;
    result.startsAt = wallClock(day, QTime(9, 0));
    result.plannedMinutes = minutes;
    if (status == SessionStatus::Done)
        result.actualMinutes = minutes;
    result.status = status;
    return result;
}

ComplianceFacts facts(Funding funding = Funding::Personal, BilanStatus status = BilanStatus::Open)
{
    ComplianceFacts result;
    result.bilan.id = 1;
    result.bilan.clientId = 1;
    result.bilan.funding = funding;
    result.bilan.status = status;
    result.bilan.startDate = QDate(2026, 3, 2);
    if (status != BilanStatus::Open)
        result.bilan.endDate = QDate(2026, 5, 15);
    return result;
}

void addThreePhases(ComplianceFacts& f)
{
    f.sessions << session(1, Phase::Preliminary, QDate(2026, 3, 10))
               << session(2, Phase::Investigation, QDate(2026, 4, 1))
               << session(3, Phase::Conclusion, QDate(2026, 5, 12));
}

} // namespace

TEST(Compliance, EachPhaseNeedsASessionDoneAndAnEndedBilanWithoutOneIsMissing)
{
    ComplianceFacts running = facts();
    running.sessions << session(1, Phase::Preliminary, QDate(2026, 3, 10))
                     << session(2, Phase::Investigation, QDate(2026, 6, 10), SessionStatus::Planned);
    const ComplianceCheck pending = ComplianceRules::phasesDone(running);
    EXPECT_EQ(pending.state, CheckState::Pending);
    EXPECT_TRUE(pending.detail.contains(QStringLiteral("investigation"))) << pending.detail.toStdString();
    EXPECT_TRUE(pending.detail.contains(QStringLiteral("conclusion")));
    EXPECT_EQ(pending.fix, FixPlace::PlanSessions);

    ComplianceFacts ended = running;
    ended.bilan.status = BilanStatus::Closed;
    EXPECT_EQ(ComplianceRules::phasesDone(ended).state, CheckState::Missing);
    EXPECT_EQ(ComplianceRules::phasesDone(ended).fix, FixPlace::Sessions);

    ComplianceFacts complete = facts(Funding::Personal, BilanStatus::Closed);
    addThreePhases(complete);
    EXPECT_EQ(ComplianceRules::phasesDone(complete).state, CheckState::Met);
}

TEST(Compliance, TheThreeCountedPhasesStayWithinTwentyFourHoursPersonalWorkIncluded)
{
    ComplianceFacts within = facts();
    addThreePhases(within); // 6 h
    EXPECT_EQ(ComplianceRules::hoursCap(within).state, CheckState::Met);

    ComplianceFacts over = within;
    over.sessions << session(4, Phase::Investigation, QDate(2026, 4, 8), SessionStatus::Done, 17 * 60);
    over.personalWork.insert(2, 90); // 6 h + 17 h + 1 h 30 = 24 h 30
    const ComplianceCheck check = ComplianceRules::hoursCap(over);
    EXPECT_EQ(check.state, CheckState::Missing);
    EXPECT_EQ(check.fix, FixPlace::Hours);
    EXPECT_TRUE(check.detail.contains(QStringLiteral("30"))) << check.detail.toStdString();

    // Intake and follow-up do not count.
    ComplianceFacts outside = within;
    outside.sessions << session(5, Phase::FollowUp, QDate(2026, 11, 2), SessionStatus::Done, 19 * 60);
    EXPECT_EQ(ComplianceRules::hoursCap(outside).state, CheckState::Met);
}

TEST(Compliance, AnEmployerAgreementIsSignedWithinTenDaysAndBeforeTheFirstSession)
{
    ComplianceFacts personal = facts(Funding::Personal);
    EXPECT_EQ(ComplianceRules::agreement(personal, kToday).state, CheckState::NotApplicable);

    ComplianceFacts employer = facts(Funding::Employer);
    employer.sessions << session(1, Phase::Preliminary, QDate(2026, 3, 10));
    employer.agreement.sentOn = QDate(2026, 3, 2);
    employer.agreement.signedOn = QDate(2026, 3, 6);
    EXPECT_EQ(ComplianceRules::agreement(employer, kToday).state, CheckState::Met);

    ComplianceFacts afterSession = employer;
    afterSession.agreement.signedOn = QDate(2026, 3, 11);
    const ComplianceCheck late = ComplianceRules::agreement(afterSession, kToday);
    EXPECT_EQ(late.state, CheckState::Missing);
    EXPECT_EQ(late.fix, FixPlace::Agreement);

    ComplianceFacts pastTenDays = employer;
    pastTenDays.sessions = { session(1, Phase::Preliminary, QDate(2026, 3, 20)) };
    pastTenDays.agreement.signedOn = QDate(2026, 3, 13);
    EXPECT_EQ(ComplianceRules::agreement(pastTenDays, kToday).state, CheckState::Missing);

    ComplianceFacts unsignedHeld = employer;
    unsignedHeld.agreement.signedOn = QDate();
    EXPECT_EQ(ComplianceRules::agreement(unsignedHeld, QDate(2026, 3, 10)).state, CheckState::Missing);

    ComplianceFacts awaiting = unsignedHeld;
    awaiting.sessions = { session(1, Phase::Preliminary, QDate(2026, 3, 20), SessionStatus::Planned) };
    EXPECT_EQ(ComplianceRules::agreement(awaiting, QDate(2026, 3, 5)).state, CheckState::Pending);
}

TEST(Compliance, CpfEntryAndExitAreDeclaredWithinThreeWorkingDays)
{
    const HolidayCalendar france;
    EXPECT_EQ(
        ComplianceRules::cpfDeclarations(facts(Funding::Employer), kToday, france).state, CheckState::NotApplicable);

    ComplianceFacts cpf = facts(Funding::Cpf);
    cpf.firstSessionDone = QDate(2026, 3, 10); // Tuesday: due Friday 13
    cpf.lastSessionDone = QDate(2026, 3, 10);
    EXPECT_EQ(ComplianceRules::cpfDeclarations(cpf, QDate(2026, 3, 12), france).state, CheckState::Pending);
    const ComplianceCheck overdue = ComplianceRules::cpfDeclarations(cpf, QDate(2026, 3, 16), france);
    EXPECT_EQ(overdue.state, CheckState::Missing);
    EXPECT_EQ(overdue.fix, FixPlace::CpfDeclarations);

    cpf.cpfDeclarations << CpfDeclaration { 1, CpfStep::Entry, QDate(2026, 3, 12) };
    // Entry declared in time; the exit is still to come while the bilan runs.
    const ComplianceCheck entryDone = ComplianceRules::cpfDeclarations(cpf, QDate(2026, 3, 16), france);
    EXPECT_EQ(entryDone.state, CheckState::Pending);
    // One sentence a declaration, each with its capital.
    EXPECT_TRUE(entryDone.detail.startsWith(QStringLiteral("Exit: to declare once the bilan ends. Entry declared on ")))
        << entryDone.detail.toStdString();

    ComplianceFacts closed = cpf;
    closed.bilan.status = BilanStatus::Closed;
    closed.bilan.endDate = QDate(2026, 5, 15); // Friday: due Wednesday 20
    closed.cpfDeclarations << CpfDeclaration { 1, CpfStep::Exit, QDate(2026, 5, 19) };
    EXPECT_EQ(ComplianceRules::cpfDeclarations(closed, kToday, france).state, CheckState::Met);
    // Declared two days late: recorded as it happened, nothing left to fix (no way to the declarations).
    closed.cpfDeclarations.last().declaredOn = QDate(2026, 5, 22);
    const ComplianceCheck late = ComplianceRules::cpfDeclarations(closed, kToday, france);
    EXPECT_EQ(late.state, CheckState::DoneLate);
    EXPECT_EQ(late.fix, FixPlace::None);
    EXPECT_TRUE(late.detail.startsWith(
        QStringLiteral("Exit declared late, on 22 May 2026 (due by 20 May 2026). Entry declared on ")))
        << late.detail.toStdString();
    const ComplianceSummary summary = ComplianceRules::summarise({ late });
    EXPECT_EQ(summary.missing, 0);
    EXPECT_EQ(summary.late, 1);
    EXPECT_EQ(ComplianceRules::describe(summary), QStringLiteral("All checks done, 1 of them late"));
    // Not declared at all past the deadline: that one is still to fix.
    closed.cpfDeclarations.removeLast();
    EXPECT_EQ(ComplianceRules::cpfDeclarations(closed, kToday, france).state, CheckState::Missing);
}

TEST(Compliance, TheSynthesisIsFinalAndItsHandoverReceiptRecorded)
{
    ComplianceFacts running = facts();
    EXPECT_EQ(ComplianceRules::synthesisHandedOver(running).state, CheckState::Pending);
    EXPECT_EQ(ComplianceRules::synthesisHandedOver(running).fix, FixPlace::Synthesis);

    ComplianceFacts ended = facts(Funding::Personal, BilanStatus::Closed);
    ended.synthesisFinal = true;
    const ComplianceCheck noReceipt = ComplianceRules::synthesisHandedOver(ended);
    EXPECT_EQ(noReceipt.state, CheckState::Missing);
    EXPECT_EQ(noReceipt.fix, FixPlace::HandoverReceipt);

    ended.handover = HandoverRecord { 1, 2, QDate(2026, 5, 12), QDate(2026, 5, 15), 1 };
    EXPECT_EQ(ComplianceRules::synthesisHandedOver(ended).state, CheckState::Met);
}

TEST(Compliance, TheFollowUpIsToComeUntilItIsDue)
{
    ComplianceFacts ended = facts(Funding::Personal, BilanStatus::Closed); // ended on 15 May 2026
    addThreePhases(ended);
    // Right after closing, nothing planned yet: to come, due six months after the end.
    const ComplianceCheck justClosed = ComplianceRules::followUpPlanned(ended, QDate(2026, 5, 15));
    EXPECT_EQ(justClosed.state, CheckState::Pending);
    EXPECT_EQ(justClosed.detail,
        QStringLiteral("Due on 15 November 2026; no follow-up session is planned yet."));
    EXPECT_EQ(ComplianceRules::followUpPlanned(ended, QDate(2026, 11, 14)).state, CheckState::Pending);
    // Once due with nothing planned nor recorded: to fix.
    const ComplianceCheck due = ComplianceRules::followUpPlanned(ended, QDate(2026, 11, 15));
    EXPECT_EQ(due.state, CheckState::Missing);
    EXPECT_EQ(due.fix, FixPlace::NewSession);
    // Moved by the consultant: its own date counts.
    ended.followUpDue = QDate(2026, 12, 1);
    EXPECT_EQ(ComplianceRules::followUpPlanned(ended, QDate(2026, 11, 20)).state, CheckState::Pending);

    ended.sessions << session(9, Phase::FollowUp, QDate(2026, 11, 16), SessionStatus::Cancelled);
    EXPECT_EQ(ComplianceRules::followUpPlanned(ended, QDate(2026, 12, 2)).state, CheckState::Missing);
    ComplianceFacts declined = ended;
    declined.followUpOutcome = FollowUpOutcome::Declined;
    EXPECT_EQ(ComplianceRules::followUpPlanned(declined, QDate(2026, 12, 2)).state, CheckState::Met);
    ended.sessions << session(10, Phase::FollowUp, QDate(2026, 11, 23), SessionStatus::Planned);
    EXPECT_EQ(ComplianceRules::followUpPlanned(ended, QDate(2026, 12, 2)).state, CheckState::Met);

    EXPECT_EQ(ComplianceRules::followUpPlanned(facts(), kToday).state, CheckState::Pending);
    EXPECT_EQ(ComplianceRules::followUpPlanned(facts(Funding::Personal, BilanStatus::Abandoned), kToday).state,
        CheckState::NotApplicable);
}

TEST(Compliance, AllChecksAreListedInOrderAndSummarised)
{
    ComplianceFacts ended = facts(Funding::Personal, BilanStatus::Closed);
    addThreePhases(ended);
    const QList<ComplianceCheck> checks = ComplianceRules::all(ended, kToday, HolidayCalendar());
    ASSERT_EQ(checks.size(), static_cast<qsizetype>(kAllCheckIds.size()));
    for (std::size_t i = 0; i < kAllCheckIds.size(); ++i)
        EXPECT_EQ(checks.at(static_cast<qsizetype>(i)).id, kAllCheckIds.at(i));
    const ComplianceSummary summary = ComplianceRules::summarise(checks);
    EXPECT_EQ(summary.met, 3); // past sessions logged, phases, hours
    EXPECT_EQ(summary.missing, 1); // synthesis
    EXPECT_EQ(summary.pending, 1); // the follow-up, due in November
    EXPECT_EQ(ComplianceRules::describe(summary), QStringLiteral("1 point(s) to fix"));
    EXPECT_EQ(ComplianceRules::describe(ComplianceSummary { 0, 0, 4 }), QStringLiteral("All checks met"));
}
