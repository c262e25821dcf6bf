// The application lock's rules without a database: the password strength rule case by case, the growing waits
// after wrong passwords (kept across a restart), setting, changing and removing the password.
#include <parcours/core/AppLock.h>
#include <parcours/core/Settings.h>

#include <QHash>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

class MemorySettings final : public SettingsRepository {
public:
    Result<std::optional<QString>> value(const QString& key) override
    {
        return values.contains(key) ? std::optional(values.value(key)) : std::nullopt;
    }
    Result<void> setValue(const QString& key, const QString& value) override
    {
        values.insert(key, value);
        return success();
    }
    Result<QByteArray> blob(const QString&) override { return QByteArray(); }
    Result<void> setBlob(const QString&, const QByteArray&) override { return success(); }
    QHash<QString, QString> values;
};

/// Not a hash: enough to tell the lock's bookkeeping from the cryptography (tested in storage).
class ReversedHasher final : public PasswordHasher {
public:
    Result<QString> hash(const QString& password) const override
    {
        QString reversed(password);
        std::reverse(reversed.begin(), reversed.end());
        return QStringLiteral("rev:") + reversed;
    }
    bool verify(const QString& hash, const QString& password) const override
    {
        return !hash.isEmpty() && hash == this->hash(password).value();
    }
};

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kGood = s("Bilan-2026-ok");

} // namespace

TEST(PasswordStrength, TwelveCharactersOfFourKindsPass)
{
    EXPECT_TRUE(checkPasswordStrength(s("Abcdefgh12#x")).ok());
    EXPECT_TRUE(checkPasswordStrength(s("Éléphant-42x")).ok()) << "accented letters count as letters";
}

TEST(PasswordStrength, ElevenCharactersOfFourKindsAreOneShort)
{
    auto result = checkPasswordStrength(s("Abcdefg12#x"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(s("1 more character"))) << result.error().message.toStdString();
    EXPECT_FALSE(result.error().message.contains(s("symbol,"))) << "nothing else is missing";
}

TEST(PasswordStrength, TwelveCharactersWithoutASymbolSayWhatIsMissing)
{
    auto result = checkPasswordStrength(s("Abcdefgh1234"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(s("add a symbol."))) << result.error().message.toStdString();
}

TEST(PasswordStrength, FourteenCharactersOfThreeKindsPass)
{
    EXPECT_TRUE(checkPasswordStrength(s("Abcdefghijk123")).ok());
    EXPECT_TRUE(checkPasswordStrength(s("abcdefghijk12-")).ok());
}

TEST(PasswordStrength, FourteenCharactersOfTwoKindsFail)
{
    auto result = checkPasswordStrength(s("abcdefghijk123"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(s("an upper-case letter and a symbol")))
        << result.error().message.toStdString();
}

TEST(PasswordStrength, APassphraseOfSevenWordsPasses)
{
    EXPECT_TRUE(checkPasswordStrength(s("le chat dort sur un vieux fauteuil")).ok());
}

TEST(PasswordStrength, SixWordsOrTheSameWordRepeatedFail)
{
    EXPECT_FALSE(checkPasswordStrength(s("le chat dort sur un fauteuil")).ok());
    EXPECT_FALSE(checkPasswordStrength(s("chat chat chat chat chat chat chat")).ok());
}

TEST(PasswordStrength, EmptyAndShortPasswordsSayEverythingMissing)
{
    auto result = checkPasswordStrength(s("abc"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(s("an upper-case letter, a digit and a symbol")))
        << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(s("add 9 more character"))) << result.error().message.toStdString();
    EXPECT_EQ(result.error().field, s("password"));
    EXPECT_FALSE(checkPasswordStrength(QString()).ok());
}

TEST(LockDelay, TwoFreeAttemptsThenDoublingWaitsCapped)
{
    EXPECT_EQ(lockDelaySeconds(0), 0);
    EXPECT_EQ(lockDelaySeconds(1), 0);
    EXPECT_EQ(lockDelaySeconds(2), 0);
    EXPECT_EQ(lockDelaySeconds(3), 2);
    EXPECT_EQ(lockDelaySeconds(4), 4);
    EXPECT_EQ(lockDelaySeconds(5), 8);
    EXPECT_EQ(lockDelaySeconds(10), 256);
    EXPECT_EQ(lockDelaySeconds(11), 300);
    EXPECT_EQ(lockDelaySeconds(1000), 300);
}

TEST(AppLock, OffUntilAPasswordIsSetAndOnlyTheHashIsKept)
{
    MemorySettings settings;
    ReversedHasher hasher;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AppLock lock(settings, hasher, clock);
    EXPECT_FALSE(lock.isEnabled());
    EXPECT_EQ(lock.idleMinutes(), 10);
    EXPECT_FALSE(lock.setPassword(QString(), s("court")).ok()) << "a weak password is refused";
    EXPECT_FALSE(lock.isEnabled());
    ASSERT_TRUE(lock.setPassword(QString(), kGood).ok());
    EXPECT_TRUE(lock.isEnabled());
    for (const QString& value : std::as_const(settings.values))
        EXPECT_FALSE(value.contains(kGood)) << "the password itself is never stored";
    EXPECT_TRUE(lock.unlock(kGood).ok());
}

TEST(AppLock, WrongPasswordsMakeGrowingWaitsThatSurviveARestart)
{
    MemorySettings settings;
    ReversedHasher hasher;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    ASSERT_TRUE(AppLock(settings, hasher, clock).setPassword(QString(), kGood).ok());
    {
        AppLock lock(settings, hasher, clock);
        EXPECT_FALSE(lock.unlock(s("wrong")).ok());
        EXPECT_EQ(lock.secondsToWait(), 0);
        EXPECT_FALSE(lock.unlock(s("wrong")).ok());
        auto third = lock.unlock(s("wrong"));
        ASSERT_FALSE(third.ok());
        EXPECT_TRUE(third.error().message.contains(s("Wait 2 second"))) << third.error().message.toStdString();
    }
    AppLock restarted(settings, hasher, clock); // Parcours quit and started again: the wait stays
    EXPECT_EQ(restarted.failedAttempts(), 3);
    EXPECT_EQ(restarted.secondsToWait(), 2);
    EXPECT_FALSE(restarted.unlock(kGood).ok()) << "even the right password waits its turn";
    EXPECT_EQ(restarted.failedAttempts(), 3) << "an attempt refused for the wait is not counted";
    clock.set(clock.now().addSecs(2));
    EXPECT_EQ(restarted.secondsToWait(), 0);
    EXPECT_FALSE(restarted.unlock(s("wrong")).ok());
    EXPECT_EQ(restarted.secondsToWait(), 4);
    clock.set(clock.now().addSecs(4));
    EXPECT_TRUE(restarted.unlock(kGood).ok());
    EXPECT_EQ(restarted.failedAttempts(), 0);
    EXPECT_EQ(restarted.secondsToWait(), 0);
}

TEST(AppLock, ChangingOrRemovingAsksTheCurrentPassword)
{
    MemorySettings settings;
    ReversedHasher hasher;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AppLock lock(settings, hasher, clock);
    ASSERT_TRUE(lock.setPassword(QString(), kGood).ok());
    const QString other = s("Autre-mot-2026");
    auto refused = lock.setPassword(s("not it"), other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, s("current"));
    EXPECT_FALSE(lock.disable(QString()).ok());
    EXPECT_TRUE(lock.unlock(kGood).ok()) << "nothing changed";
    ASSERT_TRUE(lock.setPassword(kGood, other).ok());
    EXPECT_FALSE(lock.unlock(kGood).ok());
    EXPECT_TRUE(lock.unlock(other).ok());
    ASSERT_TRUE(lock.disable(other).ok());
    EXPECT_FALSE(lock.isEnabled());
}

TEST(AppLock, TheHashAndTheCountAreNotSettingsAnyoneCanListOrSet)
{
    // `parcours-cli settings list/set` go through the typed definitions: the lock's own keys are not among them.
    for (const QStringView key :
        { settingKeys::lockPasswordHash, settingKeys::lockFailedAttempts, settingKeys::lockLastFailure }) {
        EXPECT_EQ(Settings::definition(key), nullptr) << key.toString().toStdString();
        MemorySettings memory;
        EXPECT_FALSE(Settings(memory).setValue(key, s("x")).ok());
    }
    EXPECT_NE(Settings::definition(settingKeys::lockIdleMinutes), nullptr);
    EXPECT_FALSE(Settings::normalise(settingKeys::lockIdleMinutes, s("-1")).ok());
}
