#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr qreal kMargin = 6;
constexpr qreal kGap = 10;
constexpr qreal kBarHeight = 30;
constexpr qreal kMarkRadius = 6.5;

QString dateRange(const PhaseHours& hours)
{
    if (!hours.firstDate.isValid())
        return u"—"_s;
    if (hours.firstDate == hours.lastDate)
        return format::dayMonth(hours.firstDate);
    return format::dayMonth(hours.firstDate) + u" – "_s + format::dayMonth(hours.lastDate);
}

} // namespace

QColor phaseColor(Phase phase)
{
    switch (phase) {
    case Phase::Intake:
        return QColor(0x7d, 0x8f, 0xa3);
    case Phase::Preliminary:
        return QColor(0x3f, 0x6f, 0xa8);
    case Phase::Investigation:
        return QColor(0x3c, 0x8d, 0x4f);
    case Phase::Conclusion:
        return QColor(0xd0, 0x7a, 0x24);
    case Phase::FollowUp:
        return QColor(0xa3, 0x4f, 0x8f);
    }
    return Qt::gray;
}

PhaseTimeline::PhaseTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"phaseTimeline"_s);
    setAccessibleName(tr("Phase timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
}

void PhaseTimeline::setTimeline(const TimelineData& timeline)
{
    m_data = timeline;
    m_empty = false;
    m_layout = computeLayout();
    updateDescription();
    update();
}

void PhaseTimeline::clear()
{
    m_data = {};
    m_empty = true;
    m_layout = {};
    updateDescription();
    update();
}

QSize PhaseTimeline::sizeHint() const
{
    const int line = fontMetrics().height();
    return { 760, static_cast<int>(kMargin * 2 + line * 4 + kBarHeight + 14) };
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return { 480, sizeHint().height() };
}

QString PhaseTimeline::phaseSummary(Phase phase) const
{
    const PhaseHours& hours = m_data.hours.of(phase);
    int done = 0;
    int planned = 0;
    for (const TimelineMark& mark : m_data.marksOf(phase)) {
        done += mark.status == SessionStatus::Done;
        planned += mark.status == SessionStatus::Planned;
    }
    return tr("%1: %2 done of %3, %n session(s) done", nullptr, done)
               .arg(displayName(phase), formatMinutes(hours.doneMinutes), formatMinutes(hours.budgetMinutes))
        + tr(", %n planned", nullptr, planned);
}

void PhaseTimeline::updateDescription()
{
    if (m_empty) {
        setAccessibleDescription(QString());
        return;
    }
    QStringList parts;
    for (Phase phase : kAllPhases)
        parts << phaseSummary(phase);
    if (m_data.current)
        parts << tr("Current phase: %1").arg(displayName(*m_data.current));
    setAccessibleDescription(parts.join(u". "_s));
}

PhaseTimeline::Layout PhaseTimeline::computeLayout() const
{
    Layout layout;
    const QFontMetricsF metrics(font());
    layout.barTop = kMargin + metrics.height() * 2 + 4;
    layout.barHeight = kBarHeight;
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF smallMetrics(small);
    qreal totalWeight = 0;
    qreal totalNeeded = 0;
    std::array<qreal, 5> weights {};
    std::array<qreal, 5> needed {};
    for (Phase phase : kAllPhases) {
        const auto i = static_cast<std::size_t>(phase);
        const PhaseHours& hours = m_data.hours.of(phase);
        // Wide enough to read its name, dates and hours, and broadly proportional to the hours the phase holds.
        weights[i] = std::max<qreal>(std::max(hours.budgetMinutes, hours.plannedMinutes), 150) + 90;
        totalWeight += weights[i];
        needed[i] = std::max({ boldMetrics.horizontalAdvance(shortName(phase)),
                               smallMetrics.horizontalAdvance(dateRange(hours)),
                               metrics.horizontalAdvance(format::hoursOf(hours.doneMinutes, hours.budgetMinutes)) })
            + 2;
        totalNeeded += needed[i];
    }
    const qreal available = width() - 2 * kMargin - kGap * 4;
    // Each phase gets the room its texts need and a share of the rest by its hours; when even that does not fit
    // (a very narrow window), the shares alone, and the names are elided.
    const bool textsFit = totalNeeded <= available;
    qreal x = kMargin;
    QList<std::pair<QDateTime, qreal>> chronology;
    for (Phase phase : kAllPhases) {
        const auto i = static_cast<std::size_t>(phase);
        const qreal w = textsFit ? needed[i] + (available - totalNeeded) * weights[i] / totalWeight
                                 : available * weights[i] / totalWeight;
        layout.segments[i] = QRectF(x, layout.barTop, w, kBarHeight);
        const QList<TimelineMark>& marks = m_data.marksOf(phase);
        for (int m = 0; m < marks.size(); ++m) {
            const qreal cx = x + w * (m + 0.5) / marks.size();
            layout.marks.append({ QPointF(cx, layout.barTop + kBarHeight / 2), marks[m] });
            chronology.append({ marks[m].startsAt, cx });
        }
        x += w + kGap;
    }
    std::sort(chronology.begin(), chronology.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (m_data.now.isValid()) {
        // Today sits between the last session before it and the first after it.
        if (chronology.isEmpty()) {
            const Phase phase = m_data.current.value_or(Phase::Intake);
            layout.todayX = layout.segments[static_cast<std::size_t>(phase)].left() + 4;
        } else if (m_data.now <= chronology.first().first) {
            layout.todayX = chronology.first().second - kMarkRadius - 5;
        } else if (m_data.now >= chronology.last().first) {
            layout.todayX = chronology.last().second + kMarkRadius + 5;
        } else {
            for (int i = 1; i < chronology.size(); ++i) {
                if (m_data.now < chronology[i].first) {
                    const auto& [t0, x0] = chronology[i - 1];
                    const auto& [t1, x1] = chronology[i];
                    const qreal span = std::max<qint64>(1, t0.secsTo(t1));
                    layout.todayX = x0 + (x1 - x0) * t0.secsTo(m_data.now) / span;
                    break;
                }
            }
        }
    }
    return layout;
}

void PhaseTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_empty)
        return;
    if (m_layout.segments[0].width() <= 0 || m_layout.segments[4].right() > width())
        m_layout = computeLayout();
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QColor muted = palette().color(QPalette::PlaceholderText);

    for (Phase phase : kAllPhases) {
        const auto i = static_cast<std::size_t>(phase);
        const QRectF bar = m_layout.segments[i];
        const PhaseHours& hours = m_data.hours.of(phase);
        const QColor colour = phaseColor(phase);
        const bool current = m_data.current == phase;

        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF titleRect(bar.left(), kMargin, bar.width(), metrics.height());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold).elidedText(shortName(phase), Qt::ElideRight, bar.width()));
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(QRectF(bar.left(), kMargin + metrics.height(), bar.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, dateRange(hours));

        // The bar: a light tint for the budget, the planned share, then what was done.
        QPainterPath path;
        path.addRoundedRect(bar, 5, 5);
        painter.fillPath(path, colours::wash(colour, 0.3, palette()));
        const qreal scale = std::max({ hours.budgetMinutes, hours.plannedMinutes, 1 });
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * hours.plannedMinutes / scale, bar.height()),
                         colours::wash(colour, 0.6, palette()));
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * hours.doneMinutes / scale, bar.height()),
                         colour);
        painter.restore();
        if (current) {
            painter.setPen(QPen(colour.darker(150), 2));
            painter.drawPath(path);
        }

        painter.setFont(font());
        painter.setPen(hours.doneMinutes > hours.budgetMinutes && countsTowardCap(phase)
                           ? colours::error(palette())
                           : palette().color(QPalette::WindowText));
        painter.drawText(QRectF(bar.left(), bar.bottom() + 3, bar.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         format::hoursOf(hours.doneMinutes, hours.budgetMinutes));
    }

    for (const MarkGeometry& geometry : std::as_const(m_layout.marks)) {
        const QColor colour = colours::phaseInk(geometry.mark.phase, palette());
        const QPointF c = geometry.centre;
        switch (geometry.mark.status) {
        case SessionStatus::Done:
            painter.setPen(QPen(palette().color(QPalette::Base), 2));
            painter.setBrush(colour.darker(130));
            painter.drawEllipse(c, kMarkRadius, kMarkRadius);
            break;
        case SessionStatus::Planned:
            painter.setPen(QPen(colour.darker(130), 2));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(c, kMarkRadius, kMarkRadius);
            break;
        case SessionStatus::Cancelled:
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2.2));
            painter.drawLine(c + QPointF(-5, -5), c + QPointF(5, 5));
            painter.drawLine(c + QPointF(-5, 5), c + QPointF(5, -5));
            break;
        case SessionStatus::NoShow:
            painter.setPen(QPen(colours::error(palette()), 2));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawEllipse(c, kMarkRadius, kMarkRadius);
            painter.drawLine(c + QPointF(-4.5, 4.5), c + QPointF(4.5, -4.5));
            break;
        }
    }

    if (m_layout.todayX >= 0) {
        const QColor red = colours::error(palette());
        painter.setPen(QPen(red, 2));
        painter.drawLine(QPointF(m_layout.todayX, m_layout.barTop - 5),
                         QPointF(m_layout.todayX, m_layout.barTop + kBarHeight + 5));
        painter.setFont(small);
        const QString label = tr("today");
        const qreal labelWidth = QFontMetricsF(small).horizontalAdvance(label);
        const qreal left = std::clamp(m_layout.todayX - labelWidth / 2, kMargin, width() - kMargin - labelWidth);
        painter.drawText(QRectF(left, m_layout.barTop + kBarHeight + 4 + metrics.height(), labelWidth + 2,
                                metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // Reached with Tab (for a screen reader to read it): the style's focus frame around the whole strip.
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        focus.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

const PhaseTimeline::MarkGeometry* PhaseTimeline::markAt(const QPointF& point) const
{
    for (const MarkGeometry& geometry : m_layout.marks) {
        if (QLineF(geometry.centre, point).length() <= kMarkRadius + 3)
            return &geometry;
    }
    return nullptr;
}

bool PhaseTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        m_layout = computeLayout();
    } else if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const MarkGeometry* geometry = markAt(help->pos())) {
            QToolTip::showText(help->globalPos(), format::shortDateTime(geometry->mark.startsAt) + u" · "_s
                                                      + displayName(geometry->mark.status));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void PhaseTimeline::mousePressEvent(QMouseEvent* event)
{
    if (const MarkGeometry* geometry = markAt(event->position()))
        Q_EMIT sessionClicked(geometry->mark.sessionId);
    QWidget::mousePressEvent(event);
}

} // namespace parcours
