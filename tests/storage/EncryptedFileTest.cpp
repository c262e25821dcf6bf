// Encrypted backups and exports: what goes in comes out with the right passphrase; a wrong passphrase, a flipped
// byte anywhere or a cut file is refused with a clear reason, and the target is left as it was.
#include <parcours/storage/EncryptedFile.h>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

const QString kPassphrase = QStringLiteral("sept mots pour garder ces sauvegardes à l'abri");

class EncryptedFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Three chunks and a bit: the chunk boundaries are crossed.
        m_plain.resize(3 * 64 * 1024 + 1234);
        QRandomGenerator generator(7);
        for (char& c : m_plain)
            c = char(generator.bounded(256));
        m_plain.replace(0, 15, "Dupont Marie --");
        write(path("plain"), m_plain);
        ASSERT_TRUE(EncryptedFile::encrypt(path("plain"), path("sealed"), kPassphrase).ok());
        write(path("out"), "untouched");
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static void write(const QString& file, const QByteArray& data)
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(data);
    }
    static QByteArray read(const QString& file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
    /// Decrypting `file` is refused, says `why`, and leaves the target as it was.
    void expectRefused(const QString& file, const QString& passphrase, const char* why)
    {
        auto result = EncryptedFile::decrypt(file, path("out"), passphrase);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(why))) << result.error().message.toStdString();
        EXPECT_EQ(read(path("out")), QByteArray("untouched"));
    }

    QTemporaryDir m_dir;
    QByteArray m_plain;
};

} // namespace

TEST_F(EncryptedFileTest, RoundTripGivesBackEveryByteAndHidesThem)
{
    const QByteArray sealed = read(path("sealed"));
    EXPECT_TRUE(sealed.startsWith("PARCOURS-ENC"));
    EXPECT_TRUE(EncryptedFile::isEncrypted(path("sealed")));
    EXPECT_FALSE(EncryptedFile::isEncrypted(path("plain")));
    EXPECT_FALSE(sealed.contains("Dupont Marie")) << "the content is not readable in the file";
    ASSERT_TRUE(EncryptedFile::decrypt(path("sealed"), path("out"), kPassphrase).ok());
    EXPECT_EQ(read(path("out")), m_plain);
    EXPECT_EQ(QFile::permissions(path("sealed")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
}

TEST_F(EncryptedFileTest, AnEmptyFileRoundTrips)
{
    write(path("empty"), QByteArray());
    ASSERT_TRUE(EncryptedFile::encrypt(path("empty"), path("empty.enc"), kPassphrase).ok());
    ASSERT_TRUE(EncryptedFile::decrypt(path("empty.enc"), path("out"), kPassphrase).ok());
    EXPECT_EQ(read(path("out")), QByteArray());
}

TEST_F(EncryptedFileTest, AWrongPassphraseIsRefused)
{
    expectRefused(path("sealed"), QStringLiteral("sept mots pour garder ces sauvegardes a l'abri"), "Wrong passphrase");
}

TEST_F(EncryptedFileTest, AFlippedByteAnywhereIsRefused)
{
    const QByteArray sealed = read(path("sealed"));
    // In the salt, in the first chunk, in the middle, in the last chunk's tag.
    for (const qsizetype at : { qsizetype(40), qsizetype(200), sealed.size() / 2, sealed.size() - 1 }) {
        QByteArray altered = sealed;
        altered[at] = char(altered[at] ^ 0x01);
        write(path("altered"), altered);
        auto result = EncryptedFile::decrypt(path("altered"), path("out"), kPassphrase);
        ASSERT_FALSE(result.ok()) << "byte " << at;
        EXPECT_EQ(read(path("out")), QByteArray("untouched")) << "byte " << at;
    }
    QByteArray altered = sealed;
    altered[sealed.size() / 2] = char(altered[sealed.size() / 2] ^ 0x80);
    write(path("altered"), altered);
    expectRefused(path("altered"), kPassphrase, "damaged or was altered");
}

TEST_F(EncryptedFileTest, ATruncatedFileIsRefused)
{
    const QByteArray sealed = read(path("sealed"));
    // Cut at a chunk's end: every remaining chunk is sound, only the final tag is missing.
    const qsizetype header = 12 + 1 + 8 + 8 + 16 + 16 + 24;
    write(path("cut"), sealed.left(header + 2 * (64 * 1024 + 17)));
    expectRefused(path("cut"), kPassphrase, "truncated");
    write(path("cut"), sealed.left(sealed.size() - 5));
    expectRefused(path("cut"), kPassphrase, "damaged");
    write(path("cut"), sealed.left(30));
    expectRefused(path("cut"), kPassphrase, "truncated");
    write(path("cut"), sealed + QByteArray("x"));
    expectRefused(path("cut"), kPassphrase, "damaged"); // a byte added after the end
}

TEST_F(EncryptedFileTest, AFileThatIsNotEncryptedIsSaidSo)
{
    expectRefused(path("plain"), kPassphrase, "not an encrypted Parcours file");
}
