#include "ChartPanel.h"

#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

namespace {

QString defaultChooser(QWidget *parent, const QString &title, const QString &suggested,
                       const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

// Menus list this many targets at most; a bar of a whole theme can stand for dozens of pilots.
constexpr int MenuLimit = 25;

// The theme for the palette: dark when the window colour is dark. Exports keep the light style.
QChart::ChartTheme themeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                             : QChart::ChartThemeLight;
}

// QChart::setTheme repaints the series in the theme's colours; the data keep the colours the
// builder gave them (they mean something: stages, levels, overdue), only the chrome changes.
void setThemeKeepingDataColours(QChart *chart, QChart::ChartTheme theme)
{
    if (chart->theme() == theme)
        return;
    QList<std::function<void()>> restore;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices)
                restore << [slice, brush = slice->brush(), pen = slice->pen(), label = slice->labelBrush()] {
                    slice->setBrush(brush);
                    slice->setPen(pen);
                    slice->setLabelBrush(label);
                };
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                restore << [set, brush = set->brush(), pen = set->pen(), label = set->labelBrush()] {
                    set->setBrush(brush);
                    set->setPen(pen);
                    set->setLabelBrush(label);
                };
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            restore << [xy, brush = xy->brush(), pen = xy->pen(), labels = xy->pointLabelsColor()] {
                xy->setBrush(brush);
                xy->setPen(pen);
                xy->setPointLabelsColor(labels);
            };
        } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            restore << [area, brush = area->brush(), pen = area->pen()] {
                area->setBrush(brush);
                area->setPen(pen);
            };
        }
    }
    chart->setTheme(theme);
    for (const auto &step : std::as_const(restore))
        step();
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_menuButton(new QToolButton(this)), m_legend(new QLabel(this)),
      m_savePng(new QAction(tr("Save as &PNG…"), this)),
      m_savePdf(new QAction(tr("Save as P&DF…"), this)), m_copy(new QAction(tr("&Copy"), this)),
      m_chooser(&defaultChooser)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_savePng, m_savePdf, m_copy});
    m_view->setMinimumSize(280, 200);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_savePng, m_savePdf, m_copy}); // Ctrl+C while the chart has focus

    auto *menu = new QMenu(this);
    menu->addActions({m_savePng, m_savePdf, m_copy});
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_menuButton->setToolTip(tr("Save or copy this chart"));
    m_menuButton->setAccessibleName(tr("Chart export"));
    // Until its chart is drawn (its figures may still be read), the view is named all the same.
    m_view->setAccessibleName(tr("Chart, not drawn yet"));
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    m_menuButton->raise();

    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAutoFillBackground(true); // the chart's background, not the window's
    m_legend->setContentsMargins(6, 0, 6, 6);
    m_legend->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_savePng, &QAction::triggered, this, [this] { save(false); });
    connect(m_savePdf, &QAction::triggered, this, [this] { save(true); });
    connect(m_copy, &QAction::triggered, this, [this] {
        copyToClipboard();
        emit done(tr("Copied the chart."));
    });
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setBuilder(Builder builder, const QString &fileStem)
{
    m_builder = std::move(builder);
    m_fileStem = fileStem;
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    std::unique_ptr<QChart> chart = m_builder(style);
    QChart *old = m_view->chart();
    m_view->setChart(chart.release()); // the view owns the new chart; the old one is ours to delete
    delete old;
    if (themeFor(palette()) != QChart::ChartThemeLight) {
        setThemeKeepingDataColours(m_view->chart(), themeFor(palette()));
        style.apply(m_view->chart());
    }
    m_view->setCursor(Qt::ArrowCursor);
    m_title = m_view->chart()->title();
    m_hasLegend = m_view->chart()->legend()->isVisible();
    showLegend(style);
    m_view->setAccessibleName(m_title);
    m_view->viewport()->setAccessibleName(m_title); // focusable on its own
    connectParts();
    placeMenuButton();
}

void ChartPanel::fitTitle()
{
    QChart *shown = chart();
    if (!shown || m_title.isEmpty())
        return;
    QMargins margins = shown->margins(); // the style's, the same on every side
    margins.setRight(qMax(margins.left(), width() - m_menuButton->x()));
    shown->setMargins(margins);
    // The room Qt Charts gives the title, less its text's own margins.
    const qreal room = width() - margins.left() - margins.right() - 8;
    const qsizetype label = m_title.indexOf(QLatin1String(": "));
    QString title = m_title;
    if (label > 0 && QFontMetricsF(shown->titleFont()).horizontalAdvance(m_title) > room)
        title = QLatin1String("<div align=\"center\">") + m_title.left(label + 1).toHtmlEscaped() + QLatin1String("<br>")
                + m_title.mid(label + 2).toHtmlEscaped() + QLatin1String("</div>");
    if (shown->title() != title)
        shown->setTitle(title);
}

void ChartPanel::showLegend(const ChartStyle &style)
{
    QChart *shown = chart();
    if (!shown || !m_hasLegend) {
        m_legend->hide();
        return;
    }
    shown->legend()->hide();
    QPalette colours = m_legend->palette();
    colours.setColor(QPalette::Window, style.background);
    colours.setColor(QPalette::WindowText, style.text);
    m_legend->setPalette(colours);
    m_legend->setFont(style.legendFont);
    // An entry does not break inside; the label breaks between entries.
    QStringList entries;
    QStringList names;
    const QList<QLegendMarker *> markers = shown->legend()->markers();
    for (QLegendMarker *marker : markers) { // its getters are not const
        if (!marker->series() || !marker->series()->isVisible()) // Qt's hidden legend hides its markers
            continue;
        QString name = marker->label().toHtmlEscaped();
        name.replace(u' ', QLatin1String("&nbsp;"));
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(marker->brush().color().name(), name);
        names << marker->label();
    }
    m_legend->setText(entries.join(QLatin1String("&nbsp;&nbsp; ")));
    m_legend->setAccessibleName(tr("Legend: %1").arg(names.join(QLatin1String(", "))));
    m_legend->setVisible(!entries.isEmpty());
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QSize ChartPanel::exportSize() const
{
    return m_view->size().expandedTo(QSize(640, 400));
}

std::unique_ptr<QChart> ChartPanel::exportCopy() const
{
    return m_builder ? m_builder(ChartStyle::forPrint()) : nullptr;
}

Status ChartPanel::savePng(const QString &path) const
{
    const auto chart = exportCopy();
    if (!chart)
        return Status::failure(tr("There is no chart to save."));
    return ChartImage::savePng(chart.get(), exportSize(), path);
}

Status ChartPanel::savePdf(const QString &path) const
{
    const auto chart = exportCopy();
    if (!chart)
        return Status::failure(tr("There is no chart to save."));
    return ChartImage::savePdf(chart.get(), exportSize(), path, chart->title());
}

void ChartPanel::copyToClipboard() const
{
    if (const auto chart = exportCopy())
        ChartImage::copyToClipboard(chart.get(), exportSize());
}

void ChartPanel::save(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(m_fileStem + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString path =
        m_chooser(this, pdf ? tr("Save Chart as PDF") : tr("Save Chart as PNG"), suggested,
                  pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status saved = pdf ? savePdf(path) : savePng(path);
    if (saved)
        emit done(tr("Saved the chart as %1.").arg(QDir::toNativeSeparators(path)));
    else
        emit failed(saved.error());
}

void ChartPanel::connectParts()
{
    ChartLinks *links = ChartLinks::of(chart());
    if (!links)
        return;
    const QList<const QObject *> parts = links->parts();
    for (const QObject *part : parts) {
        QObject *object = const_cast<QObject *>(part); // to connect to its signals
        if (auto *set = qobject_cast<QBarSet *>(object)) {
            connect(set, &QBarSet::clicked, this, [this, set](int index) { activate(set, index); });
            connect(set, &QBarSet::hovered, this,
                    [this, set](bool on, int index) { hover(set, index, on); });
        } else if (auto *slice = qobject_cast<QPieSlice *>(object)) {
            connect(slice, &QPieSlice::clicked, this, [this, slice] { activate(slice, 0); });
            connect(slice, &QPieSlice::hovered, this,
                    [this, slice](bool on) { hover(slice, 0, on); });
        } else if (auto *series = qobject_cast<QXYSeries *>(object)) {
            // A click anywhere near a point: the nearest one.
            const auto nearest = [series](const QPointF &at) {
                const QList<QPointF> points = series->points();
                int best = -1;
                for (int i = 0; i < points.size(); ++i) {
                    if (best < 0 ||
                        qAbs(points.at(i).x() - at.x()) < qAbs(points.at(best).x() - at.x()))
                        best = i;
                }
                return best;
            };
            connect(series, &QXYSeries::clicked, this,
                    [this, series, nearest](const QPointF &at) { activate(series, nearest(at)); });
            connect(series, &QXYSeries::hovered, this,
                    [this, series, nearest](const QPointF &at, bool on) {
                        hover(series, nearest(at), on);
                    });
        }
    }
}

void ChartPanel::hover(const QObject *part, int index, bool entered)
{
    if (!entered) {
        m_view->setCursor(Qt::ArrowCursor);
        QToolTip::hideText();
        return;
    }
    // Found when asked for: a bar of the dashboard may stand for thousands of pilots.
    const ChartLinks *links = ChartLinks::of(chart());
    const QList<ChartTarget> targets = links ? links->at(part, index) : QList<ChartTarget>();
    m_view->setCursor(!targets.isEmpty() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    const QString tip = tipFor(part, index, targets);
    if (!tip.isEmpty())
        QToolTip::showText(QCursor::pos(), tip, m_view);
}

QString ChartPanel::tipFor(const QObject *part, int index) const
{
    const ChartLinks *links = ChartLinks::of(chart());
    return tipFor(part, index, links ? links->at(part, index) : QList<ChartTarget>());
}

QString ChartPanel::tipFor(const QObject *part, int index, const QList<ChartTarget> &targets) const
{
    QString tip;
    if (const auto *set = qobject_cast<const QBarSet *>(part)) {
        tip = QStringLiteral("%1: %2").arg(set->label()).arg(set->at(index));
    } else if (const auto *slice = qobject_cast<const QPieSlice *>(part)) {
        // A slice's label is its count; its name is its legend entry's.
        QString name;
        const QList<QLegendMarker *> markers = chart()->legend()->markers(slice->series());
        for (QLegendMarker *marker : markers) {
            if (auto *entry = qobject_cast<QPieLegendMarker *>(marker); entry && entry->slice() == slice)
                name = entry->label();
        }
        tip = name.isEmpty() ? slice->label() : QStringLiteral("%1: %2").arg(name).arg(slice->value());
    }
    QStringList names;
    for (int i = 0; i < targets.size() && i < 5; ++i)
        names << targets.at(i).label;
    if (targets.size() > 5)
        names << tr("… and %n more", nullptr, int(targets.size()) - 5);
    if (!names.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + names.join(u'\n');
    return tip;
}

void ChartPanel::activate(const QObject *part, int index)
{
    const ChartLinks *links = ChartLinks::of(chart());
    const QList<ChartTarget> targets = links ? links->at(part, index) : QList<ChartTarget>();
    if (targets.isEmpty())
        return;
    if (targets.size() == 1) {
        emit targetActivated(targets.constFirst());
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int i = 0; i < targets.size() && i < MenuLimit; ++i) {
        const ChartTarget target = targets.at(i);
        menu->addAction(target.label, this, [this, target] { emit targetActivated(target); });
    }
    if (targets.size() > MenuLimit)
        menu->addAction(tr("… and %n more", nullptr, int(targets.size()) - MenuLimit))
            ->setEnabled(false);
    menu->popup(QCursor::pos());
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette (e.g. the desktop switched to a dark theme): text, grid and background follow.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && chart()) {
        const ChartStyle style = ChartStyle::fromPalette(palette(), font());
        setThemeKeepingDataColours(chart(), themeFor(palette()));
        style.apply(chart());
        placeMenuButton();
        showLegend(style);
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeMenuButton();
}

void ChartPanel::placeMenuButton()
{
    m_menuButton->adjustSize();
    m_menuButton->move(width() - m_menuButton->width() - 2, 2);
    m_menuButton->raise();
    fitTitle();
}
