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
    // Exports hold a beneficiary's data: private to the consultant, even when they replace a file with looser bits
    // (QSaveFile keeps the bits of the file it replaces).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("SaveFile", "Cannot write %1: %2").arg(name, file.errorString()));
    return success();
}

} // namespace parcours
