// city2city-cli search, run as the built executable on a seeded database in a temporary folder
// whose minutes are written here with plain SQL.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = CliRun;

QJsonArray arrayOf(const QByteArray &json, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestSearchCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShape();
    void textOutput();
    void kindFilter_data();
    void kindFilter();
    void themeFilter_data();
    void themeFilter();
    void accentsAndPrefix_data();
    void accentsAndPrefix();
    void limit();
    void nothingToSearchFor_data();
    void nothingToSearchFor();
    void badOptions_data();
    void badOptions();
    void help();

private:
    Run runCli(const QStringList &arguments) const;
    QJsonArray searchJson(const QStringList &arguments) const;
    QStringList hitNames(const QStringList &arguments) const; // "note:E-04:decision"...

    QTemporaryDir m_dir;
    QString m_database;
};

Run TestSearchCli::runCli(const QStringList &arguments) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
}

QJsonArray TestSearchCli::searchJson(const QStringList &arguments) const
{
    const Run run = runCli(QStringList{QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--database"),
                                       m_database} + arguments);
    bool ok = false;
    const QJsonArray list = arrayOf(run.out, &ok);
    if (run.exit != 0 || !ok)
        qWarning("search %s failed (%d): %s", qPrintable(arguments.join(u' ')), run.exit, qPrintable(run.err));
    return list;
}

QStringList TestSearchCli::hitNames(const QStringList &arguments) const
{
    QStringList names;
    for (const QJsonValue &value : searchJson(arguments)) {
        const QJsonObject hit = value.toObject();
        names << QStringLiteral("%1:%2:%3").arg(hit.value(QLatin1String("source")).toString(),
                                                hit.value(QLatin1String("pairing")).toString(),
                                                hit.value(QLatin1String("kind")).toString());
    }
    names.sort();
    return names;
}

void TestSearchCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(C2C_CLI_PATH)), C2C_CLI_PATH);
    m_database = m_dir.filePath(QStringLiteral("programme.sqlite"));
    // The CLI creates and seeds the file; plan-cycle gives two pairings of two themes sessions.
    for (const QString &pairing : {QStringLiteral("E-04"), QStringLiteral("C-01")}) {
        const Run run = runCli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), pairing, QStringLiteral("--start"),
                                QStringLiteral("2027-03-15"), QStringLiteral("--database"), m_database});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString session = QStringLiteral(
            "(SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE p.code = ? AND s.sequence = ?)");
        const QString city = QStringLiteral("(SELECT id FROM city WHERE name = ?)");
        struct Entry { const char *table; const char *pairing; int sequence; const char *kind; const char *text; const char *city; };
        const Entry entries[] = {
            {"note", "E-04", 1, "decision", "València chose district heating for the old town.", "València"},
            {"note", "E-04", 2, "insight", "Heat pumps & <b>fans</b> were compared.", nullptr},
            {"note", "C-01", 1, "good_practice", "Çorlu shaded its bus stops with trees.", "Çorlu"},
            {"note", "C-01", 2, "challenge", "Heating costs rise every winter.", nullptr},
            {"action", "E-04", 1, nullptr, "Send the district heating study to Lviv.", "Lviv"},
            {"action", "C-01", 1, nullptr, "Plant trees at bus stops in Corlu.", nullptr},
        };
        int n = 0;
        for (const Entry &e : entries) {
            const bool note = qstrcmp(e.table, "note") == 0;
            QVERIFY(q.prepare(note ? QStringLiteral("INSERT INTO note (uuid, session_id, kind, body, city_id, created_at,"
                                                    " updated_at) VALUES (?, %1, ?, ?, %2, 'x', 'x')").arg(session, city)
                                   : QStringLiteral("INSERT INTO action_item (uuid, session_id, description, city_id,"
                                                    " created_at, updated_at) VALUES (?, %1, ?, %2, 'x', 'x')").arg(session, city)));
            q.addBindValue(QStringLiteral("fixture-%1").arg(++n));
            q.addBindValue(QString::fromLatin1(e.pairing));
            q.addBindValue(e.sequence);
            if (note)
                q.addBindValue(QString::fromLatin1(e.kind));
            q.addBindValue(QString::fromUtf8(e.text));
            q.addBindValue(e.city ? QVariant(QString::fromUtf8(e.city)) : QVariant());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void TestSearchCli::jsonShape()
{
    const QJsonArray hits = searchJson({QStringLiteral("district heating")});
    QCOMPARE(hits.size(), 2);
    const QSet<QString> keys{QStringLiteral("source"), QStringLiteral("id"), QStringLiteral("pairing"),
                             QStringLiteral("theme"), QStringLiteral("session"), QStringLiteral("session_id"),
                             QStringLiteral("session_title"), QStringLiteral("kind"), QStringLiteral("city"),
                             QStringLiteral("snippet"), QStringLiteral("rank")};
    QStringList sources;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        const QStringList hitKeys = hit.keys();
        QCOMPARE(QSet<QString>(hitKeys.begin(), hitKeys.end()), keys);
        QVERIFY(hit.value(QLatin1String("id")).toInteger() > 0);
        QVERIFY(hit.value(QLatin1String("session_id")).toInteger() > 0);
        QCOMPARE(hit.value(QLatin1String("pairing")).toString(), QStringLiteral("E-04"));
        QCOMPARE(hit.value(QLatin1String("theme")).toString(), QStringLiteral("Energy & Infrastructure"));
        QCOMPARE(hit.value(QLatin1String("session")).toInt(), 1);
        QVERIFY(hit.value(QLatin1String("session_title")).isString());
        QVERIFY(hit.value(QLatin1String("rank")).isDouble());
        QVERIFY(hit.value(QLatin1String("rank")).toDouble() < 0);
        const QString source = hit.value(QLatin1String("source")).toString();
        sources << source;
        if (source == QLatin1String("note")) {
            QCOMPARE(hit.value(QLatin1String("kind")).toString(), QStringLiteral("decision"));
            QCOMPARE(hit.value(QLatin1String("city")).toString(), QStringLiteral("València"));
            QCOMPARE(hit.value(QLatin1String("snippet")).toString(),
                     QStringLiteral("València chose <b>district</b> <b>heating</b> for the old town."));
        } else {
            QCOMPARE(hit.value(QLatin1String("kind")).toString(), QStringLiteral("action"));
            QCOMPARE(hit.value(QLatin1String("city")).toString(), QStringLiteral("Lviv"));
            QCOMPARE(hit.value(QLatin1String("snippet")).toString(),
                     QStringLiteral("Send the <b>district</b> <b>heating</b> study to Lviv."));
        }
    }
    QCOMPARE(sorted(sources), (QStringList{QStringLiteral("action"), QStringLiteral("note")}));
    QVERIFY(hits.at(0).toObject().value(QLatin1String("rank")).toDouble()
            <= hits.at(1).toObject().value(QLatin1String("rank")).toDouble());

    // Markup in a note comes out escaped; a missing city is null.
    const QJsonArray pumps = searchJson({QStringLiteral("pumps")});
    QCOMPARE(pumps.size(), 1);
    QCOMPARE(pumps.at(0).toObject().value(QLatin1String("snippet")).toString(),
             QStringLiteral("Heat <b>pumps</b> &amp; &lt;b&gt;fans&lt;/b&gt; were compared."));
    QVERIFY(pumps.at(0).toObject().value(QLatin1String("city")).isNull());
}

void TestSearchCli::textOutput()
{
    const Run run = runCli({QStringLiteral("search"), QStringLiteral("trees"), QStringLiteral("--database"), m_database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("C-01 #1")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Çorlu shaded its bus stops with [trees].")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Plant [trees] at bus stops in Corlu.")), qPrintable(out));
    QVERIFY2(out.endsWith(QStringLiteral("\n2 hits\n")), qPrintable(out));

    const Run none = runCli({QStringLiteral("search"), QStringLiteral("submarine"), QStringLiteral("--database"), m_database});
    QCOMPARE(none.exit, 0);
    QCOMPARE(none.out, QByteArray("0 hits\n"));
}

void TestSearchCli::kindFilter_data()
{
    // "heat*" finds "heating" in two notes and an action, and the E-04 insight's "Heat".
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QStringList{"action:E-04:action", "note:C-01:challenge",
                                                     "note:E-04:decision", "note:E-04:insight"};
    QTest::newRow("action") << QStringLiteral("action") << QStringList{"action:E-04:action"};
    QTest::newRow("decision") << QStringLiteral("decision") << QStringList{"note:E-04:decision"};
    QTest::newRow("challenge") << QStringLiteral("challenge") << QStringList{"note:C-01:challenge"};
    QTest::newRow("insight") << QStringLiteral("insight") << QStringList{"note:E-04:insight"};
    QTest::newRow("good practice") << QStringLiteral("good_practice") << QStringList{};
}

void TestSearchCli::kindFilter()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    QStringList arguments{QStringLiteral("heat*")};
    if (!kind.isEmpty())
        arguments << QStringLiteral("--kind") << kind;
    QCOMPARE(hitNames(arguments), expected);
}

void TestSearchCli::themeFilter_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("code") << QStringLiteral("E") << QStringList{"action:E-04:action", "note:E-04:decision"};
    QTest::newRow("lower-case code") << QStringLiteral("c") << QStringList{"note:C-01:challenge"};
    QTest::newRow("name") << QStringLiteral("Cooling & Heat Management") << QStringList{"note:C-01:challenge"};
    QTest::newRow("theme without hits") << QStringLiteral("M") << QStringList{};
}

void TestSearchCli::themeFilter()
{
    QFETCH(QString, theme);
    QFETCH(QStringList, expected);
    QCOMPARE(hitNames({QStringLiteral("heating"), QStringLiteral("--theme"), theme}), expected);
}

void TestSearchCli::accentsAndPrefix_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valencia") << QStringLiteral("valencia") << QStringList{"note:E-04:decision"};
    QTest::newRow("corlu") << QStringLiteral("corlu") << QStringList{"action:C-01:action", "note:C-01:good_practice"};
    QTest::newRow("Çorlu") << QStringLiteral("ÇORLU") << QStringList{"action:C-01:action", "note:C-01:good_practice"};
    QTest::newRow("prefix") << QStringLiteral("val*") << QStringList{"note:E-04:decision"};
    QTest::newRow("hostile") << QStringLiteral("'; DROP TABLE note; --") << QStringList{};
    QTest::newRow("syntax") << QStringLiteral("NEAR(\"bus") << QStringList{};
}

void TestSearchCli::accentsAndPrefix()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(hitNames({query}), expected);
    // Nothing was dropped by the hostile ones.
    QCOMPARE(hitNames({QStringLiteral("trees")}).size(), 2);
}

void TestSearchCli::limit()
{
    QCOMPARE(searchJson({QStringLiteral("heating")}).size(), 3);
    QCOMPARE(searchJson({QStringLiteral("heating"), QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    QCOMPARE(searchJson({QStringLiteral("heating"), QStringLiteral("--limit"), QStringLiteral("1")}).size(), 1);
}

void TestSearchCli::nothingToSearchFor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("no query") << QStringList{} << 2 << QByteArray();
    QTest::newRow("no query, json") << QStringList{QStringLiteral("--json")} << 2 << QByteArray();
    QTest::newRow("blank query") << QStringList{QStringLiteral("  ")} << 2 << QByteArray();
    QTest::newRow("punctuation") << QStringList{QStringLiteral("\" * :")} << 0 << QByteArray("0 hits\n");
    QTest::newRow("punctuation, json") << QStringList{QStringLiteral("--json"), QStringLiteral("-")} << 0 << QByteArray("[\n]\n");
}

void TestSearchCli::nothingToSearchFor()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exit);
    QFETCH(QByteArray, out);
    const Run run = runCli(QStringList{QStringLiteral("search"), QStringLiteral("--database"), m_database} + arguments);
    QCOMPARE(run.exit, exit);
    QCOMPARE(run.out, out);
    if (exit != 0)
        QVERIFY2(run.err.contains(QLatin1String("search")), qPrintable(run.err));
    else
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestSearchCli::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("heating"), QStringLiteral("--kind"), QStringLiteral("memo")}
                                  << QStringLiteral("no kind “memo”");
    QTest::newRow("unknown theme") << QStringList{QStringLiteral("heating"), QStringLiteral("--theme"), QStringLiteral("Z")}
                                   << QStringLiteral("no theme “Z”");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("heating"), QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit");
    QTest::newRow("limit text") << QStringList{QStringLiteral("heating"), QStringLiteral("--limit"), QStringLiteral("many")}
                                << QStringLiteral("--limit");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("heating"), QStringLiteral("--fuzzy")}
                                    << QStringLiteral("fuzzy");
    QTest::newRow("kind without value") << QStringList{QStringLiteral("heating"), QStringLiteral("--kind")}
                                        << QStringLiteral("kind");
}

void TestSearchCli::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(QStringList{QStringLiteral("search"), QStringLiteral("--database"), m_database} + arguments);
    QCOMPARE(run.exit, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestSearchCli::help()
{
    const Run run = runCli({QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(run.exit, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("search [options] QUERY")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("--theme")) && out.contains(QLatin1String("--kind")), qPrintable(out));

    const Run usage = runCli({QStringLiteral("--help")});
    QCOMPARE(usage.exit, 0);
    QVERIFY2(usage.out.contains("  search "), usage.out.constData());
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "CliRunner.h"
#include "tst_searchcli.moc"
