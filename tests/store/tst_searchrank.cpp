// The search's rank is FTS5's bm25 to the last digit while each word's rows are counted in full
// (up to the cap), and when the count stops at the cap, a word spread evenly over the ids is
// weighed as bm25 weighs it, also when ids were deleted; the function is registered on each
// connection that searches, and refuses a cap below one.
#include "TestDatabase.h"
#include "store/SearchRank.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSearchRank : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void isBm25BelowTheCap_data();
    void isBm25BelowTheCap();
    void aCappedCountOfAnEvenWordIsBm25_data();
    void aCappedCountOfAnEvenWordIsBm25();
    void anEvenWordAmongGapsInTheIdsIsEstimatedClose();
    void registeredOnEachConnection();
    void capBelowOneIsAnError();

private:
    // Each row's bm25 and rank for the expression, in rowid order.
    QList<std::pair<double, double>> scores(const QString &expression, int cap,
                                            const QString &table = QStringLiteral("words"));

    std::unique_ptr<TestDatabase> m_db;
};

void TestSearchRank::init()
{
    m_db = std::make_unique<TestDatabase>(false);
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY2(SearchRank::ensureRegistered(m_db->connection()), "not registered");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE words USING fts5 (body)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO words (rowid, body) VALUES (?, ?)")));
    // Sixty rows of different lengths: "every" in each, "even" in each even one, "tenth" in
    // every tenth, "early" in the first ten only.
    for (int id = 1; id <= 60; ++id) {
        QStringList words{QStringLiteral("every")};
        if (id % 2 == 0)
            words << QStringLiteral("even");
        if (id % 10 == 0)
            words << QStringLiteral("tenth") << QStringLiteral("tenth");
        if (id <= 10)
            words << QStringLiteral("early");
        for (int filler = 0; filler < id % 7; ++filler)
            words << QStringLiteral("filler%1").arg(filler);
        q.addBindValue(id);
        q.addBindValue(words.join(u' '));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestSearchRank::cleanup() { m_db.reset(); }

QList<std::pair<double, double>> TestSearchRank::scores(const QString &expression, int cap, const QString &table)
{
    QSqlQuery q(m_db->connection());
    const QString sql = QStringLiteral("SELECT bm25(%2), %1 FROM %2 WHERE %2 MATCH ? ORDER BY rowid")
                            .arg(SearchRank::expression(table, table, cap), table);
    QList<std::pair<double, double>> rows;
    if (!q.prepare(sql))
        return rows;
    q.addBindValue(expression);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toDouble(), q.value(1).toDouble()});
    return rows;
}

void TestSearchRank::isBm25BelowTheCap_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("weighs"); // bm25 weighs a word in half the rows or more at 1e-6
    QTest::addColumn<int>("largest"); // the most rows one of its words is in
    QTest::newRow("a word in each row") << QStringLiteral("\"every\"") << 60 << false << 60;
    QTest::newRow("in half") << QStringLiteral("\"even\"") << 30 << false << 30;
    QTest::newRow("twice in a tenth") << QStringLiteral("\"tenth\"") << 6 << true << 6;
    QTest::newRow("two words") << QStringLiteral("\"even\" AND \"early\"") << 5 << true << 30;
    QTest::newRow("a prefix") << QStringLiteral("\"fill\" *") << 52 << false << 52;
    QTest::newRow("a word and a prefix") << QStringLiteral("\"tenth\" AND \"fill\" *") << 6 << true << 52;
}

void TestSearchRank::isBm25BelowTheCap()
{
    QFETCH(QString, expression);
    QFETCH(int, rows);
    QFETCH(bool, weighs);
    QFETCH(int, largest);
    // At the default cap, and at a cap of exactly the rows of its commonest word: counted.
    for (const int cap : {SearchRank::DefaultCap, largest}) {
    const auto found = scores(expression, cap);
    QCOMPARE(found.size(), rows);
    bool scored = false;
    for (const auto &[bm25, rank] : found) {
        QVERIFY2(qAbs(bm25 - rank) <= 1e-12 * qMax(1.0, qAbs(bm25)), qPrintable(QStringLiteral("%1 vs %2").arg(bm25).arg(rank)));
        scored = scored || bm25 < -1e-3;
    }
    QCOMPARE(scored, weighs);
    }
}

void TestSearchRank::aCappedCountOfAnEvenWordIsBm25_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("cap");
    // Stopped one past the cap: 6 of 60 by id 6 make 60 rows; 6 of 30 by id 12, 30; 3 of 6 by id 30, 6.
    QTest::newRow("every row, cap 5") << QStringLiteral("\"every\"") << 5;
    QTest::newRow("even rows, cap 5") << QStringLiteral("\"even\"") << 5;
    QTest::newRow("every tenth, cap 2") << QStringLiteral("\"tenth\"") << 2;
    QTest::newRow("two words, cap 2") << QStringLiteral("\"tenth\" AND \"even\"") << 2;
}

void TestSearchRank::aCappedCountOfAnEvenWordIsBm25()
{
    QFETCH(QString, expression);
    QFETCH(int, cap);
    const auto found = scores(expression, cap);
    QVERIFY(!found.isEmpty());
    for (const auto &[bm25, rank] : found)
        QVERIFY2(qAbs(bm25 - rank) <= 1e-9 * qMax(1.0, qAbs(bm25)), qPrintable(QStringLiteral("%1 vs %2").arg(bm25).arg(rank)));
    // A word clustered in the first ids is taken for a common one: found 6 times in the first 6
    // ids, it weighs as a word in every row would (its bm25 weight is higher: 10 of 60 rows).
    const auto early = scores(QStringLiteral("\"early\""), 5);
    QCOMPARE(early.size(), 10);
    for (const auto &[bm25, rank] : early) {
        QVERIFY(bm25 < -0.1);
        QVERIFY(rank > -1e-5 && rank < 0);
    }
}

// Ids 2, 4, ... 120, as if every other row had been deleted: "tenth" is in 6 of the 60 rows.
// Scaled by the row count instead of the ids' span, its 3 rows up to id 60 would count as 3.
void TestSearchRank::anEvenWordAmongGapsInTheIdsIsEstimatedClose()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE spaced USING fts5 (body)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO spaced (rowid, body) SELECT 2 * rowid, body FROM words")));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto found = scores(QStringLiteral("\"tenth\""), 2, QStringLiteral("spaced"));
    QCOMPARE(found.size(), 6);
    for (const auto &[bm25, rank] : found)
        QVERIFY2(qAbs(bm25 - rank) <= 0.01 * qAbs(bm25), qPrintable(QStringLiteral("%1 vs %2").arg(bm25).arg(rank)));
}

void TestSearchRank::registeredOnEachConnection()
{
    const QString sql = QStringLiteral("SELECT %1 FROM words WHERE words MATCH 'every'")
                            .arg(SearchRank::expression(QStringLiteral("words"), QStringLiteral("words")));
    const Status another = m_db->database().withOwnConnection([&sql](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (q.exec(sql))
            return Status::failure(QStringLiteral("ranked before it was registered"));
        if (Status s = SearchRank::ensureRegistered(db); !s)
            return s;
        if (Status s = SearchRank::ensureRegistered(db); !s) // and again: nothing to do
            return s;
        if (!q.exec(sql) || !q.next())
            return Status::failure(q.lastError().text());
        return {};
    });
    QVERIFY2(another, qPrintable(another.error()));
}

void TestSearchRank::capBelowOneIsAnError()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT %1 FROM words WHERE words MATCH 'every'")
                        .arg(SearchRank::expression(QStringLiteral("words"), QStringLiteral("words"), 0))));
    QVERIFY2(q.lastError().text().contains(QLatin1String("a cap of at least 1")), qPrintable(q.lastError().text()));
    QVERIFY(scores(QStringLiteral("\"every\""), 1).size() == 60);
}

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"
