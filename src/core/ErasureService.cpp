#include "JournalledDeletion.h"

#include <parcours/core/DataInventory.h>
#include <parcours/core/ErasureService.h>
#include <parcours/core/RetentionRepository.h>

using namespace Qt::StringLiterals;

namespace parcours {

ErasureService::ErasureService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

QString ErasureService::describe(const QString& table)
{
    static const QMap<QString, const char*> names {
        { u"client"_s, QT_TR_NOOP("Identity (name)") },
        { u"bilan"_s, QT_TR_NOOP("Bilans (funding, dates, hours)") },
        { u"session"_s, QT_TR_NOOP("Sessions (date, phase, length, attendance)") },
        { u"session_record"_s, QT_TR_NOOP("Session records (place, attendance signed, handouts)") },
        { u"session_scan"_s, QT_TR_NOOP("Signed attendance sheets") },
        { u"cpf_declaration"_s, QT_TR_NOOP("CPF declarations") },
        { u"agreement"_s, QT_TR_NOOP("Tripartite agreement") },
        { u"handover_receipt"_s, QT_TR_NOOP("Synthesis handover receipt") },
        { u"client_contact"_s, QT_TR_NOOP("Contacts (kind and day)") },
        { u"retention_consent"_s, QT_TR_NOOP("Retention consents") },
        { u"bilan_abandonment"_s, QT_TR_NOOP("Reason of an abandonment") },
        { u"follow_up"_s, QT_TR_NOOP("Follow-up (due day, outcome)") },
        { u"follow_up_attempt"_s, QT_TR_NOOP("Follow-up attempts") },
        { u"funding_plan"_s, QT_TR_NOOP("Funding plan") },
        { u"funding_share"_s, QT_TR_NOOP("Funders' shares") },
        { u"invoice"_s, QT_TR_NOOP("Invoices and credit notes") },
        { u"payment"_s, QT_TR_NOOP("Payments") },
        { u"evaluation"_s, QT_TR_NOOP("Satisfaction questionnaires answered") },
        { u"evaluation_score"_s, QT_TR_NOOP("Anonymous satisfaction scores") },
    };
    if (const TableRole* role = DataInventory::find(table); role && role->role == DataRole::Content && role->kind)
        return displayName(*role->kind);
    if (const auto it = names.constFind(table); it != names.cend())
        return tr(it.value());
    return table;
}

Result<ErasurePlan> ErasureService::plan(qint64 clientId, bool keepProof)
{
    auto client = m_repositories.clients().get(clientId);
    if (!client)
        return client.error();
    auto bilans = m_repositories.bilans().forClient(clientId);
    if (!bilans)
        return bilans.error();
    auto rows = m_repositories.retention().personRows(clientId);
    if (!rows)
        return rows.error();
    ErasurePlan plan;
    plan.clientId = clientId;
    plan.clientName = client->fullName();
    plan.keepProof = keepProof;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        const TableRole* role = DataInventory::find(it.key());
        if (role && role->role == DataRole::Journal)
            continue; // the destruction journal names no one: it is never erased
        const bool goes = !keepProof || (role && role->role == DataRole::Content) || it.key() == u"client_contact";
        (goes ? plan.deleted : plan.kept) << ErasureLine { it.key(), it.value(), describe(it.key()) };
    }
    if (keepProof) {
        if (!client->email.isEmpty())
            plan.identityCleared << tr("e-mail");
        if (!client->phone.isEmpty())
            plan.identityCleared << tr("phone");
        if (client->birthDate.isValid())
            plan.identityCleared << tr("birth date");
    }
    for (const Bilan& bilan : bilans.value()) {
        if (bilan.status == BilanStatus::Open) {
            plan.refusal = tr("A bilan of this person is still open: close it or record its abandonment first.");
            break;
        }
    }
    if (plan.refusal.isEmpty() && !keepProof && rows->value(u"invoice"_s) > 0) {
        plan.proofRequired = true;
        plan.refusal = tr("This person has invoices, which the law requires to be kept for ten years: erase all "
                          "but the administrative proof instead.");
    }
    plan.outsideFiles << tr("any PDF or export you made of this person (synthesis, certificates, exported folder)")
                      << tr("any copy of a test's report file you saved outside Parcours");
    return plan;
}

Result<DestructionRecord> ErasureService::erase(qint64 clientId, bool keepProof, const QString& doneBy)
{
    auto plan = this->plan(clientId, keepProof);
    if (!plan)
        return plan.error();
    if (!plan->refusal.isEmpty())
        return makeError(ErrorCode::Refused, plan->refusal);
    auto client = m_repositories.clients().get(clientId);
    if (!client)
        return client.error();
    DestructionRecord record;
    record.operation = keepProof ? DestructionOperation::ReduceClient : DestructionOperation::EraseClient;
    record.clientId = clientId;
    record.clientCreatedAt = client->createdAt;
    record.contents = QList<ContentKind>(kAllContentKinds.begin(), kAllContentKinds.end());
    RetentionRepository& retention = m_repositories.retention();
    auto done = deleteAndJournal(m_repositories, m_clock, record, doneBy,
        [&] { return retention.erasePerson(clientId, keepProof); },
        { AuditOperation::Delete, AuditRecord::Client, clientId,
            keepProof ? u"person-erasure-keep-proof"_s : u"person-erasure"_s });
    if (!done)
        return done.error();
    if (auto scrubbed = retention.scrubPerson(); !scrubbed)
        return scrubbed.error();
    return done;
}

} // namespace parcours
