#include <parcours/core/AppLock.h>
#include <parcours/core/Settings.h>

#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kLongLength = 12; // four kinds
constexpr int kLongerLength = 14; // three kinds
constexpr int kPassphraseWords = 7;
constexpr int kMaxDelaySeconds = 300;
constexpr int kFreeAttempts = 2;

struct Kinds {
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    int count() const { return int(lower) + int(upper) + int(digit) + int(symbol); }
};

Kinds kindsOf(const QList<uint>& codePoints)
{
    Kinds kinds;
    for (const uint c : codePoints) {
        if (QChar::isLower(char32_t(c)))
            kinds.lower = true;
        else if (QChar::isUpper(char32_t(c)) || QChar::isTitleCase(char32_t(c)))
            kinds.upper = true;
        else if (QChar::isDigit(char32_t(c)))
            kinds.digit = true;
        else
            kinds.symbol = true; // punctuation, spaces, and letters without case
    }
    return kinds;
}

/// Different words (letters or digits, two at least), compared without case.
int distinctWords(const QString& password)
{
    QSet<QString> words;
    QString word;
    auto flush = [&] {
        if (word.size() >= 2)
            words.insert(word.toCaseFolded());
        word.clear();
    };
    for (const QChar c : password) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return static_cast<int>(words.size());
}

QString joinWithAnd(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return AppLock::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(AppLock::tr(", ")), parts.last());
}

} // namespace

Result<void> checkPasswordStrength(const QString& password)
{
    const QList<uint> codePoints = password.toUcs4();
    const int length = static_cast<int>(codePoints.size());
    const Kinds kinds = kindsOf(codePoints);
    if (length >= kLongLength && kinds.count() == 4)
        return success();
    if (length >= kLongerLength && kinds.count() >= 3)
        return success();
    if (distinctWords(password) >= kPassphraseWords)
        return success();
    QStringList missing;
    if (length < kLongLength)
        missing << AppLock::tr("%n more character(s)", nullptr, kLongLength - length);
    if (!kinds.lower)
        missing << AppLock::tr("a lower-case letter");
    if (!kinds.upper)
        missing << AppLock::tr("an upper-case letter");
    if (!kinds.digit)
        missing << AppLock::tr("a digit");
    if (!kinds.symbol)
        missing << AppLock::tr("a symbol");
    return makeError(ErrorCode::InvalidInput,
        AppLock::tr("Too weak: add %1. A strong password has 12 characters or more of four kinds (lower case, upper "
                    "case, digits, symbols), or 14 or more of three kinds, or is a passphrase of 7 words.")
            .arg(joinWithAnd(missing)),
        u"password"_s);
}

int lockDelaySeconds(int failures)
{
    if (failures <= kFreeAttempts)
        return 0;
    const int doublings = failures - kFreeAttempts; // 1, 2, 3 … → 2, 4, 8 … s
    if (doublings >= 9)
        return kMaxDelaySeconds;
    return std::min(1 << doublings, kMaxDelaySeconds);
}

AppLock::AppLock(SettingsRepository& settings, const PasswordHasher& hasher, const Clock& clock)
    : m_settings(settings), m_hasher(hasher), m_clock(clock)
{ }

QString AppLock::stored(const QString& key) const
{
    auto value = m_settings.value(key);
    return value && value->has_value() ? value->value() : QString();
}

bool AppLock::isEnabled() const
{
    return !stored(settingKeys::lockPasswordHash.toString()).isEmpty();
}

int AppLock::idleMinutes() const
{
    return Settings(m_settings).count(settingKeys::lockIdleMinutes);
}

int AppLock::failedAttempts() const
{
    return std::max(0, stored(settingKeys::lockFailedAttempts.toString()).toInt());
}

int AppLock::secondsToWait() const
{
    const int delay = lockDelaySeconds(failedAttempts());
    if (delay == 0)
        return 0;
    const QDateTime last = QDateTime::fromString(stored(settingKeys::lockLastFailure.toString()), Qt::ISODate);
    if (!last.isValid())
        return 0;
    const qint64 elapsed = last.secsTo(m_clock.now());
    if (elapsed < 0)
        return delay; // the clock went back: the whole wait again, never none
    return static_cast<int>(std::max<qint64>(0, delay - elapsed));
}

Result<void> AppLock::recordFailures(int failures)
{
    if (auto done = m_settings.setValue(settingKeys::lockFailedAttempts.toString(), QString::number(failures)); !done)
        return done;
    return m_settings.setValue(settingKeys::lockLastFailure.toString(), m_clock.now().toString(Qt::ISODate));
}

Result<void> AppLock::unlock(const QString& password)
{
    if (const int wait = secondsToWait(); wait > 0)
        return makeError(
            ErrorCode::Refused, tr("Wait %n second(s) before trying again.", nullptr, wait), u"password"_s);
    if (m_hasher.verify(stored(settingKeys::lockPasswordHash.toString()), password)) {
        if (failedAttempts() > 0)
            return recordFailures(0);
        return success();
    }
    const int failures = failedAttempts() + 1;
    // Counted even when the count cannot be stored (a read-only database): the refusal stands.
    (void)recordFailures(failures);
    const int wait = lockDelaySeconds(failures);
    return makeError(ErrorCode::Refused,
        wait > 0 ? tr("Wrong password. Wait %n second(s) before trying again.", nullptr, wait) : tr("Wrong password."),
        u"password"_s);
}

Result<void> AppLock::checkCurrent(const QString& current)
{
    if (!isEnabled())
        return success();
    if (current.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type the current password."), u"current"_s);
    auto checked = unlock(current);
    if (!checked)
        return makeError(checked.error().code, checked.error().message, u"current"_s);
    return success();
}

Result<void> AppLock::setPassword(const QString& current, const QString& password)
{
    if (auto strong = checkPasswordStrength(password); !strong)
        return strong;
    if (auto checked = checkCurrent(current); !checked)
        return checked;
    auto hashed = m_hasher.hash(password);
    if (!hashed)
        return hashed.error();
    if (auto done = m_settings.setValue(settingKeys::lockPasswordHash.toString(), hashed.value()); !done)
        return done;
    return m_settings.setValue(settingKeys::lockFailedAttempts.toString(), u"0"_s);
}

Result<void> AppLock::disable(const QString& current)
{
    if (!isEnabled())
        return success();
    if (auto checked = checkCurrent(current); !checked)
        return checked;
    if (auto done = m_settings.setValue(settingKeys::lockPasswordHash.toString(), QString()); !done)
        return done;
    return m_settings.setValue(settingKeys::lockFailedAttempts.toString(), u"0"_s);
}

} // namespace parcours
