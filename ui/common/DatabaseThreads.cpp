#include "DatabaseThreads.h"

#include <QThread>
#include <QThreadPool>

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("c2c-database-threads"));
        // As many as the global pool has: more reads at once only contend for the cores.
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

} // namespace

// Destroyed at exit like Qt's global pool: it waits for a read still under way.
Q_GLOBAL_STATIC(Pool, databasePool)

QThreadPool *DatabaseThreads::pool()
{
    return databasePool();
}
