// city2city-cli's minutes commands (add-note, add-action, actions), run as the built executable
// on seeded databases in a temporary folder. The executable uses the real clock, so overdue
// items here are due long ago and the others far ahead.
#include "CliRunner.h"
#include "database/Database.h"
#include "store/ActionStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/SessionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>
#include <QUuid>

namespace {
using Run = CliRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonArray arrayOf(const QByteArray &json, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

// One value from a database file, through a connection of its own that is closed at once (so
// that the executable's last close checkpoints the file).
QVariant valueIn(const QString &path, const QString &sql, const QVariantList &bindings = {})
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : bindings)
                q.addBindValue(v);
            if (q.exec() && q.next())
                result = q.value(0);
            else
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

class TestMinutesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addNotePrintsItsId();
    void addNoteBySessionCodeAndKindLabel();
    void addActionPrintsItsId();
    void actionsJson();
    void actionsFilters_data();
    void actionsFilters();
    void actionsText();
    void badInput_data();
    void badInput();
    void help();

private:
    Run runCli(const QStringList &arguments) const;
    QString copyOfDatabase(const QString &name) const;
    QList<qint64> actionIds(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_database; // never written by the tests: copies are
    qint64 m_e04s1 = 0, m_e04s2 = 0, m_m01s1 = 0;
    qint64 m_e04Block = 0, m_m01Block = 0;
    qint64 m_olena = 0, m_lviv = 0, m_annArbor = 0, m_valencia = 0;
    QList<qint64> m_actions; // A1..A5, see initTestCase
};

Run TestMinutesCli::runCli(const QStringList &arguments) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
}

QString TestMinutesCli::copyOfDatabase(const QString &name) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    if (!QFile::copy(m_database, path))
        qWarning("Could not copy the database to %s", qPrintable(path));
    return path;
}

QList<qint64> TestMinutesCli::actionIds(const QStringList &arguments) const
{
    const Run run = runCli(QStringList{QStringLiteral("actions"), QStringLiteral("--json"),
                                       QStringLiteral("--database"), m_database} + arguments);
    bool ok = false;
    const QJsonArray list = arrayOf(run.out, &ok);
    if (run.exit != 0 || !ok)
        qWarning("actions failed (%d): %s", run.exit, qPrintable(run.err));
    QList<qint64> ids;
    for (const QJsonValue &v : list)
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    return ids;
}

// A seeded file with three sessions, a few people and five action items:
//   A1 E-04 #1, Olena, Lviv, due 2020-01-10, open         (overdue)
//   A2 E-04 #2, Ann Arbor, due 2099-12-31, in progress
//   A3 M-01 #1, Ann Miller, due 2020-02-01, done
//   A4 M-01 #1, no due date, open
//   A5 E-04 #1, due 2021-06-30, in progress               (overdue)
void TestMinutesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(C2C_CLI_PATH)), C2C_CLI_PATH);
    m_database = m_dir.filePath(QStringLiteral("minutes.sqlite"));
    {
        auto opened = Database::open(m_database);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const std::unique_ptr<Database> database = std::move(opened).value();
        const QSqlDatabase db = database->connection();
        const Clock &clock = database->clock();
        const auto cityId = [&](const QString &name) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM city WHERE name = ?"));
            q.addBindValue(name);
            return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        };
        m_lviv = cityId(QStringLiteral("Lviv"));
        m_annArbor = cityId(QStringLiteral("Ann Arbor"));
        m_valencia = cityId(QStringLiteral("València"));
        QVERIFY(m_lviv > 0 && m_annArbor > 0 && m_valencia > 0);

        PairingStore pairings(db, clock);
        SessionStore sessions(db, clock);
        const auto session = [&](const QString &code, const QString &block) {
            SessionRecord s;
            s.pairingId = pairings.resolve(code).value();
            AgendaItemRecord item;
            item.title = block;
            item.durationMinutes = 90;
            s.agenda << item;
            return sessions.insert(s).value_or(0);
        };
        m_e04s1 = session(QStringLiteral("E-04"), QStringLiteral("Pitches"));
        m_e04s2 = session(QStringLiteral("E-04"), QStringLiteral("Peer review"));
        m_m01s1 = session(QStringLiteral("M-01"), QStringLiteral("Kick-off"));
        m_e04Block = sessions.fetch(m_e04s1)->agenda.at(0).id;
        m_m01Block = sessions.fetch(m_m01s1)->agenda.at(0).id;

        PersonStore people(db, clock);
        const auto person = [&](const QString &name, qint64 city) {
            PersonRecord p;
            p.name = name;
            if (city > 0)
                p.cityId = city;
            return people.insert(p).value_or(0);
        };
        m_olena = person(QStringLiteral("Olena Petrenko"), m_lviv);
        const qint64 ann = person(QStringLiteral("Ann Miller"), m_annArbor);
        person(QStringLiteral("Chris Lee"), m_annArbor);
        person(QStringLiteral("Chris Lee"), 0);

        ActionStore actions(db, clock);
        const auto action = [&](qint64 sessionId, const QString &text, std::optional<qint64> owner,
                                std::optional<qint64> city, const QDate &due, const QString &status) {
            ActionItemRecord a;
            a.sessionId = sessionId;
            a.description = text;
            a.ownerPersonId = owner;
            a.cityId = city;
            a.dueDate = due;
            a.status = status;
            return actions.insert(a).value_or(0);
        };
        m_actions = {
            action(m_e04s1, QStringLiteral("Share the “heat map” of Lviv"), m_olena, m_lviv, QDate(2020, 1, 10), QStringLiteral("open")),
            action(m_e04s2, QStringLiteral("Draft the tender"), std::nullopt, m_annArbor, QDate(2099, 12, 31), QStringLiteral("in_progress")),
            action(m_m01s1, QStringLiteral("Report on Leh"), ann, std::nullopt, QDate(2020, 2, 1), QStringLiteral("done")),
            action(m_m01s1, QStringLiteral("Undated idea"), std::nullopt, std::nullopt, QDate(), QStringLiteral("open")),
            action(m_e04s1, QStringLiteral("Late & in progress"), std::nullopt, std::nullopt, QDate(2021, 6, 30), QStringLiteral("in_progress")),
        };
        QVERIFY(!m_actions.contains(0));
    }
    QVERIFY(!QFile::exists(m_database + QStringLiteral("-wal")) || QFileInfo(m_database + QStringLiteral("-wal")).size() == 0);
}

void TestMinutesCli::addNotePrintsItsId()
{
    const QString database = copyOfDatabase(QStringLiteral("add-note"));
    const QString body = QStringLiteral("## Décision\n\nLviv's \"Sykhiv\" pilot: *heat pumps* — 100 %");
    const Run run = runCli({QStringLiteral("add-note"), QStringLiteral("--session"), QString::number(m_e04s1),
                            QStringLiteral("--kind"), QStringLiteral("decision"), QStringLiteral("--text"), body,
                            QStringLiteral("--agenda-item"), QString::number(m_e04Block),
                            QStringLiteral("--city"), QStringLiteral("LVIV"), QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+\n$")).match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    const qint64 id = run.out.trimmed().toLongLong();
    QCOMPARE(valueIn(database, QStringLiteral("SELECT body FROM note WHERE id = ?"), {id}).toString(), body);
    QCOMPARE(valueIn(database, QStringLiteral("SELECT kind || ' ' || session_id || ' ' || agenda_item_id || ' ' || city_id || ' ' || position"
                                              " FROM note WHERE id = ?"), {id}).toString(),
             QStringLiteral("decision %1 %2 %3 1").arg(m_e04s1).arg(m_e04Block).arg(m_lviv));
    QCOMPARE(valueIn(database, QStringLiteral("SELECT rowid FROM note_fts WHERE note_fts MATCH 'decision AND sykhiv'")).toLongLong(), id);
}

void TestMinutesCli::addNoteBySessionCodeAndKindLabel()
{
    const QString database = copyOfDatabase(QStringLiteral("add-note-code"));
    const Run run = runCli({QStringLiteral("add-note"), QStringLiteral("--session"), QStringLiteral("e-04#2"),
                            QStringLiteral("--kind"), QStringLiteral("Good practice"), QStringLiteral("--text"),
                            QStringLiteral("Open data on heat demand"), QStringLiteral("--city"), QStringLiteral("valencia"),
                            QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const qint64 id = run.out.trimmed().toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(valueIn(database, QStringLiteral("SELECT kind || ' ' || session_id || ' ' || city_id || ' ' || (agenda_item_id IS NULL)"
                                              " FROM note WHERE id = ?"), {id}).toString(),
             QStringLiteral("good_practice %1 %2 1").arg(m_e04s2).arg(m_valencia));
    QCOMPARE(valueIn(database, QStringLiteral("SELECT count(*) FROM note")).toInt(), 1);
}

void TestMinutesCli::addActionPrintsItsId()
{
    const QString database = copyOfDatabase(QStringLiteral("add-action"));
    const Run run = runCli({QStringLiteral("add-action"), QStringLiteral("--session"), QString::number(m_e04s1),
                            QStringLiteral("--text"), QStringLiteral("Send the \"tender\" to Lviv's utility"),
                            QStringLiteral("--owner"), QStringLiteral("olena PETRENKO"), QStringLiteral("--city"),
                            QString::number(m_lviv), QStringLiteral("--due"), QStringLiteral("2027-04-30"),
                            QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+\n$")).match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    const qint64 id = run.out.trimmed().toLongLong();
    QVERIFY(!m_actions.contains(id));
    QCOMPARE(valueIn(database, QStringLiteral("SELECT description FROM action_item WHERE id = ?"), {id}).toString(),
             QStringLiteral("Send the \"tender\" to Lviv's utility"));
    QCOMPARE(valueIn(database, QStringLiteral("SELECT session_id || ' ' || owner_person_id || ' ' || city_id || ' ' || due_date"
                                              " || ' ' || status || ' ' || coalesce(done_date, 'none') FROM action_item WHERE id = ?"),
                     {id}).toString(),
             QStringLiteral("%1 %2 %3 2027-04-30 open none").arg(m_e04s1).arg(m_olena).arg(m_lviv));
    QCOMPARE(valueIn(database, QStringLiteral("SELECT count(*) FROM action_item")).toInt(), 6);
}

void TestMinutesCli::actionsJson()
{
    const Run run = runCli({QStringLiteral("actions"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    bool ok = false;
    const QJsonArray list = arrayOf(run.out, &ok);
    QVERIFY(ok);
    QCOMPARE(list.size(), 5);
    const QStringList keys{QStringLiteral("city"), QStringLiteral("description"), QStringLiteral("due"),
                           QStringLiteral("id"), QStringLiteral("overdue"), QStringLiteral("owner"),
                           QStringLiteral("pairing"), QStringLiteral("session"), QStringLiteral("status")};
    for (const QJsonValue &v : list)
        QCOMPARE(v.toObject().keys(), keys);
    // Earliest due first, no due date last.
    QList<qint64> ids;
    for (const QJsonValue &v : list)
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(ids, (QList<qint64>{m_actions.at(0), m_actions.at(2), m_actions.at(4), m_actions.at(1), m_actions.at(3)}));

    const QJsonObject a1 = list.at(0).toObject();
    QCOMPARE(a1.value(QLatin1String("pairing")).toString(), QStringLiteral("E-04"));
    QCOMPARE(a1.value(QLatin1String("session")).toInt(), 1);
    QCOMPARE(a1.value(QLatin1String("description")).toString(), QStringLiteral("Share the “heat map” of Lviv"));
    QCOMPARE(a1.value(QLatin1String("owner")).toString(), QStringLiteral("Olena Petrenko"));
    QCOMPARE(a1.value(QLatin1String("city")).toString(), QStringLiteral("Lviv"));
    QCOMPARE(a1.value(QLatin1String("due")).toString(), QStringLiteral("2020-01-10"));
    QCOMPARE(a1.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(a1.value(QLatin1String("overdue")), QJsonValue(true));

    const QJsonObject a3 = list.at(1).toObject();
    QCOMPARE(a3.value(QLatin1String("pairing")).toString(), QStringLiteral("M-01"));
    QCOMPARE(a3.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(a3.value(QLatin1String("owner")).toString(), QStringLiteral("Ann Miller"));
    QVERIFY(a3.value(QLatin1String("city")).isNull());
    QCOMPARE(a3.value(QLatin1String("overdue")), QJsonValue(false)); // done, however late

    const QJsonObject a2 = list.at(3).toObject();
    QCOMPARE(a2.value(QLatin1String("session")).toInt(), 2);
    QCOMPARE(a2.value(QLatin1String("overdue")), QJsonValue(false));
    const QJsonObject a4 = list.at(4).toObject();
    QVERIFY(a4.value(QLatin1String("owner")).isNull());
    QVERIFY(a4.value(QLatin1String("city")).isNull());
    QVERIFY(a4.value(QLatin1String("due")).isNull());
    QCOMPARE(a4.value(QLatin1String("overdue")), QJsonValue(false));
}

void TestMinutesCli::actionsFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<int>>("expected"); // indexes into m_actions
    QTest::newRow("pairing by code") << QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04")} << QList<int>{0, 4, 1};
    QTest::newRow("pairing code in lower case") << QStringList{QStringLiteral("--pairing"), QStringLiteral("m-01")} << QList<int>{2, 3};
    QTest::newRow("status key") << QStringList{QStringLiteral("--status"), QStringLiteral("in_progress")} << QList<int>{4, 1};
    QTest::newRow("status label") << QStringList{QStringLiteral("--status"), QStringLiteral("In progress")} << QList<int>{4, 1};
    QTest::newRow("open") << QStringList{QStringLiteral("--status"), QStringLiteral("open")} << QList<int>{0, 3};
    QTest::newRow("overdue") << QStringList{QStringLiteral("--overdue")} << QList<int>{0, 4};
    QTest::newRow("overdue in M-01") << QStringList{QStringLiteral("--overdue"), QStringLiteral("--pairing"), QStringLiteral("M-01")}
                                     << QList<int>{};
    QTest::newRow("overdue and open") << QStringList{QStringLiteral("--overdue"), QStringLiteral("--status"), QStringLiteral("open")}
                                      << QList<int>{0};
    QTest::newRow("owner by name") << QStringList{QStringLiteral("--owner"), QStringLiteral("Olena Petrenko")} << QList<int>{0};
    QTest::newRow("city by name") << QStringList{QStringLiteral("--city"), QStringLiteral("ann arbor")} << QList<int>{1};
}

void TestMinutesCli::actionsFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, expected);
    QList<qint64> ids;
    for (int i : expected)
        ids << m_actions.at(i);
    QCOMPARE(actionIds(arguments), ids);
}

void TestMinutesCli::actionsText()
{
    const Run run = runCli({QStringLiteral("actions"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                            QStringLiteral("--database"), m_database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("E-04 #1   2020-01-10  Open        OVERDUE  Share the “heat map” of Lviv"
                                                   " — Olena Petrenko, Lviv")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("E-04 #2   2099-12-31  In progress          Draft the tender — Ann Arbor")),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), QStringLiteral("3 action items"));
}

void TestMinutesCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString s1 = QStringLiteral("S1");
    const QString note = QStringLiteral("add-note"), action = QStringLiteral("add-action");
    const QString session = QStringLiteral("--session"), text = QStringLiteral("--text"), kind = QStringLiteral("--kind");
    QTest::newRow("note without text") << QStringList{note, session, s1, kind, QStringLiteral("decision")}
                                       << QStringLiteral("--session, --kind and --text are required");
    QTest::newRow("unknown kind") << QStringList{note, session, s1, kind, QStringLiteral("gossip"), text, QStringLiteral("x")}
                                  << QStringLiteral("unknown kind “gossip”");
    QTest::newRow("blank text") << QStringList{note, session, s1, kind, QStringLiteral("insight"), text, QStringLiteral("  ")}
                                << QStringLiteral("needs some text");
    QTest::newRow("unknown session") << QStringList{note, session, QStringLiteral("99999"), kind, QStringLiteral("insight"), text, QStringLiteral("x")}
                                     << QStringLiteral("no session with id 99999");
    QTest::newRow("no such session number") << QStringList{note, session, QStringLiteral("E-04#9"), kind, QStringLiteral("insight"), text, QStringLiteral("x")}
                                            << QStringLiteral("E-04 has no session number 9");
    QTest::newRow("block of another session") << QStringList{note, session, s1, kind, QStringLiteral("insight"), text, QStringLiteral("x"),
                                                             QStringLiteral("--agenda-item"), QStringLiteral("M01BLOCK")}
                                              << QStringLiteral("has no agenda block with id");
    QTest::newRow("unknown city") << QStringList{note, session, s1, kind, QStringLiteral("insight"), text, QStringLiteral("x"),
                                                 QStringLiteral("--city"), QStringLiteral("Atlantis")}
                                  << QStringLiteral("No city with id or name “Atlantis”");
    QTest::newRow("impossible due date") << QStringList{action, session, s1, text, QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("2027-02-30")}
                                         << QStringLiteral("dates are written YYYY-MM-DD");
    QTest::newRow("unknown owner") << QStringList{action, session, s1, text, QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("Nobody")}
                                   << QStringLiteral("No person with id or name “Nobody”");
    QTest::newRow("namesakes") << QStringList{action, session, s1, text, QStringLiteral("x"), QStringLiteral("--owner"), QStringLiteral("chris lee")}
                               << QStringLiteral("Several people are called “chris lee”");
    QTest::newRow("blank action") << QStringList{action, session, s1, text, QStringLiteral(" ")}
                                  << QStringLiteral("needs a description");
    QTest::newRow("action without session") << QStringList{action, text, QStringLiteral("x")}
                                            << QStringLiteral("--session and --text are required");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("actions"), QStringLiteral("--status"), QStringLiteral("late")}
                                    << QStringLiteral("unknown status “late”");
    QTest::newRow("unknown pairing") << QStringList{QStringLiteral("actions"), QStringLiteral("--pairing"), QStringLiteral("X-99")}
                                     << QStringLiteral("No pairing with id or code “X-99”");
    QTest::newRow("unknown option") << QStringList{note, QStringLiteral("--colour"), QStringLiteral("red")}
                                    << QStringLiteral("Unknown option 'colour'");
}

void TestMinutesCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^S1$")), QString::number(m_e04s1));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^M01BLOCK$")), QString::number(m_m01Block));
    const QByteArray before = fileHash(m_database);
    QVERIFY(!before.isEmpty());

    const Run run = runCli(arguments + QStringList{QStringLiteral("--database"), m_database});
    QCOMPARE(run.exit, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("city2city-cli ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(fileHash(m_database), before);
    QCOMPARE(valueIn(m_database, QStringLiteral("SELECT (SELECT count(*) FROM note) || ' ' || (SELECT count(*) FROM action_item)")).toString(),
             QStringLiteral("0 5"));
}

void TestMinutesCli::help()
{
    const Run all = runCli({QStringLiteral("--help")});
    QCOMPARE(all.exit, 0);
    for (const char *command : {"add-note", "add-action", "actions"})
        QVERIFY2(all.out.contains(QByteArray("\n  ") + command + ' '), all.out.constData());
    const Run one = runCli({QStringLiteral("add-action"), QStringLiteral("--help")});
    QCOMPARE(one.exit, 0);
    QVERIFY(one.out.contains("--owner <PERSON>"));
    QVERIFY(one.out.contains("--due <DATE>"));
}

QTEST_GUILESS_MAIN(TestMinutesCli)
#include "tst_minutescli.moc"
