#pragma once

#include <QCoreApplication>
#include <QString>

#include <parcours/core/Result.h>

#include <compare>

namespace parcours {

/**
 * An amount of euros in whole cents: what every price, invoice, payment and figure of the BPF is counted in, never a
 * floating-point number. Written for people ("1 234,50 €") and read back from what they type.
 */
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromEuros(qint64 euros) { return Money(euros * 100); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money& operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_cents -= other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    /// As printed in a document of that language: "1 234,50 €" in French (a narrow no-break space between
    /// thousands, a no-break space before the sign), "€1,234.50" in English.
    QString format(QStringView language = u"fr") const;
    /// As the interface shows it: French when the default locale is French (the GUI in French), English otherwise
    /// (the CLI, the GUI in English).
    QString display() const;
    /// "1234.50": the plain form of the CLI, JSON and stored settings.
    QString plain() const;

    /**
     * Reads an amount as people type it: "1800", "1 800,5", "1 234.50", "1.234,50", "1 234,50 €", "-12,30".
     * Refused: anything but digits, separators, a leading minus and the euro sign; more than two decimals; groups of
     * thousands that are not groups of three; and the ambiguous "1,234" or "1.234" (thousands or decimals?).
     */
    static Result<Money> parse(QStringView text);

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }
    qint64 m_cents = 0;
};

} // namespace parcours
