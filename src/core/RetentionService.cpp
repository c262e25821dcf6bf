#include "JournalledDeletion.h"

#include <parcours/core/Consent.h>
#include <parcours/core/DisclosureRepository.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/RetentionService.h>

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {

RetentionService::RetentionService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<RetentionSchedule> RetentionService::schedule(qint64 bilanId)
{
    BilanRetentionFacts facts;
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    facts.bilan = bilan.value();
    RetentionRepository& retention = m_repositories.retention();
    auto lastDone = retention.lastSessionDone(bilanId);
    if (!lastDone)
        return lastDone.error();
    facts.lastSessionDone = lastDone.value();
    auto rows = retention.contentRows(bilanId);
    if (!rows)
        return rows.error();
    facts.rows = rows.value();
    auto consents = retention.consents(bilanId);
    if (!consents)
        return consents.error();
    facts.consents = consents.value();
    // R6313-7: a synthèse sent to the CEP operator (under the beneficiary's consent) may be kept one year.
    auto disclosureConsents = m_repositories.disclosures().consents(bilanId);
    if (!disclosureConsents)
        return disclosureConsents.error();
    auto sent = m_repositories.disclosures().disclosures(bilanId);
    if (!sent)
        return sent.error();
    facts.synthesisSentToCep = DisclosureRules::synthesisSentToCep(disclosureConsents.value(), sent.value());
    return RetentionRules::schedule(facts, m_clock.today());
}

Result<QList<RetentionConsent>> RetentionService::consents(qint64 bilanId)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    return m_repositories.retention().consents(bilanId);
}

Result<qint64> RetentionService::recordConsent(RetentionConsent consent)
{
    auto bilan = m_repositories.bilans().get(consent.bilanId);
    if (!bilan)
        return bilan.error();
    auto lastDone = m_repositories.retention().lastSessionDone(consent.bilanId);
    if (!lastDone)
        return lastDone.error();
    const QDate end = RetentionRules::endDate(bilan.value(), lastDone.value());
    if (auto valid = firstError(RetentionRules::validate(consent, end, m_clock.today())); !valid)
        return valid.error();
    consent.scope = consent.scope.trimmed();
    consent.withdrawnOn = {};
    consent.recordedAt = m_clock.now();
    return m_repositories.retention().addConsent(consent);
}

Result<RetentionConsent> RetentionService::withdrawConsent(qint64 consentId, QDate on)
{
    return ConsentRules::withdraw(m_repositories.retention(), consentId, on, m_clock.today());
}

Result<qint64> RetentionService::recordContact(const ClientContact& contact)
{
    if (!contact.on.isValid() || contact.on > m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("A contact is dated today or before."), u"on"_s);
    if (auto client = m_repositories.clients().get(contact.clientId); !client)
        return client.error();
    return m_repositories.retention().addContact(contact);
}

Result<QList<RetentionDueItem>> RetentionService::due()
{
    QList<RetentionDueItem> items;
    const QDate today = m_clock.today();
    // One batch for every ended bilan, then the same rules as schedule(): no query per bilan.
    auto bilans = m_repositories.retention().endedBilansWithContent();
    if (!bilans)
        return bilans.error();
    auto toCep = m_repositories.disclosures().bilansWithSynthesisSentToCep();
    if (!toCep)
        return toCep.error();
    for (BilanRetentionFacts& facts : bilans.value()) {
        facts.synthesisSentToCep = toCep->contains(facts.bilan.id);
        if (auto item = dueItem(facts, today))
            items << *item;
    }
    auto prospects = m_repositories.retention().prospects();
    if (!prospects)
        return prospects.error();
    for (const ProspectFacts& prospect : prospects.value()) {
        const QDate dueOn = RetentionRules::prospectDueOn(prospect.lastContact);
        if (dueOn > today)
            continue;
        RetentionDueItem item;
        item.what = RetentionDueItem::What::Prospect;
        item.clientId = prospect.clientId;
        item.clientName = prospect.clientName;
        item.dueSince = dueOn;
        item.lastContact = prospect.lastContact;
        items << item;
    }
    std::stable_sort(items.begin(), items.end(),
        [](const RetentionDueItem& a, const RetentionDueItem& b) { return a.dueSince < b.dueSince; });
    return items;
}

Result<DestructionPlan> RetentionService::plan(qint64 bilanId, QList<ContentKind> kinds)
{
    if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
        return bilan.error();
    auto rows = m_repositories.retention().contentRows(bilanId);
    if (!rows)
        return rows.error();
    if (kinds.isEmpty())
        kinds = QList<ContentKind>(kAllContentKinds.begin(), kAllContentKinds.end());
    DestructionPlan plan;
    plan.bilanId = bilanId;
    for (ContentKind kind : kinds) {
        if (rows->value(kind) > 0)
            plan.counts.insert(kind, rows->value(kind));
    }
    // Exported documents are not tracked: the consultant is told which ones to look for.
    plan.outsideFiles << tr("any PDF you exported of this bilan (synthesis, investigation summary, certificates)")
                      << tr("any copy of a test's report file you saved outside Parcours");
    return plan;
}

Result<DestructionRecord> RetentionService::destroy(qint64 bilanId, QList<ContentKind> kinds, const QString& doneBy)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    if (bilan->status == BilanStatus::Open) {
        return makeError(ErrorCode::Refused,
            tr("The bilan is still open: close it (or record its abandonment) before destroying its content."));
    }
    auto client = m_repositories.clients().get(bilan->clientId);
    if (!client)
        return client.error();
    if (kinds.isEmpty())
        kinds = QList<ContentKind>(kAllContentKinds.begin(), kAllContentKinds.end());
    DestructionRecord record;
    record.operation = DestructionOperation::DestroyContent;
    record.clientId = client->id;
    record.clientCreatedAt = client->createdAt;
    record.bilanId = bilanId;
    record.bilanCreatedAt = bilan->createdAt;
    record.contents = kinds;
    RetentionRepository& retention = m_repositories.retention();
    auto done = deleteAndJournal(m_repositories, m_clock, record, doneBy,
        [&] { return retention.deleteContent(bilanId, kinds); },
        { AuditOperation::Destroy, AuditRecord::Journal, 0, u"bilan-content"_s });
    if (!done)
        return done.error();
    if (auto scrubbed = retention.scrub(kinds); !scrubbed)
        return scrubbed.error();
    return done;
}

} // namespace parcours
