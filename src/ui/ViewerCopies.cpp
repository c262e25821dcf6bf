#include <parcours/ui/ViewerCopies.h>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString kLockName = u"owner.lock"_s;

} // namespace

ViewerCopies::ViewerCopies(QString base, QObject* parent)
    : QObject(parent), m_base(std::move(base)), m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    sweep(m_base);
}

ViewerCopies::~ViewerCopies()
{
    removeAll();
}

QString ViewerCopies::defaultBase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"parcours-viewer"_s);
}

Result<QString> ViewerCopies::open(const ReportFile& file)
{
    if (m_folder.isEmpty()) {
        // The folder and its lock are made on first use: most sessions never open a report.
        const QString folder = QDir(m_base).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!QDir().mkpath(folder) || !QFile::setPermissions(m_base, kOwnerOnly)
            || !QFile::setPermissions(folder, kOwnerOnly))
            return makeError(ErrorCode::Io, tr("Cannot prepare a temporary folder to open the report."));
        m_lock = std::make_unique<QLockFile>(QDir(folder).filePath(kLockName));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
        m_folder = folder;
    }
    // Same name as attached (the viewer shows it), in a folder of its own so two reports never collide.
    const QString sub = QDir(m_folder).filePath(QString::number(m_copies.size() + 1));
    QDir().mkpath(sub);
    QFile::setPermissions(sub, kOwnerOnly);
    const QString path = QDir(sub).filePath(QFileInfo(file.fileName).fileName());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit())
        return makeError(ErrorCode::Io, tr("Cannot copy the report to open it: %1").arg(out.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    m_copies << path;
    if (!m_opener(QUrl::fromLocalFile(path)))
        return makeError(ErrorCode::Io, tr("No application could open “%1”.").arg(QFileInfo(path).fileName()));
    return path;
}

QStringList ViewerCopies::copies() const
{
    QStringList existing;
    for (const QString& path : m_copies) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void ViewerCopies::removeAll()
{
    if (m_folder.isEmpty())
        return;
    for (const QString& path : std::as_const(m_copies))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    QDir(m_folder).removeRecursively();
    m_folder.clear();
    m_copies.clear();
}

void ViewerCopies::sweep(const QString& base)
{
    const QFileInfoList folders = QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& folder : folders) {
        // A live session holds its lock; a folder whose lock can be taken belongs to nobody any more.
        QLockFile lock(QDir(folder.absoluteFilePath()).filePath(kLockName));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

} // namespace parcours
