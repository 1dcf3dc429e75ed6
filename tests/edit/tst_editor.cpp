// Undoable edits: each one a transaction, announced once, undone and redone with the same ids,
// and dropped from the stack when the data has moved on.
#include "EditorFixture.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/CityStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeQueries.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using Entity = ChangeNotifier::Entity;
using Change = ChangeNotifier::Change;

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addCityUndoRedoKeepsIdentity();
    void editCityUndoRedo();
    void unchangedEditPushesNothing();
    void invalidEditPushesNothingAndChangesNothing();
    void refusedDeleteExplainsAndPushesNothing();
    void deletePairingUndoRestoresMembers();
    void editPairingMembersUndo();
    void personAddEditDelete();
    void undoThatNoLongerFitsIsDropped();

private:
    int count(const QString &table) const;
    qint64 cityId(const QString &name) const;
    CityRecord newCity(const QString &name) const;

    std::unique_ptr<EditorFixture> m_fixture;
};

void TestEditor::init()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestEditor::cleanup()
{
    m_fixture.reset();
}

int TestEditor::count(const QString &table) const
{
    return m_fixture->db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

qint64 TestEditor::cityId(const QString &name) const
{
    return m_fixture->db.scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
}

CityRecord TestEditor::newCity(const QString &name) const
{
    CityRecord city;
    city.name = name;
    city.countryId = ProgrammeQueries(m_fixture->db.connection()).countryByCode(QStringLiteral("ES")).value();
    city.timeZone = QStringLiteral("Europe/Madrid");
    city.population = 24000;
    return city;
}

void TestEditor::addCityUndoRedoKeepsIdentity()
{
    QSignalSpy changes(&m_fixture->notifier, &ChangeNotifier::changed);
    const auto id = m_fixture->editor().addCity(newCity(QStringLiteral("Sant Cugat")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<Entity>(), Entity::City);
    QCOMPARE(changes.at(0).at(1).toLongLong(), id.value());
    QCOMPARE(changes.at(0).at(2).value<Change>(), Change::Inserted);
    QCOMPARE(m_fixture->undoStack.count(), 1);
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Add city Sant Cugat"));
    const QString uuid = m_fixture->db.scalar(QStringLiteral("SELECT uuid FROM city WHERE id = ?"), {id.value()}).toString();

    m_fixture->undoStack.undo();
    QCOMPARE(count(QStringLiteral("city")), 51);
    QCOMPARE(changes.last().at(2).value<Change>(), Change::Removed);

    m_fixture->undoStack.redo();
    QCOMPARE(count(QStringLiteral("city")), 52);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.last().at(1).toLongLong(), id.value());
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT uuid FROM city WHERE id = ?"), {id.value()}).toString(), uuid);
}

void TestEditor::editCityUndoRedo()
{
    const qint64 id = cityId(QStringLiteral("València"));
    CityRecord city = CityStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id).value();
    city.population = 792492;
    city.gcomSignatory = true;
    QVERIFY(m_fixture->editor().editCity(city).ok());
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Edit city València"));
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT population FROM city WHERE id = ?"), {id}).toInt(), 792492);
    m_fixture->undoStack.undo();
    QVERIFY(m_fixture->db.scalar(QStringLiteral("SELECT population IS NULL AND gcom_signatory IS NULL FROM city WHERE id = ?"),
                         {id}).toBool());
    m_fixture->undoStack.redo();
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT gcom_signatory FROM city WHERE id = ?"), {id}).toInt(), 1);
}

void TestEditor::unchangedEditPushesNothing()
{
    QSignalSpy changes(&m_fixture->notifier, &ChangeNotifier::changed);
    const qint64 id = cityId(QStringLiteral("Lviv"));
    const CityRecord city = CityStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id).value();
    QVERIFY(m_fixture->editor().editCity(city).ok());
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(changes.size(), 0);
}

void TestEditor::invalidEditPushesNothingAndChangesNothing()
{
    QSignalSpy changes(&m_fixture->notifier, &ChangeNotifier::changed);
    const qint64 id = cityId(QStringLiteral("Lviv"));
    CityRecord city = CityStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id).value();
    city.name = QStringLiteral("Lemberg");
    city.timeZone = QStringLiteral("Europe/Lemberg");
    const Status s = m_fixture->editor().editCity(city);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Europe/Lemberg")), qPrintable(s.error()));
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT name FROM city WHERE id = ?"), {id}).toString(), QStringLiteral("Lviv"));
}

void TestEditor::refusedDeleteExplainsAndPushesNothing()
{
    const Status s = m_fixture->editor().deleteCity(cityId(QStringLiteral("Lviv")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("E-04")), qPrintable(s.error()));
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(count(QStringLiteral("city")), 51);
}

void TestEditor::deletePairingUndoRestoresMembers()
{
    PairingStore store(m_fixture->db.connection(), m_fixture->db.clock());
    const qint64 id = store.resolve(QStringLiteral("M-01")).value();
    const PairingRecord before = store.fetch(id).value();
    QVERIFY(m_fixture->editor().deletePairing(id).ok());
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Delete pairing M-01"));
    QCOMPARE(count(QStringLiteral("pairing")), 18);
    QCOMPARE(count(QStringLiteral("pairing_city")), 47);
    m_fixture->undoStack.undo();
    QCOMPARE(count(QStringLiteral("pairing")), 19);
    const PairingRecord after = store.fetch(id).value();
    QCOMPARE(after.uuid, before.uuid);
    QCOMPARE(after.cityIds, before.cityIds);
    QCOMPARE(after.challenge, before.challenge);
    QCOMPARE(after.createdAt, before.createdAt);
}

void TestEditor::editPairingMembersUndo()
{
    PairingStore store(m_fixture->db.connection(), m_fixture->db.clock());
    const qint64 id = store.resolve(QStringLiteral("E-04")).value();
    PairingRecord p = store.fetch(id).value();
    const QList<qint64> before = p.cityIds;
    p.cityIds << cityId(QStringLiteral("València"));
    QVERIFY(m_fixture->editor().editPairing(p).ok());
    QCOMPARE(store.fetch(id)->cityIds.size(), 3);
    m_fixture->undoStack.undo();
    QCOMPARE(store.fetch(id)->cityIds, before);
    m_fixture->undoStack.redo();
    QCOMPARE(store.fetch(id)->cityIds.last(), cityId(QStringLiteral("València")));
}

void TestEditor::personAddEditDelete()
{
    PersonRecord person;
    person.name = QStringLiteral("Oksana Melnyk");
    person.cityId = cityId(QStringLiteral("Lviv"));
    const auto id = m_fixture->editor().addPerson(person);
    QVERIFY(id.ok());
    PersonRecord stored = PersonStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id.value()).value();
    stored.email = QStringLiteral("oksana@lvivcity.gov.ua");
    QVERIFY(m_fixture->editor().editPerson(stored).ok());
    QVERIFY(m_fixture->editor().deletePerson(id.value()).ok());
    QCOMPARE(m_fixture->undoStack.count(), 3);
    QCOMPARE(count(QStringLiteral("person")), 0);
    m_fixture->undoStack.undo(); // back comes the person with the e-mail
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT email FROM person WHERE id = ?"), {id.value()}).toString(),
             QStringLiteral("oksana@lvivcity.gov.ua"));
    m_fixture->undoStack.undo();
    QVERIFY(m_fixture->db.scalar(QStringLiteral("SELECT email IS NULL FROM person WHERE id = ?"), {id.value()}).toBool());
    m_fixture->undoStack.undo();
    QCOMPARE(count(QStringLiteral("person")), 0);
    QVERIFY(!m_fixture->undoStack.canUndo());
}

void TestEditor::undoThatNoLongerFitsIsDropped()
{
    QSignalSpy failures(&m_fixture->notifier, &ChangeNotifier::failed);
    const auto id = m_fixture->editor().addCity(newCity(QStringLiteral("Getafe")));
    QVERIFY(id.ok());
    // Someone links a person to the new city outside the undo stack...
    PersonRecord person;
    person.name = QStringLiteral("Carmen Ruiz");
    person.cityId = id.value();
    QVERIFY(PersonStore(m_fixture->db.connection(), m_fixture->db.clock()).insert(person).ok());
    // ...so undoing the city's creation cannot remove it: the user is told, the data stays
    // whole, and the command leaves the stack instead of lying about its state.
    m_fixture->undoStack.undo();
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(QStringLiteral("People who belong")),
             qPrintable(failures.first().first().toString()));
    QCOMPARE(count(QStringLiteral("city")), 52);
    QCOMPARE(m_fixture->undoStack.count(), 0);
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
