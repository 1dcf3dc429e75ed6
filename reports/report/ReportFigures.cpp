#include "ReportFigures.h"

#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"
#include "charts/PairingCharts.h"
#include "charts/ProgrammeCharts.h"

#include <QChart>

namespace {

ReportFigure figure(std::unique_ptr<QChart> chart, const QSize &size)
{
    return {ChartImage::picture(chart.get(), size), size};
}

} // namespace

namespace ReportFigures {

QList<ReportFigure> build(const ReportData &data, const Rubric &rubric)
{
    // About the width of the page's text at 96 dpi, so that chart text prints near its size.
    constexpr int Width = 640;
    const ChartStyle style = ChartStyle::forPrint();
    QList<ReportFigure> figures;
    if (data.pairing) {
        const PairingDashboard &p = *data.pairing;
        figures << figure(PairingCharts::cycleSessions(p, style), QSize(Width, 220));
        figures << figure(PairingCharts::actions(p.progress, style), QSize(Width, 220));
        figures << figure(PairingCharts::memberReadiness(p, rubric, style), QSize(Width, 300));
        return figures;
    }
    const ProgrammeProgress &progress = data.progress;
    const int themes = int(progress.stagesByTheme.size());
    const int themeHeight = 120 + 48 * themes;
    figures << figure(ProgrammeCharts::stagesByTheme(progress, style), QSize(Width, themeHeight));
    figures << figure(ProgrammeCharts::sessionsByTheme(progress, style), QSize(Width, themeHeight));
    figures << figure(ProgrammeCharts::readinessByTheme(progress, rubric, style),
                      QSize(Width, themeHeight));
    figures << figure(ProgrammeCharts::pilotsReady(progress, style), QSize(Width, 240));
    int late = 0;
    for (const PairingProgress &p : progress.pairings)
        late += p.actionsOverdue > 0;
    figures << figure(ProgrammeCharts::overdueByPairing(progress, style),
                      QSize(Width, 110 + 26 * qBound(1, late, 15)));
    return figures;
}

} // namespace ReportFigures
