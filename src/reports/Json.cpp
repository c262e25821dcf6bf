#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>

using namespace Qt::StringLiterals;

namespace parcours::json {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject client(const Client& client)
{
    return QJsonObject {
        { u"id"_s, client.id },
        { u"last_name"_s, client.lastName },
        { u"first_name"_s, client.firstName },
        { u"email"_s, client.email },
        { u"phone"_s, client.phone },
        { u"birth_date"_s, orNull(formatIsoDate(client.birthDate)) },
        { u"created_at"_s, orNull(formatWallClock(client.createdAt)) },
        { u"version"_s, client.version },
    };
}

QJsonObject clientSummary(const ClientSummary& summary)
{
    return QJsonObject {
        { u"id"_s, summary.id },
        { u"last_name"_s, summary.lastName },
        { u"first_name"_s, summary.firstName },
        { u"email"_s, summary.email },
        { u"phone"_s, summary.phone },
        { u"status"_s, toKey(summary.status) },
        { u"bilan_id"_s, summary.bilanId ? QJsonValue(summary.bilanId) : QJsonValue(QJsonValue::Null) },
        { u"phase"_s, summary.phase ? QJsonValue(toKey(*summary.phase)) : QJsonValue(QJsonValue::Null) },
        { u"next_session"_s, orNull(formatWallClock(summary.nextSession)) },
        { u"done_minutes"_s, summary.doneMinutes },
        { u"cap_minutes"_s, kCapMinutes },
    };
}

QJsonObject session(const Session& session)
{
    return QJsonObject {
        { u"id"_s, session.id },
        { u"bilan_id"_s, session.bilanId },
        { u"phase"_s, toKey(session.phase) },
        { u"starts_at"_s, formatWallClock(session.startsAt) },
        { u"planned_minutes"_s, session.plannedMinutes },
        { u"actual_minutes"_s, session.actualMinutes ? QJsonValue(*session.actualMinutes)
                                                     : QJsonValue(QJsonValue::Null) },
        { u"status"_s, toKey(session.status) },
        { u"notes"_s, session.notes },
        { u"version"_s, session.version },
    };
}

QJsonObject bilan(const Bilan& bilan)
{
    return QJsonObject {
        { u"id"_s, bilan.id },
        { u"client_id"_s, bilan.clientId },
        { u"status"_s, toKey(bilan.status) },
        { u"funding"_s, toKey(bilan.funding) },
        { u"start_date"_s, orNull(formatIsoDate(bilan.startDate)) },
        { u"end_date"_s, orNull(formatIsoDate(bilan.endDate)) },
        { u"version"_s, bilan.version },
    };
}

QJsonObject bilanOverview(const BilanOverview& overview)
{
    QJsonObject object = bilan(overview.bilan);
    object.insert(u"client_name"_s, overview.client.fullName());
    const auto& current = overview.timeline.current;
    object.insert(u"current_phase"_s, current ? QJsonValue(toKey(*current)) : QJsonValue(QJsonValue::Null));
    QJsonArray phases;
    for (const PhaseHours& hours : overview.timeline.hours.phases) {
        phases.append(QJsonObject {
            { u"phase"_s, toKey(hours.phase) },
            { u"budget_minutes"_s, hours.budgetMinutes },
            { u"planned_minutes"_s, hours.plannedMinutes },
            { u"done_minutes"_s, hours.doneMinutes },
            { u"personal_work_minutes"_s, hours.personalWorkMinutes },
            { u"remaining_minutes"_s, hours.remainingMinutes() },
            { u"counts_toward_cap"_s, countsTowardCap(hours.phase) },
        });
    }
    object.insert(u"phases"_s, phases);
    const BilanHours& hours = overview.timeline.hours;
    object.insert(u"total"_s, QJsonObject {
                                  { u"budget_minutes"_s, hours.countedBudgetMinutes() },
                                  { u"planned_minutes"_s, hours.countedPlannedMinutes() },
                                  { u"done_minutes"_s, hours.countedDoneMinutes() },
                                  { u"personal_work_minutes"_s, hours.countedPersonalWorkMinutes() },
                                  { u"remaining_minutes"_s, kCapMinutes - hours.countedTotalMinutes() },
                                  { u"cap_minutes"_s, kCapMinutes },
                                  { u"completion_rate"_s, hours.completionRate() },
                              });
    QJsonArray sessions;
    for (const Session& item : overview.sessions)
        sessions.append(session(item));
    object.insert(u"sessions"_s, sessions);
    return object;
}

QJsonObject synthesis(const SynthesisVersion& version)
{
    QJsonArray sections;
    for (const SynthesisSection& section : version.sections) {
        sections.append(QJsonObject {
            { u"key"_s, section.key },
            { u"title"_s, SynthesisRules::displayTitle(section.layout()) },
            { u"custom_title"_s, !section.title.isEmpty() },
            { u"hidden"_s, section.hidden },
            { u"words"_s, section.body.wordCount() },
            { u"text"_s, section.body.toPlainText() },
        });
    }
    QJsonArray actions;
    for (const PlannedAction& action : version.actions) {
        actions.append(QJsonObject {
            { u"horizon"_s, toKey(action.horizon) },
            { u"step"_s, action.step },
            { u"contact"_s, action.contact },
            { u"target_date"_s, orNull(formatIsoDate(action.targetDate)) },
        });
    }
    return QJsonObject {
        { u"id"_s, version.id },
        { u"bilan_id"_s, version.bilanId },
        { u"number"_s, version.number },
        { u"status"_s, toKey(version.status) },
        { u"created_at"_s, orNull(formatWallClock(version.createdAt)) },
        { u"submitted_at"_s, orNull(formatWallClock(version.submittedAt)) },
        { u"finalized_at"_s, orNull(formatWallClock(version.finalizedAt)) },
        { u"observations"_s, version.observations },
        { u"words"_s, version.wordCount() },
        { u"sections"_s, sections },
        { u"actions"_s, actions },
        { u"version"_s, version.version },
    };
}

QJsonObject agreement(const AgreementRecord& record, const AgreementStatus& status)
{
    return QJsonObject {
        { u"bilan_id"_s, record.bilanId },
        { u"state"_s, toKey(status.state) },
        { u"sent_on"_s, orNull(formatIsoDate(record.sentOn)) },
        { u"signed_on"_s, orNull(formatIsoDate(record.signedOn)) },
        { u"refused_on"_s, orNull(formatIsoDate(record.refusedOn)) },
        { u"deadline"_s, orNull(formatIsoDate(status.deadline)) },
        { u"employer"_s, record.employer },
        { u"price_cents"_s, record.priceCents ? QJsonValue(*record.priceCents) : QJsonValue(QJsonValue::Null) },
        { u"payment_terms"_s, record.paymentTerms },
        { u"version"_s, record.version },
    };
}

} // namespace parcours::json
