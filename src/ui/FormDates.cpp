#include <parcours/ui/FormDates.h>

using namespace Qt::StringLiterals;

namespace parcours::formDates {

QString text(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

std::optional<QDate> parse(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QDate();
    for (const QString& format : { u"d/M/yyyy"_s, u"M/yyyy"_s, u"yyyy"_s }) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid() && date.year() >= 1900 && date.year() <= 2200)
            return date;
    }
    return std::nullopt;
}

} // namespace parcours::formDates
