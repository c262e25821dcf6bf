#include <parcours/core/InvestigationRules.h>
#include <parcours/ui/OptionChart.h>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr qreal kLeft = 46;
constexpr qreal kBottom = 40;
constexpr qreal kTop = 14;
constexpr qreal kRight = 14;
constexpr qreal kRadius = 9;

QColor statusColor(CareerOption::Status status)
{
    switch (status) {
    case CareerOption::Status::Kept:
        return QColor(0x2e, 0x7d, 0x4f);
    case CareerOption::Status::Explored:
        return QColor(0x2f, 0x5d, 0x8a);
    case CareerOption::Status::SetAside:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

} // namespace

OptionChart::OptionChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"optionChart"_s);
    setAccessibleName(tr("Options by desire and feasibility"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateDescription();
}

QSize OptionChart::sizeHint() const
{
    return { 380, 360 };
}

QSize OptionChart::minimumSizeHint() const
{
    return { 260, 240 };
}

void OptionChart::setOptions(const QList<CareerOption>& options)
{
    m_options = options;
    if (m_dragged
        && !std::any_of(options.begin(), options.end(), [this](const CareerOption& o) { return o.id == m_dragged; }))
        m_dragged = 0;
    updateDescription();
    update();
}

void OptionChart::setSelected(qint64 id)
{
    m_selected = id;
    update();
}

QRectF OptionChart::plotArea() const
{
    // Square, so one step of desire looks like one step of feasibility.
    const qreal side = std::max(40.0, std::min(width() - kLeft - kRight, height() - kTop - kBottom));
    return { kLeft, kTop, side, side };
}

QPointF OptionChart::cellPosition(int desire, int feasibility) const
{
    const QRectF area = plotArea();
    const qreal step = area.width() / kMaxScore;
    return { area.left() + (feasibility - 0.5) * step, area.bottom() - (desire - 0.5) * step };
}

QPointF OptionChart::pointPosition(qint64 id) const
{
    // Options on the same square are spread around its centre.
    for (const CareerOption& option : m_options) {
        if (option.id != id)
            continue;
        QList<qint64> same;
        for (const CareerOption& other : m_options) {
            if (other.desire == option.desire && other.feasibility == option.feasibility)
                same << other.id;
        }
        const QPointF centre = cellPosition(option.desire, option.feasibility);
        if (same.size() < 2)
            return centre;
        const qreal angle = 2 * M_PI * same.indexOf(id) / same.size() - M_PI / 2;
        const qreal spread = std::min(plotArea().width() / kMaxScore / 3.5, 16.0);
        return centre + QPointF(std::cos(angle), std::sin(angle)) * spread;
    }
    return {};
}

std::pair<int, int> OptionChart::scoresAt(const QPointF& position) const
{
    const QRectF area = plotArea();
    const qreal step = area.width() / kMaxScore;
    const int feasibility
        = std::clamp(static_cast<int>(std::floor((position.x() - area.left()) / step)) + 1, kMinScore, kMaxScore);
    const int desire
        = std::clamp(static_cast<int>(std::floor((area.bottom() - position.y()) / step)) + 1, kMinScore, kMaxScore);
    return { desire, feasibility };
}

qint64 OptionChart::optionAt(const QPointF& position) const
{
    for (auto it = m_options.crbegin(); it != m_options.crend(); ++it) {
        if (QLineF(pointPosition(it->id), position).length() <= kRadius + 3)
            return it->id;
    }
    return 0;
}

void OptionChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    const qreal step = area.width() / kMaxScore;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);

    // The squares where both scores are high are the most promising: a light tint.
    painter.fillRect(area, palette().color(QPalette::Base));
    painter.fillRect(QRectF(area.left() + 3 * step, area.top(), 2 * step, 2 * step), QColor(0x2e, 0x7d, 0x4f, 28));
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1));
    for (int i = 0; i <= kMaxScore; ++i) {
        painter.drawLine(QPointF(area.left() + i * step, area.top()), QPointF(area.left() + i * step, area.bottom()));
        painter.drawLine(QPointF(area.left(), area.top() + i * step), QPointF(area.right(), area.top() + i * step));
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.5));
    painter.drawRect(area);
    painter.setPen(muted);
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        const QPointF cell = cellPosition(score, score);
        painter.drawText(QRectF(cell.x() - 10, area.bottom() + 2, 20, 16), Qt::AlignCenter, QString::number(score));
        painter.drawText(QRectF(area.left() - 22, cell.y() - 8, 16, 16), Qt::AlignCenter, QString::number(score));
    }
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), area.bottom() + 18, area.width(), 20), Qt::AlignCenter, tr("Feasibility →"));
    painter.save();
    painter.translate(12, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-area.height() / 2, -10, area.height(), 20), Qt::AlignCenter, tr("Desire →"));
    painter.restore();
    painter.setFont(font());

    const QFontMetricsF metrics(font());
    for (const CareerOption& option : std::as_const(m_options)) {
        const QPointF centre = option.id == m_dragged ? m_dragPosition : pointPosition(option.id);
        const QColor colour = statusColor(option.status);
        if (option.id == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, kRadius + 4, kRadius + 4);
        }
        painter.setPen(QPen(colour.darker(130), 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(centre, kRadius, kRadius);
        if (option.planB) {
            painter.setPen(Qt::white);
            painter.setFont(bold);
            painter.drawText(QRectF(centre.x() - kRadius, centre.y() - kRadius, 2 * kRadius, 2 * kRadius),
                Qt::AlignCenter, tr("B", "plan B, on the chart"));
            painter.setFont(font());
        }
        painter.setPen(option.status == CareerOption::Status::SetAside ? muted : text);
        // The title goes on the side with more room (right, unless the point is near the right edge).
        const qreal wanted = metrics.horizontalAdvance(option.title);
        const qreal right = area.right() - centre.x() - kRadius - 4;
        const qreal left = centre.x() - area.left() - kRadius - 4;
        const bool onLeft = right < wanted && left > right;
        const qreal room = std::max(30.0, std::min(onLeft ? left : right, step * 3));
        const QRectF box(onLeft ? centre.x() - kRadius - 3 - room : centre.x() + kRadius + 3,
            centre.y() - metrics.height() / 2, room, metrics.height());
        painter.drawText(box, (onLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
            metrics.elidedText(option.title, Qt::ElideRight, room));
    }
    if (m_options.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("The options appear here once added."));
    }
}

void OptionChart::mousePressEvent(QMouseEvent* event)
{
    const qint64 id = optionAt(event->position());
    if (id == 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_selected = id;
    m_dragged = id;
    m_dragPosition = event->position();
    Q_EMIT optionClicked(id);
    update();
}

void OptionChart::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragged)
        return;
    m_dragPosition = event->position();
    update();
}

void OptionChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragged)
        return;
    const qint64 id = std::exchange(m_dragged, 0);
    const auto [desire, feasibility] = scoresAt(event->position());
    update();
    for (const CareerOption& option : std::as_const(m_options)) {
        if (option.id == id && (option.desire != desire || option.feasibility != feasibility))
            Q_EMIT scoresChanged(id, desire, feasibility);
    }
}

void OptionChart::keyPressEvent(QKeyEvent* event)
{
    const auto it = std::find_if(
        m_options.begin(), m_options.end(), [this](const CareerOption& o) { return o.id == m_selected; });
    if (it == m_options.end()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int desire = it->desire;
    int feasibility = it->feasibility;
    switch (event->key()) {
    case Qt::Key_Up:
        ++desire;
        break;
    case Qt::Key_Down:
        --desire;
        break;
    case Qt::Key_Right:
        ++feasibility;
        break;
    case Qt::Key_Left:
        --feasibility;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    desire = std::clamp(desire, kMinScore, kMaxScore);
    feasibility = std::clamp(feasibility, kMinScore, kMaxScore);
    if (desire != it->desire || feasibility != it->feasibility)
        Q_EMIT scoresChanged(it->id, desire, feasibility);
}

void OptionChart::updateDescription()
{
    QStringList parts;
    for (const CareerOption& option : std::as_const(m_options)) {
        QString part = tr("%1: desire %2, feasibility %3 (%4)")
                           .arg(option.title)
                           .arg(option.desire)
                           .arg(option.feasibility)
                           .arg(displayName(option.status).toLower());
        if (option.planB)
            part += u", "_s + tr("plan B");
        parts << part;
    }
    setAccessibleDescription(parts.isEmpty() ? tr("No option yet.")
                                             : tr("Drag a point, or select it and use the arrow keys, to change its "
                                                  "scores. ")
                + parts.join(u"; "_s));
}

} // namespace parcours
