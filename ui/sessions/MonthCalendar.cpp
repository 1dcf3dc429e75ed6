#include "MonthCalendar.h"

#include <QAbstractItemView>
#include <QPainter>

MonthCalendar::MonthCalendar(QWidget *parent) : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setAccessibleName(tr("Sessions by month"));
    // The day grid takes the focus: a screen reader names it, not the calendar around it.
    if (auto *grid = findChild<QAbstractItemView *>(QStringLiteral("qt_calendar_calendarview")))
        grid->setAccessibleName(tr("Days of the month"));
}

void MonthCalendar::setSessionCounts(const QHash<QDate, int> &counts)
{
    m_counts = counts;
    updateCells();
}

void MonthCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    QCalendarWidget::paintCell(painter, rect, date);
    const int count = m_counts.value(date);
    if (count == 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // On the selected day the cell is already in the highlight colour: invert the badge there.
    const bool selected = date == selectedDate();
    const QColor accent = palette().color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const int d = qMin(rect.width(), rect.height()) / 3;
    const QRect badge(rect.right() - d - 2, rect.top() + 2, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(badge);
    painter->setPen(palette().color(selected ? QPalette::Highlight : QPalette::HighlightedText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    painter->setFont(small);
    painter->drawText(badge, Qt::AlignCenter, QString::number(count));
    painter->restore();
}
