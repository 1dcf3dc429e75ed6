// A read snapshot keeps showing the file as it was at its first read while another connection
// commits, is named by the change log's last row (not its id alone) as each connection sees it,
// begins nothing
// inside a transaction (whose own changes no other connection sees), and names its file for a
// second connection.
#include "TestDatabase.h"
#include "database/ProbeConnection.h"
#include "database/ReadSnapshot.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestReadSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsTheFileAsItWasAtItsFirstRead();
    void twoConnectionsOnOneStateHaveOneName();
    void theSameIdOfAnotherChangeIsAnotherName();
    void beginsNothingInsideATransaction();
    void namesItsFile();

private:
    qint64 changes(const QSqlDatabase &db) const;
    // One row of the change log, committed by a connection of its own.
    void logOneChange();

    std::unique_ptr<TestDatabase> m_db;
};

void TestReadSnapshot::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestReadSnapshot::cleanup() { m_db.reset(); }

qint64 TestReadSnapshot::changes(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestReadSnapshot::logOneChange()
{
    const Status written = m_db->database().withOwnConnection([](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO change_log (changed_at, actor, operation, table_name)"
                                   " VALUES ('2027-03-20T13:12:00Z', 'test', 'insert', 'city')")))
            return Status::failure(q.lastError().text());
        return {};
    });
    QVERIFY2(written, qPrintable(written.error()));
}

void TestReadSnapshot::keepsTheFileAsItWasAtItsFirstRead()
{
    const QSqlDatabase db = m_db->connection();
    const qint64 before = changes(db);
    std::optional<QString> first;
    {
        const ReadSnapshot snapshot(db);
        QVERIFY(snapshot.lastChange().has_value());
        first = snapshot.lastChange();
        logOneChange();
        QCOMPARE(changes(db), before); // the other connection's commit is not in this snapshot
    }
    QCOMPARE(changes(db), before + 1); // once it ends, it is
    const ReadSnapshot next(db);
    QVERIFY(next.lastChange().has_value());
    QVERIFY(*next.lastChange() != *first);
}

void TestReadSnapshot::twoConnectionsOnOneStateHaveOneName()
{
    logOneChange();
    const ReadSnapshot here(m_db->connection());
    const ProbeConnection other(m_db->path());
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    {
        const ReadSnapshot there(other.connection());
        QVERIFY(here.lastChange().has_value());
        QCOMPARE(there.lastChange(), here.lastChange());
    }
    logOneChange();
    const ReadSnapshot later(other.connection());
    QVERIFY(later.lastChange() != here.lastChange());
}

// A file restored from a backup and edited again may reach the same last id with another change.
void TestReadSnapshot::theSameIdOfAnotherChangeIsAnotherName()
{
    logOneChange();
    const std::optional<QString> before = ReadSnapshot(m_db->connection()).lastChange();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE change_log SET changed_at = '2027-03-21T08:00:00Z'"
                                  " WHERE id = (SELECT max(id) FROM change_log)")));
    const std::optional<QString> after = ReadSnapshot(m_db->connection()).lastChange();
    QVERIFY(before.has_value() && after.has_value());
    QVERIFY(*before != *after);
    QVERIFY(before->startsWith(after->section(u'\x1f', 0, 0) + u'\x1f')); // the same id
}

void TestReadSnapshot::beginsNothingInsideATransaction()
{
    logOneChange();
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    {
        const ReadSnapshot snapshot(db);
        QVERIFY(!snapshot.lastChange().has_value());
    }
    // The transaction is still the caller's: its end is not the snapshot's.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM change_log")));
    QVERIFY(db.rollback());
    QVERIFY(changes(db) > 0);
}

void TestReadSnapshot::namesItsFile()
{
    const ReadSnapshot snapshot(m_db->connection());
    QCOMPARE(QFileInfo(snapshot.fileName()).canonicalFilePath(), QFileInfo(m_db->path()).canonicalFilePath());
}

QTEST_GUILESS_MAIN(TestReadSnapshot)
#include "tst_readsnapshot.moc"
