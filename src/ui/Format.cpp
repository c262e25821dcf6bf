#include <parcours/core/WallClock.h>
#include <parcours/ui/Format.h>

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours::format {

QString shortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"ddd dd/MM"_s) : QString();
}

QString shortDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.date(), u"ddd dd/MM/yy"_s) + u' ' + time(dateTime);
}

QString compactDateTime(const QDateTime& dateTime, QDate today)
{
    if (!dateTime.isValid())
        return {};
    const bool nearby = std::abs(today.daysTo(dateTime.date())) < 300;
    return QLocale().toString(dateTime.date(), nearby ? u"ddd dd/MM"_s : u"dd/MM/yy"_s) + u' ' + time(dateTime);
}

QString longDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"dddd d MMMM yyyy"_s) : QString();
}

QString dayMonth(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMM"_s) : QString();
}

QString time(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.time().toString(u"HH:mm"_s) : QString();
}

QString hoursOf(int doneMinutes, int totalMinutes)
{
    return formatMinutes(doneMinutes) + u" / "_s + formatMinutes(totalMinutes);
}

QString bilanCount(int count)
{
    return QCoreApplication::translate("format", "%n bilan(s)", nullptr, count);
}

QString homePath(const QString& path)
{
    const QString home = QDir::cleanPath(QDir::homePath());
    const QString clean = QDir::fromNativeSeparators(path);
    if (home.isEmpty() || home == u"/")
        return path;
    if (clean == home)
        return QStringLiteral("~");
    if (clean.startsWith(home + u'/'))
        return QDir::toNativeSeparators(QStringLiteral("~") + clean.mid(home.size()));
    return path;
}

} // namespace parcours::format
