#include "ChartFrame.h"

#include "ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QValueAxis>

namespace {

// Marks the note among the chart's child items.
constexpr int NoteKey = 0x4332;

QGraphicsSimpleTextItem *noteItem(const QChart *chart)
{
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *item : children) {
        if (item->data(NoteKey).toBool())
            return static_cast<QGraphicsSimpleTextItem *>(item);
    }
    return nullptr;
}

void centre(QChart *chart, QGraphicsSimpleTextItem *item)
{
    const QRectF box = item->boundingRect();
    const QRectF area = chart->rect();
    item->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

} // namespace

namespace ChartFrame {

std::unique_ptr<QChart> create(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

std::unique_ptr<QChart> empty(const QString &title, const QString &note, const ChartStyle &style)
{
    auto chart = create(title);
    chart->legend()->hide();
    auto *item = new QGraphicsSimpleTextItem(note, chart.get());
    item->setData(NoteKey, true);
    QChart *raw = chart.get();
    QObject::connect(raw, &QGraphicsWidget::geometryChanged, raw,
                     [raw, item] { centre(raw, item); });
    style.apply(raw);
    centre(raw, item);
    return chart;
}

QString note(const QChart *chart)
{
    const QGraphicsSimpleTextItem *item = noteItem(chart);
    return item ? item->text() : QString();
}

void styleNote(QChart *chart, const QColor &colour, const QFont &font)
{
    if (QGraphicsSimpleTextItem *item = noteItem(chart)) {
        item->setBrush(colour);
        item->setFont(font);
        centre(chart, item);
    }
}

QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%d"));
    const int top = qMax(1, maximum);
    if (top <= 10) {
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        // Whole steps of 1, 2, 2.5 and 5 times a power of ten (2, 5, 10, 20, 25, 50, ...), and at
        // most about six of them; four from 10,000 up, whose labels are wider: more would not fit
        // a panel's width, and Qt Charts elides every label to "..." when they overlap.
        const qint64 most = top >= 10000 ? 4 : 6;
        qint64 step = 1;
        for (qint64 magnitude = 1; top / step > most; magnitude *= 10) {
            for (const qint64 candidate : {2 * magnitude, 25 * magnitude / 10, 5 * magnitude, 10 * magnitude}) {
                step = candidate;
                if (top / step <= most)
                    break;
            }
        }
        const qint64 end = ((top + step - 1) / step) * step;
        axis->setRange(0, double(end));
        axis->setTickCount(int(end / step) + 1);
    }
    return axis;
}

QString axisLabel(const QString &text, int width)
{
    if (text.size() <= width)
        return text.toHtmlEscaped();
    const int middle = int(text.size()) / 2;
    int cut = text.lastIndexOf(u' ', middle);
    const int after = text.indexOf(u' ', middle);
    if (cut < 0 || (after >= 0 && after - middle < middle - cut))
        cut = after;
    if (cut < 0)
        return text.toHtmlEscaped();
    return text.left(cut).toHtmlEscaped() + QStringLiteral("<br>") +
           text.mid(cut + 1).toHtmlEscaped();
}

QString ruleWord(Rubric::Aggregate rule)
{
    switch (rule) {
    case Rubric::Aggregate::Lowest:
        return QCoreApplication::translate("ChartFrame", "lowest");
    case Rubric::Aggregate::Average:
        return QCoreApplication::translate("ChartFrame", "average");
    case Rubric::Aggregate::Highest:
        return QCoreApplication::translate("ChartFrame", "highest");
    }
    return QString();
}

QString ruleName(Rubric::Aggregate rule)
{
    switch (rule) {
    case Rubric::Aggregate::Lowest:
        return QCoreApplication::translate("ChartFrame", "Lowest");
    case Rubric::Aggregate::Average:
        return QCoreApplication::translate("ChartFrame", "Average");
    case Rubric::Aggregate::Highest:
        return QCoreApplication::translate("ChartFrame", "Highest");
    }
    return QString();
}

void finish(QChart *chart, const ChartStyle &style)
{
    style.apply(chart);
}

} // namespace ChartFrame
