#include <parcours/storage/Platform.h>

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace parcours::platform {

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool makePrivate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    constexpr QFileDevice::Permissions ownerBits
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
          | QFileDevice::WriteUser | QFileDevice::ExeUser;
    const QFileDevice::Permissions current = QFile::permissions(path);
    const QFileDevice::Permissions wanted = current & ownerBits;
    if (current == wanted)
        return true;
    return QFile::setPermissions(path, wanted);
}

} // namespace parcours::platform
