#pragma once

#include "charts/ChartPanel.h"
#include "common/Area.h"
#include "progress/ProgressQueries.h"
#include "report/ProgressReport.h"

#include <QWidget>

struct AppContext;
class BackgroundRead;
class KpiStrip;
class QComboBox;
class QLabel;
class QPushButton;
class QThread;
class QTimer;
class RefreshWhenShown;

// The programme at a glance: a theme filter, the headline figures and the dashboard's charts
// (pairings by theme and stage, sessions by theme, readiness by theme, pilots ready, overdue
// actions by pairing). Clicking a bar, slice or figure opens what is behind it; "Export
// Report…" writes the progress report of what is shown. Follows every edit, a moment after
// it, while shown; when hidden, on the next show.
class DashboardPage : public QWidget, public Area
{
    Q_OBJECT
public:
    enum Chart
    {
        Stages,
        Sessions,
        Readiness,
        Ready,
        Overdue,
        ChartCount
    };

    DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QComboBox *themeFilter() const { return m_theme; }
    KpiStrip *kpis() const { return m_kpis; }
    ChartPanel *panel(Chart chart) const { return m_panels.at(chart); }
    QPushButton *exportButton() const { return m_export; }
    ProgressScope scope() const;
    const ProgrammeProgress &progress() const { return m_progress; }
    // A seam for tests: where "Export Report…" and the charts' "Save as…" ask for a file.
    void setFileChooser(const ChartPanel::FileChooser &chooser);

    // Reads the figures again, on a worker: progressShown() when they are on screen. Figures
    // kept from the last read (ProgressSnapshot) are shown at once instead when nothing changed.
    void refresh();
    // Figures are kept when reading them took longer than this (a small programme reads in a
    // moment and leaves no file behind); a seam for tests.
    static void setKeepFiguresSlowerThan(int milliseconds);
    // Reading the figures, or still drawing their charts.
    bool isReading() const;
    // Writes the report of what is shown to path: read on a worker, charts drawn here (a
    // moment), the PDF laid out and written on a worker. done() or failed() tell how it went.
    void exportReportTo(const QString &path);
    bool isExporting() const;

public slots:
    // The dashboard has no records of its own: Edit > New and friends do nothing here.
    void addRecord() override {}
    void editCurrent() override {}
    void deleteCurrent() override {}
    void focusFilter() override;
    void exportReport();

signals:
    void openPairing(qint64 pairingId);
    void openPilot(qint64 pilotId);
    void openSession(qint64 sessionId);
    // pairingId 0: every pairing.
    void openActions(bool overdueOnly, qint64 pairingId);
    void failed(const QString &message);
    void done(const QString &message);
    void reportFinished(bool ok);
    // The figures of the latest refresh() are on screen.
    void progressShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillThemes();
    void showProgress();
    void showNextChart();
    void writeReport(Result<ReportData> data, const QString &path);
    void open(const ChartTarget &target);

    AppContext &m_context;
    ProgrammeProgress m_progress;
    QComboBox *m_theme;
    QPushButton *m_export;
    QLabel *m_status;
    KpiStrip *m_kpis;
    QList<ChartPanel *> m_panels;
    struct PendingChart
    {
        Chart chart;
        ChartPanel::Builder builder;
        QString fileStem;
    };
    QList<PendingChart> m_pendingCharts; // of the figures shown, still to be built
    QList<ProgrammeProgress> m_retired;  // the figures replaced, until no chart holds them
    RefreshWhenShown *m_refresher;
    BackgroundRead *m_reader;
    BackgroundRead *m_reportReader;
    QThread *m_worker = nullptr;
    QTimer *m_chartTimer; // the next chart's turn
    ChartPanel::FileChooser m_chooser;
};
