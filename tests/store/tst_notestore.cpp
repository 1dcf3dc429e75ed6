// Entries of the minutes: Markdown kept as typed, reading order by agenda block, positions at the
// end of a block, blocks of the same session only, and the full-text index kept in step.
#include "TestDatabase.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestNoteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripKeepsMarkdownAsTyped();
    void positionsRunToTheEndOfEachBlock();
    void ofSessionInAgendaOrder();
    void updateMovesToEndOfNewBlock();
    void givenIdAndUuidAreKept();
    void invalidNoteWritesNothing_data();
    void invalidNoteWritesNothing();
    void blockOfAnotherSessionRefused();
    void removeAndFetchGone();
    void fullTextIndexFollowsEdits();
    void moveToRenumbersTheBlock();

private:
    qint64 newSession(const QString &code);
    NoteRecord note(const QString &body, std::optional<qint64> block = std::nullopt) const;
    QList<qint64> matches(const QString &query) const;
    QList<qint64> idsOf(const QList<NoteRecord> &notes) const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_session = 0;
    QList<qint64> m_blocks; // the session's agenda: Welcome, Pitches, Wrap-up
};

void TestNoteStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_session = newSession(QStringLiteral("E-04"));
    QVERIFY(m_session > 0);
    const SessionRecord s = SessionStore(m_db->connection(), m_db->clock()).fetch(m_session).value();
    m_blocks.clear();
    for (const AgendaItemRecord &item : s.agenda)
        m_blocks << item.id;
    QCOMPARE(m_blocks.size(), 3);
}

void TestNoteStore::cleanup() { m_db.reset(); }

qint64 TestNoteStore::newSession(const QString &code)
{
    SessionRecord s;
    s.pairingId = PairingStore(m_db->connection(), m_db->clock()).resolve(code).value();
    s.kind = QStringLiteral("matchmaking");
    s.durationMinutes = 90;
    for (const QString &title : {QStringLiteral("Welcome"), QStringLiteral("Pitches"), QStringLiteral("Wrap-up")}) {
        AgendaItemRecord item;
        item.title = title;
        item.durationMinutes = 30;
        s.agenda << item;
    }
    const auto id = SessionStore(m_db->connection(), m_db->clock()).insert(s);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

NoteRecord TestNoteStore::note(const QString &body, std::optional<qint64> block) const
{
    NoteRecord n;
    n.sessionId = m_session;
    n.agendaItemId = block;
    n.body = body;
    return n;
}

QList<qint64> TestNoteStore::matches(const QString &query) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(query);
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> TestNoteStore::idsOf(const QList<NoteRecord> &notes) const
{
    QList<qint64> ids;
    for (const NoteRecord &n : notes)
        ids << n.id;
    return ids;
}

void TestNoteStore::roundTripKeepsMarkdownAsTyped()
{
    NoteStore store(m_db->connection(), m_db->clock());
    const QString body = QStringLiteral(
        "## Décision « chaleur »\n\n- Lviv's **heat pumps**: \"pilot\" in Sykhiv  \n- Ann Arbor: 100 % ✓\n\n"
        "> quoted; DROP TABLE note; --\n");
    NoteRecord n = note(body, m_blocks.at(1));
    n.kind = QStringLiteral("decision");
    n.cityId = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = 'Lviv'")).toLongLong();
    const auto id = store.insert(n);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT body FROM note WHERE id = ?"), {id.value()}).toString(), body);
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched->body, body);
    QCOMPARE(fetched->kind, QStringLiteral("decision"));
    QCOMPARE(fetched->agendaItemId, std::optional<qint64>(m_blocks.at(1)));
    QCOMPARE(fetched->cityId, n.cityId);
    QCOMPARE(fetched->position, 1);
    QCOMPARE(fetched->uuid.size(), 36);
    QCOMPARE(fetched->createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));
    QCOMPARE(fetched->updatedAt, QStringLiteral("2027-03-20T13:12:00.000Z"));
    QVERIFY(fetched.value() == n);
}

void TestNoteStore::positionsRunToTheEndOfEachBlock()
{
    NoteStore store(m_db->connection(), m_db->clock());
    QList<int> positions;
    for (const auto &block : {std::optional<qint64>(m_blocks.at(0)), std::optional<qint64>(m_blocks.at(0)),
                              std::optional<qint64>(), std::optional<qint64>(m_blocks.at(1)),
                              std::optional<qint64>(m_blocks.at(0)), std::optional<qint64>()}) {
        NoteRecord n = note(QStringLiteral("entry"), block);
        QVERIFY(store.insert(n).ok());
        positions << m_db->scalar(QStringLiteral("SELECT position FROM note WHERE id = ?"), {n.id}).toInt();
    }
    QCOMPARE(positions, (QList<int>{1, 2, 1, 1, 3, 2}));
    // A given position is kept.
    NoteRecord placed = note(QStringLiteral("placed"), m_blocks.at(0));
    placed.position = 7;
    QVERIFY(store.insert(placed).ok());
    QCOMPARE(store.fetch(placed.id)->position, 7);
}

void TestNoteStore::ofSessionInAgendaOrder()
{
    NoteStore store(m_db->connection(), m_db->clock());
    // Written out of order: wrap-up, no block, welcome, pitches, welcome, no block.
    QList<qint64> ids;
    for (const auto &block : {std::optional<qint64>(m_blocks.at(2)), std::optional<qint64>(),
                              std::optional<qint64>(m_blocks.at(0)), std::optional<qint64>(m_blocks.at(1)),
                              std::optional<qint64>(m_blocks.at(0)), std::optional<qint64>()}) {
        NoteRecord n = note(QStringLiteral("entry %1").arg(ids.size()), block);
        ids << store.insert(n).value();
    }
    // Another session's entries stay out.
    const qint64 other = newSession(QStringLiteral("M-01"));
    NoteRecord elsewhere = note(QStringLiteral("elsewhere"));
    elsewhere.sessionId = other;
    QVERIFY(store.insert(elsewhere).ok());

    const auto notes = store.ofSession(m_session);
    QVERIFY2(notes.ok(), qPrintable(notes.error()));
    QCOMPARE(idsOf(notes.value()), (QList<qint64>{ids.at(2), ids.at(4), ids.at(3), ids.at(0), ids.at(1), ids.at(5)}));
    QCOMPARE(notes->at(1).body, QStringLiteral("entry 4"));
    QCOMPARE(idsOf(store.ofSession(other).value()), QList<qint64>{elsewhere.id});
}

void TestNoteStore::updateMovesToEndOfNewBlock()
{
    NoteStore store(m_db->connection(), m_db->clock());
    NoteRecord a = note(QStringLiteral("a"), m_blocks.at(1));
    NoteRecord b = note(QStringLiteral("b"), m_blocks.at(1));
    NoteRecord c = note(QStringLiteral("c"), m_blocks.at(0));
    QVERIFY(store.insert(a).ok() && store.insert(b).ok() && store.insert(c).ok());
    m_db->clock().set(TestDatabase::defaultNow().addSecs(60));
    NoteRecord moved = store.fetch(c.id).value();
    moved.agendaItemId = m_blocks.at(1);
    moved.position = 0;
    moved.body = QStringLiteral("c, *edited*");
    moved.kind = QStringLiteral("insight");
    QVERIFY(store.update(moved).ok());
    const NoteRecord after = store.fetch(c.id).value();
    QCOMPARE(after.position, 3);
    QCOMPARE(after.body, QStringLiteral("c, *edited*"));
    QCOMPARE(after.kind, QStringLiteral("insight"));
    QCOMPARE(after.createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));
    QCOMPARE(after.updatedAt, QStringLiteral("2027-03-20T13:13:00.000Z"));
    // Kept in place when only the text changes.
    NoteRecord first = store.fetch(a.id).value();
    first.body = QStringLiteral("a2");
    QVERIFY(store.update(first).ok());
    QCOMPARE(store.fetch(a.id)->position, 1);
}

void TestNoteStore::givenIdAndUuidAreKept()
{
    NoteStore store(m_db->connection(), m_db->clock());
    NoteRecord n = note(QStringLiteral("to be restored"), m_blocks.at(0));
    QVERIFY(store.insert(n).ok());
    const NoteRecord before = store.fetch(n.id).value();
    QVERIFY(store.remove(n.id).ok());
    NoteRecord again = before;
    QVERIFY(store.insert(again).ok());
    const NoteRecord after = store.fetch(before.id).value();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.uuid, before.uuid);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(after.position, before.position);
    QVERIFY(after == before);
}

void TestNoteStore::invalidNoteWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty text") << QStringLiteral("empty") << QStringLiteral("needs some text");
    QTest::newRow("only spaces") << QStringLiteral("blank") << QStringLiteral("needs some text");
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QStringLiteral("Unknown kind of entry “minutes”");
    QTest::newRow("no session") << QStringLiteral("session") << QStringLiteral("Choose the session");
    QTest::newRow("unknown session") << QStringLiteral("gone") << QStringLiteral("session or city no longer exists");
    QTest::newRow("unknown city") << QStringLiteral("city") << QStringLiteral("session or city no longer exists");
}

void TestNoteStore::invalidNoteWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    NoteRecord n = note(QStringLiteral("text"));
    if (what == QLatin1String("empty"))
        n.body.clear();
    else if (what == QLatin1String("blank"))
        n.body = QStringLiteral(" \n\t ");
    else if (what == QLatin1String("kind"))
        n.kind = QStringLiteral("minutes");
    else if (what == QLatin1String("session"))
        n.sessionId = 0;
    else if (what == QLatin1String("gone"))
        n.sessionId = 999999;
    else if (what == QLatin1String("city"))
        n.cityId = 999999;
    const auto refused = NoteStore(m_db->connection(), m_db->clock()).insert(n);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note")).toInt(), 0);
}

void TestNoteStore::blockOfAnotherSessionRefused()
{
    const qint64 other = newSession(QStringLiteral("M-01"));
    const qint64 foreignBlock = SessionStore(m_db->connection(), m_db->clock()).fetch(other)->agenda.at(0).id;
    NoteStore store(m_db->connection(), m_db->clock());
    NoteRecord n = note(QStringLiteral("misplaced"), foreignBlock);
    const auto refused = store.insert(n);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("The agenda block is not part of the entry's session."));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note")).toInt(), 0);
    NoteRecord ok = note(QStringLiteral("fine"), m_blocks.at(0));
    QVERIFY(store.insert(ok).ok());
    QVERIFY(!store.moveTo(ok.id, foreignBlock, 0).ok());
    QCOMPARE(store.fetch(ok.id)->agendaItemId, std::optional<qint64>(m_blocks.at(0)));
}

void TestNoteStore::removeAndFetchGone()
{
    NoteStore store(m_db->connection(), m_db->clock());
    NoteRecord n = note(QStringLiteral("short-lived"));
    QVERIFY(store.insert(n).ok());
    QVERIFY(store.remove(n.id).ok());
    const auto gone = store.fetch(n.id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error(), QStringLiteral("The entry no longer exists."));
    QVERIFY(!store.remove(n.id).ok());
    NoteRecord stale = n;
    stale.body = QStringLiteral("edited elsewhere");
    QCOMPARE(store.update(stale).error(), QStringLiteral("The entry no longer exists."));
}

void TestNoteStore::fullTextIndexFollowsEdits()
{
    NoteStore store(m_db->connection(), m_db->clock());
    NoteRecord valencia = note(QStringLiteral("Wärmepumpen für València: «bomba de calor»"));
    NoteRecord lviv = note(QStringLiteral("Heat pumps in Lviv, district heating in Sykhiv"));
    NoteRecord cordoba = note(QStringLiteral("Córdoba's energy community"));
    QVERIFY(store.insert(valencia).ok() && store.insert(lviv).ok() && store.insert(cordoba).ok());

    // Accents and case fold away on both sides (remove_diacritics 2).
    QCOMPARE(matches(QStringLiteral("valencia")), QList<qint64>{valencia.id});
    QCOMPARE(matches(QStringLiteral("WARMEPUMPEN")), QList<qint64>{valencia.id});
    QCOMPARE(matches(QStringLiteral("cordoba")), QList<qint64>{cordoba.id});
    QCOMPARE(matches(QStringLiteral("heat")), QList<qint64>{lviv.id});
    QCOMPARE(matches(QStringLiteral("heating OR calor")), (QList<qint64>{valencia.id, lviv.id}));

    NoteRecord edited = store.fetch(valencia.id).value();
    edited.body = QStringLiteral("District heating for Kyiv");
    QVERIFY(store.update(edited).ok());
    QCOMPARE(matches(QStringLiteral("valencia")), QList<qint64>());
    QCOMPARE(matches(QStringLiteral("kyiv")), QList<qint64>{valencia.id});
    QCOMPARE(matches(QStringLiteral("heating")), (QList<qint64>{valencia.id, lviv.id}));

    // An edit of anything but the text leaves the index alone, and it stays right.
    edited = store.fetch(valencia.id).value();
    edited.kind = QStringLiteral("challenge");
    QVERIFY(store.update(edited).ok());
    QCOMPARE(matches(QStringLiteral("kyiv")), QList<qint64>{valencia.id});

    QVERIFY(store.remove(lviv.id).ok());
    QCOMPARE(matches(QStringLiteral("heat")), QList<qint64>());
    QCOMPARE(matches(QStringLiteral("heating")), QList<qint64>{valencia.id});
    QCOMPARE(matches(QStringLiteral("lviv")), QList<qint64>());

    QSqlQuery check(m_db->connection());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO note_fts (note_fts) VALUES ('integrity-check')")),
             qPrintable(check.lastError().text()));
}

void TestNoteStore::moveToRenumbersTheBlock()
{
    NoteStore store(m_db->connection(), m_db->clock());
    QList<qint64> ids;
    for (const QString &body : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        NoteRecord n = note(body, m_blocks.at(0));
        ids << store.insert(n).value();
    }
    NoteRecord loose = note(QStringLiteral("loose"));
    QVERIFY(store.insert(loose).ok());

    QVERIFY(store.moveTo(ids.at(2), m_blocks.at(0), 0).ok()); // c to the top
    QCOMPARE(idsOf(store.ofSession(m_session).value()), (QList<qint64>{ids.at(2), ids.at(0), ids.at(1), loose.id}));
    QCOMPARE(store.fetch(ids.at(2))->position, 1);
    QCOMPARE(store.fetch(ids.at(1))->position, 3);

    QVERIFY(store.moveTo(ids.at(0), std::nullopt, 99).ok()); // a after the loose entry
    QCOMPARE(idsOf(store.ofSession(m_session).value()), (QList<qint64>{ids.at(2), ids.at(1), loose.id, ids.at(0)}));
    QCOMPARE(store.fetch(ids.at(0))->agendaItemId, std::optional<qint64>());
    QCOMPARE(store.fetch(ids.at(0))->position, 2);
    QVERIFY(store.moveTo(ids.at(0), std::nullopt, 0).ok());
    QCOMPARE(idsOf(store.ofSession(m_session).value()), (QList<qint64>{ids.at(2), ids.at(1), ids.at(0), loose.id}));
    QCOMPARE(store.fetch(ids.at(0))->position, 1);
    QCOMPARE(store.fetch(loose.id)->position, 2);

    QVERIFY(store.moveTo(ids.at(2), m_blocks.at(2), 0).ok());
    QCOMPARE(idsOf(store.ofSession(m_session).value()), (QList<qint64>{ids.at(1), ids.at(2), ids.at(0), loose.id}));
}

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
