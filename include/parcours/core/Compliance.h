#pragma once

#include <parcours/core/Agreement.h>
#include <parcours/core/Bilan.h>
#include <parcours/core/FollowUp.h>
#include <parcours/core/Holidays.h>
#include <parcours/core/Schedule.h>
#include <parcours/core/Session.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** The checks a bilan must pass, after the Code du travail (R6313-4, R6313-8, L6313-4) and CPF's rules. */
enum class CheckId {
    SessionsLogged,
    PhasesDone,
    HoursCap,
    Agreement,
    CpfDeclarations,
    SynthesisHandedOver,
    FollowUpPlanned
};
inline constexpr std::array kAllCheckIds { CheckId::SessionsLogged, CheckId::PhasesDone, CheckId::HoursCap,
    CheckId::Agreement, CheckId::CpfDeclarations, CheckId::SynthesisHandedOver, CheckId::FollowUpPlanned };

/** Where a check stands today. */
enum class CheckState {
    Met, ///< done as the law asks
    Pending, ///< not due yet (the bilan runs), with what remains to do
    Missing, ///< due and not done, or done against the rule: something to fix (or to explain to an auditor)
    NotApplicable, ///< does not concern this bilan (CPF checks for another funding, an abandoned bilan…)
    DoneLate, ///< done after its deadline: a recorded fact, nothing left to fix (not counted as to fix)
};

/** Where in Parcours a check is fixed: a tab to show, or a dialog to open. */
enum class FixPlace {
    None,
    Sessions,
    PlanSessions,
    NewSession,
    Hours,
    Agreement,
    CpfDeclarations,
    Synthesis,
    HandoverReceipt
};

QString toKey(CheckId value); ///< "sessions-logged", "phases-done", "hours-cap", "agreement", "cpf", "synthesis-handed-over", "follow-up"
QString toKey(CheckState value); ///< "met", "pending", "missing", "not-applicable", "done-late"
QString toKey(FixPlace value); ///< "sessions", "plan-sessions", … ("" for None)

/** One check's verdict: what it checks, where it stands, what is missing and where to fix it. */
struct ComplianceCheck {
    CheckId id = CheckId::PhasesDone;
    CheckState state = CheckState::NotApplicable;
    QString title; ///< what is checked, translated
    QString detail; ///< what was found or what is missing, translated
    FixPlace fix = FixPlace::None;
};

/** What the checks of one bilan read: proof only, never its content. */
struct ComplianceFacts {
    Bilan bilan;
    QList<Session> sessions; ///< notes not needed
    QHash<qint64, int> personalWork; ///< minutes declared at each session, by session id
    AgreementRecord agreement;
    QDate firstSessionDone; ///< any phase (as CPF counts it)
    QDate lastSessionDone;
    QList<CpfDeclaration> cpfDeclarations;
    bool synthesisFinal = false; ///< a version of the synthèse is final
    std::optional<HandoverRecord> handover;
    QDate followUpDue; ///< when the follow-up is due (moved by the consultant or six months after the end); null
                       ///< while no follow-up record exists
    std::optional<FollowUpOutcome> followUpOutcome; ///< what came of the follow-up, once recorded
};

/** How a bilan stands overall: what the client list shows. */
struct ComplianceSummary {
    int missing = 0;
    int pending = 0;
    int met = 0;
    int late = 0; ///< done late: recorded, nothing to fix
};

/** The compliance rules, one function per check, each unit-tested on its own. */
class ComplianceRules {
    Q_DECLARE_TR_FUNCTIONS(ComplianceRules)
public:
    /// Every session whose day is past is logged (held, no-show, cancelled or moved), none left « planned ».
    static ComplianceCheck sessionsLogged(const ComplianceFacts& facts, QDate today);
    /// R6313-4: préliminaire, investigation and conclusion each have at least one session done.
    static ComplianceCheck phasesDone(const ComplianceFacts& facts);
    /// L6313-4: préliminaire + investigation + conclusion, personal work included, within 24 h.
    static ComplianceCheck hoursCap(const ComplianceFacts& facts);
    /// R6313-8: for employer (or France Travail) funding, the agreement signed within its 10 days and before the
    /// first session of the bilan.
    static ComplianceCheck agreement(const ComplianceFacts& facts, QDate today);
    /// CPF: entry and exit each declared within 3 working days.
    static ComplianceCheck cpfDeclarations(const ComplianceFacts& facts, QDate today, const HolidayCalendar& holidays);
    /// The synthèse finalised and its handover receipt recorded.
    static ComplianceCheck synthesisHandedOver(const ComplianceFacts& facts);
    /// R6313-4: the follow-up interview, which may be planned: to come until it is due (six months after the end,
    /// or the date the consultant moved it to), then missing while no session is planned nor any outcome recorded.
    static ComplianceCheck followUpPlanned(const ComplianceFacts& facts, QDate today);

    /// Every check, in the order shown.
    static QList<ComplianceCheck> all(const ComplianceFacts& facts, QDate today, const HolidayCalendar& holidays);
    static ComplianceSummary summarise(const QList<ComplianceCheck>& checks);
    /// "2 points to fix", "All checks met", "All checks done, 1 late"… for the client list's tooltip.
    static QString describe(const ComplianceSummary& summary);
};

} // namespace parcours
