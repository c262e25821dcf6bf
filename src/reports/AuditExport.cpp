#include <parcours/reports/AuditExport.h>

#include <parcours/core/SaveFile.h>

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString csvField(QString text)
{
    // A spreadsheet would run a field that starts like a formula.
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

QJsonObject auditEntryJson(const AuditEntry& entry)
{
    return QJsonObject { { u"seq"_s, entry.seq }, { u"done_at"_s, utc(entry.at) }, { u"who"_s, entry.who },
        { u"operation"_s, toKey(entry.operation) }, { u"record_kind"_s, toKey(entry.recordKind) },
        { u"record_id"_s, entry.recordId }, { u"bilan_id"_s, entry.bilanId }, { u"what"_s, entry.what },
        { u"prev_hash"_s, entry.prevHash }, { u"hash"_s, entry.hash } };
}

QByteArray auditCsv(const QList<AuditEntry>& entries)
{
    QString out = u"seq;done_at;who;operation;record_kind;record_id;bilan_id;what;prev_hash;hash\r\n"_s;
    for (const AuditEntry& entry : entries) {
        const QStringList fields { QString::number(entry.seq), utc(entry.at), csvField(entry.who),
            toKey(entry.operation), toKey(entry.recordKind), QString::number(entry.recordId),
            QString::number(entry.bilanId), csvField(entry.what), entry.prevHash, entry.hash };
        out += fields.join(u';') + u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

Result<void> writeAuditCsv(const QList<AuditEntry>& entries, const QString& path)
{
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("AuditExport", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = auditCsv(entries);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("AuditExport", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return commitWhole(file);
}

} // namespace parcours
