// Rows read through SQLite's C API give what Qt's driver gives: integers, texts (not only
// ASCII), NULLs; dates parse only as what they are; bound values keep their types; a statement
// that does not prepare, a name it lacks and a failure while stepping each give a message and
// no rows.
#include "TestDatabase.h"
#include "database/SqlRows.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

class TestSqlRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatTheDriverReads();
    void datesParseOnlyDatesAndUtcInstants_data();
    void datesParseOnlyDatesAndUtcInstants();
    void boundValuesKeepTheirTypes();
    void noRowsIsNotAFailure();
    void statementThatDoesNotPrepareFails();
    void placeholderTheStatementLacksFails();
    void failureWhileSteppingEndsTheRows();
    void repeatedTextIsMadeOnce();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestSqlRows::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestSqlRows::cleanup() { m_db.reset(); }

void TestSqlRows::readsWhatTheDriverReads()
{
    const QString sql = QStringLiteral("SELECT id, name, uuid, NULL FROM city ORDER BY name, id");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(sql));
    SqlRows rows(m_db->connection(), BoundStatement{sql, {}});
    QVERIFY2(rows.status().ok(), qPrintable(rows.status().error()));
    int count = 0;
    bool nonAscii = false;
    while (q.next()) {
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), q.value(0).toLongLong());
        QCOMPARE(rows.text(1), q.value(1).toString());
        QCOMPARE(rows.text(2), q.value(2).toString());
        QVERIFY(!rows.isNull(1));
        QVERIFY(rows.isNull(3));
        QVERIFY(rows.text(3).isNull());
        QCOMPARE(QString::fromUtf8(rows.utf8(1)), q.value(1).toString());
        QVERIFY(rows.utf8(3).isEmpty());
        nonAscii = nonAscii || rows.text(1).contains(QRegularExpression(QStringLiteral("[^\\x{0}-\\x{7f}]")));
        ++count;
    }
    QVERIFY(!rows.next());
    QVERIFY(rows.status().ok());
    QVERIFY(count > 10);
    QVERIFY2(nonAscii, "the seeded cities include names beyond ASCII");
}

void TestSqlRows::datesParseOnlyDatesAndUtcInstants_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("date") << QStringLiteral("2026-11-27") << QDate(2026, 11, 27);
    QTest::newRow("UTC instant") << QStringLiteral("2026-11-27T23:30:00Z") << QDate(2026, 11, 27);
    QTest::newRow("UTC instant with milliseconds") << QStringLiteral("2027-01-02T00:00:00.250Z") << QDate(2027, 1, 2);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29") << QDate(2028, 2, 29);
    QTest::newRow("no such day") << QStringLiteral("2027-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2027-13-01") << QDate();
    QTest::newRow("offset, not UTC") << QStringLiteral("2026-11-27T23:30:00+02:00") << QDate();
    QTest::newRow("date and more") << QStringLiteral("2026-11-27 and more") << QDate();
    QTest::newRow("short") << QStringLiteral("2026-1-27") << QDate();
    QTest::newRow("letters") << QStringLiteral("2026-1a-27") << QDate();
    QTest::newRow("slashes") << QStringLiteral("2026/11/27") << QDate();
    QTest::newRow("empty") << QString(QLatin1String("")) << QDate();
    QTest::newRow("null") << QString() << QDate();
}

void TestSqlRows::datesParseOnlyDatesAndUtcInstants()
{
    QFETCH(QString, value);
    QFETCH(QDate, expected);
    BoundStatement statement{QStringLiteral("SELECT :value"), {}};
    statement.bind(QStringLiteral(":value"), value.isNull() ? QVariant() : QVariant(value));
    SqlRows rows(m_db->connection(), statement);
    QVERIFY(rows.next());
    QCOMPARE(rows.date(0), expected);
}

void TestSqlRows::boundValuesKeepTheirTypes()
{
    BoundStatement statement{QStringLiteral("SELECT typeof(:i), :i, typeof(:s), :s, typeof(:n), typeof(:d), :d * 2,"
                                            " typeof(:b), :b"), {}};
    statement.bind(QStringLiteral(":i"), qint64(1) << 40);
    statement.bind(QStringLiteral(":s"), QStringLiteral("Çorlu's \"old\" town; DROP TABLE city"));
    statement.bind(QStringLiteral(":n"), QVariant());
    statement.bind(QStringLiteral(":d"), 1.25);
    statement.bind(QStringLiteral(":b"), true);
    SqlRows rows(m_db->connection(), statement);
    QVERIFY2(rows.next(), qPrintable(rows.status().error()));
    QCOMPARE(rows.text(0), QStringLiteral("integer"));
    QCOMPARE(rows.integer(1), qint64(1) << 40);
    QCOMPARE(rows.text(2), QStringLiteral("text"));
    QCOMPARE(rows.text(3), QStringLiteral("Çorlu's \"old\" town; DROP TABLE city"));
    QCOMPARE(rows.text(4), QStringLiteral("null"));
    QCOMPARE(rows.text(5), QStringLiteral("real"));
    QCOMPARE(rows.text(6), QStringLiteral("2.5"));
    QCOMPARE(rows.text(7), QStringLiteral("integer"));
    QCOMPARE(rows.number(8), 1);
    QVERIFY(!rows.next());
    QVERIFY(rows.status().ok());
    QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM city")).toInt() > 0);
}

void TestSqlRows::noRowsIsNotAFailure()
{
    SqlRows rows(m_db->connection(), BoundStatement{QStringLiteral("SELECT id FROM city WHERE 0"), {}});
    QVERIFY(!rows.next());
    QVERIFY(rows.status().ok());
}

void TestSqlRows::statementThatDoesNotPrepareFails()
{
    SqlRows rows(m_db->connection(), BoundStatement{QStringLiteral("SELECT id FROM no_such_table"), {}});
    QVERIFY(!rows.status().ok());
    QVERIFY(!rows.status().error().isEmpty());
    QVERIFY(!rows.next());
}

void TestSqlRows::placeholderTheStatementLacksFails()
{
    BoundStatement statement{QStringLiteral("SELECT id FROM city WHERE id = :id"), {}};
    statement.bind(QStringLiteral(":other"), 1);
    SqlRows rows(m_db->connection(), statement);
    QVERIFY(!rows.status().ok());
    QVERIFY2(rows.status().error().contains(QStringLiteral(":other")), qPrintable(rows.status().error()));
    QVERIFY(!rows.next());
}

void TestSqlRows::failureWhileSteppingEndsTheRows()
{
    // The first row reads; the second's JSON is broken, which SQLite finds only when it gets there.
    SqlRows rows(m_db->connection(), BoundStatement{QStringLiteral(
        "SELECT json_extract('{\"a\": 7}', '$.a') UNION ALL SELECT json_extract('{broken', '$.a')"), {}});
    QVERIFY(rows.status().ok());
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 7);
    QVERIFY(!rows.next());
    QVERIFY(!rows.status().ok());
    QVERIFY(!rows.status().error().isEmpty());
    QVERIFY(!rows.next());
}

void TestSqlRows::repeatedTextIsMadeOnce()
{
    RepeatedText text;
    const QString first = text("held");
    const QString again = text(QByteArray("held"));
    QCOMPARE(again, QStringLiteral("held"));
    QCOMPARE(again.constData(), first.constData()); // one string, shared
    QCOMPARE(text("Çorlu"), QStringLiteral("Çorlu"));
    QVERIFY(text("scheduled").constData() != first.constData());
    // Past the values it keeps, each is still right, made anew.
    for (int i = 0; i < 40; ++i)
        QCOMPARE(text(QByteArray::number(i)), QString::number(i));
    QCOMPARE(text(QByteArray::number(39)), QStringLiteral("39"));
    QCOMPARE(text("held").constData(), first.constData());
}

QTEST_GUILESS_MAIN(TestSqlRows)
#include "tst_sqlrows.moc"
