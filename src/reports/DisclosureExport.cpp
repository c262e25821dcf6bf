#include <parcours/core/AuditService.h>
#include <parcours/core/DisclosureRepository.h>
#include <parcours/core/DisclosureService.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/DisclosureExport.h>
#include <parcours/reports/DocumentService.h>

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parcours {

DisclosureExport::DisclosureExport(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<BuiltDocument> DisclosureExport::build(qint64 bilanId, qint64 consentId, DisclosedItem item)
{
    auto consent = DisclosureService(m_repositories, m_clock).authorize(bilanId, consentId, item);
    if (!consent)
        return consent.error();
    DocumentService documents(m_repositories, m_clock);
    if (item == DisclosedItem::Synthesis)
        return documents.finalSynthesis(bilanId);
    return documents.testResults(bilanId, consent->recipientName, consent->recipientKind);
}

Result<DisclosureRecord> DisclosureExport::send(
    qint64 bilanId, qint64 consentId, DisclosedItem item, const QString& path)
{
    auto built = build(bilanId, consentId, item);
    if (!built)
        return built.error();
    DisclosureRecord record;
    record.consentId = consentId;
    record.bilanId = bilanId;
    record.what = item;
    record.sentAt = m_clock.now();
    record.sentBy = Settings(m_repositories.settings()).value(settingKeys::consultantName).valueOr(QString());
    record.fileName = QFileInfo(path).fileName();
    bool written = false;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto id = DisclosureService(m_repositories, m_clock).record(record);
        if (!id)
            return id.error();
        record.id = id.value();
        // The access log names the sending with the row, in the same transaction: neither without the other.
        const QString what = item == DisclosedItem::Synthesis ? u"disclosure-synthesis"_s : u"disclosure-test-results"_s;
        if (auto logged = AuditService(m_repositories, m_clock).record(AuditOperation::Export, AuditRecord::Bilan, bilanId, what);
            !logged)
            return logged;
        // Written inside the transaction: a file that cannot be written leaves no record of a sending.
        if (auto pdf = built->writePdf(path); !pdf)
            return pdf;
        written = true;
        return success();
    });
    if (!done) {
        if (written)
            QFile::remove(path); // the sending is not recorded: the file is not left as if it had been
        return done.error();
    }
    return record;
}

} // namespace parcours
