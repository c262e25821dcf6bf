// The lock's password hashes are Argon2id (libsodium), salted, and never hold the password.
#include <parcours/storage/PasswordHashing.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(PasswordHashing, Argon2idSaltedHashesThatVerifyOnlyTheRightPassword)
{
    const QString password = QStringLiteral("Bilan-2026-été");
    auto first = passwordHasher().hash(password);
    auto second = passwordHasher().hash(password);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(first->startsWith(QStringLiteral("$argon2id$"))) << first->toStdString();
    EXPECT_NE(first.value(), second.value()) << "each hash has its own salt";
    EXPECT_FALSE(first->contains(password));
    EXPECT_TRUE(passwordHasher().verify(first.value(), password));
    EXPECT_TRUE(passwordHasher().verify(second.value(), password));
    EXPECT_FALSE(passwordHasher().verify(first.value(), QStringLiteral("Bilan-2026-ete")));
    EXPECT_FALSE(passwordHasher().verify(QString(), password)) << "no hash: nothing unlocks";
    EXPECT_FALSE(passwordHasher().verify(QStringLiteral("garbage"), password));
}
