#include "OffThreadWrite.h"

#include "database/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>

namespace OffThreadWrite {

Status run(const Database &database, const std::function<Status(QSqlDatabase)> &write)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return database.withOwnConnection(write);
    Status result;
    const std::unique_ptr<QThread> thread(QThread::create([&] { result = database.withOwnConnection(write); }));
    QEventLoop loop;
    // Queued to this thread: delivered by exec() even when the write ends before it starts.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    return result;
}

} // namespace OffThreadWrite
