#include <parcours/ui/UserGuide.h>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {

QString userGuideIndex()
{
    const QDir binaries(QCoreApplication::applicationDirPath());
    // Installed (/usr/bin → /usr/share/doc/parcours/guide), then a build folder inside the sources.
    for (const QString& relative : { u"../share/doc/parcours/guide/index.md"_s, u"../docs/guide/index.md"_s }) {
        const QFileInfo index(binaries.filePath(relative));
        if (index.isFile())
            return index.canonicalFilePath();
    }
    return {};
}

bool openUserGuide()
{
    const QString index = userGuideIndex();
    return !index.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(index));
}

} // namespace parcours
