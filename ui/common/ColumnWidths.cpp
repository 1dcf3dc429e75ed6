#include "ColumnWidths.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace {
// The item delegate's text margin on each side, the grid line, and a pixel or two of rounding.
int cellPadding(const QTableView *view)
{
    return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 1 + 2;
}
} // namespace

namespace ColumnWidths {
int fitting(const QTableView *view, int column, const QStringList &samples, bool bold)
{
    QFont font = view->font();
    font.setBold(bold);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &sample : samples)
        widest = qMax(widest, metrics.horizontalAdvance(sample));
    return qMax(view->horizontalHeader()->sectionSizeHint(column), widest + cellPadding(view));
}

void fit(QTableView *view, int column, const QStringList &samples, bool bold)
{
    view->setColumnWidth(column, fitting(view, column, samples, bold));
}

void setCharacters(QTableView *view, int column, int characters)
{
    const int width = characters * view->fontMetrics().averageCharWidth() + cellPadding(view);
    view->setColumnWidth(column, qMax(view->horizontalHeader()->sectionSizeHint(column), width));
}
} // namespace ColumnWidths
