#pragma once

#include "charts/ChartLinks.h"
#include "core/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QChart;
class QChartView;
class QLabel;
class QToolButton;
struct ChartStyle;

// One chart on screen: a view with antialiasing, "Save as PNG…", "Save as PDF…" and "Copy" in
// its context menu and behind a button in its corner, colours that follow the palette (redone
// when the palette changes, e.g. a dark desktop theme, with Qt Charts' dark theme when the
// window colour is dark; the data keep their colours), and clicks on bars, slices and points
// turned into the targets behind them. The chart comes from a builder, so that exports draw a
// fresh copy in the light print style at a size of their own.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    using Builder = std::function<std::unique_ptr<QChart>(const ChartStyle &style)>;
    // Asks for a file to save to; empty when the user cancels. A seam for tests.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title,
                                              const QString &suggested, const QString &filter)>;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Shows builder's chart, in the palette's style; fileStem names exported files
    // ("pilot-12-radar").
    void setBuilder(Builder builder, const QString &fileStem);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    // The chart's legend on screen, under it; hidden for a chart without one.
    QLabel *legend() const { return m_legend; }
    QAction *savePngAction() const { return m_savePng; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *copyAction() const { return m_copy; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // The size exports are drawn at: the size on screen, but never smaller than a page's figure.
    QSize exportSize() const;
    Status savePng(const QString &path) const;
    Status savePdf(const QString &path) const;
    void copyToClipboard() const;
    // What clicking a part opens: its only target at once, a menu of them when there are several.
    void activate(const QObject *part, int index);
    // What hovering a part shows: its count with its name (a bar's set, a slice's legend entry),
    // then the first of what a click opens. A segment too narrow for its number shows none.
    QString tipFor(const QObject *part, int index) const;

signals:
    void targetActivated(const ChartTarget &target);
    void failed(const QString &message);
    void done(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    std::unique_ptr<QChart> exportCopy() const;
    void connectParts();
    void hover(const QObject *part, int index, bool entered);
    QString tipFor(const QObject *part, int index, const QList<ChartTarget> &targets) const;
    void save(bool pdf);
    void placeMenuButton();
    // The chart's title is centred over its whole width: a long one ("Sessions by theme: 40130
    // held of 48943 planned") ran under the menu button. Its right margin keeps clear of it, and
    // a title too wide for the rest breaks after its label instead of losing its counts to "...".
    void fitTitle();
    // Qt's legend is one row, and six entries in a dashboard panel read "Not…", "Mat…", "Sha…".
    // On screen the entries are a label under the chart that wraps between them; saved and
    // copied charts are built anew, at their own size, with Qt's legend.
    void showLegend(const ChartStyle &style);

    QChartView *m_view;
    QToolButton *m_menuButton;
    QString m_title; // as the builder wrote it, on one line
    QLabel *m_legend;
    bool m_hasLegend = false; // the chart as built shows its legend
    QAction *m_savePng;
    QAction *m_savePdf;
    QAction *m_copy;
    Builder m_builder;
    QString m_fileStem;
    FileChooser m_chooser;
};
