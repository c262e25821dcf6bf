#include <parcours/core/WallClock.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

QDateTime wallClock(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    // Read by hand: QDate::fromString with a format builds a parser each call, which dominated reading
    // thousands of dates (the quality dashboard reads two per bilan).
    const auto number = [&](qsizetype from, qsizetype length) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString formatIsoDate(QDate date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString();
}

std::optional<QDateTime> parseWallClock(QStringView text)
{
    QStringView rest = text;
    // Backends may hand back "…T14:30:00" or "… 14:30:00.000"; seconds must then be zero.
    if (rest.size() > 16) {
        const QStringView tail = rest.mid(16);
        if (tail != u":00" && tail != u":00.000")
            return std::nullopt;
        rest = rest.left(16);
    }
    if (rest.size() != 16 || (rest[10] != u'T' && rest[10] != u' ') || rest[13] != u':')
        return std::nullopt;
    const auto date = parseIsoDate(rest.left(10));
    // By hand, as the date: QTime::fromString with a format builds a parser each call (the week agenda of a whole
    // centre reads thousands).
    const auto digit = [&](qsizetype at) -> int {
        const char16_t c = rest[at].unicode();
        return c >= u'0' && c <= u'9' ? c - u'0' : -100;
    };
    const int hour = digit(11) * 10 + digit(12);
    const int minute = digit(14) * 10 + digit(15);
    if (!date || hour < 0 || minute < 0 || !QTime::isValid(hour, minute, 0))
        return std::nullopt;
    return wallClock(*date, QTime(hour, minute));
}

QString formatWallClock(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toString(u"yyyy-MM-dd'T'HH:mm"_s) : QString();
}

QString formatMinutes(int minutes)
{
    const QString sign = minutes < 0 ? u"-"_s : QString();
    const int total = std::abs(minutes);
    const int hours = total / 60;
    const int rest = total % 60;
    if (hours == 0)
        return sign + QCoreApplication::translate("Duration", "%1 min").arg(rest);
    if (rest == 0)
        return sign + QCoreApplication::translate("Duration", "%1 h").arg(hours);
    return sign + QCoreApplication::translate("Duration", "%1 h %2").arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace parcours
