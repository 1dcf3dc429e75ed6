// Planning a pairing's cycle: four sessions over twelve months at times that suit every city,
// with the default agendas, added and undone as one edit.
#include "TestDatabase.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "planning/CyclePlanner.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"
#include "store/WorkingHoursStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestCyclePlanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void monthOffsetsSpanTwelveMonths();
    void proposesFourSessionsThatFitEveryCity();
    void withoutCitiesThereIsNoTime();
    void addedAsOneUndoableEdit();
    void workingHoursAreRememberedAndUndoable();

private:
    qint64 pairing(const QString &code) const;
    std::unique_ptr<TestDatabase> m_db;
};

void TestCyclePlanner::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestCyclePlanner::cleanup() { m_db.reset(); }

qint64 TestCyclePlanner::pairing(const QString &code) const
{
    return PairingStore(m_db->connection(), m_db->clock()).resolve(code).value();
}

void TestCyclePlanner::monthOffsetsSpanTwelveMonths()
{
    QCOMPARE(CyclePlanner::monthOffsets(), (QList<int>{0, 4, 8, 12}));
}

void TestCyclePlanner::proposesFourSessionsThatFitEveryCity()
{
    const qint64 id = pairing(QStringLiteral("M-01")); // Baguio, Chefchaouen, Leh, Dhankuta
    const auto cities = WorkingHoursStore(m_db->connection(), m_db->clock()).citiesOfPairing(id);
    QVERIFY(cities.ok());
    QCOMPARE(cities->size(), 4);
    const auto templates = TemplateStore(m_db->connection(), m_db->clock()).templates();
    const QDate start(2027, 2, 15); // the first week falls in Ramadan: Casablanca is on UTC+0
    const QList<SessionRecord> sessions = CyclePlanner::propose(id, start, cities.value(), templates.value(), 1);
    QCOMPARE(sessions.size(), 4);
    const QStringList kinds{QStringLiteral("matchmaking"), QStringLiteral("sharing"),
                            QStringLiteral("learning"), QStringLiteral("showcasing")};
    for (int i = 0; i < 4; ++i) {
        const SessionRecord &s = sessions.at(i);
        QCOMPARE(s.kind, kinds.at(i));
        QCOMPARE(s.sequence, i + 1);
        QCOMPARE(s.status, QStringLiteral("draft"));
        QCOMPARE(s.durationMinutes, 90);
        QCOMPARE(s.agendaMinutes(), 90);
        QVERIFY(s.startUtc.isValid());
        const QDate target = start.addMonths(CyclePlanner::monthOffsets().at(i));
        QVERIFY2(s.startUtc.date() >= target && s.startUtc.date() <= target.addDays(6),
                 qPrintable(s.startUtc.toString(Qt::ISODate)));
        const Slot slot = SlotFinder::evaluate(cities.value(), s.startUtc, s.durationMinutes);
        QVERIFY2(slot.fitsEveryone(), qPrintable(s.startUtc.toString(Qt::ISODate)));
    }
    // Four zones from UTC+0 to UTC+8 leave 08:00-10:00 UTC in Ramadan: a 90-minute session
    // starts at 08:00 or 08:15 or 08:30 UTC.
    QVERIFY(sessions.first().startUtc.time() >= QTime(8, 0));
    QVERIFY(sessions.first().startUtc.time() <= QTime(8, 30));
}

void TestCyclePlanner::withoutCitiesThereIsNoTime()
{
    const QList<SessionRecord> sessions = CyclePlanner::propose(1, QDate(2027, 1, 4), {}, {}, 3);
    QCOMPARE(sessions.size(), 4);
    QCOMPARE(sessions.first().sequence, 3);
    QVERIFY(!sessions.first().startUtc.isValid());
    QVERIFY(sessions.first().agenda.isEmpty());
}

void TestCyclePlanner::addedAsOneUndoableEdit()
{
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(m_db->database(), &stack, &notifier);
    QSignalSpy changes(&notifier, &ChangeNotifier::changed);
    const qint64 id = pairing(QStringLiteral("E-04"));
    const auto cities = WorkingHoursStore(m_db->connection(), m_db->clock()).citiesOfPairing(id);
    const auto templates = TemplateStore(m_db->connection(), m_db->clock()).templates();
    const auto proposal = CyclePlanner::propose(id, QDate(2027, 3, 15), cities.value(), templates.value());
    const auto ids = editor.addSessions(proposal, QStringLiteral("Plan cycle of E-04"));
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids->size(), 4);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM session")).toInt(), 4);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM agenda_item")).toInt(), 20);
    stack.undo();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM session")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM agenda_item")).toInt(), 0);
    stack.redo();
    const auto sessions = SessionStore(m_db->connection(), m_db->clock()).ofPairing(id);
    QCOMPARE(sessions->size(), 4);
    QCOMPARE(sessions->first().id, ids->first()); // the same rows come back
}

void TestCyclePlanner::workingHoursAreRememberedAndUndoable()
{
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(m_db->database(), &stack, &notifier);
    const qint64 lviv = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = 'Lviv'")).toLongLong();
    WorkingHoursStore store(m_db->connection(), m_db->clock());
    QCOMPARE(store.of(lviv)->start, QTime(8, 0));
    WorkingHours hours;
    hours.start = QTime(7, 30);
    hours.end = QTime(20, 0);
    hours.days = {1, 2, 3, 4, 5, 6};
    QVERIFY(editor.setWorkingHours(lviv, hours).ok());
    QCOMPARE(store.of(lviv)->end, QTime(20, 0));
    QCOMPARE(store.of(lviv)->days, (QList<int>{1, 2, 3, 4, 5, 6}));
    const auto cities = store.citiesOfPairing(pairing(QStringLiteral("E-04")));
    QCOMPARE(cities->at(1).name, QStringLiteral("Lviv"));
    QCOMPARE(cities->at(1).hours.start, QTime(7, 30));
    stack.undo();
    QCOMPARE(store.of(lviv)->start, QTime(8, 0));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city_working_hours")).toInt(), 0);
    WorkingHours bad;
    bad.start = QTime(18, 0);
    bad.end = QTime(8, 0);
    const Status refused = editor.setWorkingHours(lviv, bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("end after")), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestCyclePlanner)
#include "tst_cycleplanner.moc"
