// A person's export as one zip (libarchive), encrypted with a passphrase (EncryptedFile), and such a file read back.
#include <parcours/core/SaveFile.h>
#include <parcours/reports/PersonArchive.h>
#include <parcours/storage/EncryptedFile.h>
#include <parcours/storage/Platform.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// No export comes near this; a zip that unpacks to more is refused rather than filling the disk.
constexpr qint64 kMaxUnpackedBytes = qint64(4) * 1024 * 1024 * 1024;

using ArchivePtr = std::unique_ptr<archive, int (*)(archive*)>;

Error archiveError(archive* a, const QString& what)
{
    return makeError(ErrorCode::Io, u"%1: %2"_s.arg(what, QString::fromUtf8(archive_error_string(a))));
}

/// Zips the folder `folder` into `zipFile`, its entries under `top/`.
Result<void> zipFolder(const QString& folder, const QString& top, const QString& zipFile)
{
    ArchivePtr zip(archive_write_new(), archive_write_free);
    if (archive_write_set_format_zip(zip.get()) != ARCHIVE_OK)
        return archiveError(zip.get(), u"Cannot make the zip"_s);
    archive_write_set_options(zip.get(), "hdrcharset=UTF-8"); // names as UTF-8, flagged so in the zip
    if (archive_write_open_filename(zip.get(), QFile::encodeName(zipFile).constData()) != ARCHIVE_OK)
        return archiveError(zip.get(), u"Cannot make the zip"_s);
    const QDir base(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, u"Cannot read %1."_s.arg(file.fileName()));
        const QByteArray bytes = file.readAll();
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), (top + u'/' + base.relativeFilePath(file.fileName())).toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0600);
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_mtime(entry.get(), QFileInfo(file).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(zip.get(), entry.get()) != ARCHIVE_OK
            || archive_write_data(zip.get(), bytes.constData(), size_t(bytes.size())) != bytes.size())
            return archiveError(zip.get(), u"Cannot write the zip"_s);
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return archiveError(zip.get(), u"Cannot finish the zip"_s);
    return success();
}

/// The entry's path inside `into`, or an empty string for a path that would land outside it.
QString safePath(const QString& into, const QString& name)
{
    const QString clean = QDir::cleanPath(name);
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == u".."_s || clean.startsWith(u"../"_s)
        || clean.contains(u'\\') || clean.contains(QChar(0)))
        return {};
    return into + u'/' + clean;
}

/// Unzips the regular files of `zipFile` into the folder `into`.
Result<void> unzip(const QString& zipFile, const QString& into)
{
    ArchivePtr zip(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_filename(zip.get(), QFile::encodeName(zipFile).constData(), 64 * 1024) != ARCHIVE_OK)
        return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: %1 is not a zip."_s.arg(zipFile));
    qint64 unpacked = 0;
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(zip.get(), &entry)) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
        const QString path = safePath(into, name);
        if (archive_entry_filetype(entry) != AE_IFREG || path.isEmpty())
            return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: the zip holds '%1'."_s.arg(name));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(ErrorCode::Io, u"Cannot create a folder in %1."_s.arg(into));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: '%1' is twice in the zip."_s.arg(name));
        char buffer[64 * 1024];
        la_ssize_t read = 0;
        while ((read = archive_read_data(zip.get(), buffer, sizeof buffer)) > 0) {
            unpacked += read;
            if (unpacked > kMaxUnpackedBytes)
                return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: the zip unpacks to more than 4 GB."_s);
            if (out.write(buffer, read) != read)
                return makeError(ErrorCode::Io, u"Cannot write %1."_s.arg(path));
        }
        if (read < 0)
            return archiveError(zip.get(), u"Not a valid Parcours export: the zip is damaged"_s);
    }
    if (status != ARCHIVE_EOF)
        return archiveError(zip.get(), u"Not a valid Parcours export: the zip is damaged"_s);
    return success();
}

/// The export folder inside an unpacked zip: its top folder, or the zip's root when personne.json is there.
QString exportFolderIn(const QString& unpacked)
{
    const QDir root(unpacked);
    if (root.exists(PersonExport::kDocumentName))
        return unpacked;
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return folders.size() == 1 ? root.filePath(folders.first()) : unpacked;
}

} // namespace

Result<PersonExportResult> PersonArchive::write(
    Repositories& store, qint64 clientId, const QString& file, const Clock& clock, const QString& passphrase)
{
    const QFileInfo target(file);
    if (file.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"The export file's name is empty."_s);
    if (target.exists())
        return makeError(ErrorCode::Refused, u"%1 already exists: name a new file for the export."_s.arg(file));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io, u"The folder %1 does not exist."_s.arg(target.absolutePath()));
    // Beside the final place: the plain folder and zip never leave the user's own disk; removed on any outcome.
    QTemporaryDir work(target.absolutePath() + u"/."_s + target.fileName() + u"-XXXXXX"_s);
    if (!work.isValid())
        return makeError(ErrorCode::Io, u"Cannot create a folder in %1."_s.arg(target.absolutePath()));
    platform::makePrivate(work.path());
    QString top = target.fileName();
    for (const QString& suffix : { u".parcours-chiffre"_s, u".enc"_s, u".zip"_s }) {
        if (top.endsWith(suffix, Qt::CaseInsensitive) && top.size() > suffix.size())
            top.chop(suffix.size());
    }
    auto written = PersonExport::write(store, clientId, work.filePath(top), clock);
    if (!written)
        return written.error();
    const QString zipFile = work.filePath(u"export.zip"_s);
    if (auto zipped = zipFolder(written->folder, top, zipFile); !zipped)
        return zipped.error();
    if (!passphrase.isEmpty()) {
        if (auto encrypted = EncryptedFile::encrypt(zipFile, target.absoluteFilePath(), passphrase); !encrypted)
            return encrypted.error();
    } else {
        QFile zip(zipFile);
        QSaveFile out(target.absoluteFilePath());
        if (!zip.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(zip.readAll()) != zip.size())
            return makeError(ErrorCode::Io, u"Cannot write %1."_s.arg(file));
        if (auto committed = commitWhole(out); !committed)
            return committed.error();
    }
    QFile::setPermissions(target.absoluteFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    platform::flushFolder(target.absolutePath());
    PersonExportResult result = written.value();
    result.folder = target.absoluteFilePath();
    return result;
}

Result<qint64> PersonArchive::import(Repositories& store, const QString& path, const QString& passphrase)
{
    const QFileInfo given(path);
    if (given.isDir())
        return PersonExport::import(store, path);
    if (!given.isFile())
        return makeError(ErrorCode::InvalidInput, u"Not a valid Parcours export: %1 does not exist."_s.arg(path));
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Io, u"Cannot create a temporary folder."_s);
    platform::makePrivate(work.path());
    QString zipFile = given.absoluteFilePath();
    if (EncryptedFile::isEncrypted(zipFile)) {
        if (passphrase.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                u"%1 is encrypted: give its passphrase (PARCOURS_PASSPHRASE or --passphrase-file)."_s.arg(path));
        }
        const QString decrypted = work.filePath(u"export.zip"_s);
        if (auto done = EncryptedFile::decrypt(zipFile, decrypted, passphrase); !done)
            return done.error();
        zipFile = decrypted;
    }
    const QString unpacked = work.filePath(u"unpacked"_s);
    if (!QDir().mkpath(unpacked))
        return makeError(ErrorCode::Io, u"Cannot create a temporary folder."_s);
    if (auto done = unzip(zipFile, unpacked); !done)
        return done.error();
    return PersonExport::import(store, exportFolderIn(unpacked));
}

} // namespace parcours
