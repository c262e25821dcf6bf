#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Result.h>

#include <QCoreApplication>
#include <QString>

namespace parcours {

/**
 * Whether a password is strong enough to lock Parcours, after the CNIL's recommendation of about 80 bits
 * (délibération 2022-100): 12 characters or more of the four kinds (lower case, upper case, digit, symbol), or 14
 * or more of at least three kinds, or a passphrase of 7 different words or more. The refusal says, in words, what
 * is missing for the first rule.
 */
Result<void> checkPasswordStrength(const QString& password);

/// The wait imposed before the next attempt after `failures` wrong passwords in a row: none for the first two,
/// then 2, 4, 8 … seconds, 5 minutes at most.
int lockDelaySeconds(int failures);

/** Turns a password into a salted, slow hash and checks one against it (Argon2id in storage; a fake in tests). */
class PasswordHasher {
public:
    virtual ~PasswordHasher() = default;
    virtual Result<QString> hash(const QString& password) const = 0;
    virtual bool verify(const QString& hash, const QString& password) const = 0;
};

/**
 * The optional lock of the application: a password whose hash only is kept in the settings table, the count of
 * wrong attempts (kept there too, so quitting does not reset the wait) and the idle time before Parcours locks.
 */
class AppLock {
    Q_DECLARE_TR_FUNCTIONS(AppLock)
public:
    AppLock(SettingsRepository& settings, const PasswordHasher& hasher, const Clock& clock);

    /// A password is set: Parcours asks it at start and after the idle time.
    bool isEnabled() const;
    /// Minutes without a key or a click before Parcours locks itself; 0: never.
    int idleMinutes() const;
    /// Wrong passwords typed in a row since the last right one.
    int failedAttempts() const;
    /// Seconds before another attempt is allowed (0: now).
    int secondsToWait() const;

    /// Checks the password; a wrong one is counted and makes the next wait longer. Refused without checking while
    /// a wait runs.
    Result<void> unlock(const QString& password);
    /// Sets or changes the password; `current` must be the present one when a password is already set.
    Result<void> setPassword(const QString& current, const QString& password);
    /// Removes the lock; `current` must be the present password.
    Result<void> disable(const QString& current);

private:
    Result<void> checkCurrent(const QString& current);
    Result<void> recordFailures(int failures);
    QString stored(const QString& key) const;

    SettingsRepository& m_settings;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

} // namespace parcours
