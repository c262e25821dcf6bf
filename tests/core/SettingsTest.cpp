#include <parcours/core/Settings.h>

#include <QHash>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

/** Settings kept in memory: the core rules need no database. */
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
    Result<QByteArray> blob(const QString& key) override { return blobs.value(key); }
    Result<void> setBlob(const QString& key, const QByteArray& data) override
    {
        blobs.insert(key, data);
        return success();
    }
    QHash<QString, QString> values;
    QHash<QString, QByteArray> blobs;
};

} // namespace

TEST(Settings, UnsetKeysReadAsTheirDefaults)
{
    MemorySettings memory;
    Settings settings(memory);
    EXPECT_EQ(settings.text(settingKeys::timeZone), QStringLiteral("Europe/Paris"));
    EXPECT_EQ(settings.workdayStart(), QTime(9, 0));
    EXPECT_EQ(settings.text(settingKeys::consultantName), QString());
}

TEST(Settings, ValuesAreCheckedAndNormalisedByType)
{
    MemorySettings memory;
    Settings settings(memory);
    EXPECT_TRUE(settings.setValue(settingKeys::consultantSiret, QStringLiteral("123 456 789 00012")).ok());
    EXPECT_EQ(memory.values.value(QStringLiteral("consultant.siret")), QStringLiteral("12345678900012"));
    EXPECT_TRUE(settings.setValue(settingKeys::workdays, QStringLiteral("fri, mon,wed")).ok());
    EXPECT_EQ(settings.text(settingKeys::workdays), QStringLiteral("mon,wed,fri"));

    const auto badSiret = settings.setValue(settingKeys::consultantSiret, QStringLiteral("1234"));
    ASSERT_FALSE(badSiret.ok());
    EXPECT_EQ(badSiret.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(settings.setValue(settingKeys::timeZone, QStringLiteral("Mars/Olympus")).ok());
    EXPECT_FALSE(settings.setValue(settingKeys::workdayStart, QStringLiteral("9h")).ok());
    EXPECT_EQ(memory.values.value(QStringLiteral("consultant.siret")), QStringLiteral("12345678900012"));
}

TEST(Settings, UnknownKeysAreRefused)
{
    MemorySettings memory;
    Settings settings(memory);
    EXPECT_FALSE(settings.setValue(u"no.such.key", QStringLiteral("x")).ok());
    EXPECT_FALSE(settings.value(u"no.such.key").ok());
    EXPECT_TRUE(memory.values.isEmpty());
}

TEST(Settings, AnInvalidStoredTimeZoneFallsBackToParis)
{
    MemorySettings memory;
    memory.values.insert(QStringLiteral("timezone"), QStringLiteral("garbage"));
    EXPECT_EQ(Settings(memory).timeZone().id(), QByteArrayLiteral("Europe/Paris"));
}

TEST(Settings, BackupPolicyKeysAreTypedAndHaveDefaults)
{
    MemorySettings memory;
    Settings settings(memory);
    EXPECT_TRUE(settings.flag(settingKeys::backupDaily));
    EXPECT_EQ(settings.count(settingKeys::backupKeepDaily), 7);
    EXPECT_EQ(settings.count(settingKeys::backupKeepWeekly), 4);
    EXPECT_EQ(settings.count(settingKeys::backupKeepMonthly), 12);
    EXPECT_TRUE(settings.setValue(settingKeys::backupKeepDaily, QStringLiteral(" 14 ")).ok());
    EXPECT_EQ(settings.count(settingKeys::backupKeepDaily), 14);
    EXPECT_FALSE(settings.setValue(settingKeys::backupKeepMonthly, QStringLiteral("-1")).ok());
    EXPECT_FALSE(settings.setValue(settingKeys::backupKeepMonthly, QStringLiteral("douze")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::backupDaily, QStringLiteral("no")).ok());
    EXPECT_FALSE(settings.flag(settingKeys::backupDaily));
}

TEST(Settings, SessionDefaultsAreTypedAndHaveDefaults)
{
    MemorySettings memory;
    Settings settings(memory);
    EXPECT_EQ(settings.minutes(settingKeys::sessionLength), 150);
    EXPECT_EQ(settings.text(settingKeys::sessionPlace), QStringLiteral("office"));
    EXPECT_EQ(settings.weekday(settingKeys::plannerWeekday), std::nullopt) << "unset: the bilan's first day";
    EXPECT_EQ(settings.time(settingKeys::plannerTime), QTime(14, 0));
    EXPECT_FALSE(settings.flag(settingKeys::darkPalette));

    EXPECT_TRUE(settings.setValue(settingKeys::sessionLength, QStringLiteral("90")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::sessionPlace, QStringLiteral("remote")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::plannerWeekday, QStringLiteral("THU")).ok());
    EXPECT_TRUE(settings.setValue(settingKeys::plannerTime, QStringLiteral("09:30")).ok());
    EXPECT_EQ(settings.minutes(settingKeys::sessionLength), 90);
    EXPECT_EQ(settings.text(settingKeys::sessionPlace), QStringLiteral("remote"));
    EXPECT_EQ(settings.weekday(settingKeys::plannerWeekday), std::optional(Qt::Thursday));
    EXPECT_EQ(settings.time(settingKeys::plannerTime), QTime(9, 30));

    EXPECT_FALSE(settings.setValue(settingKeys::sessionLength, QStringLiteral("5")).ok());
    EXPECT_FALSE(settings.setValue(settingKeys::sessionLength, QStringLiteral("600")).ok());
    EXPECT_FALSE(settings.setValue(settingKeys::sessionPlace, QStringLiteral("park")).ok());
    EXPECT_FALSE(settings.setValue(settingKeys::plannerWeekday, QStringLiteral("mon,tue")).ok());
    EXPECT_EQ(settings.minutes(settingKeys::sessionLength), 90);
}
