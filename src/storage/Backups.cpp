#include "Database.h"
#include "Snapshot.h"

#include <parcours/core/BackupRotation.h>
#include <parcours/core/Settings.h>
#include <parcours/storage/Backups.h>
#include <parcours/storage/EncryptedFile.h>
#include <parcours/storage/Store.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString kStampFormat = u"yyyy-MM-dd-HHmmss"_s;
constexpr int kKeptManualBackups = 10;

std::optional<BackupKind> kindFromKey(QStringView key)
{
    for (BackupKind kind :
        { BackupKind::Daily, BackupKind::Manual, BackupKind::BeforeMigration, BackupKind::BeforeRestore }) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

BackupInfo infoFrom(const QString& path, BackupKind kind, const QDateTime& at, const FileFacts& facts)
{
    BackupInfo info;
    info.path = path;
    info.kind = kind;
    info.createdAt = at;
    info.schemaVersion = facts.schemaVersion;
    info.clients = facts.clients;
    info.bilans = facts.bilans;
    info.bytes = facts.bytes;
    return info;
}

} // namespace

QString toKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return u"daily"_s;
    case BackupKind::Manual:
        return u"manual"_s;
    case BackupKind::BeforeMigration:
        return u"before-migration"_s;
    case BackupKind::BeforeRestore:
        return u"before-restore"_s;
    }
    return {};
}

QString displayName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return Backups::tr("Daily");
    case BackupKind::Manual:
        return Backups::tr("Made on request");
    case BackupKind::BeforeMigration:
        return Backups::tr("Before an update");
    case BackupKind::BeforeRestore:
        return Backups::tr("Before a restore");
    }
    return {};
}

Backups::Backups(DatabaseLocation location, QString folder)
    : m_location(std::move(location)), m_folder(std::move(folder))
{ }

Result<Backups> Backups::of(const DatabaseLocation& location)
{
    if (location.isPostgres()) {
        return makeError(ErrorCode::Unavailable,
            tr("Backups of a PostgreSQL database are not available in Parcours yet; "
               "use pg_dump meanwhile."));
    }
    const QFileInfo database(location.path);
    return Backups(location, database.absolutePath() + u'/' + database.completeBaseName() + u"-backups"_s);
}

Result<QString> Backups::prepareFolder() const
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, tr("Cannot create the backups folder %1.").arg(m_folder));
    // Private, whoever created it: the backups hold everything the database holds.
    if (!QFile::setPermissions(m_folder, kOwnerOnlyFolder))
        return makeError(ErrorCode::Io, tr("Cannot make the backups folder %1 private.").arg(m_folder));
    // Copies left half-written by a backup that was killed (an hour old: not one in progress elsewhere). File ages
    // are measured on the system clock that dated the files, not on the consultant's Clock.
    const QFileInfoList partial = QDir(m_folder).entryInfoList({ u".*.partial-*"_s }, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : partial) {
        if (file.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > 3600)
            QFile::remove(file.absoluteFilePath());
    }
    return m_folder;
}

QString Backups::fileNameFor(BackupKind kind, const QDateTime& at) const
{
    const QString base
        = QFileInfo(m_location.path).completeBaseName() + u'-' + at.toString(kStampFormat) + u'-' + toKey(kind);
    QString name = base + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(m_folder + u'/' + name); ++n)
        name = base + u'-' + QString::number(n) + u".sqlite"_s;
    return name;
}

Result<QList<BackupInfo>> Backups::list() const
{
    QList<BackupInfo> backups;
    const QDir folder(m_folder);
    if (!folder.exists())
        return backups;
    const QString base = QRegularExpression::escape(QFileInfo(m_location.path).completeBaseName());
    const QRegularExpression pattern(u"^"_s + base
        + u"-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-(daily|manual|before-migration|before-restore)"
          u"(?:-\\d+)?\\.sqlite$"_s);
    const QFileInfoList files = folder.entryInfoList({ u"*.sqlite"_s }, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), kStampFormat);
        at.setTimeSpec(Qt::UTC); // wall clock, as every date-time of Parcours
        const BackupKind kind = kindFromKey(match.captured(2)).value_or(BackupKind::Manual);
        auto facts = snapshot::readFacts(file.absoluteFilePath(), snapshot::Depth::Quick);
        BackupInfo info = infoFrom(file.absoluteFilePath(), kind, at, facts.valueOr(FileFacts {}));
        info.bytes = file.size();
        if (!facts)
            info.problem = facts.error().message;
        backups << info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return backups;
}

std::optional<BackupInfo> Backups::latestGood() const
{
    const auto backups = list();
    if (!backups)
        return std::nullopt;
    for (const BackupInfo& backup : backups.value()) {
        if (backup.usable() && snapshot::readFacts(backup.path, snapshot::Depth::Full))
            return backup;
    }
    return std::nullopt;
}

Result<BackupInfo> Backups::snapshot(Database& database, BackupKind kind, const Clock& clock) const
{
    auto folder = prepareFolder();
    if (!folder)
        return folder.error();
    const QDateTime now = clock.now();
    const QDateTime at(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    const QString path = m_folder + u'/' + fileNameFor(kind, at);
    auto facts = snapshot::write(database, path);
    if (!facts)
        return facts.error();
    return infoFrom(path, kind, at, facts.value());
}

Result<BackupInfo> Backups::create(Store& store, BackupKind kind, const Clock& clock) const
{
    auto made = snapshot(store.database(), kind, clock);
    if (made && (kind == BackupKind::Daily || kind == BackupKind::Manual))
        rotate(store);
    return made;
}

Result<bool> Backups::dailyDue(Store& store, const Clock& clock) const
{
    if (!Settings(store.settings()).flag(settingKeys::backupDaily))
        return false;
    auto backups = list();
    if (!backups)
        return backups.error();
    const QDate today = clock.today();
    for (const BackupInfo& backup : backups.value()) {
        if (backup.createdAt.date() == today && backup.usable())
            return false;
    }
    return true;
}

Backups::BackgroundOutcome Backups::checkAndBackUp(bool check, bool daily, const Clock& clock) const
{
    BackgroundOutcome outcome;
    // A connection of this thread's own: Qt Sql connections belong to the thread that opens them.
    auto database = Database::open(m_location, DatabaseOptions { false, check });
    if (!database) {
        if (check)
            outcome.damaged = database.error();
        else
            outcome.backupFailed = database.error();
        return outcome;
    }
    if (!daily)
        return outcome;
    auto made = snapshot(*database.value(), BackupKind::Daily, clock);
    if (made)
        outcome.daily = made.value();
    else
        outcome.backupFailed = made.error();
    return outcome;
}

Result<std::optional<BackupInfo>> Backups::createDailyIfDue(Store& store, const Clock& clock) const
{
    auto due = dailyDue(store, clock);
    if (!due)
        return due.error();
    if (!due.value())
        return std::optional<BackupInfo>();
    auto made = create(store, BackupKind::Daily, clock);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(made.value());
}

void Backups::rotate(Store& store) const
{
    auto backups = list();
    if (!backups)
        return;
    // Daily backups: one per day, week and month, as the settings say. Backups made on request: the ten newest
    // (the consultant made them for a reason; a later one does not replace an earlier one of the same day).
    QList<BackupInfo> daily;
    QList<QDateTime> times;
    int manual = 0;
    for (const BackupInfo& backup : backups.value()) {
        if (backup.kind == BackupKind::Daily) {
            daily << backup;
            times << backup.createdAt;
        } else if (backup.kind == BackupKind::Manual && ++manual > kKeptManualBackups) {
            QFile::remove(backup.path);
        }
    }
    const auto prune = backupsToPrune(times, RetentionPolicy::fromSettings(Settings(store.settings())));
    for (qsizetype index : prune)
        QFile::remove(daily[index].path);
}

Result<BackupInfo> Backups::inspect(const QString& file)
{
    auto facts = snapshot::readFacts(file, snapshot::Depth::Full);
    if (!facts)
        return facts.error();
    const QFileInfo info(file);
    QDateTime at = info.lastModified();
    at = QDateTime(at.date(), at.time(), Qt::UTC);
    return infoFrom(info.absoluteFilePath(), BackupKind::Manual, at, facts.value());
}

Result<BackupInfo> Backups::writeTo(Store& store, const QString& file)
{
    if (store.location().isPostgres()) {
        return makeError(ErrorCode::Unavailable,
            tr("Backups of a PostgreSQL database are not available in Parcours yet; "
               "use pg_dump meanwhile."));
    }
    const QFileInfo target(file);
    const QString database = QFileInfo(store.location().path).absoluteFilePath();
    const QString path = target.absoluteFilePath();
    if (path == database || path == database + u"-wal"_s || path == database + u"-shm"_s)
        return makeError(ErrorCode::InvalidInput, tr("A backup cannot be written over the database itself."));
    if (target.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder; give a file name for the backup.").arg(file));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io, tr("The folder %1 does not exist.").arg(target.absolutePath()));
    auto facts = snapshot::write(store.database(), path);
    if (!facts)
        return facts.error();
    return infoFrom(path, BackupKind::Manual, QDateTime(QDate(), QTime()), facts.value());
}

Result<BackupInfo> Backups::writeEncryptedTo(Store& store, const QString& file, const QString& passphrase)
{
    QTemporaryDir staging;
    if (!staging.isValid())
        return makeError(ErrorCode::Io, tr("Cannot make a temporary folder for the backup."));
    const QString plain = staging.filePath(u"backup.sqlite"_s);
    auto made = writeTo(store, plain);
    if (!made)
        return made.error();
    if (auto sealed = EncryptedFile::encrypt(plain, file, passphrase); !sealed)
        return sealed.error();
    BackupInfo info = made.value();
    info.path = file;
    info.bytes = QFileInfo(file).size();
    return info;
}

} // namespace parcours
