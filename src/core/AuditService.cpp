#include <parcours/core/AuditRepository.h>
#include <parcours/core/AuditService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/Settings.h>

using namespace Qt::StringLiterals;

namespace parcours {

AuditService::AuditService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

QDateTime AuditService::nowUtc() const
{
    const QDateTime wall = m_clock.now();
    const QTimeZone zone = Settings(m_repositories.settings()).timeZone();
    QDateTime utc = QDateTime(wall.date(), wall.time(), zone).toUTC();
    const QTime time = utc.time();
    utc.setTime(QTime(time.hour(), time.minute(), time.second()));
    return utc;
}

Result<QString> AuditService::who()
{
    auto login = m_repositories.audit().login();
    if (!login)
        return login.error();
    if (!login->isEmpty())
        return login.value();
    return Settings(m_repositories.settings()).text(settingKeys::consultantName).left(200);
}

Result<void> AuditService::record(AuditOperation operation, AuditRecord kind, qint64 id, const QString& what)
{
    AuditEntry entry;
    entry.operation = operation;
    entry.recordKind = id > 0 ? kind : AuditRecord::None;
    entry.recordId = std::max<qint64>(0, id);
    entry.what = what.left(40);
    if (kind == AuditRecord::Bilan) {
        entry.bilanId = entry.recordId;
    } else if (kind == AuditRecord::Session && id > 0) {
        if (auto session = m_repositories.sessions().get(id))
            entry.bilanId = session->bilanId;
    } else if (kind == AuditRecord::Journal && id > 0) {
        if (auto destruction = m_repositories.retention().destruction(id))
            entry.bilanId = destruction->bilanId;
    }
    auto by = who();
    if (!by)
        return by.error();
    entry.who = by.value();
    entry.at = nowUtc();
    return m_repositories.transact([&]() -> Result<void> {
        auto tail = m_repositories.audit().tail();
        if (!tail)
            return tail.error();
        entry.seq = tail->seq + 1;
        entry.prevHash = tail->hash;
        entry.hash = audit::hashOf(entry);
        return m_repositories.audit().append(entry);
    });
}

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter)
{
    return m_repositories.audit().entries(filter);
}

Result<AuditAnchor> AuditService::anchor()
{
    return m_repositories.audit().anchor();
}

Result<AuditVerification> AuditService::verify()
{
    auto everything = m_repositories.audit().readsEveryEntry();
    if (!everything)
        return everything.error();
    if (!everything.value()) {
        return makeError(ErrorCode::Refused,
            tr("Only a manager or the cabinet's administrator reads every entry of the audit log and can verify it."));
    }
    // Entries and anchor in one read transaction would be ideal; an entry appended between the two reads only
    // moves the head further, which is reported as an entry "not the last one": read the anchor first.
    auto anchor = m_repositories.audit().anchor();
    if (!anchor)
        return anchor.error();
    auto entries = m_repositories.audit().entries({});
    if (!entries)
        return entries.error();
    AuditAnchor upTo = anchor.value();
    if (!entries->isEmpty() && entries->last().seq > upTo.headSeq) {
        // Appended since the anchor was read: check up to the head read.
        while (!entries->isEmpty() && entries->last().seq > upTo.headSeq)
            entries->removeLast();
    }
    return audit::verifyChain(upTo, entries.value());
}

Result<int> AuditService::purge()
{
    const QDateTime now = nowUtc();
    auto purged = m_repositories.audit().purgeBefore(now.addMonths(-audit::kRetentionMonths), now);
    if (!purged)
        return purged.error();
    if (purged.value() > 0) {
        auto anchor = m_repositories.audit().anchor();
        const qint64 upTo = anchor ? anchor->seq : 0;
        if (auto logged = record(AuditOperation::Purge, AuditRecord::None, 0, u"up-to-%1"_s.arg(upTo)); !logged)
            return logged.error();
    }
    return purged.value();
}

} // namespace parcours
