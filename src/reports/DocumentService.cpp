#include <parcours/core/InvestigationRepository.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/Hours.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/DocumentService.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

std::unique_ptr<DocumentLanguage> languageOf(Repositories& repositories)
{
    return std::make_unique<DocumentLanguage>(Settings(repositories.settings()).text(settingKeys::documentLanguage));
}

/// Face-to-face minutes done over the phases that count toward the cap.
int doneCountedMinutes(const QList<Session>& sessions)
{
    int minutes = 0;
    for (const Session& session : sessions) {
        if (countsTowardCap(session.phase))
            minutes += doneContribution(session);
    }
    return minutes;
}

} // namespace

DocumentService::DocumentService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<BilanParties> DocumentService::parties(qint64 bilanId)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    auto client = m_repositories.clients().get(bilan->clientId);
    if (!client)
        return client.error();
    auto sessions = m_repositories.sessions().forBilan(bilanId);
    if (!sessions)
        return sessions.error();
    BilanParties parties;
    parties.letterhead = Letterhead::fromSettings(Settings(m_repositories.settings()));
    parties.client = client.value();
    parties.bilan = bilan.value();
    QDate lastDone;
    for (const Session& session : sessions.value()) {
        if (!countsTowardCap(session.phase) || session.status != SessionStatus::Done)
            continue;
        const QDate day = session.startsAt.date();
        if (!parties.firstDay.isValid() || day < parties.firstDay)
            parties.firstDay = day;
        if (!lastDone.isValid() || day > lastDone)
            lastDone = day;
    }
    if (!parties.firstDay.isValid())
        parties.firstDay = parties.bilan.startDate;
    parties.lastDay = parties.bilan.endDate.isValid() ? parties.bilan.endDate : lastDone;
    return parties;
}

Result<BuiltDocument> DocumentService::synthesis(qint64 bilanId, std::optional<qint64> versionId)
{
    auto parties = this->parties(bilanId);
    if (!parties)
        return parties.error();
    SynthesisContent content { parties.value(), {}, m_clock.today() };
    if (versionId) {
        auto version = m_repositories.syntheses().get(*versionId);
        if (!version)
            return version.error();
        if (version->bilanId != bilanId)
            return makeError(ErrorCode::NotFound, tr("This version belongs to another bilan."));
        content.version = version.value();
    } else {
        auto latest = m_repositories.syntheses().latest(bilanId);
        if (!latest)
            return latest.error();
        if (!latest.value())
            return makeError(ErrorCode::NotFound, tr("The synthesis of this bilan is not started yet."));
        content.version = *latest.value();
    }
    return documents::synthesis(content, languageOf(m_repositories));
}

Result<BuiltDocument> DocumentService::finalSynthesis(qint64 bilanId)
{
    auto history = m_repositories.syntheses().history(bilanId);
    if (!history)
        return history.error();
    for (const SynthesisVersion& version : history.value()) {
        if (version.isFrozen())
            return synthesis(bilanId, version.id);
    }
    return makeError(ErrorCode::Refused,
                     tr("The synthesis has no final version: only a final version is sent to a third party."));
}

Result<BuiltDocument> DocumentService::testResults(qint64 bilanId, const QString& recipientName, RecipientKind recipientKind)
{
    auto parties = this->parties(bilanId);
    if (!parties)
        return parties.error();
    auto results = m_repositories.investigation().testResults().forBilan(bilanId);
    if (!results)
        return results.error();
    if (results->isEmpty())
        return makeError(ErrorCode::Refused, tr("No test result is stored for this bilan: there is nothing to send."));
    auto language = languageOf(m_repositories);
    const QString recipient
        = u"%1 (%2)"_s.arg(recipientName, language->text("DisclosureRules", displayNameSource(recipientKind)));
    TestResultsContent content { parties.value(), results.value(), recipient, m_clock.today() };
    return documents::testResults(content, std::move(language));
}

Result<BuiltDocument> DocumentService::receipt(qint64 bilanId)
{
    auto parties = this->parties(bilanId);
    if (!parties)
        return parties.error();
    auto history = m_repositories.syntheses().history(bilanId);
    if (!history)
        return history.error();
    ReceiptContent content { parties.value(), 0, {}, {} };
    for (const SynthesisVersion& version : history.value()) {
        if (version.isFrozen()) {
            content.synthesisNumber = version.number;
            content.synthesisDate = version.finalizedAt.date();
            break;
        }
    }
    auto handover = m_repositories.proofs().handover(bilanId);
    if (!handover)
        return handover.error();
    if (handover.value() && handover.value()->synthesisNumber == content.synthesisNumber)
        content.signedOn = handover.value()->signedOn;
    if (content.synthesisNumber == 0 && handover.value()) {
        // The content may have been destroyed since (R6313-7): the proof still names what was handed over.
        content.synthesisNumber = handover.value()->synthesisNumber;
        content.synthesisDate = handover.value()->synthesisDate;
        content.signedOn = handover.value()->signedOn;
    }
    if (content.synthesisNumber == 0) {
        return makeError(ErrorCode::Refused,
                         tr("The synthesis has no final version yet: the receipt is printed for a final version."));
    }
    return documents::receipt(content, languageOf(m_repositories));
}

Result<BuiltDocument> DocumentService::agreement(qint64 bilanId)
{
    auto parties = this->parties(bilanId);
    if (!parties)
        return parties.error();
    if (!AgreementRules::applies(parties->bilan.funding)) {
        return makeError(ErrorCode::Refused, tr("Funding: %1. A tripartite agreement is made only when an employer or "
                                                "France Travail funds the bilan.")
                                                 .arg(displayName(parties->bilan.funding)));
    }
    auto record = m_repositories.proofs().agreement(bilanId);
    if (!record)
        return record.error();
    return documents::agreement({ parties.value(), record.value() }, languageOf(m_repositories));
}

Result<BuiltDocument> DocumentService::completionCertificate(qint64 bilanId)
{
    auto parties = this->parties(bilanId);
    if (!parties)
        return parties.error();
    auto sessions = m_repositories.sessions().forBilan(bilanId);
    if (!sessions)
        return sessions.error();
    const int minutes = doneCountedMinutes(sessions.value());
    if (minutes == 0)
        return makeError(ErrorCode::Refused, tr("No session of this bilan is done yet: there is nothing to certify."));
    auto record = m_repositories.proofs().agreement(bilanId);
    if (!record)
        return record.error();
    CertificateContent content { parties.value(), record->employer, minutes, m_clock.today() };
    return documents::completionCertificate(content, languageOf(m_repositories));
}

Result<BuiltDocument> DocumentService::destructionCertificate(qint64 journalId)
{
    auto record = m_repositories.retention().destruction(journalId);
    if (!record)
        return record.error();
    if (record->bilanId == 0)
        return makeError(ErrorCode::Refused, tr("This entry of the journal is not the destruction of a bilan's content."));
    auto parties = this->parties(record->bilanId);
    if (!parties)
        return parties.error();
    DestructionCertificateContent content { parties.value(), record.value(), m_clock.today() };
    return documents::destructionCertificate(content, languageOf(m_repositories));
}

Result<BuiltDocument> DocumentService::destructionCertificateOfBilan(qint64 bilanId)
{
    auto records = m_repositories.retention().destructions(bilanId);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::Refused, tr("No content of this bilan was destroyed yet: there is nothing to certify."));
    return destructionCertificate(records->last().id);
}

} // namespace parcours
