// The BPF of a financial year, read from the records (BillingService::bpfInput) and computed by computeBpf.
#include <parcours/core/BillingRepository.h>
#include <parcours/core/BillingService.h>
#include <parcours/core/Hours.h>
#include <parcours/core/Settings.h>

#include <QHash>
#include <QSet>

namespace parcours {

Result<BpfInput> BillingService::bpfInput(int label)
{
    BpfInput input;
    input.year = financialYearOf(label);
    const Settings settings(m_repositories.settings());
    input.siret = settings.text(settingKeys::consultantSiret);
    input.declarationNumber = settings.text(settingKeys::consultantDeclaration);

    auto documents = m_repositories.billing().invoices({});
    if (!documents)
        return documents.error();
    QSet<qint64> invoiced;
    for (const InvoiceState& state : documents.value()) {
        const Invoice& document = state.invoice;
        if (document.kind == InvoiceKind::Invoice)
            invoiced.insert(document.bilanId);
        if (input.year.contains(document.issuedOn))
            input.documents.append({ document.number, document.issuedOn, document.funder, document.signedCents() });
    }

    auto sessions = m_repositories.sessions().between(input.year.first, input.year.last, std::nullopt);
    if (!sessions)
        return sessions.error();
    QHash<qint64, qint64> clientOf;
    for (const Session& session : sessions.value()) {
        if (session.status != SessionStatus::Done || !countsTowardCap(session.phase))
            continue;
        if (!clientOf.contains(session.bilanId)) {
            auto bilan = m_repositories.bilans().get(session.bilanId);
            if (!bilan)
                return bilan.error();
            auto client = m_repositories.clients().get(bilan->clientId);
            if (!client)
                return client.error();
            auto plan = m_repositories.billing().plan(bilan->id);
            if (!plan)
                return plan.error();
            const FundingPlan effective = plan.value() ? *plan.value() : BillingRules::defaultPlan(bilan->id, bilan->funding);
            clientOf.insert(bilan->id, client->id);
            input.bilans.append({ bilan->id, client->id, client->fullName(),
                                  BillingRules::traineeStatus(effective, bilan->funding), invoiced.contains(bilan->id) });
        }
        input.sessions.append({ session.bilanId, clientOf.value(session.bilanId), session.startsAt.date(),
                                doneContribution(session) });
    }
    return input;
}

Result<BpfFigures> BillingService::bpf(int label)
{
    auto input = bpfInput(label);
    if (!input)
        return input.error();
    return computeBpf(input.value());
}

} // namespace parcours
