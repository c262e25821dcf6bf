#include <parcours/core/WallClock.h>
#include <parcours/ui/DurationSpinBox.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours {

DurationSpinBox::DurationSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(0, 24 * 60);
    setSingleStep(15);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

int DurationSpinBox::parseDuration(QString text)
{
    text = text.trimmed().toLower();
    text.remove(u' ');
    static const QRegularExpression hoursMinutes(u"^(\\d{1,2})(?:h|:)(\\d{0,2})$"_s);
    static const QRegularExpression minutesOnly(u"^(\\d{1,4})(?:min|mn|m)?$"_s);
    if (const auto match = hoursMinutes.match(text); match.hasMatch()) {
        const int minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        if (minutes >= 60)
            return -1;
        return match.captured(1).toInt() * 60 + minutes;
    }
    if (const auto match = minutesOnly.match(text); match.hasMatch())
        return match.captured(1).toInt();
    return -1;
}

QString DurationSpinBox::textFromValue(int value) const
{
    return formatMinutes(value);
}

int DurationSpinBox::valueFromText(const QString& text) const
{
    const int minutes = parseDuration(text);
    return minutes < 0 ? value() : minutes;
}

QValidator::State DurationSpinBox::validate(QString& input, int&) const
{
    static const QRegularExpression partial(u"^[0-9hH:min ]*$"_s);
    if (!partial.match(input).hasMatch())
        return QValidator::Invalid;
    const int minutes = parseDuration(input);
    if (minutes < 0)
        return QValidator::Intermediate;
    return minutes >= minimum() && minutes <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace parcours
