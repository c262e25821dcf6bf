#pragma once

#include <parcours/core/AppLock.h>

namespace parcours {

/**
 * Argon2id password hashes through libsodium (crypto_pwhash_str with the interactive limits: 64 MiB, about a
 * tenth of a second): the string kept holds the algorithm, its limits and a random salt. Storage is the layer that
 * links libsodium (it encrypts backups too); core only sees the PasswordHasher interface.
 */
class SodiumPasswordHasher final : public PasswordHasher {
public:
    Result<QString> hash(const QString& password) const override;
    bool verify(const QString& hash, const QString& password) const override;
};

/// The hasher the application uses (stateless).
const PasswordHasher& passwordHasher();

/// Initialises libsodium once; false when it cannot run (no usable random source).
bool sodiumReady();

} // namespace parcours
