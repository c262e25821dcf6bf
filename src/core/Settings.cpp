#include <parcours/core/Money.h>
#include <parcours/core/Settings.h>

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QList<SettingDefinition> buildDefinitions()
{
    // QT_TR_NOOP marks the descriptions for lupdate; Settings::tr translates them when shown.
    return {
        { settingKeys::consultantName.toString(), SettingType::Line, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Consultant's name, as printed on documents")) },
        { settingKeys::consultantTitle.toString(), SettingType::Line, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Title or profession (e.g. career counsellor, psychologist)")) },
        { settingKeys::consultantAddress.toString(), SettingType::Text, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Postal address of the practice")) },
        { settingKeys::consultantPhone.toString(), SettingType::Phone, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Phone number of the practice")) },
        { settingKeys::consultantEmail.toString(), SettingType::Email, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "E-mail address of the practice")) },
        { settingKeys::consultantSiret.toString(), SettingType::Siret, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "SIRET number (14 digits)")) },
        { settingKeys::consultantDeclaration.toString(), SettingType::DeclarationNumber, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Training provider declaration number (11 digits)")) },
        { settingKeys::timeZone.toString(), SettingType::TimeZoneId, u"Europe/Paris"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Time zone of the sessions' times")) },
        { settingKeys::workdayStart.toString(), SettingType::Time, u"09:00"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Start of the working day")) },
        { settingKeys::workdayEnd.toString(), SettingType::Time, u"18:00"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "End of the working day")) },
        { settingKeys::workdays.toString(), SettingType::Weekdays, u"mon,tue,wed,thu,fri"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Working days")) },
        { settingKeys::documentLanguage.toString(), SettingType::Language, u"fr"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Language of printed documents (fr or en)")) },
        { settingKeys::alsaceMoselle.toString(), SettingType::Boolean, u"false"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Alsace-Moselle public holidays (Good Friday, 26 December)")) },
        { settingKeys::calendarNames.toString(), SettingType::Boolean, u"false"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Full names in exported calendar events (initials otherwise)")) },
        { settingKeys::backupDaily.toString(), SettingType::Boolean, u"true"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Back up the database on the first start of each day (true or false)")) },
        { settingKeys::backupKeepDaily.toString(), SettingType::Count, u"7"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Backups kept: one per day for this many days")) },
        { settingKeys::backupKeepWeekly.toString(), SettingType::Count, u"4"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Backups kept: one per week for this many weeks")) },
        { settingKeys::backupKeepMonthly.toString(), SettingType::Count, u"12"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Backups kept: one per month for this many months")) },
        { settingKeys::billingDefaultPrice.toString(), SettingType::Amount, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Price of a bilan unless set for the bilan, in euros")) },
        { settingKeys::billingPaymentDays.toString(), SettingType::Count, u"30"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Days to pay an invoice from its date")) },
        { settingKeys::billingVatMention.toString(), SettingType::Line, u"Exonération de TVA, article 261-4-4° a du Code général des impôts"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "VAT mention printed on quotes and invoices")) },
        { settingKeys::billingBankDetails.toString(), SettingType::Text, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Bank details printed on invoices (IBAN, BIC)")) },
        { settingKeys::billingCpfCopayment.toString(), SettingType::Amount, u"100.00"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "CPF flat co-payment of the beneficiary, in euros (check the current amount)")) },
        { settingKeys::billingYearStart.toString(), SettingType::Month, u"1"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "First month of the financial year (1 = January)")) },
        { settingKeys::sessionLength.toString(), SettingType::Minutes, u"150"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Usual length of a session, in minutes")) },
        { settingKeys::sessionPlace.toString(), SettingType::Place, u"office"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Usual place of a session (office or remote)")) },
        { settingKeys::plannerWeekday.toString(), SettingType::Weekday, {}, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Usual day of the week of a bilan's sessions (mon to sun; unset: the bilan's first day)")) },
        { settingKeys::plannerTime.toString(), SettingType::Time, u"14:00"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Usual time of a bilan's sessions")) },
        { settingKeys::darkPalette.toString(), SettingType::Boolean, u"false"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Dark colours for the interface (true or false)")) },
        { settingKeys::lockIdleMinutes.toString(), SettingType::Count, u"10"_s, QStringLiteral(QT_TRANSLATE_NOOP("Settings", "Minutes without use before Parcours locks itself, when a lock password is set (0: never)")) },
    };
}

const QStringList& weekdayKeys()
{
    static const QStringList keys { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s };
    return keys;
}

} // namespace

Settings::Settings(SettingsRepository& repository)
    : m_repository(repository)
{
}

const QList<SettingDefinition>& Settings::definitions()
{
    static const QList<SettingDefinition> all = buildDefinitions();
    return all;
}

const SettingDefinition* Settings::definition(QStringView key)
{
    for (const SettingDefinition& def : definitions()) {
        if (def.key == key)
            return &def;
    }
    return nullptr;
}

Result<QString> Settings::normalise(QStringView key, const QString& value)
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return makeError(ErrorCode::InvalidInput, tr("Unknown setting '%1'.").arg(key.toString()));
    const QString trimmed = def->type == SettingType::Text ? value.trimmed() : value.simplified();
    auto refuse = [&](const QString& why) { return makeError(ErrorCode::InvalidInput, why, def->key); };
    if (trimmed.isEmpty())
        return trimmed; // every setting may be cleared back to its default
    switch (def->type) {
    case SettingType::Text:
    case SettingType::Line:
        if (trimmed.size() > 500)
            return refuse(tr("The value is too long (500 characters at most)."));
        return trimmed;
    case SettingType::Email:
        if (!QRegularExpression(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s).match(trimmed).hasMatch())
            return refuse(tr("This e-mail address is not valid."));
        return trimmed;
    case SettingType::Phone:
        if (!QRegularExpression(u"^\\+?[0-9 .()\\-]{6,24}$"_s).match(trimmed).hasMatch())
            return refuse(tr("A phone number holds digits, spaces, dots, dashes and a leading +."));
        return trimmed;
    case SettingType::Siret: {
        QString digits = trimmed;
        digits.remove(u' ');
        if (!QRegularExpression(u"^[0-9]{14}$"_s).match(digits).hasMatch())
            return refuse(tr("A SIRET number has 14 digits."));
        return digits;
    }
    case SettingType::DeclarationNumber: {
        QString digits = trimmed;
        digits.remove(u' ');
        if (!QRegularExpression(u"^[0-9]{11}$"_s).match(digits).hasMatch())
            return refuse(tr("A declaration number has 11 digits."));
        return digits;
    }
    case SettingType::Time: {
        const QTime time = QTime::fromString(trimmed, u"HH:mm"_s);
        if (!time.isValid())
            return refuse(tr("A time is written HH:MM, for example 09:30."));
        return time.toString(u"HH:mm"_s);
    }
    case SettingType::TimeZoneId:
        if (!QTimeZone::isTimeZoneIdAvailable(trimmed.toUtf8()))
            return refuse(tr("Unknown time zone '%1' (for example Europe/Paris).").arg(trimmed));
        return trimmed;
    case SettingType::Weekdays: {
        QStringList days;
        for (const QString& part : trimmed.split(u',', Qt::SkipEmptyParts)) {
            const QString day = part.trimmed().toLower();
            if (!weekdayKeys().contains(day))
                return refuse(tr("Working days are listed as mon,tue,wed,thu,fri,sat,sun."));
            if (!days.contains(day))
                days << day;
        }
        std::sort(days.begin(), days.end(), [](const QString& a, const QString& b) {
            return weekdayKeys().indexOf(a) < weekdayKeys().indexOf(b);
        });
        return days.join(u',');
    }
    case SettingType::Language:
        if (trimmed != u"fr" && trimmed != u"en")
            return refuse(tr("Documents are written in fr (French) or en (English)."));
        return trimmed;
    case SettingType::Count: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < 0 || number > 999)
            return refuse(tr("Expected a whole number from 0 to 999."));
        return QString::number(number);
    }
    case SettingType::Amount: {
        auto amount = Money::parse(trimmed);
        if (!amount)
            return refuse(amount.error().message);
        if (amount->isNegative())
            return refuse(tr("An amount cannot be negative."));
        return amount->plain();
    }
    case SettingType::Month: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < 1 || number > 12)
            return refuse(tr("Expected a month number from 1 (January) to 12 (December)."));
        return QString::number(number);
    }
    case SettingType::Weekday: {
        const QString day = trimmed.toLower();
        if (!weekdayKeys().contains(day))
            return refuse(tr("A day of the week is one of mon, tue, wed, thu, fri, sat, sun."));
        return day;
    }
    case SettingType::Place:
        if (trimmed != u"office" && trimmed != u"remote")
            return refuse(tr("A session takes place at the office or remote."));
        return trimmed;
    case SettingType::Minutes: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < 15 || number > 480)
            return refuse(tr("A session lasts from 15 to 480 minutes."));
        return QString::number(number);
    }
    case SettingType::Boolean:
        if (trimmed == u"true" || trimmed == u"1" || trimmed == u"yes")
            return u"true"_s;
        if (trimmed == u"false" || trimmed == u"0" || trimmed == u"no")
            return u"false"_s;
        return refuse(tr("Expected true or false."));
    }
    return trimmed;
}

Result<QString> Settings::value(QStringView key) const
{
    const SettingDefinition* def = definition(key);
    if (!def)
        return makeError(ErrorCode::InvalidInput, tr("Unknown setting '%1'.").arg(key.toString()));
    auto stored = m_repository.value(def->key);
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->isEmpty())
        return def->defaultValue;
    return *stored.value();
}

Result<void> Settings::setValue(QStringView key, const QString& value)
{
    auto normalised = normalise(key, value);
    if (!normalised)
        return normalised.error();
    return m_repository.setValue(key.toString(), normalised.value());
}

QString Settings::text(QStringView key) const
{
    return value(key).valueOr(QString());
}

QTimeZone Settings::timeZone() const
{
    const QByteArray id = text(settingKeys::timeZone).toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

bool Settings::flag(QStringView key) const
{
    return text(key) == u"true";
}

QList<Qt::DayOfWeek> Settings::workdays() const
{
    QList<Qt::DayOfWeek> days;
    for (const QString& key : text(settingKeys::workdays).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype index = weekdayKeys().indexOf(key.trimmed());
        if (index >= 0)
            days << static_cast<Qt::DayOfWeek>(index + 1);
    }
    return days;
}

QTime Settings::workdayStart() const
{
    const QTime time = QTime::fromString(text(settingKeys::workdayStart), u"HH:mm"_s);
    return time.isValid() ? time : QTime(9, 0);
}

QTime Settings::workdayEnd() const
{
    const QTime time = QTime::fromString(text(settingKeys::workdayEnd), u"HH:mm"_s);
    return time.isValid() ? time : QTime(18, 0);
}

QByteArray Settings::logo() const
{
    return m_repository.blob(settingKeys::consultantLogo.toString()).valueOr(QByteArray());
}

Result<void> Settings::checkLogo(const QByteArray& image)
{
    if (image.isEmpty())
        return success();
    if (image.size() > kMaxLogoBytes) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The logo is too large (%1 MB at most).").arg(kMaxLogoBytes / (1024 * 1024)),
                         settingKeys::consultantLogo.toString());
    }
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    if (!png && !jpeg) {
        return makeError(ErrorCode::InvalidInput, tr("The logo must be a PNG or JPEG image."),
                         settingKeys::consultantLogo.toString());
    }
    return success();
}

Result<void> Settings::setLogo(const QByteArray& image)
{
    if (auto valid = checkLogo(image); !valid)
        return valid;
    return m_repository.setBlob(settingKeys::consultantLogo.toString(), image);
}

QTime Settings::time(QStringView key) const
{
    const QTime time = QTime::fromString(text(key), u"HH:mm"_s);
    if (time.isValid())
        return time;
    const SettingDefinition* def = definition(key);
    return def ? QTime::fromString(def->defaultValue, u"HH:mm"_s) : QTime();
}

std::optional<Qt::DayOfWeek> Settings::weekday(QStringView key) const
{
    const qsizetype index = weekdayKeys().indexOf(text(key));
    if (index < 0)
        return std::nullopt;
    return static_cast<Qt::DayOfWeek>(index + 1);
}

int Settings::minutes(QStringView key) const
{
    bool ok = false;
    const int number = text(key).toInt(&ok);
    if (ok && number >= 15 && number <= 480)
        return number;
    const SettingDefinition* def = definition(key);
    return def ? def->defaultValue.toInt() : 0;
}

int Settings::count(QStringView key) const
{
    bool ok = false;
    const int number = text(key).toInt(&ok);
    if (ok && number >= 0 && number <= 999)
        return number;
    const SettingDefinition* def = definition(key);
    return def ? def->defaultValue.toInt() : 0;
}

std::optional<qint64> Settings::amount(QStringView key) const
{
    const QString stored = text(key);
    if (stored.isEmpty())
        return std::nullopt;
    auto parsed = Money::parse(stored);
    if (!parsed || parsed->isNegative())
        return std::nullopt;
    return parsed->cents();
}

int Settings::month(QStringView key) const
{
    bool ok = false;
    const int number = text(key).toInt(&ok);
    if (ok && number >= 1 && number <= 12)
        return number;
    const SettingDefinition* def = definition(key);
    return def ? def->defaultValue.toInt() : 1;
}

} // namespace parcours
