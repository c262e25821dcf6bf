#include <parcours/ui/UserGuide.h>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

#if defined(PARCOURS_BUILD_DIR) && defined(PARCOURS_SOURCE_DIR)
/// Whether `folder` is `root` or inside it, both as the file system resolves them.
bool isWithin(const QString& folder, const QString& root)
{
    const QString inner = QDir(folder).canonicalPath();
    const QString outer = QDir(root).canonicalPath();
    return !inner.isEmpty() && !outer.isEmpty() && (inner == outer || inner.startsWith(outer + u'/'));
}
#endif

QString folderOf(const QString& index)
{
    return QDir::toNativeSeparators(QFileInfo(index).absolutePath());
}

} // namespace

QStringList userGuideCandidates()
{
    const QString binaries = QCoreApplication::applicationDirPath();
    QStringList candidates { QDir::cleanPath(binaries + u"/../share/doc/parcours/guide/index.md"_s) };
#if defined(PARCOURS_BUILD_DIR) && defined(PARCOURS_SOURCE_DIR)
    if (isWithin(binaries, QStringLiteral(PARCOURS_BUILD_DIR)))
        candidates << QDir::cleanPath(QStringLiteral(PARCOURS_SOURCE_DIR) + u"/docs/guide/index.md"_s);
#endif
    return candidates;
}

QString userGuideIndex()
{
    for (const QString& candidate : userGuideCandidates()) {
        const QFileInfo index(candidate);
        if (index.isFile())
            return index.canonicalFilePath();
    }
    return {};
}

QString openUserGuide()
{
    const QString index = userGuideIndex();
    if (index.isEmpty()) {
        QStringList folders;
        for (const QString& candidate : userGuideCandidates())
            folders << folderOf(candidate);
        return QCoreApplication::translate("UserGuide", "The user guide was not found; Parcours looked for it in %1.")
            .arg(folders.join(QCoreApplication::translate("UserGuide", " and ")));
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(index)))
        return {};
    return QCoreApplication::translate("UserGuide",
                                       "The user guide is in %1, but no program opened it: install the xdg-utils "
                                       "package, or open its file index.md yourself.")
        .arg(folderOf(index));
}

} // namespace parcours
