#pragma once

#include "common/DatabaseThreads.h"
#include "core/Result.h"
#include "database/ProbeConnection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

// Reads the database on one of DatabaseThreads' threads, on that thread's own read-only
// connection, and hands the result to `done` on the owner's thread, so that a long read never
// freezes the window. Only the newest read counts: a result overtaken by a newer start() (an
// edit, a new filter) is dropped. Destroying the owner drops a pending result too (the
// watchers are its children).
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    BackgroundRead(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath)) {}

    template <typename T>
    void start(std::function<Result<T>(QSqlDatabase)> read, std::function<void(Result<T>)> done)
    {
        const quint64 generation = ++m_generation;
        if (m_running++ == 0)
            emit runningChanged(true);
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
            watcher->deleteLater();
            if (--m_running == 0)
                emit runningChanged(false);
            if (generation == m_generation)
                done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(DatabaseThreads::pool(), [path = m_path, read]() -> Result<T> {
            DatabaseThreads::yieldToTheWindow();
            const ProbeConnection reader(path);
            if (!reader.isOpen())
                return Status::failure(reader.error());
            return read(reader.connection());
        }));
    }

    bool isRunning() const { return m_running > 0; }
    // How many reads were started, for the tests: a view should not read the same thing twice.
    quint64 started() const { return m_generation; }

signals:
    void runningChanged(bool running);

private:
    QString m_path;
    quint64 m_generation = 0;
    int m_running = 0;
};
