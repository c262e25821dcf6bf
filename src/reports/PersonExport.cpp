// The portability export as a folder: the JSON, the stored files and the PDFs, made in a hidden sibling folder and
// renamed into place only once everything is written.
#include <parcours/core/BilanService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/SaveFile.h>
#include <parcours/core/Settings.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/core/Text.h>
#include <parcours/reports/AttendanceSheet.h>
#include <parcours/reports/DocumentService.h>
#include <parcours/reports/PersonExport.h>
#include <parcours/storage/Platform.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <functional>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

Error ioError(const QString& message)
{
    return makeError(ErrorCode::Io, message);
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return ioError(u"Cannot create the folder of %1."_s.arg(path));
    platform::makePrivate(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return ioError(u"Cannot write %1."_s.arg(path));
    return commitWhole(file);
}

/// The PDFs Parcours can make for the person; a document it cannot make (no synthèse yet…) is left out.
Result<QStringList> writeDocuments(Repositories& store, qint64 clientId, const QString& folder, const Clock& clock)
{
    QStringList written;
    auto bilans = BilanService(store, clock).forClient(clientId);
    if (!bilans)
        return bilans.error();
    DocumentService documents(store, clock);
    const Settings settings(store.settings());
    const DocumentLanguage language(settings.text(settingKeys::documentLanguage));
    const auto add = [&](const QString& name, const std::function<Result<void>(const QString&)>& make) {
        const QString relative = u"documents/"_s + name;
        if (auto made = make(folder + u'/' + relative); made)
            written << relative;
    };
    QDir().mkpath(folder + u"/documents"_s);
    platform::makePrivate(folder + u"/documents"_s);
    for (const Bilan& bilan : bilans.value()) {
        const QString prefix = u"bilan-%1-"_s.arg(bilan.id);
        using Maker = Result<BuiltDocument> (DocumentService::*)(qint64);
        const QList<std::pair<QString, Maker>> makers { { u"synthese"_s, nullptr },
            { u"attestation-remise"_s, &DocumentService::receipt }, { u"convention"_s, &DocumentService::agreement },
            { u"certificat-realisation"_s, &DocumentService::completionCertificate },
            { u"attestation-destruction"_s, &DocumentService::destructionCertificateOfBilan } };
        for (const auto& [name, maker] : makers) {
            auto built = maker ? (documents.*maker)(bilan.id) : documents.synthesis(bilan.id);
            if (!built)
                continue;
            add(prefix + name + u".pdf"_s, [&](const QString& path) { return built->writePdf(path); });
        }
        auto overview = BilanService(store, clock).overview(bilan.id);
        if (!overview)
            return overview.error();
        add(prefix + u"emargement.pdf"_s, [&](const QString& path) {
            return AttendanceSheet::write(overview.value(), std::nullopt, Letterhead::fromSettings(settings), language,
                path);
        });
    }
    return written;
}

} // namespace

QString PersonExport::suggestedName(const QString& fullName, QDate day)
{
    QString slug;
    for (const QChar c : foldForSearch(fullName)) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return u"export-%1-%2"_s.arg(slug, day.toString(Qt::ISODate));
}

Result<PersonExportResult> PersonExport::write(Repositories& store, qint64 clientId, const QString& folder, const Clock& clock)
{
    const QFileInfo target(folder);
    if (folder.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"The export folder's name is empty."_s);
    if (target.exists())
        return makeError(ErrorCode::Refused, u"%1 already exists: name a new folder for the export."_s.arg(folder));
    if (!target.absoluteDir().exists())
        return ioError(u"The folder %1 does not exist."_s.arg(target.absolutePath()));
    auto dump = store.retention().dumpPerson(clientId, clock.now());
    if (!dump)
        return dump.error();
    // Beside the final place, so the rename stays on one file system; removed on any failure.
    QTemporaryDir staging(target.absolutePath() + u"/."_s + target.fileName() + u"-XXXXXX"_s);
    if (!staging.isValid())
        return ioError(u"Cannot create a folder in %1."_s.arg(target.absolutePath()));
    platform::makePrivate(staging.path());
    PersonExportResult result;
    for (const PersonFile& file : std::as_const(dump->files)) {
        if (auto written = writeFile(staging.filePath(file.path), file.bytes); !written)
            return written.error();
        ++result.files;
    }
    auto documents = writeDocuments(store, clientId, staging.path(), clock);
    if (!documents)
        return documents.error();
    result.documents = documents.value();
    QJsonObject document = dump->document;
    document.insert(u"documents"_s, QJsonArray::fromStringList(result.documents));
    if (auto written = writeFile(staging.filePath(kDocumentName), QJsonDocument(document).toJson(QJsonDocument::Indented));
        !written)
        return written.error();
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return ioError(u"Cannot rename the export into %1."_s.arg(folder));
    staging.setAutoRemove(false);
    platform::flushFolder(target.absolutePath());
    result.folder = target.absoluteFilePath();
    return result;
}

Result<qint64> PersonExport::import(Repositories& store, const QString& folder)
{
    const QDir dir(folder);
    QFile json(dir.filePath(kDocumentName));
    if (!dir.exists() || !json.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: %1 has no %2."_s.arg(folder, kDocumentName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::InvalidInput,
            u"Not a valid Parcours export: %1 is not a JSON object (%2)."_s.arg(kDocumentName, parseError.errorString()));
    }
    QMap<QString, QByteArray> files;
    QDirIterator it(dir.filePath(u"fichiers"_s), QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            return ioError(u"Cannot read %1."_s.arg(file.fileName()));
        files.insert(u"fichiers/"_s + QFileInfo(file.fileName()).fileName(), file.readAll());
    }
    auto clientId = store.retention().loadPerson(document.object(), files);
    if (clientId)
        Q_EMIT store.events().clientChanged(clientId.value());
    return clientId;
}

} // namespace parcours
