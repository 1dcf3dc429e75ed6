// SearchQueries: full-text search over notes and action items on a seeded database file. The
// minutes are written with plain SQL so that the triggers that keep the FTS5 indexes in step are
// what is under test, not a store.
#include "TestDatabase.h"

#include "database/Migrator.h"
#include "store/SearchQueries.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
const QString Open = QString(QChar(SearchQueries::MatchStart));
const QString Close = QString(QChar(SearchQueries::MatchEnd));

// About sixty words with "solar" once: the long body of the ranking check.
const QString LongSolarBody = QStringLiteral(
    "The working group walked through the municipal budget line by line, compared the tender "
    "documents of three neighbouring towns, listed the permits that the heritage office requires, "
    "agreed on a timetable for the public consultation, and noted in passing that solar panels on "
    "school buildings were discussed last year as well, before moving on to the staffing plan for "
    "next spring and the procurement rules.");
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchExpression_data();
    void matchExpression();
    void wordsFindExactlyTheirEntries_data();
    void wordsFindExactlyTheirEntries();
    void hitCarriesWhereItWasSaid();
    void denserShortNoteRanksFirst();
    void notesAndActionsMergedByRank();
    void accentInsensitiveBothWays_data();
    void accentInsensitiveBothWays();
    void prefixOnLastWord_data();
    void prefixOnLastWord();
    void filters_data();
    void filters();
    void unknownKindIsAnError();
    void emptyOrPunctuationGivesNothing_data();
    void emptyOrPunctuationGivesNothing();
    void hostileInput_data();
    void hostileInput();
    void indexFollowsUpdates();
    void indexFollowsDeletes();
    void snippetMarksTheMatch();
    void everyHitHasItsOwnSnippet();
    void htmlSnippetIsEscaped();
    void limit();
    void limitKeepsTheBestOfBothSources();
    void commonWordsRankTheNewestMatches();
    void olderFileIndexesItsActions();

private:
    qint64 addSession(const QString &pairingCode, int sequence, const QString &title);
    qint64 addNote(const QString &name, qint64 session, const QString &kind, const QString &body,
                   const QString &city = QString());
    qint64 addAction(const QString &name, qint64 session, const QString &description,
                     const QString &city = QString());
    void exec(const QString &sql, const QVariantList &values);
    QStringList namesOf(const QString &text, const SearchFilter &filter = {});

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, qint64> m_ids;   // "n1" -> note id, "a1" -> action id
    QHash<QString, QString> m_names; // "note:7" -> "n1"
    qint64 m_sessionE = 0, m_sessionC = 0, m_sessionM = 0;
    int m_uuid = 0;
};

void TestSearch::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

qint64 TestSearch::addSession(const QString &pairingCode, int sequence, const QString &title)
{
    exec(QStringLiteral("INSERT INTO session (uuid, pairing_id, sequence, kind, title, status, created_at, updated_at)"
                        " VALUES (?, (SELECT id FROM pairing WHERE code = ?), ?, 'sharing', ?, 'held', ?, ?)"),
         {QStringLiteral("s-%1").arg(++m_uuid), pairingCode, sequence, title, QStringLiteral("2027-03-20T13:12:00Z"),
          QStringLiteral("2027-03-20T13:12:00Z")});
    return m_db->scalar(QStringLiteral("SELECT max(id) FROM session")).toLongLong();
}

qint64 TestSearch::addNote(const QString &name, qint64 session, const QString &kind, const QString &body,
                           const QString &city)
{
    exec(QStringLiteral("INSERT INTO note (uuid, session_id, kind, body, city_id, position, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, (SELECT id FROM city WHERE name = ?), 0, ?, ?)"),
         {QStringLiteral("n-%1").arg(++m_uuid), session, kind, body, city, QStringLiteral("2027-03-20T13:12:00Z"),
          QStringLiteral("2027-03-20T13:12:00Z")});
    const qint64 id = m_db->scalar(QStringLiteral("SELECT max(id) FROM note")).toLongLong();
    m_ids.insert(name, id);
    m_names.insert(QStringLiteral("note:%1").arg(id), name);
    return id;
}

qint64 TestSearch::addAction(const QString &name, qint64 session, const QString &description, const QString &city)
{
    exec(QStringLiteral("INSERT INTO action_item (uuid, session_id, description, city_id, created_at, updated_at)"
                        " VALUES (?, ?, ?, (SELECT id FROM city WHERE name = ?), ?, ?)"),
         {QStringLiteral("a-%1").arg(++m_uuid), session, description, city, QStringLiteral("2027-03-20T13:12:00Z"),
          QStringLiteral("2027-03-20T13:12:00Z")});
    const qint64 id = m_db->scalar(QStringLiteral("SELECT max(id) FROM action_item")).toLongLong();
    m_ids.insert(name, id);
    m_names.insert(QStringLiteral("action:%1").arg(id), name);
    return id;
}

QStringList TestSearch::namesOf(const QString &text, const SearchFilter &filter)
{
    const auto hits = SearchQueries(m_db->connection()).search(text, filter);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error()));
        return {QStringLiteral("<error>")};
    }
    QStringList names;
    for (const SearchHit &hit : hits.value())
        names << m_names.value(QStringLiteral("%1:%2").arg(hit.source).arg(hit.id), QStringLiteral("<unknown>"));
    std::sort(names.begin(), names.end());
    return names;
}

void TestSearch::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_ids.clear();
    m_names.clear();
    m_sessionE = addSession(QStringLiteral("E-04"), 1, QStringLiteral("Kick-off"));
    m_sessionC = addSession(QStringLiteral("C-01"), 2, QStringLiteral("Shade and water"));
    m_sessionM = addSession(QStringLiteral("M-01"), 3, QString());

    addNote(QStringLiteral("n1"), m_sessionE, QStringLiteral("decision"),
            QStringLiteral("València chose district heating for the old town."), QStringLiteral("València"));
    addNote(QStringLiteral("n2"), m_sessionE, QStringLiteral("insight"), QStringLiteral("Solar roofs, solar farms, solar schools."));
    addNote(QStringLiteral("n3"), m_sessionC, QStringLiteral("good_practice"),
            QStringLiteral("Çorlu shaded its bus stops with trees."), QStringLiteral("Çorlu"));
    addNote(QStringLiteral("n4"), m_sessionM, QStringLiteral("challenge"), QStringLiteral("Bus lanes are blocked by parked cars."));
    addNote(QStringLiteral("n5"), m_sessionM, QStringLiteral("discussion"), QStringLiteral("Cycling lanes along the river."));
    addNote(QStringLiteral("n6"), m_sessionE, QStringLiteral("discussion"), QStringLiteral("Visit to the Valencia port."));
    addNote(QStringLiteral("n7"), m_sessionC, QStringLiteral("insight"), QStringLiteral("Heat waves hit the old town every July."));
    addNote(QStringLiteral("n8"), m_sessionC, QStringLiteral("discussion"), LongSolarBody);
    addAction(QStringLiteral("a1"), m_sessionE, QStringLiteral("Send the district heating study to Lviv."), QStringLiteral("Lviv"));
    addAction(QStringLiteral("a2"), m_sessionM, QStringLiteral("Count bus passengers before and after the new lanes."));
    addAction(QStringLiteral("a3"), m_sessionC, QStringLiteral("Plant trees at bus stops in Corlu."), QStringLiteral("Çorlu"));
}

void TestSearch::cleanup()
{
    m_db.reset();
}

void TestSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("bus") << QStringLiteral("\"bus\"");
    QTest::newRow("words are ANDed") << QStringLiteral("  bus \t lanes ") << QStringLiteral("\"bus\" AND \"lanes\"");
    QTest::newRow("prefix on last") << QStringLiteral("district heat*") << QStringLiteral("\"district\" AND \"heat\" *");
    QTest::newRow("star elsewhere dropped") << QStringLiteral("heat* pumps") << QStringLiteral("\"heat\" AND \"pumps\"");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say\" AND \"\"\"hi\"\"\"");
    QTest::newRow("operators are words") << QStringLiteral("NOT bus OR NEAR(")
                                         << QStringLiteral("\"NOT\" AND \"bus\" AND \"OR\" AND \"NEAR(\"");
    QTest::newRow("punctuation words dropped") << QStringLiteral("'; DROP TABLE note; --")
                                               << QStringLiteral("\"DROP\" AND \"TABLE\" AND \"note;\"");
    QTest::newRow("star after punctuation") << QStringLiteral("bus -*") << QStringLiteral("\"bus\"");
    QTest::newRow("repeats once") << QStringLiteral("bus lanes bus") << QStringLiteral("\"bus\" AND \"lanes\"");
    QTest::newRow("control characters separate") << QStringLiteral("bus\u0000lanes\u0007")
                                                 << QStringLiteral("\"bus\" AND \"lanes\"");
    QTest::newRow("only punctuation") << QStringLiteral("\" * - : ( )") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(SearchQueries::matchExpression(text), expression);
}

void TestSearch::wordsFindExactlyTheirEntries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bus") << QStringLiteral("bus") << QStringList{"a2", "a3", "n3", "n4"};
    QTest::newRow("heating") << QStringLiteral("heating") << QStringList{"a1", "n1"};
    QTest::newRow("upper case") << QStringLiteral("HEATING") << QStringList{"a1", "n1"};
    QTest::newRow("heat is not heating") << QStringLiteral("heat") << QStringList{"n7"};
    QTest::newRow("lanes") << QStringLiteral("lanes") << QStringList{"a2", "n4", "n5"};
    QTest::newRow("all words required") << QStringLiteral("bus trees") << QStringList{"a3", "n3"};
    QTest::newRow("two words") << QStringLiteral("district heating") << QStringList{"a1", "n1"};
    QTest::newRow("old town") << QStringLiteral("old town") << QStringList{"n1", "n7"};
    QTest::newRow("nowhere") << QStringLiteral("submarine") << QStringList{};
    QTest::newRow("one word missing") << QStringLiteral("bus submarine") << QStringList{};
}

void TestSearch::wordsFindExactlyTheirEntries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(namesOf(text), expected);
}

void TestSearch::hitCarriesWhereItWasSaid()
{
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("heating"), {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 2);
    const qint64 e04 = m_db->scalar(QStringLiteral("SELECT id FROM pairing WHERE code = 'E-04'")).toLongLong();
    for (const SearchHit &hit : hits.value()) {
        QCOMPARE(hit.sessionId, m_sessionE);
        QCOMPARE(hit.pairingId, e04);
        QCOMPARE(hit.pairingCode, QStringLiteral("E-04"));
        QCOMPARE(hit.theme, QStringLiteral("Energy & Infrastructure"));
        QCOMPARE(hit.sessionSequence, 1);
        QCOMPARE(hit.sessionTitle, QStringLiteral("Kick-off"));
        QVERIFY(hit.rank < 0);
        if (hit.source == QLatin1String("note")) {
            QCOMPARE(hit.id, m_ids.value(QStringLiteral("n1")));
            QCOMPARE(hit.kind, QStringLiteral("decision"));
            QCOMPARE(hit.cityName, QStringLiteral("València"));
        } else {
            QCOMPARE(hit.source, QStringLiteral("action"));
            QCOMPARE(hit.id, m_ids.value(QStringLiteral("a1")));
            QCOMPARE(hit.kind, QStringLiteral("action"));
            QCOMPARE(hit.cityName, QStringLiteral("Lviv"));
        }
    }
    const auto untitled = SearchQueries(m_db->connection()).search(QStringLiteral("cycling"), {});
    QVERIFY(untitled.ok());
    QCOMPARE(untitled->size(), 1);
    QCOMPARE(untitled->at(0).sessionSequence, 3);
    QCOMPARE(untitled->at(0).sessionTitle, QString());
    QCOMPARE(untitled->at(0).cityName, QString());
    QCOMPARE(untitled->at(0).kind, QStringLiteral("discussion"));
}

void TestSearch::denserShortNoteRanksFirst()
{
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("solar"), {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).id, m_ids.value(QStringLiteral("n2")));
    QCOMPARE(hits->at(1).id, m_ids.value(QStringLiteral("n8")));
    QVERIFY(hits->at(0).rank < hits->at(1).rank);

    // Inserted the other way round, the order is the same: it comes from bm25, not from ids.
    exec(QStringLiteral("DELETE FROM note WHERE id = ?"), {m_ids.value(QStringLiteral("n2"))});
    const qint64 again = addNote(QStringLiteral("n2"), m_sessionE, QStringLiteral("insight"),
                                 QStringLiteral("Solar roofs, solar farms, solar schools."));
    const auto after = SearchQueries(m_db->connection()).search(QStringLiteral("solar"), {});
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).id, again);
}

void TestSearch::notesAndActionsMergedByRank()
{
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("bus"), {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 4);
    QStringList sources;
    for (int i = 0; i < hits->size(); ++i) {
        sources << hits->at(i).source;
        if (i > 0)
            QVERIFY(hits->at(i - 1).rank <= hits->at(i).rank);
    }
    QCOMPARE(sources.count(QStringLiteral("note")), 2);
    QCOMPARE(sources.count(QStringLiteral("action")), 2);
}

void TestSearch::accentInsensitiveBothWays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // n1 says "València", n6 "Valencia"; n3 says "Çorlu", a3 "Corlu".
    QTest::newRow("plain finds accented") << QStringLiteral("valencia") << QStringList{"n1", "n6"};
    QTest::newRow("accented finds plain") << QStringLiteral("València") << QStringList{"n1", "n6"};
    QTest::newRow("other accent") << QStringLiteral("valéncia") << QStringList{"n1", "n6"};
    QTest::newRow("decomposed accent") << QStringLiteral("Vale\u0300ncia") << QStringList{"n1", "n6"};
    QTest::newRow("capital accented") << QStringLiteral("VALÈNCIA") << QStringList{"n1", "n6"};
    QTest::newRow("cedilla dropped") << QStringLiteral("corlu") << QStringList{"a3", "n3"};
    QTest::newRow("cedilla typed") << QStringLiteral("Çorlu") << QStringList{"a3", "n3"};
    QTest::newRow("lower cedilla") << QStringLiteral("çorlu") << QStringList{"a3", "n3"};
    QTest::newRow("accented prefix") << QStringLiteral("valè*") << QStringList{"n1", "n6"};
}

void TestSearch::accentInsensitiveBothWays()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(namesOf(text), expected);
}

void TestSearch::prefixOnLastWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("heat exact") << QStringLiteral("heat") << QStringList{"n7"};
    QTest::newRow("heat prefix") << QStringLiteral("heat*") << QStringList{"a1", "n1", "n7"};
    QTest::newRow("typing") << QStringLiteral("district hea*") << QStringList{"a1", "n1"};
    QTest::newRow("one letter") << QStringLiteral("lan*") << QStringList{"a2", "n4", "n5"};
    QTest::newRow("not on earlier words") << QStringLiteral("distr* heating") << QStringList{};
    QTest::newRow("double star") << QStringLiteral("cycl**") << QStringList{"n5"};
    QTest::newRow("lone star ignored") << QStringLiteral("heat *") << QStringList{"n7"};
}

void TestSearch::prefixOnLastWord()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(namesOf(text), expected);
}

void TestSearch::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("theme E") << QStringLiteral("heating") << QStringLiteral("E") << QString() << QStringList{"a1", "n1"};
    QTest::newRow("theme C, nothing") << QStringLiteral("heating") << QStringLiteral("C") << QString() << QStringList{};
    QTest::newRow("theme lower case") << QStringLiteral("bus") << QStringLiteral("c") << QString() << QStringList{"a3", "n3"};
    QTest::newRow("theme M") << QStringLiteral("bus") << QStringLiteral("M") << QString() << QStringList{"a2", "n4"};
    QTest::newRow("unknown theme") << QStringLiteral("bus") << QStringLiteral("Z") << QString() << QStringList{};
    QTest::newRow("actions only") << QStringLiteral("bus") << QString() << QStringLiteral("action") << QStringList{"a2", "a3"};
    QTest::newRow("good practice") << QStringLiteral("bus") << QString() << QStringLiteral("good_practice") << QStringList{"n3"};
    QTest::newRow("challenge") << QStringLiteral("bus") << QString() << QStringLiteral("challenge") << QStringList{"n4"};
    QTest::newRow("kind spelled loosely") << QStringLiteral("bus") << QString() << QStringLiteral(" Good-Practice ")
                                          << QStringList{"n3"};
    QTest::newRow("decision, nothing") << QStringLiteral("bus") << QString() << QStringLiteral("decision") << QStringList{};
    QTest::newRow("theme and actions") << QStringLiteral("bus") << QStringLiteral("M") << QStringLiteral("action")
                                       << QStringList{"a2"};
    QTest::newRow("theme and kind") << QStringLiteral("old town") << QStringLiteral("C") << QStringLiteral("insight")
                                    << QStringList{"n7"};
}

void TestSearch::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    SearchFilter filter;
    filter.themeCode = theme;
    filter.kind = kind;
    QCOMPARE(namesOf(text, filter), expected);
}

void TestSearch::unknownKindIsAnError()
{
    SearchFilter filter;
    filter.kind = QStringLiteral("memo");
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("bus"), filter);
    QVERIFY(!hits.ok());
    QVERIFY2(hits.error().contains(QLatin1String("memo")), qPrintable(hits.error()));
    QVERIFY2(hits.error().contains(QLatin1String("good_practice")), qPrintable(hits.error()));
}

void TestSearch::emptyOrPunctuationGivesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("white space") << QStringLiteral("\n\t \r\n");
    QTest::newRow("dots") << QStringLiteral("...");
    QTest::newRow("dashes and bangs") << QStringLiteral("-- !! ??");
    QTest::newRow("quotes") << QStringLiteral("\"\"");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("emoji") << QStringLiteral("🚲 🌳");
}

void TestSearch::emptyOrPunctuationGivesNothing()
{
    QFETCH(QString, text);
    const auto hits = SearchQueries(m_db->connection()).search(text, {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 0);
}

void TestSearch::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("quote") << QStringLiteral("\"") << 0;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << 0;
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(bus lanes, 2)") << 0;
    QTest::newRow("AND") << QStringLiteral("AND") << 2; // a2 and n8 say "and"
    QTest::newRow("bus AND") << QStringLiteral("bus AND") << 1;
    QTest::newRow("OR") << QStringLiteral("bus OR lanes") << 0;
    QTest::newRow("NOT") << QStringLiteral("NOT bus") << 0;
    QTest::newRow("minus") << QStringLiteral("-") << 0;
    QTest::newRow("minus word") << QStringLiteral("-bus") << 4;
    QTest::newRow("colon") << QStringLiteral(":") << 0;
    QTest::newRow("column filter") << QStringLiteral("body:bus") << 0;
    QTest::newRow("column set") << QStringLiteral("{body description}: bus") << 0;
    QTest::newRow("caret") << QStringLiteral("^bus") << 4;
    QTest::newRow("plus") << QStringLiteral("bus + lanes") << 2;
    QTest::newRow("open quote") << QStringLiteral("\"bus") << 4;
    QTest::newRow("close quote") << QStringLiteral("bus\"") << 4;
    QTest::newRow("three quotes") << QStringLiteral("\"\"\"bus") << 4;
    QTest::newRow("parenthesis") << QStringLiteral("(bus") << 4;
    QTest::newRow("backslash") << QStringLiteral("\\") << 0;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE note; --") << 0;
    QTest::newRow("sql in quotes") << QStringLiteral("\"'); DELETE FROM note; --") << 0;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 0;
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("bus") << 4;
    QTest::newRow("nul inside") << QStringLiteral("bus") + QChar(0) + QStringLiteral("lanes") << 2;
    QTest::newRow("nul only") << QString(QChar(0)) << 0;
    QTest::newRow("long") << QStringLiteral("bus ").repeated(2000) << 4;
    QStringList many;
    for (int i = 0; i < 500; ++i)
        many << QStringLiteral("word%1").arg(i);
    QTest::newRow("many words") << many.join(u' ') << 0;
    QTest::newRow("many words and a star") << many.join(u' ') + QStringLiteral("*") << 0;
}

void TestSearch::hostileInput()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const int notes = m_db->scalar(QStringLiteral("SELECT count(*) FROM note")).toInt();
    for (const QString &kind : {QString(), QStringLiteral("action"), QStringLiteral("challenge")}) {
        SearchFilter filter;
        filter.kind = kind;
        const auto hits = SearchQueries(m_db->connection()).search(text, filter);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        if (kind.isEmpty())
            QCOMPARE(hits->size(), count);
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note")).toInt(), notes);
    QCOMPARE(namesOf(QStringLiteral("bus")), (QStringList{"a2", "a3", "n3", "n4"}));
}

void TestSearch::indexFollowsUpdates()
{
    exec(QStringLiteral("UPDATE note SET body = ? WHERE id = ?"),
         {QStringLiteral("Tram tracks need repair."), m_ids.value(QStringLiteral("n4"))});
    QCOMPARE(namesOf(QStringLiteral("bus")), (QStringList{"a2", "a3", "n3"}));
    QCOMPARE(namesOf(QStringLiteral("lanes")), (QStringList{"a2", "n5"}));
    QCOMPARE(namesOf(QStringLiteral("tram")), QStringList{"n4"});

    exec(QStringLiteral("UPDATE action_item SET description = ? WHERE id = ?"),
         {QStringLiteral("Survey tram riders."), m_ids.value(QStringLiteral("a2"))});
    QCOMPARE(namesOf(QStringLiteral("passengers")), QStringList{});
    QCOMPARE(namesOf(QStringLiteral("tram")), (QStringList{"a2", "n4"}));

    // Edits of other columns leave the entry findable, under its new kind.
    exec(QStringLiteral("UPDATE note SET kind = 'decision', position = 4 WHERE id = ?"), {m_ids.value(QStringLiteral("n5"))});
    exec(QStringLiteral("UPDATE action_item SET status = 'done', done_date = '2027-03-20' WHERE id = ?"),
         {m_ids.value(QStringLiteral("a3"))});
    SearchFilter decisions;
    decisions.kind = QStringLiteral("decision");
    QCOMPARE(namesOf(QStringLiteral("cycling"), decisions), QStringList{"n5"});
    QCOMPARE(namesOf(QStringLiteral("trees")), (QStringList{"a3", "n3"}));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'cycling'")).toInt(), 1);
}

void TestSearch::indexFollowsDeletes()
{
    exec(QStringLiteral("DELETE FROM note WHERE id = ?"), {m_ids.value(QStringLiteral("n3"))});
    QCOMPARE(namesOf(QStringLiteral("trees")), QStringList{"a3"});
    exec(QStringLiteral("DELETE FROM action_item WHERE id = ?"), {m_ids.value(QStringLiteral("a3"))});
    QCOMPARE(namesOf(QStringLiteral("trees")), QStringList{});
    QCOMPARE(namesOf(QStringLiteral("corlu")), QStringList{});

    // A deleted session takes its minutes and actions with it, out of the index too.
    exec(QStringLiteral("DELETE FROM session WHERE id = ?"), {m_sessionM});
    QCOMPARE(namesOf(QStringLiteral("lanes")), QStringList{});
    QCOMPARE(namesOf(QStringLiteral("bus")), QStringList{});
    // The indexes themselves forgot the rows: the joins of search() would hide stale entries.
    for (const char *word : {"trees", "lanes", "bus"}) {
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?"),
                              {QString::fromLatin1(word)}).toInt(), 0);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM action_item_fts WHERE action_item_fts MATCH ?"),
                              {QString::fromLatin1(word)}).toInt(), 0);
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'heating'")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM action_item_fts WHERE action_item_fts MATCH 'heating'")).toInt(), 1);
    exec(QStringLiteral("INSERT INTO note_fts (note_fts) VALUES ('integrity-check')"), {});
    exec(QStringLiteral("INSERT INTO action_item_fts (action_item_fts) VALUES ('integrity-check')"), {});
}

void TestSearch::snippetMarksTheMatch()
{
    SearchFilter notes;
    notes.kind = QStringLiteral("decision");
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("valencia"), notes);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    // The text as written, accent and all, with the match between the markers.
    QCOMPARE(hits->at(0).snippet, Open + QStringLiteral("València") + Close
                                      + QStringLiteral(" chose district heating for the old town."));

    const auto two = SearchQueries(m_db->connection()).search(QStringLiteral("district heat*"), {});
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
    for (const SearchHit &hit : two.value()) {
        QVERIFY2(hit.snippet.contains(Open + QStringLiteral("district") + Close), qPrintable(hit.snippet));
        QVERIFY2(hit.snippet.contains(Open + QStringLiteral("heating") + Close), qPrintable(hit.snippet));
        QCOMPARE(hit.snippet.count(Open), 2);
        QCOMPARE(hit.snippet.count(Close), 2);
    }

    // A long body is cut around the match, on one line.
    const auto cut = SearchQueries(m_db->connection()).search(QStringLiteral("panels"), {});
    QVERIFY(cut.ok());
    QCOMPARE(cut->size(), 1);
    const QString snippet = cut->at(0).snippet;
    QVERIFY2(snippet.contains(Open + QStringLiteral("panels") + Close), qPrintable(snippet));
    QVERIFY2(snippet.startsWith(QStringLiteral("…")) && snippet.endsWith(QStringLiteral("…")), qPrintable(snippet));
    QVERIFY(snippet.size() < LongSolarBody.size());
    QVERIFY(!snippet.contains(u'\n'));
}

void TestSearch::everyHitHasItsOwnSnippet()
{
    // Notes and action items whose ids overlap, each naming itself, in three sessions; the
    // snippets of a source are read in one statement and handed back by id.
    for (int i = 0; i < 20; ++i) {
        const qint64 session = i % 3 == 0 ? m_sessionE : i % 3 == 1 ? m_sessionM : m_sessionC;
        addNote(QStringLiteral("note%1").arg(i), session, QStringLiteral("insight"),
                QStringLiteral("Compost tally of note%1").arg(i));
        addAction(QStringLiteral("action%1").arg(i), session, QStringLiteral("Compost tally of action%1").arg(i));
    }
    SearchFilter byTheme;
    byTheme.themeCode = QStringLiteral("E");
    SearchFilter few;
    few.limit = 7;
    for (const QString &query : {QStringLiteral("compost"), QStringLiteral("tally compo*")}) {
        for (const SearchFilter &filter : {SearchFilter(), byTheme, few}) {
            const auto hits = SearchQueries(m_db->connection()).search(query, filter);
            QVERIFY2(hits.ok(), qPrintable(hits.error()));
            QVERIFY(!hits->isEmpty());
            QVERIFY(hits->size() <= filter.limit);
            for (const SearchHit &hit : hits.value()) {
                const QString name = m_names.value(hit.source + u':' + QString::number(hit.id));
                QVERIFY(!name.isEmpty());
                QCOMPARE(SearchQueries::markedSnippet(hit.snippet, QString(), QString()),
                         QStringLiteral("Compost tally of ") + name);
                QVERIFY2(hit.snippet.contains(Open), qPrintable(hit.snippet));
            }
        }
    }
}

void TestSearch::htmlSnippetIsEscaped()
{
    addNote(QStringLiteral("n9"), m_sessionE, QStringLiteral("discussion"),
            QStringLiteral("Use <script>alert(1)</script> & \"quotes\"\nfor compost"));
    const auto hits = SearchQueries(m_db->connection()).search(QStringLiteral("compost"), {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(SearchQueries::htmlSnippet(hits->at(0).snippet),
             QStringLiteral("Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; for <b>compost</b>"));
    QCOMPARE(SearchQueries::markedSnippet(hits->at(0).snippet, QStringLiteral("["), QStringLiteral("]")),
             QStringLiteral("Use <script>alert(1)</script> & \"quotes\" for [compost]"));
}

// A word in more entries than the ranking window is ranked among its newest matches that pass
// the filter; a rarer one among all of them.
void TestSearch::commonWordsRankTheNewestMatches()
{
    // The oldest entry is the best match (the word three times in a short text).
    addNote(QStringLiteral("best"), m_sessionM, QStringLiteral("insight"), QStringLiteral("Tram, tram, tram."));
    for (int i = 0; i < 6; ++i)
        addNote(QStringLiteral("t%1").arg(i), i % 2 ? m_sessionE : m_sessionM, QStringLiteral("discussion"),
                QStringLiteral("The tram line %1 was discussed at length with the operators.").arg(i));
    const SearchQueries queries(m_db->connection());
    SearchFilter filter;
    const auto all = queries.search(QStringLiteral("tram"), filter);
    QVERIFY(all && all->size() == 7);
    QCOMPARE(m_names.value(QStringLiteral("note:%1").arg(all->first().id)), QStringLiteral("best"));
    filter.limit = 3;
    filter.rankingWindow = 4;
    const QStringList newest = namesOf(QStringLiteral("tram"), filter);
    QCOMPARE(newest.size(), 3);
    QVERIFY2(!newest.contains(QStringLiteral("best")), qPrintable(newest.join(u',')));
    for (const QString &name : newest)
        QVERIFY2(QStringList({"t2", "t3", "t4", "t5"}).contains(name), qPrintable(name));
    // The window counts the matches that pass the filter: the insight is the only one.
    filter.kind = QStringLiteral("insight");
    QCOMPARE(namesOf(QStringLiteral("tram"), filter), QStringList{QStringLiteral("best")});
    filter = {};
    filter.rankingWindow = 10;
    filter.limit = 11;
    QVERIFY2(!queries.search(QStringLiteral("tram"), filter).ok(), "a window smaller than the limit is refused");
}

void TestSearch::limit()
{
    for (int i = 0; i < 30; ++i)
        addNote(QStringLiteral("c%1").arg(i), i % 2 ? m_sessionE : m_sessionM, QStringLiteral("insight"),
                QStringLiteral("Compost collection round %1.").arg(i));
    addAction(QStringLiteral("ca"), m_sessionC, QStringLiteral("Start compost collection."));
    const SearchQueries queries(m_db->connection());
    SearchFilter filter;
    QCOMPARE(queries.search(QStringLiteral("compost"), filter)->size(), 31);
    filter.limit = 10;
    QCOMPARE(queries.search(QStringLiteral("compost"), filter)->size(), 10);
    filter.limit = 1;
    QCOMPARE(queries.search(QStringLiteral("compost"), filter)->size(), 1);
    filter.limit = 20;
    filter.themeCode = QStringLiteral("E");
    QCOMPARE(queries.search(QStringLiteral("compost"), filter)->size(), 15); // the filter applies before the limit
    filter = {};
    filter.limit = 25;
    QCOMPARE(queries.search(QStringLiteral("compost"), filter)->size(), 25);
    filter.limit = 0;
    QVERIFY(!queries.search(QStringLiteral("compost"), filter).ok());
}

// The best of each source are joined, then merged: any limit gives the first hits of the whole
// ranking, whichever source they come from and however their ranks interleave.
void TestSearch::limitKeepsTheBestOfBothSources()
{
    // Ranks that interleave: the fewer other words, the denser the match.
    for (int i = 0; i < 12; ++i) {
        const QString padding = QStringLiteral(" and more words").repeated(i);
        addNote(QStringLiteral("d%1").arg(i), i % 2 ? m_sessionE : m_sessionM, QStringLiteral("insight"),
                QStringLiteral("Mulch%1 for the beds.").arg(padding));
        addAction(QStringLiteral("da%1").arg(i), m_sessionC, QStringLiteral("Spread mulch%1 soon.").arg(padding.repeated(2)));
    }
    const SearchQueries queries(m_db->connection());
    const auto rankingOf = [&queries](const SearchFilter &filter) {
        QStringList ranking;
        const auto hits = queries.search(QStringLiteral("mulch"), filter);
        for (const SearchHit &hit : hits.value_or(QList<SearchHit>()))
            ranking << hit.source + QString::number(hit.id);
        return ranking;
    };
    const QStringList ranking = rankingOf({});
    QCOMPARE(ranking.size(), 24);
    QVERIFY(ranking.mid(0, 6).join(u' ').contains(QStringLiteral("action"))); // interleaved, not notes first
    QVERIFY(ranking.mid(0, 6).join(u' ').contains(QStringLiteral("note")));
    // Unfiltered, by theme (through the joins) and by kind of note.
    SearchFilter byTheme;
    byTheme.themeCode = QStringLiteral("E");
    SearchFilter byKind;
    byKind.kind = QStringLiteral("insight");
    for (SearchFilter filter : {SearchFilter(), byTheme, byKind}) {
        const QStringList whole = rankingOf(filter);
        QVERIFY(!whole.isEmpty());
        for (int limit = 1; limit <= whole.size(); ++limit) {
            filter.limit = limit;
            QCOMPARE(rankingOf(filter), whole.mid(0, limit));
        }
    }
    QCOMPARE(rankingOf(byTheme).size(), 6);  // the notes of E-04's session
    QCOMPARE(rankingOf(byKind).size(), 12);
}

void TestSearch::olderFileIndexesItsActions()
{
    // A file at schema 2 with action items written before their index existed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.c2c"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList statements;
        for (const QString &name : {QStringLiteral("0001_domain.sql"), QStringLiteral("0002_planning.sql")}) {
            QFile script(QStringLiteral(":/migrations/") + name);
            QVERIFY(script.open(QIODevice::ReadOnly));
            statements << Migrator::statements(QString::fromUtf8(script.readAll()));
        }
        statements << QStringLiteral("INSERT INTO theme (id, code, name) VALUES (1, 'W', 'Water')")
                   << QStringLiteral("INSERT INTO pairing (id, uuid, code, theme_id, challenge, created_at, updated_at)"
                                     " VALUES (1, 'p', 'W-01', 1, 'Floods', 'x', 'x')")
                   << QStringLiteral("INSERT INTO session (id, uuid, pairing_id, sequence, kind, created_at, updated_at)"
                                     " VALUES (1, 's', 1, 1, 'sharing', 'x', 'x')")
                   << QStringLiteral("INSERT INTO action_item (uuid, session_id, description, created_at, updated_at)"
                                     " VALUES ('a', 1, 'Map the flood plains of Niğde', 'x', 'x')")
                   << QStringLiteral("INSERT INTO note (uuid, session_id, kind, body, created_at, updated_at)"
                                     " VALUES ('n', 1, 'insight', 'Sponge parks absorb floods', 'x', 'x')")
                   << QStringLiteral("PRAGMA user_version = 2")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    const auto hits = SearchQueries(opened.value()->connection()).search(QStringLiteral("floods nigde"), {});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 0); // all words in one entry, and no entry has both
    const auto flood = SearchQueries(opened.value()->connection()).search(QStringLiteral("flood"), {});
    QVERIFY(flood.ok());
    QCOMPARE(flood->size(), 1);
    QCOMPARE(flood->at(0).source, QStringLiteral("action"));
    QCOMPARE(flood->at(0).pairingCode, QStringLiteral("W-01"));
    const auto agri = SearchQueries(opened.value()->connection()).search(QStringLiteral("nigde"), {});
    QVERIFY(agri.ok());
    QCOMPARE(agri->size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
