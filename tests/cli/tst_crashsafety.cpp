// Never lose an acknowledged word: writers of the minutes (the CLI's add-note) are killed with
// SIGKILL at arbitrary moments; after each kill the file must pass PRAGMA integrity_check and hold
// every entry a writer reported as written.
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#ifndef C2C_CLI_PATH
#error "C2C_CLI_PATH must name the city2city-cli executable"
#endif

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersNeverLoseAcknowledgedEntries();

private:
    QString check(const QString &path, const QList<QPair<qint64, QString>> &acknowledged);
};

// Opens the file as a second program would after a crash, and says what is wrong, if anything.
QString TestCrashSafety::check(const QString &path, const QList<QPair<qint64, QString>> &acknowledged)
{
    const QString name = QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            problem = QStringLiteral("integrity_check: ") + q.value(0).toString();
        for (const auto &[id, body] : acknowledged) {
            q.prepare(QStringLiteral("SELECT body FROM note WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next() || q.value(0).toString() != body)
                problem += QStringLiteral(" lost note %1 (%2)").arg(id).arg(body);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

void TestCrashSafety::killedWritersNeverLoseAcknowledgedEntries()
{
    TestDatabase made;
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const QString path = made.path();
    QProcess plan;
    plan.start(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("plan-cycle"),
                                              QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                              QStringLiteral("--start"), QStringLiteral("2027-03-15")});
    QVERIFY(plan.waitForFinished(60000));
    QCOMPARE(plan.exitCode(), 0);

    QRandomGenerator random(20271);
    QList<QPair<qint64, QString>> acknowledged;
    int killed = 0;
    for (int i = 0; i < 40; ++i) {
        const QString body = QStringLiteral("Entry %1 from Çorlu, written then killed").arg(i);
        QProcess writer;
        writer.start(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("add-note"),
                                                    QStringLiteral("--session"), QStringLiteral("E-04#1"),
                                                    QStringLiteral("--kind"), QStringLiteral("discussion"),
                                                    QStringLiteral("--text"), body});
        QVERIFY(writer.waitForStarted());
        // Every fourth writer is left to finish; the others die somewhere in their work.
        if (i % 4 != 0)
            QTest::qSleep(int(random.bounded(60)));
        else
            writer.waitForFinished(60000);
        if (writer.state() != QProcess::NotRunning) {
            writer.kill(); // SIGKILL: no chance to clean up
            ++killed;
        }
        writer.waitForFinished(60000);
        // An id printed is an acknowledgement: that entry must survive whatever happens next.
        bool ok = false;
        const qint64 id = QString::fromUtf8(writer.readAllStandardOutput()).trimmed().toLongLong(&ok);
        if (writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0 && ok)
            acknowledged << qMakePair(id, body);
        const QString problem = check(path, acknowledged);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after writer %1: %2").arg(i).arg(problem)));
    }
    QVERIFY(acknowledged.size() >= 10); // every fourth one at least
    qInfo("%d writers killed, %lld acknowledged entries kept", killed, qint64(acknowledged.size()));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
