#include <parcours/core/Audit.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {

QString toKey(AuditOperation value)
{
    switch (value) {
    case AuditOperation::ReadContent:
        return u"read-content"_s;
    case AuditOperation::Export:
        return u"export"_s;
    case AuditOperation::Print:
        return u"print"_s;
    case AuditOperation::Delete:
        return u"delete"_s;
    case AuditOperation::Destroy:
        return u"destroy"_s;
    case AuditOperation::Restore:
        return u"restore"_s;
    case AuditOperation::Purge:
        return u"purge"_s;
    }
    return {};
}

template<> std::optional<AuditOperation> fromKey<AuditOperation>(QStringView key)
{
    for (auto value : { AuditOperation::ReadContent, AuditOperation::Export, AuditOperation::Print,
             AuditOperation::Delete, AuditOperation::Destroy, AuditOperation::Restore, AuditOperation::Purge }) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

QString toKey(AuditRecord value)
{
    switch (value) {
    case AuditRecord::None:
        return u"none"_s;
    case AuditRecord::Client:
        return u"client"_s;
    case AuditRecord::Bilan:
        return u"bilan"_s;
    case AuditRecord::Session:
        return u"session"_s;
    case AuditRecord::Journal:
        return u"journal"_s;
    }
    return {};
}

template<> std::optional<AuditRecord> fromKey<AuditRecord>(QStringView key)
{
    for (auto value :
        { AuditRecord::None, AuditRecord::Client, AuditRecord::Bilan, AuditRecord::Session, AuditRecord::Journal }) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

namespace audit {
namespace {

QString missing(qint64 from, qint64 to)
{
    return from == to ? QCoreApplication::translate("Audit", "entry %1 is missing").arg(from)
                      : QCoreApplication::translate("Audit", "entries %1 to %2 are missing").arg(from).arg(to);
}

} // namespace

QByteArray canonical(const AuditEntry& entry)
{
    // Version line first, so that a later format can be told apart; free text is percent-encoded so that no
    // field can hold the separator.
    QByteArray out = "parcours-audit-1\n";
    out += QByteArray::number(entry.seq) + '\n';
    out += entry.at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toLatin1() + '\n';
    out += QUrl::toPercentEncoding(entry.who) + '\n';
    out += toKey(entry.operation).toLatin1() + '\n';
    out += toKey(entry.recordKind).toLatin1() + '\n';
    out += QByteArray::number(entry.recordId) + '\n';
    out += QByteArray::number(entry.bilanId) + '\n';
    out += QUrl::toPercentEncoding(entry.what) + '\n';
    out += entry.prevHash.toLatin1();
    return out;
}

QString hashOf(const AuditEntry& entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

AuditVerification verifyChain(const AuditAnchor& anchor, const QList<AuditEntry>& entries)
{
    AuditVerification result;
    const auto broken = [&result](qint64 seq, const QString& problem) {
        result.intact = false;
        result.brokenAt = seq;
        result.problem = problem;
        return result;
    };
    // The purge only ever takes entries older than the retention period.
    if (anchor.seq > 0 && anchor.lastAt.isValid() && anchor.purgedAt.isValid()
        && anchor.lastAt > anchor.purgedAt.addMonths(-kRetentionMonths)) {
        return broken(anchor.seq,
            QCoreApplication::translate("Audit", "the purge of %1 removed entries younger than %2 months")
                .arg(anchor.purgedAt.toString(Qt::ISODate))
                .arg(kRetentionMonths));
    }
    qint64 expectedSeq = anchor.seq + 1;
    QString expectedPrev = anchor.hash;
    for (const AuditEntry& entry : entries) {
        ++result.checked;
        QString problem;
        if (entry.seq != expectedSeq) {
            problem = entry.seq > expectedSeq
                ? missing(expectedSeq, entry.seq - 1)
                : QCoreApplication::translate("Audit", "entry %1 is out of order").arg(entry.seq);
        } else if (entry.prevHash != expectedPrev) {
            problem = QCoreApplication::translate("Audit", "entry %1 does not follow the entry before it").arg(entry.seq);
        } else if (hashOf(entry) != entry.hash) {
            problem = QCoreApplication::translate("Audit", "entry %1 was changed after it was written").arg(entry.seq);
        }
        if (!problem.isEmpty())
            return broken(entry.seq, problem);
        expectedSeq = entry.seq + 1;
        expectedPrev = entry.hash;
    }
    if (expectedSeq - 1 != anchor.headSeq || expectedPrev != anchor.headHash) {
        if (expectedSeq - 1 < anchor.headSeq) {
            return broken(expectedSeq, missing(expectedSeq, anchor.headSeq));
        }
        return broken(expectedSeq - 1,
            QCoreApplication::translate("Audit", "entry %1 is not the last one recorded").arg(expectedSeq - 1));
    }
    return result;
}

} // namespace audit
} // namespace parcours
