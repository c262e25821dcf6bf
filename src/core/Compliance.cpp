#include <parcours/core/Compliance.h>
#include <parcours/core/Cpf.h>
#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

ComplianceCheck make(CheckId id, CheckState state, QString title, QString detail, FixPlace fix = FixPlace::None)
{
    return ComplianceCheck { id, state, std::move(title), std::move(detail), fix };
}

bool ended(const Bilan& bilan)
{
    return bilan.status != BilanStatus::Open;
}

/// The first session of the bilan proper (préliminaire onwards) that was not called off: the agreement comes first.
std::optional<Session> firstBilanSession(const QList<Session>& sessions)
{
    std::optional<Session> first;
    for (const Session& session : sessions) {
        if (!countsTowardCap(session.phase) || session.status == SessionStatus::Cancelled)
            continue;
        if (!first || session.startsAt < first->startsAt)
            first = session;
    }
    return first;
}

} // namespace

QString toKey(CheckId value)
{
    switch (value) {
    case CheckId::SessionsLogged:
        return u"sessions-logged"_s;
    case CheckId::PhasesDone:
        return u"phases-done"_s;
    case CheckId::HoursCap:
        return u"hours-cap"_s;
    case CheckId::Agreement:
        return u"agreement"_s;
    case CheckId::CpfDeclarations:
        return u"cpf"_s;
    case CheckId::SynthesisHandedOver:
        return u"synthesis-handed-over"_s;
    case CheckId::FollowUpPlanned:
        return u"follow-up"_s;
    }
    return {};
}

QString toKey(CheckState value)
{
    switch (value) {
    case CheckState::Met:
        return u"met"_s;
    case CheckState::Pending:
        return u"pending"_s;
    case CheckState::Missing:
        return u"missing"_s;
    case CheckState::NotApplicable:
        return u"not-applicable"_s;
    case CheckState::DoneLate:
        return u"done-late"_s;
    }
    return {};
}

QString toKey(FixPlace value)
{
    switch (value) {
    case FixPlace::None:
        return {};
    case FixPlace::Sessions:
        return u"sessions"_s;
    case FixPlace::PlanSessions:
        return u"plan-sessions"_s;
    case FixPlace::NewSession:
        return u"new-session"_s;
    case FixPlace::Hours:
        return u"hours"_s;
    case FixPlace::Agreement:
        return u"agreement"_s;
    case FixPlace::CpfDeclarations:
        return u"cpf-declarations"_s;
    case FixPlace::Synthesis:
        return u"synthesis"_s;
    case FixPlace::HandoverReceipt:
        return u"handover-receipt"_s;
    }
    return {};
}

ComplianceCheck ComplianceRules::sessionsLogged(const ComplianceFacts& facts, QDate today)
{
    const QString title = tr("Past sessions logged");
    QList<QDate> days;
    for (const Session& session : facts.sessions) {
        if (session.status == SessionStatus::Planned && session.startsAt.date() < today)
            days << session.startsAt.date();
    }
    if (days.isEmpty())
        return make(CheckId::SessionsLogged, CheckState::Met, title, tr("No past session is left unlogged."));
    std::sort(days.begin(), days.end());
    QStringList listed;
    for (QDate day : days)
        listed << QLocale().toString(day, QLocale::ShortFormat);
    return make(CheckId::SessionsLogged, CheckState::Missing, title,
        tr("%n past session(s) to log (held, no-show, cancelled or moved): %1.", nullptr, static_cast<int>(days.size()))
            .arg(listed.join(u", "_s)),
        FixPlace::Sessions);
}

ComplianceCheck ComplianceRules::phasesDone(const ComplianceFacts& facts)
{
    const QString title = tr("Each of the three phases has a session done");
    if (facts.bilan.status == BilanStatus::Abandoned)
        return make(CheckId::PhasesDone, CheckState::NotApplicable, title, tr("The bilan was abandoned."));
    QStringList lacking;
    for (Phase phase : { Phase::Preliminary, Phase::Investigation, Phase::Conclusion }) {
        const bool done = std::any_of(facts.sessions.begin(), facts.sessions.end(), [phase](const Session& session) {
            return session.phase == phase && session.status == SessionStatus::Done;
        });
        if (!done)
            lacking << displayName(phase).toLower();
    }
    if (lacking.isEmpty())
        return make(CheckId::PhasesDone, CheckState::Met, title,
            tr("Preliminary, investigation and conclusion each have a session done."));
    if (!ended(facts.bilan)) {
        return make(CheckId::PhasesDone, CheckState::Pending, title,
            tr("Still to hold: %1.").arg(lacking.join(u", "_s)), FixPlace::PlanSessions);
    }
    return make(CheckId::PhasesDone, CheckState::Missing, title,
        tr("The bilan ended with no session done in: %1.").arg(lacking.join(u", "_s)), FixPlace::Sessions);
}

ComplianceCheck ComplianceRules::hoursCap(const ComplianceFacts& facts)
{
    const QString title = tr("Preliminary, investigation and conclusion within 24 hours");
    const BilanHours hours = computeHours(facts.bilan, facts.sessions, facts.personalWork);
    const int total = hours.countedTotalMinutes();
    if (total <= kCapMinutes) {
        return make(CheckId::HoursCap, CheckState::Met, title,
            tr("%1 done or planned of 24 h, personal work included; %2 done.")
                .arg(formatMinutes(total), formatMinutes(hours.countedDoneMinutes())));
    }
    return make(CheckId::HoursCap, CheckState::Missing, title,
        tr("%1 over the 24 h cap (sessions %2, personal work %3).")
            .arg(formatMinutes(total - kCapMinutes), formatMinutes(hours.countedCommittedMinutes()),
                formatMinutes(hours.countedPersonalWorkMinutes())),
        FixPlace::Hours);
}

ComplianceCheck ComplianceRules::agreement(const ComplianceFacts& facts, QDate today)
{
    const QString title = tr("Tripartite agreement signed before the first session, within its 10 days");
    if (!AgreementRules::applies(facts.bilan.funding))
        return make(CheckId::Agreement, CheckState::NotApplicable, title,
            tr("No tripartite agreement for this funding (%1).").arg(displayName(facts.bilan.funding)));
    const AgreementRecord& record = facts.agreement;
    const AgreementStatus status = AgreementRules::status(record, today);
    const std::optional<Session> first = firstBilanSession(facts.sessions);
    const bool held = first && first->status != SessionStatus::Planned;
    if (status.state == AgreementState::Signed) {
        if (record.sentOn.isValid() && record.signedOn > record.sentOn.addDays(kAgreementSignatureDays)) {
            return make(CheckId::Agreement, CheckState::Missing, title,
                tr("Signed on %1, after the 10 days that ended on %2.")
                    .arg(dateText(record.signedOn), dateText(record.sentOn.addDays(kAgreementSignatureDays))),
                FixPlace::Agreement);
        }
        if (first && first->startsAt.date() < record.signedOn && first->status != SessionStatus::Planned) {
            return make(CheckId::Agreement, CheckState::Missing, title,
                tr("A session took place on %1, before the signature on %2.")
                    .arg(dateText(first->startsAt.date()), dateText(record.signedOn)),
                FixPlace::Agreement);
        }
        return make(CheckId::Agreement, CheckState::Met, title, AgreementRules::describe(status));
    }
    if (held) {
        return make(CheckId::Agreement, CheckState::Missing, title,
            tr("A session took place on %1 without a signed agreement (%2).")
                .arg(dateText(first->startsAt.date()), AgreementRules::describe(status).toLower()),
            FixPlace::Agreement);
    }
    if (status.state == AgreementState::Refused || status.state == AgreementState::RefusedBySilence)
        return make(
            CheckId::Agreement, CheckState::Missing, title, AgreementRules::describe(status), FixPlace::Agreement);
    QString detail = AgreementRules::describe(status);
    if (first)
        detail += u' ' + tr("The first session is planned on %1.").arg(dateText(first->startsAt.date()));
    return make(CheckId::Agreement, CheckState::Pending, title, detail, FixPlace::Agreement);
}

ComplianceCheck ComplianceRules::cpfDeclarations(
    const ComplianceFacts& facts, QDate today, const HolidayCalendar& holidays)
{
    const QString title = tr("CPF entry and exit declared within 3 working days");
    if (facts.bilan.funding != Funding::Cpf)
        return make(CheckId::CpfDeclarations, CheckState::NotApplicable, title,
            tr("Not funded by the CPF (%1).").arg(displayName(facts.bilan.funding)));
    const CpfStatus status
        = cpfStatus(facts.bilan, facts.firstSessionDone, facts.lastSessionDone, facts.cpfDeclarations, holidays);
    QStringList missing;
    QStringList pending;
    QStringList late;
    QStringList met;
    auto look = [&](const std::optional<CpfDeadline>& deadline, CpfStep step) {
        const QString what = displayName(step);
        if (!deadline) {
            pending << (step == CpfStep::Entry ? tr("Entry: to declare once the first session is done")
                                               : tr("Exit: to declare once the bilan ends"));
            return;
        }
        if (deadline->declared()) {
            // Declared late: a fact to record, which no later action can correct.
            if (deadline->declaredOn > deadline->dueBy)
                late << tr("%1 declared late, on %2 (due by %3)")
                            .arg(what, dateText(deadline->declaredOn), dateText(deadline->dueBy));
            else
                met << tr("%1 declared on %2").arg(what, dateText(deadline->declaredOn));
        } else if (deadline->overdue(today)) {
            missing << tr("%1 not declared; it was due by %2").arg(what, dateText(deadline->dueBy));
        } else {
            pending << tr("%1 to declare by %2").arg(what, dateText(deadline->dueBy));
        }
    };
    look(status.entry, CpfStep::Entry);
    look(status.exit, CpfStep::Exit);
    // One sentence each, all starting with the declaration's name: « Sortie : à déclarer… Entrée déclarée le… ».
    const QString detail = (missing + pending + late + met).join(u". "_s) + u'.';
    if (!missing.isEmpty())
        return make(CheckId::CpfDeclarations, CheckState::Missing, title, detail, FixPlace::CpfDeclarations);
    if (!pending.isEmpty())
        return make(CheckId::CpfDeclarations, CheckState::Pending, title, detail, FixPlace::CpfDeclarations);
    if (!late.isEmpty())
        return make(CheckId::CpfDeclarations, CheckState::DoneLate, title, detail);
    return make(CheckId::CpfDeclarations, CheckState::Met, title, detail);
}

ComplianceCheck ComplianceRules::synthesisHandedOver(const ComplianceFacts& facts)
{
    const QString title = tr("Synthesis finalised and its handover receipt recorded");
    if (facts.bilan.status == BilanStatus::Abandoned)
        return make(CheckId::SynthesisHandedOver, CheckState::NotApplicable, title, tr("The bilan was abandoned."));
    const CheckState lacking = ended(facts.bilan) ? CheckState::Missing : CheckState::Pending;
    if (!facts.synthesisFinal)
        return make(CheckId::SynthesisHandedOver, lacking, title, tr("No version of the synthesis is final yet."),
            FixPlace::Synthesis);
    if (!facts.handover)
        return make(CheckId::SynthesisHandedOver, lacking, title,
            tr("The synthesis is final; the beneficiary's receipt is not recorded."), FixPlace::HandoverReceipt);
    return make(CheckId::SynthesisHandedOver, CheckState::Met, title,
        tr("Version %1 handed over, receipt signed on %2.")
            .arg(facts.handover->synthesisNumber)
            .arg(dateText(facts.handover->signedOn)));
}

ComplianceCheck ComplianceRules::followUpPlanned(const ComplianceFacts& facts, QDate today)
{
    const QString title = tr("Follow-up interview planned");
    if (facts.bilan.status == BilanStatus::Abandoned)
        return make(CheckId::FollowUpPlanned, CheckState::NotApplicable, title, tr("The bilan was abandoned."));
    for (const Session& session : facts.sessions) {
        if (session.phase == Phase::FollowUp && session.status != SessionStatus::Cancelled) {
            return make(CheckId::FollowUpPlanned, CheckState::Met, title,
                session.status == SessionStatus::Done ? tr("Held on %1.").arg(dateText(session.startsAt.date()))
                                                      : tr("Planned on %1.").arg(dateText(session.startsAt.date())));
        }
    }
    if (facts.followUpOutcome) {
        return make(CheckId::FollowUpPlanned, CheckState::Met, title,
            tr("Recorded: %1.").arg(displayName(*facts.followUpOutcome)));
    }
    if (!ended(facts.bilan)) {
        return make(CheckId::FollowUpPlanned, CheckState::Pending, title,
            tr("No follow-up session is planned (about six months after the end)."), FixPlace::NewSession);
    }
    // R6313-4: the follow-up may be planned; it is something to fix only once it is due.
    const QDate due = facts.followUpDue.isValid() ? facts.followUpDue : followUpDueDate(facts.bilan.endDate);
    if (!due.isValid() || today < due) {
        return make(CheckId::FollowUpPlanned, CheckState::Pending, title,
            due.isValid() ? tr("Due on %1; no follow-up session is planned yet.").arg(dateText(due))
                          : tr("No follow-up session is planned (about six months after the end)."),
            FixPlace::NewSession);
    }
    return make(CheckId::FollowUpPlanned, CheckState::Missing, title,
        tr("Due since %1; no follow-up session is planned and no outcome is recorded.").arg(dateText(due)),
        FixPlace::NewSession);
}

QList<ComplianceCheck> ComplianceRules::all(const ComplianceFacts& facts, QDate today, const HolidayCalendar& holidays)
{
    return { sessionsLogged(facts, today), phasesDone(facts), hoursCap(facts), agreement(facts, today),
        cpfDeclarations(facts, today, holidays), synthesisHandedOver(facts), followUpPlanned(facts, today) };
}

ComplianceSummary ComplianceRules::summarise(const QList<ComplianceCheck>& checks)
{
    ComplianceSummary summary;
    for (const ComplianceCheck& check : checks) {
        if (check.state == CheckState::Missing)
            ++summary.missing;
        else if (check.state == CheckState::Pending)
            ++summary.pending;
        else if (check.state == CheckState::Met)
            ++summary.met;
        else if (check.state == CheckState::DoneLate)
            ++summary.late;
    }
    return summary;
}

QString ComplianceRules::describe(const ComplianceSummary& summary)
{
    if (summary.missing > 0)
        return tr("%n point(s) to fix", nullptr, summary.missing);
    if (summary.pending > 0)
        return tr("In order so far; %n point(s) still to come", nullptr, summary.pending);
    if (summary.late > 0)
        return tr("All checks done, %n of them late", nullptr, summary.late);
    return tr("All checks met");
}

} // namespace parcours
