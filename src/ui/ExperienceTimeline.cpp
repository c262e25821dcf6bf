#include <parcours/ui/ExperienceTimeline.h>

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr qreal kMargin = 8;
constexpr qreal kLegend = 20; // height of the legend line at the top
constexpr qreal kLane = 26;
constexpr qreal kBarHeight = 20;
constexpr qreal kAxis = 20; // height of the years under the bars

} // namespace

QColor experienceColor(Experience::Kind kind)
{
    switch (kind) {
    case Experience::Kind::Job:
        return QColor(0x2f, 0x5d, 0x8a);
    case Experience::Kind::Internship:
        return QColor(0xb3, 0x6b, 0x12);
    case Experience::Kind::Training:
        return QColor(0x2e, 0x7d, 0x4f);
    }
    return Qt::gray;
}

ExperienceTimeline::ExperienceTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"experienceTimeline"_s);
    setAccessibleName(tr("Frieze of the professional history"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
}

void ExperienceTimeline::setExperiences(const QList<Experience>& experiences, QDate today)
{
    m_bars.clear();
    m_undated.clear();
    m_first = {};
    m_last = {};
    for (const Experience& experience : experiences) {
        if (!experience.startDate.isValid()) {
            m_undated << experience.title;
            continue;
        }
        Bar bar;
        bar.id = experience.id;
        bar.kind = experience.kind;
        bar.label = experience.organisation.isEmpty() ? experience.title
                                                      : experience.title + u" — "_s + experience.organisation;
        bar.from = experience.startDate;
        bar.ongoing = !experience.endDate.isValid();
        bar.to = bar.ongoing ? std::max(today, bar.from) : experience.endDate;
        m_bars << bar;
        m_first = m_first.isValid() ? std::min(m_first, bar.from) : bar.from;
        m_last = m_last.isValid() ? std::max(m_last, bar.to) : bar.to;
    }
    // Lanes: each bar goes on the first lane that is free when it starts.
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar& a, const Bar& b) { return a.from < b.from; });
    QList<QDate> laneEnds;
    for (Bar& bar : m_bars) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] >= bar.from)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << bar.to;
        else
            laneEnds[lane] = bar.to;
        bar.lane = lane;
    }
    m_lanes = static_cast<int>(laneEnds.size());
    if (m_first.isValid()) {
        m_first = QDate(m_first.year(), 1, 1);
        m_last = QDate(m_last.year(), 12, 31);
    }
    updateDescription();
    updateGeometry();
    update();
}

void ExperienceTimeline::setSelected(qint64 id)
{
    m_selected = id;
    update();
}

QSize ExperienceTimeline::sizeHint() const
{
    const int lanes = std::max(m_lanes, 1);
    const int undated = m_undated.isEmpty() ? 0 : fontMetrics().height() + 4;
    return { 600, static_cast<int>(kMargin * 2 + kLegend + lanes * kLane + kAxis) + undated };
}

QSize ExperienceTimeline::minimumSizeHint() const
{
    return { 300, sizeHint().height() };
}

qreal ExperienceTimeline::xOf(QDate date) const
{
    const qreal span = std::max<qint64>(m_first.daysTo(m_last), 1);
    return kMargin + (width() - 2 * kMargin) * m_first.daysTo(date) / span;
}

QRectF ExperienceTimeline::rectOf(const Bar& bar) const
{
    const qreal left = xOf(bar.from);
    const qreal right = std::max(xOf(bar.to), left + 6);
    return { left, kMargin + kLegend + bar.lane * kLane, right - left, kBarHeight };
}

QRectF ExperienceTimeline::barRect(qint64 id) const
{
    for (const Bar& bar : m_bars) {
        if (bar.id == id)
            return rectOf(bar);
    }
    return {};
}

void ExperienceTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QFontMetricsF metrics(font());
    if (m_bars.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            m_undated.isEmpty() ? tr("Dated experiences appear here on a frieze.")
                                : tr("Give the experiences a start date to see them on the frieze."));
        return;
    }
    // Legend.
    qreal x = kMargin;
    for (Experience::Kind kind : kAllExperienceKinds) {
        painter.fillRect(QRectF(x, kMargin + 4, 10, 10), experienceColor(kind));
        painter.setPen(palette().color(QPalette::WindowText));
        const QString name = displayName(kind);
        painter.drawText(QPointF(x + 14, kMargin + 4 + metrics.ascent() - 2), name);
        x += 14 + metrics.horizontalAdvance(name) + 16;
    }
    // Years.
    const qreal axisTop = kMargin + kLegend + std::max(m_lanes, 1) * kLane;
    const int years = m_last.year() - m_first.year() + 1;
    const int step = years > 24 ? 5 : (years > 12 ? 2 : 1);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (int year = m_first.year(); year <= m_last.year() + 1; ++year) {
        const qreal lineX = xOf(QDate(year, 1, 1));
        painter.setPen(QPen(palette().color(QPalette::Midlight), 1));
        painter.drawLine(QPointF(lineX, kMargin + kLegend - 2), QPointF(lineX, axisTop + 2));
        if ((year - m_first.year()) % step == 0 && year <= m_last.year()) {
            painter.setPen(muted);
            painter.drawText(
                QRectF(lineX + 2, axisTop + 2, 60, kAxis - 4), Qt::AlignLeft | Qt::AlignVCenter, QString::number(year));
        }
    }
    // Bars.
    for (const Bar& bar : std::as_const(m_bars)) {
        const QRectF box = rectOf(bar);
        QPainterPath path;
        path.addRoundedRect(box, 4, 4);
        QColor colour = experienceColor(bar.kind);
        if (bar.ongoing) {
            QLinearGradient fade(box.topLeft(), box.topRight());
            fade.setColorAt(0, colour);
            fade.setColorAt(0.85, colour);
            fade.setColorAt(1, colour.lighter(170));
            painter.fillPath(path, fade);
        } else {
            painter.fillPath(path, colour);
        }
        if (bar.id == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.drawPath(path);
        }
        painter.setPen(Qt::white);
        const QRectF textBox = box.adjusted(6, 0, -4, 0);
        if (textBox.width() > 48)
            painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(bar.label, Qt::ElideRight, textBox.width()));
    }
    if (!m_undated.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(QRectF(kMargin, axisTop + kAxis, width() - 2 * kMargin, metrics.height() + 4),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(
                tr("Without dates: %1").arg(m_undated.join(u", "_s)), Qt::ElideRight, width() - 2 * kMargin));
    }
}

void ExperienceTimeline::mousePressEvent(QMouseEvent* event)
{
    for (const Bar& bar : std::as_const(m_bars)) {
        if (rectOf(bar).contains(event->position())) {
            Q_EMIT experienceClicked(bar.id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ExperienceTimeline::updateDescription()
{
    QStringList parts;
    for (const Bar& bar : std::as_const(m_bars)) {
        parts << tr("%1: %2, %3 to %4")
                     .arg(displayName(bar.kind), bar.label, bar.from.toString(u"MM/yyyy"_s),
                         bar.ongoing ? tr("today") : bar.to.toString(u"MM/yyyy"_s));
    }
    if (!m_undated.isEmpty())
        parts << tr("without dates: %1").arg(m_undated.join(u", "_s));
    setAccessibleDescription(parts.isEmpty() ? tr("No experience yet.") : parts.join(u"; "_s));
    setToolTip(parts.join(u'\n'));
}

} // namespace parcours
