// The window under a facilitator's hands, in this process on the same file: a keystroke in the
// pairings filter until the list is repainted, scrolling the action items to their end page by
// page, and the longest time the event loop is held while the areas are walked through.
#include "Bench.h"
#include "StallMeter.h"

#include "MainWindow.h"
#include "actions/ActionsPage.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "pairings/PairingsPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QHash>
#include <QTimer>

#include <cstdio>

namespace {

template <typename T>
T *named(QWidget *parent, const QString &accessibleName)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}

// Processes events until done() or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void measureFilter(MainWindow &window, const BenchContext &context, BenchTable &table)
{
    Measurement m;
    m.operation = QStringLiteral("Filter keystroke, pairings list (%1 pairings)");
    m.target = 50;
    window.showArea(MainWindow::AreaId::Pairings);
    QApplication::processEvents();
    auto *filter = named<QLineEdit>(window.pairingsPage(), QStringLiteral("Filter pairings"));
    auto *view = named<QTableView>(window.pairingsPage(), QStringLiteral("Pairings"));
    if (!filter || !view) {
        m.error = QStringLiteral("no pairings filter or list found");
        table.add(m);
        return;
    }
    QAbstractItemModel *model = view->model();
    spinUntil([&] { return model->rowCount() > 0; });
    m.operation = m.operation.arg(model->rowCount());
    // Typing a city's first letters and taking them back; the list must narrow and come back.
    const QList<int> keys{Qt::Key_B, Qt::Key_E, Qt::Key_R, Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace,
                          Qt::Key_S, Qt::Key_A, Qt::Key_Backspace, Qt::Key_Backspace};
    const int all = model->rowCount();
    int fewest = all;
    filter->setFocus();
    const int rounds = context.quick ? 1 : qMax(1, context.runs / 5);
    for (int round = 0; round < rounds; ++round) {
        for (int key : keys) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(filter, Qt::Key(key));
            QApplication::processEvents();
            view->viewport()->repaint();
            m.samples << double(timer.nsecsElapsed()) / 1e6;
            fewest = qMin(fewest, model->rowCount());
        }
    }
    if (fewest == all || model->rowCount() != all)
        m.error = QStringLiteral("typing did not filter the list (%1 of %2 rows at the fewest)").arg(fewest).arg(all);
    table.add(m);
}

void measureScrolling(MainWindow &window, BenchTable &table)
{
    Measurement page;
    page.operation = QStringLiteral("Scroll the action items to the end: one page");
    page.target = 50;
    Measurement whole;
    whole.operation = QStringLiteral("Scroll the action items to the end: all pages");
    window.showArea(MainWindow::AreaId::Actions);
    QApplication::processEvents();
    auto *view = named<QTableView>(window.actionsPage(), QStringLiteral("Action items"));
    if (!view) {
        page.error = QStringLiteral("no action items table found");
        table.add(page);
        return;
    }
    QAbstractItemModel *model = view->model();
    spinUntil([&] { return model->rowCount() > 0; });
    QElapsedTimer total;
    total.start();
    // What End does in a view: to the last fetched row, which makes the view fetch the next
    // page, until the model says there is no more.
    while (model->canFetchMore(QModelIndex())) {
        const int before = model->rowCount();
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        QApplication::processEvents();
        view->viewport()->repaint();
        page.samples << double(timer.nsecsElapsed()) / 1e6;
        // A last page of exactly PageSize rows: the next fetch finds none and says so.
        if (model->rowCount() == before && model->canFetchMore(QModelIndex())) {
            page.error = QStringLiteral("scrolling to the end fetched nothing at row %1").arg(before);
            break;
        }
    }
    whole.samples << double(total.nsecsElapsed()) / 1e6;
    page.operation += QStringLiteral(" (%1 rows, %2 pages)").arg(model->rowCount()).arg(page.samples.size());
    whole.error = page.error;
    table.add(page);
    table.add(whole);
}

// Walks through what a facilitator does in the first minute, each step posted to the event loop
// as a click would be, while a 5 ms heartbeat records the longest gap between its beats.
void measureStalls(MainWindow &window, BenchTable &table)
{
    Measurement m;
    m.operation = QStringLiteral("Longest event-loop stall: every area, a pairing, dashboard refresh");
    m.target = 100;
    QList<std::pair<QString, std::function<void()>>> steps;
    for (int area = int(MainWindow::AreaId::Dashboard); area <= int(MainWindow::AreaId::Search); ++area)
        steps.append({QStringLiteral("show area %1").arg(area), [&window, area] { window.showArea(MainWindow::AreaId(area)); }});
    steps.append({QStringLiteral("back to the pairings"), [&window] { window.showArea(MainWindow::AreaId::Pairings); }});
    steps.append({QStringLiteral("select a pairing"), [&window] {
        if (auto *view = named<QTableView>(window.pairingsPage(), QStringLiteral("Pairings")))
            view->selectRow(0);
    }});
    steps.append({QStringLiteral("back to the dashboard"), [&window] { window.showArea(MainWindow::AreaId::Dashboard); }});
    steps.append({QStringLiteral("dashboard refresh"), [&window] { window.dashboardPage()->refresh(); }});
    QString current;
    QString longestAfter;
    QHash<QString, double> longestOf; // each step's longest gap
    double longest = 0;
    qint64 longestEndedNs = 0;
    StallMeter meter([&](double gap, qint64 endedNs) {
        longestOf[current] = qMax(longestOf.value(current), gap);
        if (gap > longest) {
            longest = gap;
            longestAfter = current;
            longestEndedNs = endedNs;
        }
    });
    meter.start();
    QEventLoop loop;
    for (int i = 0; i < steps.size(); ++i) {
        QTimer::singleShot(150 * (i + 1), &window, [&current, step = steps.at(i)] {
            current = step.first;
            step.second();
        });
    }
    QTimer::singleShot(150 * (int(steps.size()) + 1), &loop, [&] {
        // Let the last read arrive before stopping.
        if (!window.dashboardPage()->isReading())
            loop.quit();
        else
            QObject::connect(window.dashboardPage(), &DashboardPage::progressShown, &loop, &QEventLoop::quit);
    });
    loop.exec();
    meter.stop();
    // Where to look: on stderr, so that the table stays as it is.
    std::fprintf(stderr, "longest event-loop stall: %.1f ms, at or after \"%s\", ended at %.6f s (CLOCK_MONOTONIC)\n",
                 longest, qPrintable(longestAfter), double(longestEndedNs) / 1e9);
    for (const auto &step : std::as_const(steps))
        std::fprintf(stderr, "  after \"%s\": %.1f ms\n", qPrintable(step.first), longestOf.value(step.first));
    m.samples << longest;
    table.add(m);
}

} // namespace

void WindowBench::run(const BenchContext &context, BenchTable &table)
{
    auto opened = Database::open(context.database, Database::Options{&SystemClock::instance(), false});
    if (!opened) {
        Measurement m;
        m.operation = QStringLiteral("Window");
        m.error = opened.error();
        table.add(m);
        return;
    }
    MainWindow window(std::move(opened).value());
    window.showArea(MainWindow::AreaId::Dashboard);
    QSignalSpy ready(&window, &MainWindow::firstScreenReady);
    window.resize(1440, 900);
    window.show();
    if (!ready.wait(120000)) {
        Measurement m;
        m.operation = QStringLiteral("Window");
        m.error = QStringLiteral("the window never reported its first screen");
        table.add(m);
        return;
    }
    measureStalls(window, table);
    measureFilter(window, context, table);
    measureScrolling(window, table);
}
