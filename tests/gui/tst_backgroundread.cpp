#include "EditorFixture.h"
#include "common/BackgroundRead.h"
#include "common/DatabaseThreads.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <cerrno>

#include <sys/resource.h>

// Reads of the database off the UI thread: on their own connection and their own threads, with
// only the newest read's result handed back.
class tst_BackgroundRead : public QObject
{
    Q_OBJECT

private slots:
    void readsOnItsOwnThreadAndConnection();
    void leavesQtsGlobalPoolFree();
    void onlyTheNewestReadCounts();
    void readsYieldTheCoresToTheWindow();
};

namespace {

Result<int> countThemes(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM theme")) || !q.next())
        return Status::failure(QStringLiteral("no count"));
    return q.value(0).toInt();
}

} // namespace

void tst_BackgroundRead::readsOnItsOwnThreadAndConnection()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    BackgroundRead reader(f.db.path(), nullptr);
    QThread *readThread = nullptr;
    QString connection;
    std::optional<Result<int>> result;
    QThread *doneThread = nullptr;
    reader.start<int>(
        [&](QSqlDatabase db) {
            readThread = QThread::currentThread();
            connection = db.connectionName();
            return countThemes(db);
        },
        [&](Result<int> read) {
            doneThread = QThread::currentThread();
            result = std::move(read);
        });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error()));
    QCOMPARE(result->value(), f.db.scalar(QStringLiteral("SELECT count(*) FROM theme")).toInt());
    QVERIFY(readThread && readThread != QThread::currentThread());
    QVERIFY(connection != f.connection().connectionName());
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(!reader.isRunning());
}

// Qt's raster engine splits large fills across Qt's global pool and waits for them on the UI
// thread: reads that held every thread of that pool froze the window until they ended.
void tst_BackgroundRead::leavesQtsGlobalPoolFree()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    BackgroundRead reader(f.db.path(), nullptr);
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> onGlobalPool = false;
    // As many long reads as the global pool has threads, and more.
    const int reads = QThreadPool::globalInstance()->maxThreadCount() + 1;
    for (int i = 0; i < reads; ++i) {
        reader.start<int>(
            [&](QSqlDatabase db) {
                if (QThreadPool::globalInstance()->contains(QThread::currentThread()))
                    onGlobalPool = true;
                started.release();
                release.acquire();
                return countThemes(db);
            },
            [](Result<int>) {});
    }
    QVERIFY(started.tryAcquire(qMin(reads, DatabaseThreads::pool()->maxThreadCount()), 5000));
    QSemaphore painted;
    QThreadPool::globalInstance()->start([&painted] { painted.release(); });
    const bool paintedWhileReading = painted.tryAcquire(1, 5000);
    release.release(reads);
    QTRY_VERIFY(!reader.isRunning());
    QVERIFY(paintedWhileReading);
    QVERIFY(!onGlobalPool);
}

void tst_BackgroundRead::onlyTheNewestReadCounts()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    BackgroundRead reader(f.db.path(), nullptr);
    QSemaphore release;
    QStringList handed;
    reader.start<int>(
        [&](QSqlDatabase db) {
            release.acquire();
            return countThemes(db);
        },
        [&](Result<int>) { handed << QStringLiteral("first"); });
    reader.start<int>([](QSqlDatabase db) { return countThemes(db); },
                      [&](Result<int>) { handed << QStringLiteral("second"); });
    QTRY_COMPARE(handed, QStringList{QStringLiteral("second")});
    QVERIFY(reader.isRunning()); // the first still reads
    release.release();
    QTRY_VERIFY(!reader.isRunning());
    QCOMPARE(handed, QStringList{QStringLiteral("second")});
}

// On two cores the window's thread and the reads contend: the reads run at a lower priority
// (ten more nice), the window's thread keeps its own.
void tst_BackgroundRead::readsYieldTheCoresToTheWindow()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    BackgroundRead reader(f.db.path(), nullptr);
    std::atomic_int readNice = -100;
    bool done = false;
    reader.start<int>(
        [&](QSqlDatabase db) {
            errno = 0;
            readNice = getpriority(PRIO_PROCESS, 0);
            return countThemes(db);
        },
        [&](Result<int>) { done = true; });
    QTRY_VERIFY(done);
    const int window = getpriority(PRIO_PROCESS, 0);
    if (window >= 19)
        QSKIP("The test runs at the lowest priority already: a read cannot go below it.");
    QCOMPARE(readNice.load(), qMin(window + 10, 19));
}

QTEST_MAIN(tst_BackgroundRead)
#include "tst_backgroundread.moc"
