#include <parcours/core/SaveFile.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace parcours {

Result<void> commitWhole(QSaveFile& file)
{
    const QString name = QFileInfo(file.fileName()).fileName();
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, QCoreApplication::translate("SaveFile", "Cannot write %1: %2").arg(name, why));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SaveFile", "Cannot write %1: %2").arg(name, file.errorString()));
    return success();
}

} // namespace parcours
