#include <parcours/core/Money.h>

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr QChar kNarrowNoBreakSpace(0x202F);
constexpr QChar kNoBreakSpace(0x00A0);
constexpr int kMaxEuroDigits = 12; // 999 999 999 999 € is plenty and far from qint64's limits

bool isGroupingSpace(QChar c)
{
    return c == u' ' || c == kNoBreakSpace || c == kNarrowNoBreakSpace || c == u'\'' || c == QChar(0x2019);
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// "1234567" → "1 234 567" with the given separator between groups of three.
QString grouped(qint64 units, QChar separator)
{
    const QString digits = QString::number(units);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

} // namespace

QString Money::format(QStringView language) const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    const QString cents = u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
    const QString sign = m_cents < 0 ? u"-"_s : QString();
    if (language == u"en")
        return sign + u"€"_s + grouped(magnitude / 100, u',') + u'.' + cents;
    return sign + grouped(magnitude / 100, kNarrowNoBreakSpace) + u',' + cents + kNoBreakSpace + u'€';
}

QString Money::display() const
{
    return format(QLocale().language() == QLocale::French ? u"fr" : u"en");
}

QString Money::plain() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
}

Result<Money> Money::parse(QStringView input)
{
    const QString typed = input.trimmed().toString();
    const auto notAnAmount = [&] {
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not an amount in euros (for example 1 234,50).").arg(typed));
    };
    QString text = typed;
    if (text.endsWith(u'€'))
        text.chop(1);
    else if (text.startsWith(u'€'))
        text.remove(0, 1);
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return notAnAmount();
    for (QChar c : std::as_const(text)) {
        if (!(c >= u'0' && c <= u'9') && c != u'.' && c != u',' && !isGroupingSpace(c))
            return notAnAmount();
    }

    const qsizetype dots = text.count(u'.');
    const qsizetype commas = text.count(u',');
    const bool spaced = std::any_of(text.begin(), text.end(), isGroupingSpace);
    qsizetype decimalAt = -1;
    if (dots > 0 && commas > 0) {
        // Both: the last one written is the decimal mark ("1.234,50", "1,234.50"); it may appear only once.
        const QChar decimal = text.lastIndexOf(u'.') > text.lastIndexOf(u',') ? u'.' : u',';
        if (text.count(decimal) != 1)
            return notAnAmount();
        decimalAt = text.indexOf(decimal);
    } else if (dots == 1 || commas == 1) {
        decimalAt = text.indexOf(dots == 1 ? u'.' : u',');
        const QStringView after = QStringView(text).mid(decimalAt + 1);
        if (after.size() == 3 && allDigits(after) && !spaced) {
            return makeError(ErrorCode::InvalidInput,
                             tr("'%1' is ambiguous: a thousands separator or a decimal mark? Write 1234,50 or "
                                "1 234 instead.")
                                 .arg(typed));
        }
    }
    // Otherwise several dots or several commas: separators of thousands, no decimals.

    QString integer = decimalAt < 0 ? text : text.left(decimalAt);
    const QString decimals = decimalAt < 0 ? QString() : text.mid(decimalAt + 1);
    if (decimalAt >= 0) {
        if (allDigits(decimals) && decimals.size() > 2)
            return makeError(ErrorCode::InvalidInput, tr("'%1' has more than two decimals.").arg(typed));
        if (!allDigits(decimals))
            return notAnAmount();
    }
    for (QChar& c : integer) {
        if (c == u'.' || c == u',' || isGroupingSpace(c))
            c = u'|';
    }
    const QStringList groups = integer.split(u'|');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const bool sizeOk = groups.size() == 1 ? true : (i == 0 ? groups[i].size() <= 3 : groups[i].size() == 3);
        if (!allDigits(groups[i]) || !sizeOk)
            return notAnAmount();
    }
    const QString digits = groups.join(QString());
    QString significant = digits;
    while (significant.size() > 1 && significant.startsWith(u'0'))
        significant.remove(0, 1);
    if (significant.size() > kMaxEuroDigits)
        return makeError(ErrorCode::InvalidInput, tr("'%1' is too large an amount.").arg(typed));
    const qint64 cents = significant.toLongLong() * 100 + (decimals.isEmpty() ? 0 : decimals.leftJustified(2, u'0').toInt());
    return Money(negative ? -cents : cents);
}

} // namespace parcours
