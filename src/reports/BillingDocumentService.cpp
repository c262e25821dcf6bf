#include <parcours/core/BillingRepository.h>
#include <parcours/core/SaveFile.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/BillingDocuments.h>

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// How long a quote holds.
constexpr int kQuoteValidityDays = 30;

std::unique_ptr<DocumentLanguage> languageOf(Repositories& repositories)
{
    return std::make_unique<DocumentLanguage>(Settings(repositories.settings()).text(settingKeys::documentLanguage));
}

} // namespace

BillingDocumentService::BillingDocumentService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<BuiltDocument> BillingDocumentService::quote(qint64 bilanId)
{
    BillingService billing(m_repositories, m_clock);
    auto overview = billing.overview(bilanId);
    if (!overview)
        return overview.error();
    if (!overview->priceCents) {
        return makeError(ErrorCode::Refused,
                         tr("This bilan has no price: set its price, or a default price in the settings, first."));
    }
    auto agreement = m_repositories.proofs().agreement(bilanId);
    if (!agreement)
        return agreement.error();
    const Settings settings(m_repositories.settings());
    QuoteContent content;
    content.letterhead = Letterhead::fromSettings(settings);
    content.billing = overview.value();
    content.issuedOn = m_clock.today();
    content.validUntil = content.issuedOn.addDays(kQuoteValidityDays);
    content.number = u"D-%1-%2"_s.arg(content.issuedOn.year()).arg(bilanId, 4, 10, QChar(u'0'));
    content.vatMention = settings.text(settingKeys::billingVatMention);
    content.paymentTerms = agreement->paymentTerms;
    content.paymentDays = settings.count(settingKeys::billingPaymentDays);
    return documents::quote(content, languageOf(m_repositories));
}

Result<BuiltDocument> BillingDocumentService::invoice(qint64 invoiceId)
{
    auto state = m_repositories.billing().invoice(invoiceId);
    if (!state)
        return state.error();
    InvoiceContent content;
    content.state = state.value();
    content.logo = Letterhead::fromSettings(Settings(m_repositories.settings())).logo;
    if (state->invoice.correctsId) {
        auto corrected = m_repositories.billing().invoice(*state->invoice.correctsId);
        if (!corrected)
            return corrected.error();
        content.correctsIssuedOn = corrected->invoice.issuedOn;
    }
    return documents::invoice(content, languageOf(m_repositories));
}

Result<BuiltDocument> BillingDocumentService::bpf(int year)
{
    auto figures = BillingService(m_repositories, m_clock).bpf(year);
    if (!figures)
        return figures.error();
    BpfContent content { Letterhead::fromSettings(Settings(m_repositories.settings())), figures.value(), m_clock.today() };
    return documents::bpf(content, languageOf(m_repositories));
}

Result<void> BillingDocumentService::writeBpfCsv(int year, const QString& path)
{
    auto figures = BillingService(m_repositories, m_clock).bpf(year);
    if (!figures)
        return figures.error();
    const QByteArray csv = documents::bpfCsv(figures.value(), *languageOf(m_repositories));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(csv);
    return commitWhole(file);
}

} // namespace parcours
