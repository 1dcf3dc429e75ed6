// Opening files: a new file is created, migrated and seeded; anything we must not touch is
// refused with a message and left byte for byte as it was.
#include "TestDatabase.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "generate/SyntheticProgramme.h"
#include "database/SqliteHandle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes an SQLite file outside Database, to stand for files made by others.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}
} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void createsMigratesAndSeedsNewFile();
    void newFileIsPrivate();
    void createsMissingFolders();
    void unseededFileIsEmptyButMigrated();
    void reopenKeepsData();
    void connectionPragmas();
    void ownConnectionHasThePragmasAndSeesTheFile();
    void foreignKeysAreEnforced();
    void checkConstraintsRefuseBadValues();
    void valueListsAreCheckedWithoutATable_data();
    void valueListsAreCheckedWithoutATable();
    void optionalMigrationSkippedWhereSqliteRefusesIt();
    void refusesUntouched_data();
    void refusesUntouched();
    void refusesFolder();
    void readOnlyFileOpensReadOnly();
    void statementSplitterKeepsTriggersWhole();
    void latestVersionMatchesMigrationFiles();
    void olderFileIsMigratedKeepingItsData();

private:
    QTemporaryDir m_generatedDir;
};

void TestDatabaseOpen::createsMigratesAndSeedsNewFile()
{
    TestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.database().wasCreated());
    QCOMPARE(db.database().schemaVersion(), Migrator::latestVersion());
    QCOMPARE(pragma(db.connection(), QStringLiteral("application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pairing")).toInt(), 19);
    // Every user-created row carries a UUID and timestamps from the clock.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE uuid IS NULL OR created_at IS NULL")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT min(created_at) FROM city")).toString(),
             QStringLiteral("2027-03-20T13:12:00.000Z"));
}

void TestDatabaseOpen::newFileIsPrivate()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const auto permissions = QFile::permissions(db.path());
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestDatabaseOpen::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/programme.c2c"));
    FixedClock clock(TestDatabase::defaultNow());
    Database::Options options;
    options.clock = &clock;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(QFile::exists(path));
}

void TestDatabaseOpen::unseededFileIsEmptyButMigrated()
{
    TestDatabase db(false);
    QVERIFY(db.ok());
    QCOMPARE(db.database().schemaVersion(), Migrator::latestVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'note_fts'")).toInt(), 1);
}

void TestDatabaseOpen::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep Peñalolén #2?.c2c"));
    {
        auto first = Database::open(path);
        QVERIFY(first.ok());
        QSqlQuery q(first.value()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE city SET population = 717000 WHERE name = 'Lviv'")));
    }
    auto second = Database::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(!second.value()->wasCreated());
    QSqlQuery q(second.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT population FROM city WHERE name = 'Lviv'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 717000);
    // Reopening does not seed twice.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pairing")) && q.next());
    QCOMPARE(q.value(0).toInt(), 19);
}

void TestDatabaseOpen::connectionPragmas()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QCOMPARE(pragma(db.connection(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(db.connection(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db.connection(), QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(db.connection(), QStringLiteral("busy_timeout")), QStringLiteral("5000"));
}

// The further connection of a write away from the window's thread: the same pragmas, the same
// file, its commit seen by the window's connection; gone afterwards.
void TestDatabaseOpen::ownConnectionHasThePragmasAndSeesTheFile()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QStringList before = QSqlDatabase::connectionNames();
    const Status s = db.database().withOwnConnection([](QSqlDatabase own) -> Status {
        for (const auto &[name, value] : {std::pair{"foreign_keys", "1"}, std::pair{"journal_mode", "wal"},
                                          std::pair{"synchronous", "2"}, std::pair{"busy_timeout", "5000"}}) {
            if (pragma(own, QString::fromLatin1(name)) != QLatin1String(value))
                return Status::failure(QStringLiteral("%1 is %2").arg(QLatin1String(name), pragma(own, QString::fromLatin1(name))));
        }
        QSqlQuery q(own);
        if (!q.exec(QStringLiteral("UPDATE city SET population = 4242 WHERE id = 1")))
            return Status::failure(q.lastError().text());
        return {};
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT population FROM city WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4242);
    // What it returns is what the work returned.
    const Status failed = db.database().withOwnConnection([](QSqlDatabase) { return Status::failure(QStringLiteral("no")); });
    QCOMPARE(failed.error(), QStringLiteral("no"));
}

void TestDatabaseOpen::foreignKeysAreEnforced()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO pairing_city (pairing_id, city_id, position) VALUES (1, ?, 9)"));
    q.addBindValue(999999);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
}

void TestDatabaseOpen::checkConstraintsRefuseBadValues()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE city SET population = -5 WHERE id = 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE city SET cohort_status = 'vip' WHERE id = 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE pairing SET status = 'paused' WHERE id = 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE city SET name = '  ' WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE city SET population = NULL WHERE id = 1"))); // unknown is fine
}

void TestDatabaseOpen::valueListsAreCheckedWithoutATable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("city") << "city" << "cohort_status" << QStringList{"member", "joining", "former"};
    QTest::newRow("person") << "person" << "role" << QStringList{"city_representative", "expert", "facilitator", "observer"};
    QTest::newRow("pairing") << "pairing" << "status" << QStringList{"proposed", "active", "completed", "cancelled"};
    const QStringList kinds{"matchmaking", "sharing", "learning", "showcasing", "knowledge_exchange", "other"};
    QTest::newRow("session template") << "session_template" << "kind" << kinds;
    QTest::newRow("session kind") << "session" << "kind" << kinds;
    QTest::newRow("session mode") << "session" << "mode" << QStringList{"online", "in_person", "hybrid"};
    QTest::newRow("session status") << "session" << "status" << QStringList{"draft", "scheduled", "held", "cancelled"};
    QTest::newRow("attendance") << "attendance" << "status" << QStringList{"present", "absent", "excused"};
    QTest::newRow("note") << "note" << "kind" << QStringList{"discussion", "decision", "insight", "good_practice", "challenge"};
    QTest::newRow("action item") << "action_item" << "status" << QStringList{"open", "in_progress", "done", "dropped"};
    QTest::newRow("change log") << "change_log" << "operation" << QStringList{"insert", "update", "delete"};
}

// Schema 8 wrote these checks as chains of equalities, which SQLite tests without building a
// temporary index of the values for each row written: the same values pass, the same fail.
void TestDatabaseOpen::valueListsAreCheckedWithoutATable()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QStringList, values);
    // One generated file for every row of the table (every table has rows in it); each row
    // writes only its own column.
    const QString path = m_generatedDir.filePath(QStringLiteral("generated.c2c"));
    if (!QFile::exists(path)) {
        const auto generated = SyntheticProgramme::generate(path, {2, 1});
        QVERIFY2(generated.ok(), qPrintable(generated.error()));
    }
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")));
    q.addBindValue(table);
    QVERIFY(q.exec() && q.next());
    const QString definition = q.value(0).toString();
    QVERIFY2(!definition.contains(column + QStringLiteral(" IN (")), qPrintable(definition));
    QVERIFY2(definition.contains(QStringLiteral("%1 = '%2'").arg(column, values.constLast())), qPrintable(definition));
    // The migrated connection and a new one both compile the new checks: an insert of the
    // column (compiled only, never run) builds no temporary index.
    const QString explain = QStringLiteral("EXPLAIN INSERT INTO %1 (%2) VALUES (?)").arg(table, column);
    const auto ephemeralOpens = [&](QSqlDatabase connection) {
        QSqlQuery e(connection);
        if (!e.prepare(explain))
            return -1;
        e.addBindValue(values.constFirst());
        if (!e.exec())
            return -1;
        int opens = 0;
        while (e.next())
            opens += e.value(1).toString() == QLatin1String("OpenEphemeral");
        return opens;
    };
    QCOMPARE(ephemeralOpens(opened.value()->connection()), 0);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QCOMPARE(ephemeralOpens(other), 0);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    QVERIFY(q.exec(QStringLiteral("INSERT INTO change_log (changed_at, actor, operation, table_name) VALUES ('x', 'y', 'insert', 't')")));
    // The table and column are the test's own names; the value is bound.
    const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = (SELECT min(rowid) FROM %1)").arg(table, column);
    for (const QString &value : values) {
        QVERIFY(q.prepare(update));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(value + u' ' + q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    for (const QString &outsider : {QStringLiteral("other "), QStringLiteral("Expert"), QStringLiteral("")}) {
        QVERIFY(q.prepare(update));
        q.addBindValue(outsider);
        QVERIFY2(!q.exec(), qPrintable(outsider));
    }
    // NULL passes the check, as it did; only the column's NOT NULL refuses it.
    QVERIFY(q.prepare(update));
    q.addBindValue(QVariant());
    const bool nullable = column == QLatin1String("cohort_status");
    QCOMPARE(q.exec(), nullable);
}

// A SQLite in defensive mode refuses writable_schema: schema 8 only changes speed, so the file
// reaches it with its checks as they were instead of not opening.
void TestDatabaseOpen::optionalMigrationSkippedWhereSqliteRefusesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.c2c"));
    QStringList statements;
    for (const QString &name : QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > 7)
            break;
        QFile script(QStringLiteral(":/migrations/") + name);
        QVERIFY(script.open(QIODevice::ReadOnly));
        statements << Migrator::statements(QString::fromUtf8(script.readAll()));
    }
    statements << QStringLiteral("PRAGMA user_version = 7")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
    makeSqliteFile(path, statements);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("defensive"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        sqlite3 *handle = sqliteHandle(db);
        QVERIFY(handle);
        QCOMPARE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr), SQLITE_OK);
        FixedClock clock(TestDatabase::defaultNow());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Migration 0008_checks.sql skipped")));
        const Status migrated = Migrator(db, clock).migrate(false);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Migrator::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'person'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("role IN (")), qPrintable(q.value(0).toString()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO person (uuid, name, search_key, role, created_at, updated_at)"
                                       " VALUES ('u', 'n', 'n', 'boss', 'x', 'x')")));
        QCOMPARE(pragma(db, QStringLiteral("writable_schema")).toInt(), 0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("defensive"));
}

void TestDatabaseOpen::refusesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("truncated header") << QStringLiteral("truncated") << QStringLiteral("not an SQLite file");
    QTest::newRow("another application's database") << QStringLiteral("foreign")
                                                    << QStringLiteral("another application");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestDatabaseOpen::refusesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    // Spaces, accents and URI characters in the name must not change how the file is read.
    const QString path = dir.filePath(QStringLiteral("minutes Çorlu #1?.c2c"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,country\nLviv,UA\n");
    } else if (kind == QLatin1String("truncated")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite form");
    } else if (kind == QLatin1String("foreign")) {
        makeSqliteFile(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                              QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
    } else {
        TestDatabase made;
        QVERIFY(made.ok());
        QSqlQuery q(made.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        QVERIFY(QFile::copy(made.path(), path));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList siblingsBefore = QDir(dir.path()).entryList(QDir::Files);

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), siblingsBefore); // no -wal or -shm left
}

void TestDatabaseOpen::refusesFolder()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("is a folder")), qPrintable(opened.error()));
}

void TestDatabaseOpen::readOnlyFileOpensReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("root may write any file, so read-only permissions cannot be tested as root");
    TestDatabase made;
    QVERIFY(made.ok());
    const QString path = made.folder() + QStringLiteral("/copy.c2c");
    {
        QSqlQuery q(made.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFile::copy(made.path(), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = fileHash(path);
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(opened.value()->isReadOnly());
        QVERIFY2(opened.value()->readOnlyReason().contains(QStringLiteral("read-only")),
                 qPrintable(opened.value()->readOnlyReason()));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pairing")) && q.next());
        QCOMPARE(q.value(0).toInt(), 19);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM note")));
        bool ran = false;
        const Status own = opened.value()->withOwnConnection([&ran](QSqlDatabase) -> Status {
            ran = true;
            return {};
        });
        QVERIFY(!own.ok());
        QVERIFY(!ran);
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabaseOpen::statementSplitterKeepsTriggersWhole()
{
    const QString script = QStringLiteral(
        "-- a comment line\n"
        "CREATE TABLE a (x INTEGER);\n"
        ";\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    INSERT INTO b VALUES (new.x);\n"
        "    INSERT INTO c VALUES (new.x);\n"
        "END\n"
        "  ;  \n"
        "\n;\n"
        "CREATE INDEX i ON a (x)\n");
    const QStringList statements = Migrator::statements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("END")));
    QCOMPARE(statements.at(1).count(QStringLiteral("INSERT INTO")), 2);
    QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX i ON a (x)"));
}

void TestDatabaseOpen::latestVersionMatchesMigrationFiles()
{
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(Migrator::latestVersion(), files.size());
    QCOMPARE(files.last().left(4).toInt(), files.size()); // numbered 0001, 0002, ... without gaps
}

void TestDatabaseOpen::olderFileIsMigratedKeepingItsData()
{
    // A file at schema 1, as the first release wrote it, with one theme in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.c2c"));
    QFile script(QStringLiteral(":/migrations/0001_domain.sql"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QStringList statements = Migrator::statements(QString::fromUtf8(script.readAll()));
    statements << QStringLiteral("INSERT INTO theme (code, name, position) VALUES ('W', 'Water', 0)")
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
    makeSqliteFile(path, statements);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->connection();
    QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM theme")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Water"));
    QVERIFY(!q.next()); // the programme is not seeded into an existing file
    // Schema 2 brought the method library and the session templates.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM method WHERE builtin = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), 18);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM session_template")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM city_working_hours")) && q.next());
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
