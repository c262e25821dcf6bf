#include <parcours/core/Planner.h>
#include <parcours/ui/AgendaWeekView.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// Colours of the grid, chosen for the palette (light or dark) the view paints with.
QColor holidayFill(const QPalette& palette)
{
    return colours::wash(colours::warning(palette), 0.14, palette);
}
QColor gridLine(const QPalette& palette)
{
    return colours::wash(palette.color(QPalette::Text), 0.14, palette);
}
QColor offHours(const QPalette& palette)
{
    return colours::wash(palette.color(QPalette::Text), 0.05, palette);
}
QColor todayInk(const QPalette& palette)
{
    return palette.color(QPalette::Link);
}

bool shownInWeek(const AgendaEntry& entry)
{
    // Cancelled and moved sessions free their time: the day list still shows them.
    return entry.session.status != SessionStatus::Cancelled;
}

} // namespace

AgendaWeekView::AgendaWeekView(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"agendaWeekView"_s);
    setAccessibleName(tr("Week of the agenda"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize AgendaWeekView::sizeHint() const
{
    return { 860, 560 };
}

QSize AgendaWeekView::minimumSizeHint() const
{
    return { 480, 320 };
}

void AgendaWeekView::setPeriod(const AgendaPeriod& period, const QDateTime& now)
{
    m_period = period;
    m_now = now;
    m_days.clear();
    for (QDate day = period.from; day.isValid() && day <= period.to; day = day.addDays(1)) {
        const bool workday
            = period.workdays.isEmpty() || period.workdays.contains(static_cast<Qt::DayOfWeek>(day.dayOfWeek()));
        const bool busy = std::any_of(period.entries.begin(), period.entries.end(),
            [&](const AgendaEntry& entry) { return entry.session.startsAt.date() == day && shownInWeek(entry); });
        if (workday || busy)
            m_days << day;
    }
    if (!m_days.contains(m_selectedDay))
        m_selectedDay = m_days.contains(now.date()) ? now.date() : (m_days.isEmpty() ? QDate() : m_days.first());
    relayout();
    updateDescription();
    update();
}

void AgendaWeekView::setSelectedDay(QDate day)
{
    if (!m_days.contains(day) || day == m_selectedDay)
        return;
    m_selectedDay = day;
    update();
    Q_EMIT daySelected(day);
}

void AgendaWeekView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

qreal AgendaWeekView::yOf(QTime time) const
{
    const qreal hours = time.hour() + time.minute() / 60.0 - m_firstHour;
    return m_header + hours * m_hourHeight;
}

void AgendaWeekView::relayout()
{
    const QFontMetricsF metrics(font());
    m_gutter = metrics.horizontalAdvance(u"00:00"_s) + 14;
    m_header = metrics.height() * 2.6 + 8;
    QTime first = m_period.workdayStart.isValid() ? m_period.workdayStart : QTime(9, 0);
    QTime last = m_period.workdayEnd.isValid() ? m_period.workdayEnd : QTime(18, 0);
    for (const AgendaEntry& entry : std::as_const(m_period.entries)) {
        if (!shownInWeek(entry))
            continue;
        first = std::min(first, entry.session.startsAt.time());
        const QDateTime end = entry.session.endsAt();
        last = end.date() > entry.session.startsAt.date() ? QTime(23, 59) : std::max(last, end.time());
    }
    m_firstHour = first.hour();
    m_lastHour = std::min(24, last.hour() + (last.minute() > 0 ? 1 : 0));
    if (m_lastHour <= m_firstHour)
        m_lastHour = m_firstHour + 1;
    m_columnWidth = m_days.isEmpty() ? 0 : (width() - m_gutter - 1) / m_days.size();
    m_hourHeight = std::max<qreal>(metrics.height() * 1.6, (height() - m_header - 1) / (m_lastHour - m_firstHour));

    // Sessions of a day that overlap share the column side by side, in lanes.
    m_blocks.clear();
    for (int column = 0; column < m_days.size(); ++column) {
        QList<AgendaEntry> day;
        for (const AgendaEntry& entry : std::as_const(m_period.entries)) {
            if (entry.session.startsAt.date() == m_days.at(column) && shownInWeek(entry))
                day << entry;
        }
        qsizetype start = 0;
        while (start < day.size()) {
            // A cluster: sessions chained by overlaps.
            QDateTime clusterEnd = day.at(start).session.endsAt();
            qsizetype end = start + 1;
            while (end < day.size() && day.at(end).session.startsAt < clusterEnd) {
                clusterEnd = std::max(clusterEnd, day.at(end).session.endsAt());
                ++end;
            }
            QList<QDateTime> laneEnds;
            QList<int> lanes;
            for (qsizetype i = start; i < end; ++i) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > day.at(i).session.startsAt)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds << QDateTime();
                laneEnds[lane] = day.at(i).session.endsAt();
                lanes << lane;
            }
            const qreal laneWidth = (m_columnWidth - 6) / laneEnds.size();
            for (qsizetype i = start; i < end; ++i) {
                const Session& session = day.at(i).session;
                const qreal top = yOf(session.startsAt.time());
                const QDateTime finish = session.endsAt();
                const qreal bottom = finish.date() > session.startsAt.date() ? yOf(QTime(23, 59)) : yOf(finish.time());
                const qreal left = m_gutter + column * m_columnWidth + 3 + lanes.at(i - start) * laneWidth;
                m_blocks << Block { QRectF(left, top + 1, laneWidth - 2, std::max<qreal>(bottom - top - 2, 12)),
                    day.at(i) };
            }
            start = end;
        }
    }
}

QString AgendaWeekView::dayNote(QDate day) const
{
    QStringList notes;
    for (const PublicHoliday& holiday : m_period.holidays) {
        if (holiday.date == day)
            notes << holiday.name;
    }
    if (const Absence* absence = absenceOn(m_period.absences, day))
        notes << (absence->label.isEmpty() ? tr("Away") : tr("Away: %1").arg(absence->label));
    return notes.join(u" · "_s);
}

void AgendaWeekView::paintHeader(QPainter& painter) const
{
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.fillRect(QRectF(0, 0, width(), m_header), palette().window());
    for (int column = 0; column < m_days.size(); ++column) {
        const QDate day = m_days.at(column);
        const QRectF cell(m_gutter + column * m_columnWidth, 0, m_columnWidth, m_header);
        const bool today = day == m_now.date();
        if (day == m_selectedDay)
            painter.fillRect(cell.adjusted(1, 1, -1, 0), colours::wash(palette().color(QPalette::Highlight), 0.15, palette()));
        painter.setFont(bold);
        painter.setPen(today ? todayInk(palette()) : palette().color(QPalette::WindowText));
        const QString title = QLocale().toString(day, u"dddd d"_s);
        painter.drawText(cell.adjusted(6, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop,
            QFontMetricsF(bold).elidedText(title, Qt::ElideRight, cell.width() - 10));
        const QString note = dayNote(day);
        if (!note.isEmpty()) {
            painter.setFont(small);
            painter.setPen(colours::warning(palette()));
            painter.drawText(cell.adjusted(6, metrics.height() + 6, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                QFontMetricsF(small).elidedText(note, Qt::ElideRight, cell.width() - 10));
        }
        if (today) {
            painter.fillRect(QRectF(cell.left() + 1, m_header - 3, cell.width() - 2, 3), todayInk(palette()));
        }
    }
    painter.setFont(font());
}

void AgendaWeekView::paintGrid(QPainter& painter) const
{
    const qreal bottom = m_header + (m_lastHour - m_firstHour) * m_hourHeight;
    for (int column = 0; column < m_days.size(); ++column) {
        const QDate day = m_days.at(column);
        const QRectF body(m_gutter + column * m_columnWidth, m_header, m_columnWidth, bottom - m_header);
        const bool holiday = std::any_of(
            m_period.holidays.begin(), m_period.holidays.end(), [&](const PublicHoliday& h) { return h.date == day; });
        if (holiday) {
            painter.fillRect(body, holidayFill(palette()));
        } else if (absenceOn(m_period.absences, day)) {
            painter.fillRect(body, QBrush(gridLine(palette()), Qt::BDiagPattern));
        } else {
            const bool workday = m_period.workdays.isEmpty()
                || m_period.workdays.contains(static_cast<Qt::DayOfWeek>(day.dayOfWeek()));
            const qreal open = workday && m_period.workdayStart.isValid() ? yOf(m_period.workdayStart) : bottom;
            const qreal close = workday && m_period.workdayEnd.isValid() ? yOf(m_period.workdayEnd) : bottom;
            painter.fillRect(
                QRectF(body.left(), body.top(), body.width(), std::max<qreal>(0, open - body.top())), offHours(palette()));
            painter.fillRect(QRectF(body.left(), close, body.width(), std::max<qreal>(0, bottom - close)), offHours(palette()));
        }
    }
    painter.setPen(gridLine(palette()));
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const qreal y = m_header + (hour - m_firstHour) * m_hourHeight;
        painter.drawLine(QPointF(m_gutter, y), QPointF(width(), y));
        if (hour < m_lastHour) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, y + 2, m_gutter - 6, m_hourHeight), Qt::AlignRight | Qt::AlignTop,
                u"%1:00"_s.arg(hour, 2, 10, QLatin1Char('0')));
            painter.setPen(gridLine(palette()));
        }
    }
    for (int column = 0; column <= m_days.size(); ++column) {
        const qreal x = m_gutter + column * m_columnWidth;
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom));
    }
}

void AgendaWeekView::paintBlock(QPainter& painter, const Block& block) const
{
    const Session& session = block.entry.session;
    const QColor colour = phaseColor(session.phase);
    // An overlap or a session left planned on a day away: both are to sort out, drawn alike.
    const bool conflict = !block.entry.conflicts.isEmpty() || block.entry.duringAbsence;
    const bool faded = session.status == SessionStatus::NoShow;
    painter.save();
    if (faded)
        painter.setOpacity(0.55);
    QPainterPath path;
    path.addRoundedRect(block.rect, 4, 4);
    painter.fillPath(path, colours::wash(colour, session.status == SessionStatus::Done ? 0.38 : 0.22, palette()));
    painter.fillRect(QRectF(block.rect.left(), block.rect.top() + 2, 4, block.rect.height() - 4), colour);
    painter.setPen(QPen(conflict ? colours::error(palette()) : colour, conflict ? 2.2 : 1));
    painter.drawPath(path);
    const QRectF text = block.rect.adjusted(8, 3, -4, -2);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(font());
    // Narrow blocks (sessions side by side) put the time and the name on lines of their own.
    const bool narrow = text.width() < boldMetrics.horizontalAdvance(u"00:00 Maëlle Dupré"_s);
    QStringList lines;
    if (narrow)
        lines << format::time(session.startsAt) << block.entry.clientName();
    else
        lines << format::time(session.startsAt) + u' ' + block.entry.clientName();
    const int boldLines = static_cast<int>(lines.size());
    lines << displayName(session.phase) + (session.status == SessionStatus::Done ? u" ✓"_s : QString());
    if (!block.entry.conflicts.isEmpty())
        lines << tr("⚠ Overlap");
    else if (block.entry.duringAbsence)
        lines << tr("⚠ During an absence");
    qreal y = text.top();
    for (qsizetype i = 0; i < lines.size() && y + metrics.height() <= text.bottom() + 2; ++i) {
        const bool first = i < boldLines;
        painter.setFont(first ? bold : font());
        painter.setPen(conflict && i == lines.size() - 1 ? colours::error(palette()) : palette().color(QPalette::Text));
        painter.drawText(QRectF(text.left(), y, text.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            (first ? boldMetrics : metrics).elidedText(lines.at(i), Qt::ElideRight, text.width()));
        y += metrics.height();
    }
    painter.restore();
}

void AgendaWeekView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_days.isEmpty())
        return;
    paintGrid(painter);
    paintHeader(painter);
    for (const Block& block : std::as_const(m_blocks))
        paintBlock(painter, block);
    const int today = static_cast<int>(m_days.indexOf(m_now.date()));
    if (today >= 0 && m_now.time().hour() >= m_firstHour && m_now.time().hour() < m_lastHour) {
        const qreal y = yOf(m_now.time());
        const qreal left = m_gutter + today * m_columnWidth;
        painter.setPen(QPen(colours::error(palette()), 1.6));
        painter.drawLine(QPointF(left, y), QPointF(left + m_columnWidth, y));
        painter.setBrush(colours::error(palette()));
        painter.drawEllipse(QPointF(left, y), 3.5, 3.5);
    }
}

int AgendaWeekView::columnAt(qreal x) const
{
    if (x < m_gutter || m_columnWidth <= 0)
        return -1;
    const int column = static_cast<int>((x - m_gutter) / m_columnWidth);
    return column < m_days.size() ? column : -1;
}

const AgendaWeekView::Block* AgendaWeekView::blockAt(const QPointF& point) const
{
    for (const Block& block : m_blocks) {
        if (block.rect.contains(point))
            return &block;
    }
    return nullptr;
}

QRectF AgendaWeekView::blockRect(qint64 sessionId) const
{
    for (const Block& block : m_blocks) {
        if (block.entry.session.id == sessionId)
            return block.rect;
    }
    return {};
}

void AgendaWeekView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int column = columnAt(event->position().x());
    if (column >= 0)
        setSelectedDay(m_days.at(column));
    if (const Block* block = blockAt(event->position()))
        Q_EMIT sessionActivated(block->entry.session.id);
}

bool AgendaWeekView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Block* block = blockAt(help->pos())) {
            const Session& session = block->entry.session;
            QString text
                = tr("%1, %2 – %3\n%4 · %5")
                      .arg(block->entry.clientName(), format::time(session.startsAt), format::time(session.endsAt()),
                          displayName(session.phase), displayName(session.status));
            if (!block->entry.conflicts.isEmpty())
                text += u'\n' + tr("Overlaps another session.");
            if (block->entry.duringAbsence)
                text += u'\n' + tr("Planned during one of your absences: move or cancel it.");
            QToolTip::showText(help->globalPos(), text, this);
        } else if (const int column = columnAt(help->pos().x()); column >= 0 && !dayNote(m_days.at(column)).isEmpty()) {
            QToolTip::showText(help->globalPos(), dayNote(m_days.at(column)), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void AgendaWeekView::updateDescription()
{
    QStringList parts;
    for (const Block& block : std::as_const(m_blocks)) {
        const Session& session = block.entry.session;
        QString part = tr("%1 at %2: %3, %4")
                           .arg(QLocale().toString(session.startsAt.date(), u"dddd d MMMM"_s),
                               format::time(session.startsAt), block.entry.clientName(), displayName(session.phase));
        if (!block.entry.conflicts.isEmpty())
            part += u", "_s + tr("overlaps another session");
        if (block.entry.duringAbsence)
            part += u", "_s + tr("during an absence");
        parts << part;
    }
    setAccessibleDescription(parts.isEmpty() ? tr("No session this week.") : parts.join(u". "_s));
}

} // namespace parcours
