#include <parcours/core/SaveFile.h>
#include <parcours/storage/EncryptedFile.h>
#include <parcours/storage/PasswordHashing.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <cstring>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr char kMagic[] = "PARCOURS-ENC"; // 12 bytes, no terminator written
constexpr qsizetype kMagicSize = 12;
constexpr quint8 kVersion = 1;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kKeyCheckSize = 16;
// magic, version, opslimit (u64 LE), memlimit (u64 LE), salt, key check, secretstream header
constexpr qsizetype kHeaderSize = kMagicSize + 1 + 8 + 8 + crypto_pwhash_SALTBYTES + kKeyCheckSize
    + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// Offsets into the header.
constexpr qsizetype kOpsAt = kMagicSize + 1;
constexpr qsizetype kMemAt = kOpsAt + 8;
constexpr qsizetype kSaltAt = kMemAt + 8;
constexpr qsizetype kCheckAt = kSaltAt + crypto_pwhash_SALTBYTES;
constexpr qsizetype kStreamAt = kCheckAt + kKeyCheckSize;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

/** A key wiped when it goes. */
struct SecretKey {
    Key bytes {};
    ~SecretKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

bool deriveKey(const QString& passphrase, const unsigned char* salt, quint64 ops, quint64 mem, SecretKey& key)
{
    QByteArray secret = passphrase.toUtf8();
    const int failed = crypto_pwhash(key.bytes.data(), key.bytes.size(), secret.constData(),
        static_cast<unsigned long long>(secret.size()), salt, ops, static_cast<size_t>(mem),
        crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return failed == 0;
}

/// A value that proves the key without revealing it: a keyed BLAKE2b of a fixed text.
QByteArray keyCheck(const SecretKey& key)
{
    static const QByteArray label = "parcours key check"_ba;
    QByteArray out(kKeyCheckSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()),
        reinterpret_cast<const unsigned char*>(label.constData()), static_cast<unsigned long long>(label.size()),
        key.bytes.data(), key.bytes.size());
    return out;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

const unsigned char* ubytes(const char* data)
{
    return reinterpret_cast<const unsigned char*>(data);
}

} // namespace

bool EncryptedFile::isEncrypted(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagicSize) == QByteArray(kMagic, kMagicSize);
}

Result<void> EncryptedFile::encrypt(const QString& plainFile, const QString& target, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The passphrase is empty."));
    if (!sodiumReady())
        return makeError(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(plainFile, in.errorString()));

    // A plain array, not a QByteArray: GCC's bounds analysis (sanitizer builds) cannot see a QByteArray's size.
    std::array<char, kHeaderSize> header {};
    memcpy(header.data(), kMagic, kMagicSize);
    header[kMagicSize] = char(kVersion);
    qToLittleEndian<quint64>(crypto_pwhash_OPSLIMIT_INTERACTIVE, header.data() + kOpsAt);
    qToLittleEndian<quint64>(crypto_pwhash_MEMLIMIT_INTERACTIVE, header.data() + kMemAt);
    randombytes_buf(header.data() + kSaltAt, crypto_pwhash_SALTBYTES);
    SecretKey key;
    if (!deriveKey(passphrase, ubytes(header.data() + kSaltAt), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, key))
        return makeError(ErrorCode::Unavailable, tr("Not enough memory to derive the key from the passphrase."));
    const QByteArray check = keyCheck(key);
    memcpy(header.data() + kCheckAt, check.constData(), kKeyCheckSize);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(header.data() + kStreamAt), key.bytes.data());

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    out.write(header.data(), kHeaderSize);
    // Everything before the stream's own header is authenticated with every chunk.
    const QByteArray associated(header.data(), kStreamAt);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    const qint64 size = in.size();
    qint64 done = 0;
    do {
        const QByteArray plain = in.read(kChunk);
        if (plain.isNull() && in.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(plainFile, in.errorString()));
        done += plain.size();
        const bool last = done >= size || plain.size() < kChunk;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), &written,
            bytes(plain), static_cast<unsigned long long>(plain.size()), bytes(associated),
            static_cast<unsigned long long>(associated.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.write(cipher.constData(), static_cast<qint64>(written));
        if (last)
            break;
    } while (true);
    return commitWhole(out);
}

Result<void> EncryptedFile::decrypt(const QString& encryptedFile, const QString& target, const QString& passphrase)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    const QString name = QFileInfo(encryptedFile).fileName();
    QFile in(encryptedFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(encryptedFile, in.errorString()));
    std::array<char, kHeaderSize> header {};
    const qint64 got = in.read(header.data(), kHeaderSize);
    if (got < kMagicSize || memcmp(header.data(), kMagic, kMagicSize) != 0)
        return makeError(ErrorCode::NotADatabase, tr("%1 is not an encrypted Parcours file.").arg(name));
    if (got < kHeaderSize)
        return makeError(ErrorCode::Damaged, tr("%1 is truncated: it ends inside its header.").arg(name));
    if (quint8(header[kMagicSize]) != kVersion)
        return makeError(ErrorCode::NewerSchema,
            tr("%1 was encrypted by a newer Parcours (format %2).").arg(name).arg(int(quint8(header[kMagicSize]))));
    const quint64 ops = qFromLittleEndian<quint64>(header.data() + kOpsAt);
    const quint64 mem = qFromLittleEndian<quint64>(header.data() + kMemAt);
    // Limits beyond libsodium's "sensitive" ones are a damaged (or hostile) header, not a reason to use 100 GB.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return makeError(ErrorCode::Damaged, tr("%1 is damaged: its header is not valid.").arg(name));
    SecretKey key;
    if (!deriveKey(passphrase, ubytes(header.data() + kSaltAt), ops, mem, key))
        return makeError(ErrorCode::Unavailable, tr("Not enough memory to derive the key from the passphrase."));
    if (sodium_memcmp(keyCheck(key).constData(), header.data() + kCheckAt, kKeyCheckSize) != 0)
        return makeError(ErrorCode::Refused, tr("Wrong passphrase for %1 (or its header is damaged).").arg(name));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, ubytes(header.data() + kStreamAt), key.bytes.data())
        != 0)
        return makeError(ErrorCode::Damaged, tr("%1 is damaged: its header is not valid.").arg(name));

    const QByteArray associated(header.data(), kStreamAt);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool final = false;
    while (!final) {
        const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (cipher.isEmpty()) {
            out.cancelWriting();
            return makeError(ErrorCode::Damaged, tr("%1 is truncated: its end is missing.").arg(name));
        }
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(plain.data()), &length,
                &tag, bytes(cipher), static_cast<unsigned long long>(cipher.size()), bytes(associated),
                static_cast<unsigned long long>(associated.size()))
            != 0) {
            out.cancelWriting();
            return makeError(
                ErrorCode::Damaged, tr("%1 is damaged or was altered: a part of it fails its check.").arg(name));
        }
        out.write(plain.constData(), static_cast<qint64>(length));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!in.atEnd()) {
        out.cancelWriting();
        return makeError(ErrorCode::Damaged, tr("%1 is damaged: data follows its end.").arg(name));
    }
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return commitWhole(out);
}

} // namespace parcours
