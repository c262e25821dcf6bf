#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

#include <parcours/core/Repositories.h>
#include <parcours/core/Result.h>

#include <optional>

namespace parcours {

/** The type of a setting's value, which decides how it is checked. */
enum class SettingType { Text, Line, Email, Phone, Siret, DeclarationNumber, Time, TimeZoneId, Weekdays, Boolean, Language, Count, Amount, Month, Weekday, Place, Minutes };

/** One known setting: its key, type, default and what it is for. */
struct SettingDefinition {
    QString key;
    SettingType type = SettingType::Line;
    QString defaultValue;
    QString description; ///< English, translated for display
};

/**
 * The consultant's settings as one table of typed keys with defaults (identity and letterhead, time
 * zone, working hours). Unknown keys and ill-typed values are refused; a missing value reads as its default.
 */
class Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    explicit Settings(SettingsRepository& repository);

    static const QList<SettingDefinition>& definitions();
    static const SettingDefinition* definition(QStringView key);
    /// Checks a value against its definition; returns the value as stored (trimmed, normalised).
    static Result<QString> normalise(QStringView key, const QString& value);

    Result<QString> value(QStringView key) const;
    Result<void> setValue(QStringView key, const QString& value);

    // Typed accessors for the keys the code reads (defaults when unset or unreadable).
    QString text(QStringView key) const;
    QTimeZone timeZone() const;
    QTime workdayStart() const;
    QTime workdayEnd() const;
    /// The working days of `hours.days`, Monday = 1.
    QList<Qt::DayOfWeek> workdays() const;
    /// A Boolean setting, or its default.
    bool flag(QStringView key) const;
    /// A Count setting (a whole number from 0 to 999), or its default.
    int count(QStringView key) const;
    /// An Amount setting in cents, or nullopt when unset (or unreadable).
    std::optional<qint64> amount(QStringView key) const;
    /// A Month setting (1 = January … 12), or its default.
    int month(QStringView key) const;

    /// A Time setting, or its default.
    QTime time(QStringView key) const;
    /// A Weekday setting (Monday = 1); none when unset.
    std::optional<Qt::DayOfWeek> weekday(QStringView key) const;
    /// A Minutes setting (a session length from 15 to 480 minutes), or its default.
    int minutes(QStringView key) const;

    /// The letterhead's logo as stored (PNG or JPEG bytes), empty when none.
    QByteArray logo() const;
    /// Stores the logo (PNG or JPEG, kMaxLogoBytes at most); empty data removes it.
    Result<void> setLogo(const QByteArray& image);
    /// Refuses what is not a PNG or JPEG file of a reasonable size (checked by its signature, not its name).
    static Result<void> checkLogo(const QByteArray& image);

private:
    SettingsRepository& m_repository;
};

namespace settingKeys {
inline constexpr QStringView consultantName = u"consultant.name";
inline constexpr QStringView consultantTitle = u"consultant.title";
inline constexpr QStringView consultantAddress = u"consultant.address";
inline constexpr QStringView consultantPhone = u"consultant.phone";
inline constexpr QStringView consultantEmail = u"consultant.email";
inline constexpr QStringView consultantSiret = u"consultant.siret";
inline constexpr QStringView consultantDeclaration = u"consultant.declaration_number";
inline constexpr QStringView timeZone = u"timezone";
inline constexpr QStringView workdayStart = u"hours.start";
inline constexpr QStringView workdayEnd = u"hours.end";
inline constexpr QStringView workdays = u"hours.days";
inline constexpr QStringView documentLanguage = u"documents.language";
inline constexpr QStringView alsaceMoselle = u"holidays.alsace_moselle";
inline constexpr QStringView calendarNames = u"calendar.full_names";
/// Binary setting (SettingsRepository::blob): the letterhead's logo.
inline constexpr QStringView consultantLogo = u"consultant.logo";
inline constexpr QStringView backupDaily = u"backup.daily";
inline constexpr QStringView backupKeepDaily = u"backup.keep_daily";
inline constexpr QStringView backupKeepWeekly = u"backup.keep_weekly";
inline constexpr QStringView backupKeepMonthly = u"backup.keep_monthly";
inline constexpr QStringView billingDefaultPrice = u"billing.default_price";
inline constexpr QStringView billingPaymentDays = u"billing.payment_days";
inline constexpr QStringView billingVatMention = u"billing.vat_mention";
inline constexpr QStringView billingBankDetails = u"billing.bank_details";
inline constexpr QStringView billingCpfCopayment = u"billing.cpf_copayment";
inline constexpr QStringView billingYearStart = u"billing.year_start_month";
inline constexpr QStringView sessionLength = u"sessions.length";
inline constexpr QStringView sessionPlace = u"sessions.place";
inline constexpr QStringView plannerWeekday = u"planner.weekday";
inline constexpr QStringView plannerTime = u"planner.time";
inline constexpr QStringView darkPalette = u"appearance.dark";
inline constexpr QStringView lockIdleMinutes = u"lock.idle_minutes";
// Kept by AppLock directly, outside the typed definitions, so that no settings command shows or sets them.
inline constexpr QStringView lockPasswordHash = u"lock.password_hash";
inline constexpr QStringView lockFailedAttempts = u"lock.failed_attempts";
inline constexpr QStringView lockLastFailure = u"lock.last_failure";
} // namespace settingKeys

/// The largest logo stored: a letterhead logo is small; a photo straight from a camera is refused.
inline constexpr qsizetype kMaxLogoBytes = 2 * 1024 * 1024;

} // namespace parcours
