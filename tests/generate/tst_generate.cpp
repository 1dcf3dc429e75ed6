// The synthetic database for benchmarks: the same seed gives the same data, another seed other
// data, and the file has the promised shape, passes SQLite's own checks and is searchable.
#include "CliRunner.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "generate/SyntheticProgramme.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestGenerate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void shape();
    void sqliteChecksPass();
    void searchFindsGeneratedNotes();
    void refusesAnExistingFileUntouched();
    void refusesBadCounts();
    void progressIsReported();

private:
    QString generated(const QString &name, int pairings, quint64 seed);
    QByteArray digest(const QString &path) const;
    QVariant scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_first;
    std::unique_ptr<Database> m_db;
};

QString TestGenerate::generated(const QString &name, int pairings, quint64 seed)
{
    const QString path = m_dir.filePath(name);
    const auto counts = SyntheticProgramme::generate(path, {pairings, seed});
    if (!counts)
        qWarning("generate: %s", qPrintable(counts.error()));
    return path;
}

// What a reader sees of the generated rows: codes, texts, levels, dates, uuids; not the seeded
// programme's uuids, which are random.
QByteArray TestGenerate::digest(const QString &path) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString connection = QStringLiteral("digest-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        const char *const queries[] = {
            "SELECT name, time_zone, population FROM city ORDER BY id",
            "SELECT code, challenge, start_date FROM pairing ORDER BY id",
            "SELECT uuid, pairing_id, sequence, kind, start_utc, status FROM session ORDER BY id",
            "SELECT body, kind, city_id FROM note ORDER BY id",
            "SELECT description, due_date, status FROM action_item ORDER BY id",
            "SELECT l.dimension, l.level FROM readiness_level l ORDER BY l.id",
        };
        for (const char *sql : queries) {
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return hash.result();
}

QVariant TestGenerate::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

void TestGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = generated(QStringLiteral("first.sqlite"), 24, 7);
    QVERIFY(QFile::exists(m_first));
    QVERIFY(!QFile::exists(m_first + QStringLiteral(".partial")));
    auto opened = Database::open(m_first);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = std::move(opened).value();
}

// The second file comes from another process (city2city-cli generate): nothing in the data may
// depend on what differs between processes, such as Qt's per-process hash seed.
void TestGenerate::sameSeedSameData()
{
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    const CliRun run = runCliProgram(QStringLiteral(C2C_CLI_PATH),
                                     {QStringLiteral("generate"), QStringLiteral("--out"), again,
                                      QStringLiteral("--pairings"), QStringLiteral("24"),
                                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--quiet")},
                                     m_dir.path());
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QByteArray a = digest(m_first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(digest(again), a);
}

void TestGenerate::otherSeedOtherData()
{
    const QString other = generated(QStringLiteral("other.sqlite"), 24, 8);
    QVERIFY(QFile::exists(other));
    QVERIFY(digest(other) != digest(m_first));
}

void TestGenerate::shape()
{
    // The seeded programme stays; the synthetic pairings come on top, over the four themes.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt(), 19 + 24);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT theme_id) FROM pairing WHERE code LIKE '_-0%'")).toInt(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), 51 + 60);
    QCOMPARE(scalar(QStringLiteral("SELECT min(n) || '-' || max(n) FROM (SELECT count(*) n FROM pairing_city"
                                   " GROUP BY pairing_id)")).toString().left(1), QStringLiteral("2"));
    QVERIFY(scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM pairing_city GROUP BY pairing_id)")).toInt() <= 4);
    QCOMPARE(scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) n FROM session GROUP BY pairing_id)")).toInt(), 4);
    QVERIFY(scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM session GROUP BY pairing_id)")).toInt() <= 6);
    QVERIFY(scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) n FROM agenda_item GROUP BY session_id)")).toInt() >= 6);
    QVERIFY(scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM agenda_item GROUP BY session_id)")).toInt() <= 12);
    // Minutes belong to held sessions: 20-40 entries and 3-7 action items each.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM note n JOIN session s ON s.id = n.session_id WHERE s.status <> 'held'")).toInt(), 0);
    QVERIFY(scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) n FROM note GROUP BY session_id)")).toInt() >= 20);
    QVERIFY(scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM note GROUP BY session_id)")).toInt() <= 40);
    QVERIFY(scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) n FROM action_item GROUP BY session_id)")).toInt() >= 3);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM session WHERE status = 'held'")).toInt() > 24);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM session WHERE status IN ('scheduled', 'draft')")).toInt() > 0);
    // Notes of 20-60 words.
    QVERIFY(scalar(QStringLiteral("SELECT min(length(body) - length(replace(body, ' ', '')) + 1) FROM note")).toInt() >= 20);
    QVERIFY(scalar(QStringLiteral("SELECT max(length(body) - length(replace(body, ' ', '')) + 1) FROM note")).toInt() <= 60);
    // Pilots assessed on every dimension at each held session, levels on the scale.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pilot")).toInt() > 24);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM readiness_level")).toInt(),
             6 * scalar(QStringLiteral("SELECT count(*) FROM readiness_assessment")).toInt());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM readiness_level WHERE level NOT BETWEEN 1 AND 5")).toInt(), 0);
    // Every zone is a real IANA zone.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT time_zone FROM city")));
    while (q.next())
        QVERIFY2(QTimeZone(q.value(0).toByteArray()).isValid(), qPrintable(q.value(0).toString()));
}

void TestGenerate::sqliteChecksPass()
{
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), qPrintable(q.value(0).toString()));
    QCOMPARE(m_db->schemaVersion(), Migrator::latestVersion());
}

// The word index was built after the rows were written: it knows every note.
void TestGenerate::searchFindsGeneratedNotes()
{
    const int like = scalar(QStringLiteral("SELECT count(*) FROM note WHERE ' ' || lower(body) || ' ' LIKE '% energy %'"
                                           " OR lower(body) LIKE 'energy %' OR body LIKE '% energy.%'")).toInt();
    const int fts = scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'energy'")).toInt();
    QVERIFY(fts > 0);
    QVERIFY2(fts >= like, qPrintable(QStringLiteral("%1 < %2").arg(fts).arg(like)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM action_item_fts WHERE action_item_fts MATCH 'the'")).toInt() > 0, true);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'zhytomyr'")).toInt()
            < scalar(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'city'")).toInt());
}

void TestGenerate::refusesAnExistingFileUntouched()
{
    const QByteArray before = digest(m_first);
    const auto counts = SyntheticProgramme::generate(m_first, {3, 1});
    QVERIFY(!counts);
    QVERIFY(counts.error().contains(QLatin1String("already exists")));
    QCOMPARE(digest(m_first), before);
}

void TestGenerate::refusesBadCounts()
{
    QVERIFY(!SyntheticProgramme::generate(m_dir.filePath(QStringLiteral("zero.sqlite")), {0, 1}));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("zero.sqlite"))));
    QVERIFY(!SyntheticProgramme::generate(m_dir.filePath(QStringLiteral("no/such/folder.sqlite")), {2, 1}));
}

void TestGenerate::progressIsReported()
{
    QList<int> reported;
    const auto counts = SyntheticProgramme::generate(m_dir.filePath(QStringLiteral("progress.sqlite")), {260, 3},
                                                     [&](int done, int total) {
                                                         QCOMPARE(total, 260);
                                                         reported << done;
                                                     });
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(reported, (QList<int>{250, 260}));
    QCOMPARE(counts->pairings, 260);
    QVERIFY(counts->notes > 260 * 4 * 15);
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
