// Startup as a facilitator meets it: a fresh process of the real application opens the file,
// checks its schema and shows the dashboard with its figures. Timed from process start to the
// window's firstScreenReady, cold (the database's pages dropped from the OS cache) and warm;
// with the figures the previous start kept (nothing changed since: the usual start), with them
// brought up to date after an edit made elsewhere, and without them (the dashboard reads them).
#include "Bench.h"
#include "EditElsewhere.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace {

QString cacheFolder(const BenchContext &context)
{
    return QDir(context.workDir).filePath(QStringLiteral("cache"));
}

// Asks the kernel to forget the cached pages of the database, its WAL files and the figures
// kept: the next open reads them from the disk, as the first start after a reboot does. Needs
// no privileges.
void dropFromCache(const BenchContext &context)
{
    QStringList files;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        files << context.database + suffix;
    QDirIterator kept(cacheFolder(context), QDir::Files, QDirIterator::Subdirectories);
    while (kept.hasNext())
        files << kept.next();
    for (const QString &file : std::as_const(files)) {
        const QByteArray path = QFile::encodeName(file);
        const int fd = ::open(path.constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

struct Startup
{
    QString error;
    double readyMs = 0;
    double peakMb = 0; // at first screen, or after visiting every area
};

Startup start(const BenchContext &context, bool visitAreas)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings of its own, new each time: the window opens on the dashboard at its default size
    // (not on the area the previous run closed on), and the user's recent files stay as they were.
    const QString config = QDir(context.workDir).filePath(QStringLiteral("config"));
    QDir(config).removeRecursively();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheFolder(context));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("--database"), context.database, QStringLiteral("--quit-when-ready")};
    if (visitAreas)
        arguments << QStringLiteral("--visit-areas");
    QElapsedTimer timer;
    timer.start();
    app.start(context.appPath, arguments);
    Startup result;
    const QString wanted = visitAreas ? QStringLiteral("areas-visited") : QStringLiteral("first-screen-ready");
    static const QRegularExpression line(QStringLiteral("^(\\S+) peak-memory-kb=(\\d+)"));
    QByteArray pending;
    while (app.state() != QProcess::NotRunning || app.bytesAvailable()) {
        app.waitForReadyRead(50);
        pending += app.readAllStandardOutput();
        int end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString text = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            const auto match = line.match(text);
            if (match.hasMatch() && match.captured(1) == QLatin1String("first-screen-ready") && result.readyMs == 0)
                result.readyMs = double(timer.nsecsElapsed()) / 1e6;
            if (match.hasMatch() && match.captured(1) == wanted)
                result.peakMb = match.captured(2).toDouble() / 1024;
        }
        if (timer.elapsed() > 120000) {
            app.kill();
            result.error = QStringLiteral("no first screen within two minutes");
        }
    }
    app.waitForFinished();
    if (result.error.isEmpty() && (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0))
        result.error = QStringLiteral("the app exited with %1: %2")
                           .arg(app.exitCode())
                           .arg(QString::fromUtf8(app.readAllStandardError()).trimmed().left(200));
    if (result.error.isEmpty() && (result.readyMs == 0 || result.peakMb == 0))
        result.error = QStringLiteral("the app did not report its first screen");
    return result;
}

} // namespace

void StartupBench::run(const BenchContext &context, BenchTable &table)
{
    // The executable and its libraries in the cache, as on a laptop in use; the figures kept.
    QDir(cacheFolder(context)).removeRecursively();
    start(context, false);
    Measurement cold;
    cold.operation = QStringLiteral("Open + first screen, cold (database not in the OS cache)");
    cold.target = 700;
    for (int i = 0; i < context.runs && cold.error.isEmpty(); ++i) {
        dropFromCache(context);
        const Startup s = start(context, false);
        cold.error = s.error;
        cold.samples << s.readyMs;
    }
    // The pages a whole read needs in the OS cache again (the cold runs dropped them, and a start
    // with kept figures reads few of them): the rows below are warm. The first open of a file
    // after a reboot reads them from the disk: 0.9 s at 10,000 pairings.
    QDir(cacheFolder(context)).removeRecursively();
    start(context, false);
    Measurement changed;
    changed.operation = QStringLiteral("Open + first screen, warm, no figures kept (figures read)");
    changed.target = 300;
    for (int i = 0; i < context.runs && changed.error.isEmpty(); ++i) {
        QDir(cacheFolder(context)).removeRecursively();
        const Startup s = start(context, false);
        changed.error = s.error;
        changed.samples << s.readyMs;
    }
    // The figures of the last start brought up to date with the edit (the pairing it was in is
    // read again): the usual start after another process wrote, and what the dashboard does
    // after each edit in the window.
    Measurement edited;
    edited.operation = QStringLiteral("Open + first screen, warm, after an edit elsewhere (figures updated)");
    edited.target = 300;
    EditElsewhere edit(context.database);
    // Figures kept at an empty log are never brought up to date (no history proves that the file
    // is the one they were read from; a generated file's log is empty): one edit first.
    for (int i = -1; i < context.runs && edited.error.isEmpty(); ++i) {
        edited.error = edit.add(i + 1);
        if (!edited.error.isEmpty())
            break;
        const Startup s = start(context, false);
        edited.error = s.error.isEmpty() ? edit.undo() : s.error;
        if (i >= 0)
            edited.samples << s.readyMs;
    }
    if (const QString undone = edit.undo(); edited.error.isEmpty())
        edited.error = undone;
    start(context, false); // the figures kept again, for the warm starts below
    Measurement warm;
    warm.operation = QStringLiteral("Open + first screen, warm");
    warm.target = 300;
    Measurement memory;
    memory.operation = QStringLiteral("Peak memory of the GUI (first screen, then every area)");
    memory.unit = QStringLiteral("MB");
    memory.target = 250;
    for (int i = 0; i < context.runs && warm.error.isEmpty(); ++i) {
        const Startup s = start(context, true);
        warm.error = s.error;
        warm.samples << s.readyMs;
        memory.samples << s.peakMb;
    }
    memory.error = warm.error;
    for (Measurement *m : {&cold, &warm, &edited, &changed, &memory}) {
        if (!m->error.isEmpty())
            m->samples.clear();
        // Each run, in order: a slow first run tells of a cache, a slow last one of the machine.
        QStringList samples;
        for (double sample : std::as_const(m->samples))
            samples << QString::number(sample, 'f', 0);
        std::fprintf(stderr, "%s: %s %s\n", qPrintable(m->operation), qPrintable(samples.join(QStringLiteral(", "))),
                     qPrintable(m->unit));
        table.add(*m);
    }
}
