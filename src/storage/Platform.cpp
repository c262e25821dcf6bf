#include <parcours/storage/Platform.h>

#include <QFile>
#include <QFileInfo>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace parcours::platform {

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

void keepFreedMemory()
{
#ifdef __GLIBC__
    // 8 MB free at the top of the heap before any is given back (glibc's default is 128 kB, adjusted upwards as
    // large blocks come and go; a fixed value also keeps large blocks in the heap instead of mapping each one).
    ::mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
#endif
}

bool makePrivate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    constexpr QFileDevice::Permissions ownerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    const QFileDevice::Permissions current = QFile::permissions(path);
    const QFileDevice::Permissions wanted = current & ownerBits;
    if (current == wanted)
        return true;
    return QFile::setPermissions(path, wanted);
}

bool flushToDisk(const QString& path, QString* why)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(why);
    return true; // Windows: FlushFileBuffers on a handle opened for writing, to be added with a Windows build
#endif
}

void flushFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace parcours::platform
