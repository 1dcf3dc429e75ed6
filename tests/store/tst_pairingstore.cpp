// Pairings with their member cities: order kept, codes unique, members written as a set
// difference, and resolution by id or code as the CLI accepts them.
#include "TestDatabase.h"
#include "store/CityStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPairingStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchSeededPairing();
    void insertWithMembersInOrder();
    void codeIsUniqueIgnoringCase();
    void updateReordersAddsAndRemovesMembers();
    void updateKeepsMemberRowsThatStay();
    void missingMemberCityRefusedAndNothingWritten();
    void resolveByIdOrCode_data();
    void resolveByIdOrCode();
    void suggestCodeFollowsHighest();
    void removeTakesMembersAlong();
    void removeRefusedWhileSessionsExist();
    void leadFacilitatorRoundTrip();

private:
    qint64 cityId(const QString &name) const;
    qint64 themeId(const QString &code) const;
    PairingRecord newPairing(const QString &code, const QStringList &cities) const;
    std::unique_ptr<TestDatabase> m_db;
};

void TestPairingStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestPairingStore::cleanup() { m_db.reset(); }

qint64 TestPairingStore::cityId(const QString &name) const
{
    return m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
}

qint64 TestPairingStore::themeId(const QString &code) const
{
    return m_db->scalar(QStringLiteral("SELECT id FROM theme WHERE code = ?"), {code}).toLongLong();
}

PairingRecord TestPairingStore::newPairing(const QString &code, const QStringList &cities) const
{
    PairingRecord p;
    p.code = code;
    p.themeId = themeId(code.left(1));
    p.challenge = QStringLiteral("Shared e-bus depots");
    for (const QString &name : cities)
        p.cityIds << cityId(name);
    return p;
}

void TestPairingStore::fetchSeededPairing()
{
    PairingStore store(m_db->connection(), m_db->clock());
    const auto id = store.resolve(QStringLiteral("E-04"));
    QVERIFY(id.ok());
    const auto p = store.fetch(id.value());
    QVERIFY(p.ok());
    QCOMPARE(p->code, QStringLiteral("E-04"));
    QCOMPARE(p->themeName, QStringLiteral("Energy & Infrastructure"));
    QCOMPARE(p->cityIds, (QList<qint64>{cityId(QStringLiteral("Ann Arbor")), cityId(QStringLiteral("Lviv"))}));
    QVERIFY(!p->challenge.isEmpty());
}

void TestPairingStore::insertWithMembersInOrder()
{
    PairingStore store(m_db->connection(), m_db->clock());
    PairingRecord p = newPairing(QStringLiteral("M-05"), {QStringLiteral("Lviv"), QStringLiteral("Leh"),
                                                          QStringLiteral("Ann Arbor")});
    const auto id = store.insert(p);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto fetched = store.fetch(id.value());
    QCOMPARE(fetched->cityIds, p.cityIds);
    QVERIFY(fetched.value() == p);
}

void TestPairingStore::codeIsUniqueIgnoringCase()
{
    PairingStore store(m_db->connection(), m_db->clock());
    PairingRecord p = newPairing(QStringLiteral("E-01"), {QStringLiteral("Lviv"), QStringLiteral("Leh")});
    p.code = QStringLiteral("e-01");
    const auto refused = store.insert(p);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("already used")), qPrintable(refused.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt(), 19);
}

void TestPairingStore::updateReordersAddsAndRemovesMembers()
{
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("M-01")).value();
    PairingRecord p = store.fetch(id).value();
    QCOMPARE(p.cityIds.size(), 4);
    // Drop Baguio, move Dhankuta first, add Lviv at the end.
    p.cityIds = {cityId(QStringLiteral("Dhankuta")), cityId(QStringLiteral("Chefchaouen")),
                 cityId(QStringLiteral("Leh")), cityId(QStringLiteral("Lviv"))};
    QVERIFY(store.update(p).ok());
    QCOMPARE(store.fetch(id)->cityIds, p.cityIds);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pairing_city WHERE pairing_id = ?"), {id}).toInt(), 4);
}

void TestPairingStore::updateKeepsMemberRowsThatStay()
{
    // Pilots refer to a member's row, so a member that stays must keep its row.
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("E-04")).value();
    const QVariant rowBefore = m_db->scalar(
        QStringLiteral("SELECT id FROM pairing_city WHERE pairing_id = ? AND city_id = ?"),
        {id, cityId(QStringLiteral("Lviv"))});
    PairingRecord p = store.fetch(id).value();
    std::reverse(p.cityIds.begin(), p.cityIds.end());
    QVERIFY(store.update(p).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM pairing_city WHERE pairing_id = ? AND city_id = ?"),
                          {id, cityId(QStringLiteral("Lviv"))}),
             rowBefore);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT position FROM pairing_city WHERE id = ?"), {rowBefore}).toInt(), 0);
}

void TestPairingStore::missingMemberCityRefusedAndNothingWritten()
{
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("E-04")).value();
    PairingRecord p = store.fetch(id).value();
    p.cityIds << 999999;
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    const Status s = store.update(p);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("no longer exists")), qPrintable(s.error()));
    QVERIFY(db.rollback()); // the caller's transaction undoes the partial write
    QCOMPARE(store.fetch(id)->cityIds.size(), 2);
}

void TestPairingStore::resolveByIdOrCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // empty when no pairing matches
    QTest::newRow("code") << QStringLiteral("R-01") << QStringLiteral("R-01");
    QTest::newRow("lower case code") << QStringLiteral(" r-01 ") << QStringLiteral("R-01");
    QTest::newRow("unknown code") << QStringLiteral("X-99") << QString();
    QTest::newRow("quote") << QStringLiteral("E-01' OR '1'='1") << QString();
    QTest::newRow("unknown id") << QStringLiteral("424242") << QString();
}

void TestPairingStore::resolveByIdOrCode()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    PairingStore store(m_db->connection(), m_db->clock());
    const auto id = store.resolve(text);
    QCOMPARE(id.ok(), !code.isEmpty());
    if (code.isEmpty()) {
        QVERIFY2(id.error().contains(QStringLiteral("No pairing")), qPrintable(id.error()));
        return;
    }
    QCOMPARE(store.fetch(id.value())->code, code);
    // The numeric id resolves to the same pairing.
    QCOMPARE(store.resolve(QString::number(id.value())).value(), id.value());
}

void TestPairingStore::suggestCodeFollowsHighest()
{
    PairingStore store(m_db->connection(), m_db->clock());
    QCOMPARE(store.suggestCode(themeId(QStringLiteral("E"))), QStringLiteral("E-07"));
    QCOMPARE(store.suggestCode(themeId(QStringLiteral("C"))), QStringLiteral("C-04"));
    PairingRecord p = newPairing(QStringLiteral("C-11"), {QStringLiteral("Lviv"), QStringLiteral("Leh")});
    QVERIFY(store.insert(p).ok());
    QCOMPARE(store.suggestCode(themeId(QStringLiteral("C"))), QStringLiteral("C-12"));
}

void TestPairingStore::removeTakesMembersAlong()
{
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("M-01")).value();
    QVERIFY(store.remove(id).ok());
    QVERIFY(!store.fetch(id).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pairing_city WHERE pairing_id = ?"), {id}).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = 'Leh'")).toInt(), 1);
}

void TestPairingStore::removeRefusedWhileSessionsExist()
{
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("E-04")).value();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO session (uuid, pairing_id, sequence, kind, title, created_at, updated_at)"
                             " VALUES (?, ?, 1, 'matchmaking', 'Kick-off', ?, ?)"));
    q.addBindValue(QStringLiteral("5f0e7a7e-0000-4000-8000-000000000001"));
    q.addBindValue(id);
    q.addBindValue(m_db->clock().nowIso());
    q.addBindValue(m_db->clock().nowIso());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const Status s = store.remove(id);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Sessions in this pairing, with their minutes: 1")), qPrintable(s.error()));
    QVERIFY(store.fetch(id).ok());
}

void TestPairingStore::leadFacilitatorRoundTrip()
{
    PersonRecord facilitator;
    facilitator.name = QStringLiteral("Ana Ferreira");
    facilitator.role = QStringLiteral("facilitator");
    PersonStore people(m_db->connection(), m_db->clock());
    const qint64 personId = people.insert(facilitator).value();
    PairingStore store(m_db->connection(), m_db->clock());
    const qint64 id = store.resolve(QStringLiteral("R-02")).value();
    PairingRecord p = store.fetch(id).value();
    p.leadFacilitatorId = personId;
    p.startDate = QDate(2027, 4, 1);
    p.status = QStringLiteral("completed");
    QVERIFY(store.update(p).ok());
    const auto fetched = store.fetch(id);
    QCOMPARE(fetched->leadFacilitatorId, std::optional<qint64>(personId));
    QCOMPARE(fetched->startDate, QDate(2027, 4, 1));
    QCOMPARE(fetched->status, QStringLiteral("completed"));
    // The facilitator now leads a pairing and cannot simply be deleted.
    const Status s = people.remove(personId);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Pairings led by this person: 1")), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestPairingStore)
#include "tst_pairingstore.moc"
