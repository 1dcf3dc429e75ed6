#include "DashboardPage.h"

#include "KpiStrip.h"
#include "charts/ChartStyle.h"
#include "charts/ProgrammeCharts.h"
#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "common/DatabaseThreads.h"
#include "common/RefreshWhenShown.h"
#include "core/Clock.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "progress/ProgressSnapshot.h"
#include "progress/ProgressUpdate.h"
#include "report/ProgressReport.h"
#include "report/ReportFigures.h"
#include "store/ProgrammeQueries.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

// Edits that change a figure or a chart of the dashboard.
bool affectsDashboard(ChangeNotifier::Entity entity)
{
    using Entity = ChangeNotifier::Entity;
    switch (entity) {
    case Entity::City:
    case Entity::Pairing:
    case Entity::Session:
    case Entity::Attendance:
    case Entity::ActionItem:
    case Entity::Pilot:
    case Entity::Assessment:
        return true;
    default:
        return false;
    }
}

QString chooseFile(QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

int keepFiguresSlowerThanMs = 100;

} // namespace

void DashboardPage::setKeepFiguresSlowerThan(int milliseconds)
{
    keepFiguresSlowerThanMs = milliseconds;
}

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_theme(new QComboBox(this)),
      m_export(new QPushButton(tr("&Export Report…"), this)), m_status(new QLabel(this)),
      m_kpis(new KpiStrip(this)), m_refresher(new RefreshWhenShown(this, 300, [this] { refresh(); }, true)),
      m_reader(new BackgroundRead(context.database.path(), this)),
      m_reportReader(new BackgroundRead(context.database.path(), this)), m_chartTimer(new QTimer(this)),
      m_chooser(&chooseFile)
{
    m_reader->setObjectName(QStringLiteral("figures"));
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0);
    connect(m_chartTimer, &QTimer::timeout, this, &DashboardPage::showNextChart);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setToolTip(tr("Write the progress report of what the dashboard shows as PDF"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *title = new QLabel(tr("<b>Dashboard</b>"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(12);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    bar->addWidget(themeLabel);
    bar->addWidget(m_theme);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_export);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        auto *panel = new ChartPanel(charts);
        m_panels << panel;
        connect(panel, &ChartPanel::targetActivated, this, &DashboardPage::open);
        connect(panel, &ChartPanel::failed, this, &DashboardPage::failed);
        connect(panel, &ChartPanel::done, this, &DashboardPage::done);
    }
    grid->addWidget(m_panels.at(Stages), 0, 0);
    grid->addWidget(m_panels.at(Readiness), 0, 1);
    grid->addWidget(m_panels.at(Ready), 0, 2);
    grid->addWidget(m_panels.at(Sessions), 1, 0);
    grid->addWidget(m_panels.at(Overdue), 1, 1, 1, 2);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 5);
    grid->setColumnStretch(2, 3);
    // A small window scrolls rather than squeezing the charts unreadable.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Programme charts"));
    charts->setMinimumSize(900, 520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_kpis);
    layout->addWidget(scroll, 1);

    fillThemes();
    connect(m_theme, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportReport);
    // A read that takes a while says so; a quick one leaves the bar alone.
    connect(m_reader, &BackgroundRead::runningChanged, this, [this](bool running) {
        if (!running) {
            if (!isExporting())
                m_status->clear();
            return;
        }
        QTimer::singleShot(250, this, [this] {
            if (m_reader->isRunning() && !isExporting())
                m_status->setText(tr("Updating the figures…"));
        });
    });
    connect(m_kpis, &KpiStrip::overdueRequested, this, [this] { emit openActions(true, 0); });
    connect(&context.notifier, &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity entity, qint64, ChangeNotifier::Change) {
                if (!affectsDashboard(entity))
                    return;
                m_refresher->request();
            });
}

DashboardPage::~DashboardPage()
{
    // The worker holds no pointer into this page nor the database: let it finish its file.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool DashboardPage::isReading() const
{
    return m_reader->isRunning() || !m_pendingCharts.isEmpty();
}

bool DashboardPage::isExporting() const
{
    return m_worker || m_reportReader->isRunning();
}

void DashboardPage::fillThemes()
{
    m_theme->addItem(tr("All themes"), qint64(0));
    const auto themes = ProgrammeQueries(m_context.database.connection()).themes();
    for (const ProgrammeQueries::Choice &theme : themes.value_or({}))
        m_theme->addItem(theme.label, theme.id);
}

ProgressScope DashboardPage::scope() const
{
    return ProgressScope{m_theme->currentData().toLongLong(), 0};
}

void DashboardPage::setFileChooser(const ChartPanel::FileChooser &chooser)
{
    m_chooser = chooser;
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setFileChooser(chooser);
}

void DashboardPage::focusFilter()
{
    m_theme->setFocus(Qt::ShortcutFocusReason);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Edits while hidden are read by the refresher; "overdue" and "this quarter" move with the
    // date, too. A read under way is of today: the first show starts one before this runs, and
    // a second would read (or load) the whole programme's figures again beside it.
    if (!m_refresher->isStale() && !m_reader->isRunning()
        && m_progress.asOf != m_context.clock.nowUtc().toUTC().date())
        refresh();
}

void DashboardPage::refresh()
{
    m_refresher->markFresh();
    // On a large programme the aggregates take longer than a frame: they are read on a worker
    // with its own connection, and the page keeps showing the last figures until they arrive.
    const QDate today = m_context.clock.nowUtc().toUTC().date();
    const ProgressScope shown = scope();
    const QString path = m_context.database.path();
    m_reader->start<ProgrammeProgress>(
        [today, shown, path, keepAfter = keepFiguresSlowerThanMs](QSqlDatabase db) -> Result<ProgrammeProgress> {
            QElapsedTimer timer;
            timer.start();
            const auto before = ProgressSnapshot::stateOf(db, path, shown, today);
            // Kept only when no write came in between; a cache that cannot be written is no
            // error of the dashboard's.
            const auto keep = [&](const ProgrammeProgress &figures) {
                const auto after = ProgressSnapshot::stateOf(db, path, shown, today);
                if (after && after.value() == before.value()) {
                    if (const Status kept = ProgressSnapshot::save(path, before.value(), figures); !kept)
                        qWarning("The dashboard's figures were not kept: %s", qPrintable(kept.error()));
                }
            };
            if (before) {
                // The figures of the last read, when nothing has changed since, are the figures:
                // loaded instead of read (a tenth of the time at 10,000 pairings).
                if (auto kept = ProgressSnapshot::load(path, before.value()))
                    return std::move(*kept);
                // Kept before an edit: the pairings it changed are read again, the rest kept.
                if (auto earlier = ProgressSnapshot::loadEarlier(path, before.value())) {
                    auto updated = ProgressUpdate(db, today).apply(std::move(earlier->figures), earlier->lastChange);
                    if (updated && updated->has_value()) {
                        const ProgrammeProgress figures = ProgrammeCharts::drawnOnly(std::move(*updated.value()));
                        keep(figures);
                        return figures;
                    }
                    if (!updated) // the whole read says it again, or reads after all
                        qWarning("The dashboard's figures were not brought up to date: %s", qPrintable(updated.error()));
                }
            }
            // Only what the page draws is kept, in memory and in the user's cache.
            auto read = ProgressQueries(db, today).programme(shown);
            if (read)
                read = ProgrammeCharts::drawnOnly(std::move(read).value());
            if (read && before && timer.elapsed() >= keepAfter)
                keep(read.value());
            return read;
        },
        [this](Result<ProgrammeProgress> read) {
            if (!read) {
                emit failed(read.error());
                return;
            }
            m_retired << std::exchange(m_progress, std::move(read).value());
            showProgress();
        });
}

// One chart per turn of the event loop: at 10,000 pairings each takes 20–45 ms to build, and
// the five together held the window for 150 ms. progressShown() follows the last one; figures
// arriving meanwhile start over and the older charts are not built.
void DashboardPage::showProgress()
{
    m_kpis->setProgress(m_progress);
    const ProgrammeProgress data = m_progress;
    const QString date = data.asOf.toString(Qt::ISODate);
    const bool drawing = !m_pendingCharts.isEmpty(); // its next turn takes the new list
    m_pendingCharts = {
        {Stages, [data](const ChartStyle &style) { return ProgrammeCharts::stagesByTheme(data, style); },
         QStringLiteral("pairings-by-stage-%1").arg(date)},
        {Sessions, [data](const ChartStyle &style) { return ProgrammeCharts::sessionsByTheme(data, style); },
         QStringLiteral("sessions-by-theme-%1").arg(date)},
        {Readiness,
         [data](const ChartStyle &style) { return ProgrammeCharts::readinessByTheme(data, Rubric::shipped(), style); },
         QStringLiteral("readiness-by-theme-%1").arg(date)},
        {Ready, [data](const ChartStyle &style) { return ProgrammeCharts::pilotsReady(data, style); },
         QStringLiteral("pilots-ready-%1").arg(date)},
        // Ten rows keep every pairing's code readable in the panel at its smallest (fifteen
        // overlapped there, and Qt Charts elided them all to "...").
        {Overdue, [data](const ChartStyle &style) { return ProgrammeCharts::overdueByPairing(data, style, 10); },
         QStringLiteral("overdue-actions-%1").arg(date)},
    };
    if (!drawing)
        showNextChart();
}

void DashboardPage::showNextChart()
{
    if (m_pendingCharts.isEmpty())
        return;
    const PendingChart next = m_pendingCharts.takeFirst();
    m_panels.at(next.chart)->setBuilder(next.builder, next.fileStem);
    if (m_pendingCharts.isEmpty()) {
        // The charts held the figures they replace; the last of those goes on a worker, where
        // freeing 10,000 pairings and 24,000 pilots takes the time it takes.
        if (!m_retired.isEmpty())
            DatabaseThreads::pool()->start([retired = std::exchange(m_retired, {})] {});
        emit progressShown();
        return;
    }
    // On a timer, not nested nor queued: the window gets its turn, and a newer showProgress()
    // replaces the list this call goes on with. Qt's event dispatcher favours posted events
    // over timers: a chain of queued calls held the window's timers back for most of its
    // length (100–150 ms at 10,000 pairings; a test fails with it).
    m_chartTimer->start();
}

void DashboardPage::open(const ChartTarget &target)
{
    switch (target.kind) {
    case ChartTarget::Kind::Pairing:
        emit openPairing(target.id);
        break;
    case ChartTarget::Kind::Pilot:
        emit openPilot(target.id);
        break;
    case ChartTarget::Kind::Session:
        emit openSession(target.id);
        break;
    case ChartTarget::Kind::Actions:
        emit openActions(false, target.id);
        break;
    case ChartTarget::Kind::OverdueActions:
        emit openActions(true, target.id);
        break;
    }
}

void DashboardPage::exportReport()
{
    if (m_worker)
        return;
    ReportData shown;
    shown.progress = m_progress;
    const QString name = ProgressReport::fileName(shown);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooser(this, tr("Export Progress Report"), QDir(folder).filePath(name),
                                   tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

void DashboardPage::exportReportTo(const QString &path)
{
    if (m_worker || m_reportReader->isRunning())
        return;
    m_export->setEnabled(false);
    m_status->setText(tr("Reading the report's data…"));
    const QDateTime now = m_context.clock.nowUtc();
    const ProgressScope shown = scope();
    m_reportReader->start<ReportData>(
        [now, shown](QSqlDatabase db) { return ProgressReport::load(db, now, shown); },
        [this, path](Result<ReportData> data) { writeReport(std::move(data), path); });
}

void DashboardPage::writeReport(Result<ReportData> data, const QString &path)
{
    if (!data) {
        m_export->setEnabled(true);
        m_status->clear();
        emit failed(data.error());
        emit reportFinished(false);
        return;
    }
    // Qt Charts draw only on this thread: the charts become pictures here, the pages are laid
    // out and written on the worker (a QTextDocument and a QPdfWriter may live on any thread).
    const QList<ReportFigure> figures = ReportFigures::build(data.value());
    auto result = std::make_shared<Status>();
    data->organisation = Preferences::organisationName();
    m_worker = QThread::create([report = std::move(data).value(), figures, path, result] {
        *result = ProgressReport::writePdf(report, figures, path);
    });
    m_status->setText(tr("Writing the report…"));
    connect(m_worker, &QThread::finished, this, [this, result, path] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_export->setEnabled(true);
        m_status->clear();
        if (*result)
            emit done(tr("Wrote the progress report to %1.").arg(QDir::toNativeSeparators(path)));
        else
            emit failed(result->error());
        emit reportFinished(result->ok());
    });
    m_worker->start();
}
