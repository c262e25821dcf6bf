#pragma once

#include <parcours/core/Result.h>

#include <QCoreApplication>
#include <QString>

namespace parcours {

/**
 * Backups and exports encrypted with a passphrase (libsodium): a key derived by Argon2id (crypto_pwhash, interactive
 * limits, a random salt) and the file cut in 64 KiB chunks sealed by crypto_secretstream_xchacha20poly1305, the last
 * one tagged FINAL. The header (magic `PARCOURS-ENC`, format version, limits, salt, a key check) is bound to every
 * chunk, so a flipped byte anywhere, a truncated file or a wrong passphrase is refused — and nothing is written.
 * See docs/protection.md for the layout.
 */
class EncryptedFile {
    Q_DECLARE_TR_FUNCTIONS(EncryptedFile)
public:
    /// Whether `path` starts with the magic of an encrypted Parcours file.
    static bool isEncrypted(const QString& path);
    /// Encrypts `plainFile` into `target` (replaced all or nothing, mode 0600).
    static Result<void> encrypt(const QString& plainFile, const QString& target, const QString& passphrase);
    /// Decrypts `encryptedFile` into `target` (replaced only once the whole file has been checked).
    static Result<void> decrypt(const QString& encryptedFile, const QString& target, const QString& passphrase);
};

} // namespace parcours
