// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/timelinestrip.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <algorithm>
#include <cmath>

namespace storyloom {

namespace {

constexpr int stripMargin = 14;
constexpr int stripHeight = 44;

} // namespace

TimelineStrip::TimelineStrip(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Vision timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void TimelineStrip::setTimeline(const Timeline &timeline)
{
    m_commits = timeline.commits;
    m_position = nowPosition();
    describe();
    update();
}

void TimelineStrip::setPosition(int position)
{
    position = std::clamp(position, 0, nowPosition());
    if (position == m_position)
        return;
    m_position = position;
    describe();
    update();
}

QSize TimelineStrip::sizeHint() const
{
    return { 400, stripHeight };
}

QSize TimelineStrip::minimumSizeHint() const
{
    return { 120, stripHeight };
}

double TimelineStrip::xOf(int position) const
{
    const double left = stripMargin;
    const double right = width() - stripMargin;
    if (m_commits.empty())
        return right;
    // The commits take the strip but its last tenth, which is now's.
    const double span = (right - left) * 0.9;
    if (position >= nowPosition())
        return right;
    const qint64 first = m_commits.front().entry.date.toMSecsSinceEpoch();
    const qint64 last = m_commits.back().entry.date.toMSecsSinceEpoch();
    if (last <= first || m_commits.size() < 2)
        return m_commits.size() < 2 ? left : left + span * position / double(m_commits.size() - 1);
    const double byTime
        = double(m_commits[size_t(position)].entry.date.toMSecsSinceEpoch() - first) / double(last - first);
    // Half by time, half by order: commits of one afternoon stay apart enough to pick.
    const double byOrder = position / double(m_commits.size() - 1);
    return left + span * (byTime + byOrder) / 2.0;
}

int TimelineStrip::positionAt(double x) const
{
    int best = nowPosition();
    double bestDistance = std::abs(xOf(best) - x);
    for (int i = 0; i < nowPosition(); ++i) {
        const double distance = std::abs(xOf(i) - x);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void TimelineStrip::choose(int position)
{
    position = std::clamp(position, 0, nowPosition());
    if (position == m_position)
        return;
    m_position = position;
    describe();
    update();
    Q_EMIT positionChosen(position);
}

void TimelineStrip::describe()
{
    QString text;
    if (m_position >= nowPosition()) {
        text = tr("Now: the vision as it is in the folder");
    } else {
        const HistoryEntry &entry = m_commits[size_t(m_position)].entry;
        text = tr("Commit %1 of %2: %3, %4")
                   .arg(m_position + 1)
                   .arg(m_commits.size())
                   .arg(entry.subject, QLocale().toString(entry.date.date(), QLocale::ShortFormat));
        if (const QStringList &tags = m_commits[size_t(m_position)].tags; !tags.isEmpty())
            text += u' ' + tr("(tag %1)").arg(tags.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(text);
    setToolTip(text);
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, text);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const double axis = height() - 14.0;
    painter.setPen(QPen(pal.color(QPalette::Mid), 2));
    painter.drawLine(QPointF(stripMargin, axis), QPointF(width() - stripMargin, axis));

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int i = 0; i < nowPosition(); ++i) {
        const TimelineCommit &commit = m_commits[size_t(i)];
        const double x = xOf(i);
        const bool tagged = !commit.tags.isEmpty();
        painter.setPen(QPen(tagged ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText), tagged ? 2 : 1));
        painter.drawLine(QPointF(x, axis - (tagged ? 10 : 6)), QPointF(x, axis + 4));
        if (tagged) {
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(x - 60, 0, 120, axis - 11), Qt::AlignHCenter | Qt::AlignBottom,
                commit.tags.join(QStringLiteral(", ")));
        }
    }
    // Now: a taller tick at the right end.
    const double now = xOf(nowPosition());
    painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(now, axis - 10), QPointF(now, axis + 4));
    painter.drawText(QRectF(now - 60, 0, 60 + stripMargin, axis - 11), Qt::AlignRight | Qt::AlignBottom, tr("now"));

    // The handle: filled on an old revision, hollow on now.
    const double x = xOf(m_position);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.setBrush(m_position < nowPosition() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter.drawEllipse(QPointF(x, axis), 6, 6);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void TimelineStrip::keyPressEvent(QKeyEvent *event)
{
    const auto nextTag = [this](int from, int step) {
        for (int i = from + step; i >= 0 && i < nowPosition(); i += step) {
            if (!m_commits[size_t(i)].tags.isEmpty())
                return i;
        }
        return step < 0 ? 0 : nowPosition();
    };
    switch (event->key()) {
    case Qt::Key_Left:
        choose(m_position - 1);
        break;
    case Qt::Key_Right:
        choose(m_position + 1);
        break;
    case Qt::Key_Home:
        choose(0);
        break;
    case Qt::Key_End:
        choose(nowPosition());
        break;
    case Qt::Key_PageUp:
        choose(nextTag(m_position, -1));
        break;
    case Qt::Key_PageDown:
        choose(nextTag(m_position, 1));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    choose(positionAt(event->position().x()));
}

void TimelineStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        choose(positionAt(event->position().x()));
}

} // namespace storyloom
