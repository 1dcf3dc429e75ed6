// Many rows in one statement: ids come back in the order rows were added, values keep their
// types, a row the table refuses leaves it as it was, and the staging table does not outlive
// its use. The change log still records every row.
#include "TestDatabase.h"
#include "store/StagedInsert.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

const QStringList Columns = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"),
                             QStringLiteral("search_key"), QStringLiteral("organisation"), QStringLiteral("role"),
                             QStringLiteral("email"), QStringLiteral("created_at"), QStringLiteral("updated_at")};

void bindPerson(StagedRow &q, const QVariant &id, const QString &uuid, const QString &name, const QVariant &organisation)
{
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":search_key"), name.toLower());
    q.bindValue(QStringLiteral(":organisation"), organisation);
    q.bindValue(QStringLiteral(":role"), QStringLiteral("expert"));
    q.bindValue(QStringLiteral(":created_at"), QStringLiteral("2027-03-20T13:12:00Z"));
    q.bindValue(QStringLiteral(":updated_at"), QStringLiteral("2027-03-20T13:12:00Z"));
}

} // namespace

class TestStagedInsert : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statementNamesEveryColumn();
    void idsFollowTheOrderRowsWereAdded();
    void valuesKeepTheirTypes();
    void refusedRowWritesNothing();
    void unboundColumnIsNullInEveryRow();
    void unknownPlaceholderIsRefused();
    void stagingTableGoesAway();
    void everyRowIsLogged();

private:
    int people() const { return m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(); }
    std::unique_ptr<TestDatabase> m_db;
};

void TestStagedInsert::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestStagedInsert::cleanup() { m_db.reset(); }

void TestStagedInsert::statementNamesEveryColumn()
{
    QCOMPARE(insertStatement(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b_c")}),
             QStringLiteral("INSERT INTO t (a, b_c) VALUES (:a, :b_c)"));
}

void TestStagedInsert::idsFollowTheOrderRowsWereAdded()
{
    const int before = people();
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    QVERIFY2(staged.ready().ok(), qPrintable(staged.ready().error()));
    // A given id (a redone import) is kept; the others get new ones after it.
    bindPerson(staged.row(), 9000, QStringLiteral("u-b"), QStringLiteral("Bohdana"), QVariant());
    QVERIFY(staged.add().ok());
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-a"), QStringLiteral("Ana"), QVariant());
    QVERIFY(staged.add().ok());
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-c"), QStringLiteral("Chidi"), QVariant());
    QVERIFY(staged.add().ok());
    const auto ids = staged.copy();
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids.value().size(), 3);
    QCOMPARE(ids.value().at(0), 9000);
    QVERIFY(ids.value().at(1) > 9000);
    QVERIFY(ids.value().at(2) > ids.value().at(1));
    QCOMPARE(people(), before + 3);
    const QStringList names = {QStringLiteral("Bohdana"), QStringLiteral("Ana"), QStringLiteral("Chidi")};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM person WHERE id = ?"), {ids.value().at(i)}).toString(), names.at(i));
}

void TestStagedInsert::valuesKeepTheirTypes()
{
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-1"), QStringLiteral("42"), QVariant());
    staged.row().bindValue(QStringLiteral(":email"), QString()); // a null text is NULL, as Qt binds it
    QVERIFY(staged.add().ok());
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-2"), QStringLiteral("O'Brien \"Bob\"; DROP TABLE person"),
               QStringLiteral("Çorlu"));
    staged.row().bindValue(QStringLiteral(":email"), QStringLiteral("")); // an empty text stays one
    QVERIFY(staged.add().ok());
    const auto ids = staged.copy();
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    // A name of digits stays text (the table's own column type decides, as for one-row inserts),
    // and an unknown organisation stays NULL rather than becoming an empty text.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT typeof(name) || '|' || typeof(organisation) || '|' || typeof(email) FROM person WHERE id = ?"),
                          {ids.value().at(0)}).toString(),
             QStringLiteral("text|null|null"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name || '|' || organisation FROM person WHERE id = ?"), {ids.value().at(1)}).toString(),
             QStringLiteral("O'Brien \"Bob\"; DROP TABLE person|Çorlu"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT typeof(email) || '|' || length(email) FROM person WHERE id = ?"), {ids.value().at(1)}).toString(),
             QStringLiteral("text|0"));
}

void TestStagedInsert::refusedRowWritesNothing()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO person (uuid, name, search_key, role, created_at, updated_at)"
                                  " VALUES ('u-taken', 'Taken', 'taken', 'expert', 'x', 'x')")));
    const int before = people();
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-new"), QStringLiteral("New"), QVariant());
    QVERIFY(staged.add().ok());
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-taken"), QStringLiteral("Again"), QVariant());
    QVERIFY(staged.add().ok()); // the staging table has no constraints
    const auto ids = staged.copy();
    QVERIFY(!ids.ok());
    QVERIFY2(staged.lastError().databaseText().contains(QStringLiteral("person.uuid")), qPrintable(staged.lastError().databaseText()));
    QCOMPARE(people(), before); // the statement is undone as a whole, the first row too
}

void TestStagedInsert::unboundColumnIsNullInEveryRow()
{
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-1"), QStringLiteral("With"), QStringLiteral("Office"));
    QVERIFY(staged.add().ok());
    // The next row binds everything but its organisation, which must not carry over.
    for (const QString &column : Columns) {
        if (column != QLatin1String("organisation"))
            staged.row().bindValue(u':' + column, column == QLatin1String("id") ? QVariant() : QVariant(column + QStringLiteral("-2")));
    }
    staged.row().bindValue(QStringLiteral(":role"), QStringLiteral("observer"));
    QVERIFY(staged.add().ok());
    const auto ids = staged.copy();
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT organisation FROM person WHERE id = ?"), {ids.value().at(0)}).toString(), QStringLiteral("Office"));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT organisation IS NULL FROM person WHERE id = ?"), {ids.value().at(1)}).toBool());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM person WHERE id = ?"), {ids.value().at(1)}).toString(), QStringLiteral("name-2"));
}

void TestStagedInsert::unknownPlaceholderIsRefused()
{
    const int before = people();
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    bindPerson(staged.row(), QVariant(), QStringLiteral("u-1"), QStringLiteral("Ana"), QVariant());
    staged.row().bindValue(QStringLiteral(":nickname"), QStringLiteral("Annie"));
    const Status added = staged.add();
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QStringLiteral(":nickname")), qPrintable(added.error()));
    QCOMPARE(people(), before);
}

void TestStagedInsert::stagingTableGoesAway()
{
    const QString staging = QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name = 'staged_person'");
    for (int round = 0; round < 2; ++round) {
        StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
        QVERIFY2(staged.ready().ok(), qPrintable(staged.ready().error()));
        QCOMPARE(m_db->scalar(staging).toInt(), 1);
        bindPerson(staged.row(), QVariant(), QStringLiteral("u-%1").arg(round), QStringLiteral("Round %1").arg(round), QVariant());
        QVERIFY(staged.add().ok());
        QVERIFY(staged.copy().ok());
    }
    QCOMPARE(m_db->scalar(staging).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person WHERE name LIKE 'Round %'")).toInt(), 2);
}

void TestStagedInsert::everyRowIsLogged()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO change_context (id, actor, changed_at) VALUES (1, 'Facilitator', '2027-03-20T13:12:00Z')")));
    StagedInsert staged(m_db->connection(), QStringLiteral("person"), Columns);
    for (int i = 0; i < 3; ++i) {
        bindPerson(staged.row(), QVariant(), QStringLiteral("u-log-%1").arg(i), QStringLiteral("Logged %1").arg(i), QVariant());
        QVERIFY(staged.add().ok());
    }
    QVERIFY(staged.copy().ok());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM change_context")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT group_concat(record_label, ',') FROM (SELECT record_label FROM change_log"
                                         " WHERE table_name = 'person' AND operation = 'insert' AND actor = 'Facilitator' ORDER BY id)")).toString(),
             QStringLiteral("Logged 0,Logged 1,Logged 2"));
}

QTEST_GUILESS_MAIN(TestStagedInsert)
#include "tst_stagedinsert.moc"
