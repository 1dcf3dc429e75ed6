#include "CycleTimeline.h"

#include "domain/Validation.h"
#include "domain/Vocabulary.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

namespace {
constexpr int Margin = 40;
constexpr int LabelWidth = 150;
constexpr int Radius = 8;
constexpr int AxisY = 70;
} // namespace

CycleTimeline::CycleTimeline(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Cycle time line"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CycleTimeline::setSessions(const QList<SessionRecord> &sessions, const QString &pairingLabel)
{
    m_sessions = sessions;
    m_pairingLabel = pairingLabel;
    m_message.clear();
    QDate first, last;
    for (const SessionRecord &s : sessions) {
        if (!s.startUtc.isValid())
            continue;
        const QDate day = s.startUtc.date();
        first = first.isValid() ? qMin(first, day) : day;
        last = last.isValid() ? qMax(last, day) : day;
    }
    if (!first.isValid())
        first = QDate::currentDate();
    m_first = QDate(first.year(), first.month(), 1);
    last = last.isValid() ? qMax(last, m_first.addMonths(12)) : m_first.addMonths(12);
    m_last = QDate(last.year(), last.month(), 1).addMonths(1);
    setAccessibleDescription(statusText());
    update();
}

void CycleTimeline::setMessage(const QString &message)
{
    m_sessions.clear();
    m_message = message;
    update();
}

QString CycleTimeline::statusText() const
{
    if (!m_message.isEmpty())
        return m_message;
    int counted = 0, unscheduled = 0;
    for (const SessionRecord &s : m_sessions) {
        if (s.status == QLatin1String("held") || s.status == QLatin1String("scheduled"))
            ++counted;
        if (!s.startUtc.isValid())
            ++unscheduled;
    }
    QString text = tr("%1: %2 of %n session(s) held or scheduled", nullptr, Validation::MinSessionsPerCycle)
                       .arg(m_pairingLabel).arg(counted);
    if (counted < Validation::MinSessionsPerCycle)
        text += tr(" — the cycle needs at least %1").arg(Validation::MinSessionsPerCycle);
    if (unscheduled > 0)
        text += tr("; %n without a time (not shown)", nullptr, unscheduled);
    return text;
}

QSize CycleTimeline::sizeHint() const
{
    return {720, 180};
}

QSize CycleTimeline::minimumSizeHint() const
{
    return {320, 140};
}

double CycleTimeline::xOf(const QDateTime &utc) const
{
    const QDateTime from(m_first, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(m_last, QTime(0, 0), QTimeZone::utc());
    const double span = double(from.secsTo(to));
    const double at = double(from.secsTo(utc));
    return Margin + (width() - 2 * Margin) * (span > 0 ? at / span : 0);
}

void CycleTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::Text));
    const QRect textRect = rect().adjusted(Margin, 6, -Margin, 0);
    if (!m_message.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    int counted = 0;
    for (const SessionRecord &s : m_sessions)
        counted += s.status == QLatin1String("held") || s.status == QLatin1String("scheduled");
    QFont bold = font();
    bold.setBold(counted < Validation::MinSessionsPerCycle);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
               (counted < Validation::MinSessionsPerCycle ? QStringLiteral("⚠ ") : QString()) + statusText());
    p.setFont(font());

    // The axis with a tick and a label per month.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(QPointF(Margin, AxisY), QPointF(width() - Margin, AxisY));
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const double x = xOf(QDateTime(month, QTime(0, 0), QTimeZone::utc()));
        p.drawLine(QPointF(x, AxisY - 4), QPointF(x, AxisY + 4));
        if (month < m_last) {
            p.drawText(QRectF(x + 2, AxisY + 6, 60, 16), Qt::AlignLeft, QLocale().toString(month, QStringLiteral("MMM")));
            if (month.month() == 1 || month == m_first) // the year once, under its first month
                p.drawText(QRectF(x + 2, AxisY + 20, 60, 16), Qt::AlignLeft, QString::number(month.year()));
        }
    }

    for (const SessionRecord &s : m_sessions) {
        if (!s.startUtc.isValid())
            continue;
        const QPointF centre(xOf(s.startUtc), AxisY);
        const QColor accent = pal.color(QPalette::Highlight);
        if (s.status == QLatin1String("held")) {
            p.setPen(QPen(accent, 2));
            p.setBrush(accent);
        } else if (s.status == QLatin1String("scheduled")) {
            p.setPen(QPen(accent, 2));
            p.setBrush(pal.color(QPalette::Base));
        } else if (s.status == QLatin1String("cancelled")) {
            p.setPen(QPen(pal.color(QPalette::Mid), 2));
            p.setBrush(Qt::NoBrush);
        } else { // draft
            p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
            p.setBrush(pal.color(QPalette::Base));
        }
        p.drawEllipse(centre, Radius, Radius);
        if (s.status == QLatin1String("cancelled")) {
            p.drawLine(centre + QPointF(-Radius, -Radius), centre + QPointF(Radius, Radius));
            p.drawLine(centre + QPointF(-Radius, Radius), centre + QPointF(Radius, -Radius));
        }
        // Labels stay inside the widget, also for sessions at either end of the line.
        const QString label = QStringLiteral("#%1 %2").arg(s.sequence).arg(Vocabulary::sessionKindLabel(s.kind));
        const int labelWidth = qMax(LabelWidth, fontMetrics().horizontalAdvance(label) + 8);
        const double labelX = qBound(0.0, centre.x() - labelWidth / 2.0, double(width() - labelWidth));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(labelX, AxisY - Radius - 22, labelWidth, 18), Qt::AlignCenter, label);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(labelX, AxisY + 38, labelWidth, 18), Qt::AlignCenter,
                   QLocale().toString(s.startUtc.date(), QStringLiteral("d MMM")) + QStringLiteral(" · ")
                       + Vocabulary::sessionStatusLabel(s.status));
    }
}

int CycleTimeline::sessionAt(const QPoint &point) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        const SessionRecord &s = m_sessions.at(i);
        if (s.startUtc.isValid() && QLineF(QPointF(xOf(s.startUtc), AxisY), point).length() <= Radius + 3)
            return i;
    }
    return -1;
}

void CycleTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const int i = sessionAt(event->position().toPoint()); i >= 0)
        emit sessionActivated(m_sessions.at(i).id);
}

bool CycleTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = sessionAt(help->pos());
        if (i >= 0) {
            const SessionRecord &s = m_sessions.at(i);
            QToolTip::showText(help->globalPos(),
                               tr("Session %1: %2\n%3 UTC · %4 min · %5")
                                   .arg(s.sequence).arg(s.title.isEmpty() ? Vocabulary::sessionKindLabel(s.kind) : s.title)
                                   .arg(QLocale().toString(s.startUtc, QLocale::ShortFormat)).arg(s.durationMinutes)
                                   .arg(Vocabulary::sessionStatusLabel(s.status)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
