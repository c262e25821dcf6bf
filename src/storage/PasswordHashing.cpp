#include <parcours/storage/PasswordHashing.h>

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

namespace parcours {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<QString> SodiumPasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return makeError(ErrorCode::Unavailable,
            QCoreApplication::translate("AppLock", "The cryptography library could not start."));
    QByteArray secret = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int failed = crypto_pwhash_str(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (failed != 0)
        return makeError(ErrorCode::Unavailable,
            QCoreApplication::translate("AppLock", "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool SodiumPasswordHasher::verify(const QString& hash, const QString& password) const
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray secret = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(
                        stored.constData(), secret.constData(), static_cast<unsigned long long>(secret.size()))
        == 0;
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return ok;
}

const PasswordHasher& passwordHasher()
{
    static const SodiumPasswordHasher hasher;
    return hasher;
}

} // namespace parcours
