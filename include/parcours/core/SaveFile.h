#pragma once

#include <parcours/core/Result.h>

#include <QSaveFile>
#include <QString>

namespace parcours {

/**
 * Commits a QSaveFile only when every byte reached the disk. Qt 6.4's QSaveFile::commit() renames the file in
 * place even when the final flush failed (a full disk after a partial write): it then leaves a truncated file
 * where the previous one was. Every file Parcours writes through QSaveFile is committed through this.
 */
Result<void> commitWhole(QSaveFile& file);

} // namespace parcours
