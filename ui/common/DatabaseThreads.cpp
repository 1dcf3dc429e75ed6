#include "DatabaseThreads.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <cerrno>

#include <sys/resource.h>

namespace {

void waitForReads();

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("c2c-database-threads"));
        // As many as the global pool has: more reads at once only contend for the cores.
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        // A read still under way when the application ends uses what the program's statics
        // hold (the rubric, the vocabulary): it ends as the application object goes, before
        // those are destroyed, not when this pool is. By then the GUI is gone: fonts, pixmaps
        // and charts are never made on these threads.
        qAddPostRoutine(waitForReads);
    }
};

} // namespace

Q_GLOBAL_STATIC(Pool, databasePool)

namespace {

void waitForReads()
{
    if (databasePool.exists())
        databasePool()->waitForDone();
}

} // namespace

QThreadPool *DatabaseThreads::pool()
{
    return databasePool();
}

void DatabaseThreads::yieldToTheWindow()
{
    // A task may run on the window's thread itself: QFuture::waitForFinished() runs a task
    // not started yet on the thread that waits. That thread keeps its priority.
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        return;
    // Linux applies a nice value to the calling thread alone; QThread's priorities other than
    // idle do nothing for ordinary threads there. Ten more than the window's thread (whose nice
    // the pool's threads inherit) weighs a tenth of it.
    thread_local bool yielded = false;
    if (!yielded) {
        yielded = true;
        errno = 0;
        const int inherited = getpriority(PRIO_PROCESS, 0);
        if (errno == 0)
            setpriority(PRIO_PROCESS, 0, qMin(inherited + 10, 19));
    }
}
