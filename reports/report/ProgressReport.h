#pragma once

#include "core/Result.h"
#include "progress/ProgressQueries.h"

#include <QDateTime>
#include <QHash>
#include <QPicture>
#include <QSize>

#include <optional>

class QPagedPaintDevice;

// What a progress report shows: the programme's, one theme's or one pairing's figures as of a
// date. Read on any thread (with that thread's connection).
struct ReportData
{
    QString programme;
    QString organisation; // who sends the report (the preferences), at the head of every page
    ProgrammeProgress progress;
    std::optional<PairingDashboard> pairing; // the pairing's cycle, when the scope is one pairing
    QHash<qint64, QList<PlanActionRecord>> plans; // the pilots' plans, by pilot id
    QDateTime generatedUtc;
};

// A chart of the report, drawn ahead of time as a vector picture (see ReportFigures): Qt Charts
// draw only on the GUI thread, the picture replays on any.
struct ReportFigure
{
    QPicture picture;
    QSize size; // logical pixels; the report scales it to the width of the page
};

// The progress report a funder receives, as PDF: a header with the scope and the date of the
// data, the funder's indicators, the readiness rule, the dashboard's charts, a table of the
// pairings, one of the pilots with their level per dimension and each pilot's plan; a running
// header and "Page N of M" on every page. Laid out like the minutes (QTextDocument on a
// QPdfWriter); runs on any thread once the figures are drawn.
namespace ProgressReport {
Result<ReportData> load(QSqlDatabase db, const QDateTime &nowUtc, const ProgressScope &scope,
                        const Rubric &rubric = Rubric::shipped());
// "Progress report — Energy & Infrastructure"
QString title(const ReportData &data);
// "progress-report-2027-03-20.pdf", "progress-report-E-04-2027-03-20.pdf"
QString fileName(const ReportData &data);
// Paints the report page by page on the device (its page size and margins).
Status render(const ReportData &data, const QList<ReportFigure> &figures, QPagedPaintDevice *device,
              const Rubric &rubric = Rubric::shipped());
// Writes an A4 PDF (PDF/A-1b) atomically: the file is the complete report or what it was before.
// A missing folder is an error, not created.
Status writePdf(const ReportData &data, const QList<ReportFigure> &figures, const QString &path,
                const Rubric &rubric = Rubric::shipped());
} // namespace ProgressReport
