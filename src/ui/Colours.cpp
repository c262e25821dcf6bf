#include <parcours/ui/Colours.h>
#include <parcours/ui/PhaseTimeline.h>

#include <QApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parcours::colours {
namespace {

double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

QPalette current()
{
    return QApplication::palette();
}

QColor error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb8, 0x5c) : QColor(0x8a, 0x53, 0x00);
}

QColor success(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7e, 0xd6, 0x9b) : QColor(0x1e, 0x7b, 0x34);
}

QColor muted(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor phaseInk(Phase phase, const QPalette& palette)
{
    const QColor colour = phaseColor(phase);
    return isDark(palette) ? colour.lighter(165) : colour.darker(140);
}

QColor wash(const QColor& colour, qreal amount, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [amount](double a, double b) { return a * amount + b * (1 - amount); };
    return QColor::fromRgbF(static_cast<float>(mix(colour.redF(), base.redF())),
                            static_cast<float>(mix(colour.greenF(), base.greenF())),
                            static_cast<float>(mix(colour.blueF(), base.blueF())));
}

QString css(const QColor& colour)
{
    return u"color: %1;"_s.arg(colour.name());
}

QString bannerStyle(Banner kind, const QString& frameName, const QPalette& palette)
{
    struct Look {
        const char* background;
        const char* border;
        const char* text;
    };
    const bool dark = isDark(palette);
    Look look {};
    switch (kind) {
    case Banner::Error:
        look = dark ? Look { "#4a2220", "#8c3a33", "#ffd2cc" } : Look { "#fdecea", "#e0a39c", "#8a1c12" };
        break;
    case Banner::Notice:
        look = dark ? Look { "#1d3450", "#3d6a9e", "#d4e6fb" } : Look { "#e8f1fb", "#9bbbe0", "#15406e" };
        break;
    case Banner::Warning:
        look = dark ? Look { "#453612", "#8a6d22", "#fbe7b5" } : Look { "#fdf3dc", "#e3c77e", "#6b4e00" };
        break;
    }
    return u"#%1 { background: %2; border: 1px solid %3; border-radius: 4px; color: %4; } #%1 QLabel { color: %4; }"_s.arg(
        frameName, QLatin1String(look.background), QLatin1String(look.border), QLatin1String(look.text));
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace parcours::colours
