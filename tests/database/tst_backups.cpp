// Backups, restore and the check, over real files: backups are complete, private, consistent
// copies, kept to the newest N, at most one a day and always before a migration; a restore
// checks the backup before anything changes and keeps the data it replaces.
#include "FileFixtures.h"
#include "TestDatabase.h"
#include "database/BackupRestore.h"
#include "database/Backups.h"
#include "database/Database.h"
#include "database/DatabaseCheck.h"
#include "database/Migrator.h"
#include "database/WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace FileFixtures;

namespace {
QString cityName(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT name FROM city WHERE id = 1")) && q.next() ? q.value(0).toString() : QString();
}

bool renameCity(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE city SET name = ? WHERE id = 1"));
    q.addBindValue(name);
    return q.exec();
}
} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void backupIsAPrivateCompleteCopy();
    void backupHoldsEditsNotYetCheckpointed();
    void keepsOnlyTheNewest();
    void backupsInOneSecondGetTheirOwnNames();
    void atMostOneADay();
    void migrationIsPrecededByABackup();
    void migrationWithoutBackupLeavesFileUntouched();
    void currentSchemaOpensWithoutBackup();
    void restoreRoundTrip();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void restoreOverDamagedFileKeepsIt();
    void readOnlyDatabaseIsNotRestored();
    void newestGoodSkipsDamagedBackups();
    void checkReports_data();
    void checkReports();
    void filesArePrivateWhateverTheUmask();
};

void TestBackups::backupIsAPrivateCompleteCopy()
{
    TestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Backups backups(db.path());
    QCOMPARE(backups.folder(), db.path() + QStringLiteral(".backups"));
    const auto written = backups.backUp(db.connection(), db.clock().nowUtc());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(QFileInfo(written->path).fileName(), QStringLiteral("test-20270320-131200Z.c2c"));
    QCOMPARE(mode(written->path), 0600);
    QCOMPARE(mode(backups.folder()), 0700);
    QCOMPARE(entries(backups.folder()), QStringList{QStringLiteral("test-20270320-131200Z.c2c")}); // no partial left

    const QList<BackupEntry> listed = backups.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().path, written->path);
    QCOMPARE(listed.constFirst().takenUtc, TestDatabase::defaultNow());
    QCOMPARE(listed.constFirst().size, QFileInfo(written->path).size());

    const DatabaseCheck::Report report = DatabaseCheck::ofFile(written->path);
    QVERIFY2(report.ok(), qPrintable(report.text()));
    QCOMPARE(report.schemaVersion, Migrator::latestVersion());
    QCOMPARE(valueIn(written->path, QStringLiteral("SELECT count(*) FROM pairing")).toInt(), 19);
    QCOMPARE(valueIn(written->path, QStringLiteral("SELECT count(*) FROM city")).toInt(),
             db.scalar(QStringLiteral("SELECT count(*) FROM city")).toInt());
}

void TestBackups::backupHoldsEditsNotYetCheckpointed()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QVERIFY(renameCity(db.connection(), QStringLiteral("Lwów")));
    QVERIFY(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0); // the edit is in the WAL only
    const auto written = Backups(db.path()).backUp(db.connection(), db.clock().nowUtc());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(valueIn(written->path, QStringLiteral("SELECT name FROM city WHERE id = 1")).toString(),
             QStringLiteral("Lwów"));
}

void TestBackups::keepsOnlyTheNewest()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const Backups backups(db.path(), 3);
    for (int day = 0; day < 5; ++day) {
        const auto written = backups.backUp(db.connection(), TestDatabase::defaultNow().addDays(day));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(backups.list().size() <= 3);
    }
    const QList<BackupEntry> kept = backups.list();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).takenUtc, TestDatabase::defaultNow().addDays(4)); // newest first
    QCOMPARE(kept.at(1).takenUtc, TestDatabase::defaultNow().addDays(3));
    QCOMPARE(kept.at(2).takenUtc, TestDatabase::defaultNow().addDays(2));
    QCOMPARE(entries(backups.folder()).size(), 3);
    // Files that are not backups of this database are never touched.
    QFile other(QDir(backups.folder()).filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(Backups(db.path(), 1).prune().ok());
    QCOMPARE(Backups(db.path()).list().size(), 1);
    QVERIFY(other.exists());
}

void TestBackups::backupsInOneSecondGetTheirOwnNames()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const Backups backups(db.path());
    const auto first = backups.backUp(db.connection(), db.clock().nowUtc());
    QVERIFY(renameCity(db.connection(), QStringLiteral("Second")));
    const auto second = backups.backUp(db.connection(), db.clock().nowUtc());
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->path != second->path);
    QCOMPARE(QFileInfo(second->path).fileName(), QStringLiteral("test-20270320-131200Z-2.c2c"));
    const QList<BackupEntry> listed = backups.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.constFirst().path, second->path); // the later one first
}

void TestBackups::atMostOneADay()
{
    TestDatabase db; // TZ=UTC in the tests: the local day is the UTC day
    QVERIFY(db.ok());
    const Backups backups(db.path());
    const QDateTime now = TestDatabase::defaultNow();
    QVERIFY(backups.isDue(now));
    QVERIFY(backups.backUp(db.connection(), now).ok());
    QVERIFY(!backups.isDue(now));
    QVERIFY(!backups.isDue(QDateTime(now.date(), QTime(23, 59, 59), QTimeZone::utc())));
    QVERIFY(backups.isDue(QDateTime(now.date().addDays(1), QTime(0, 0), QTimeZone::utc())));
    QVERIFY(backups.isDue(now.addDays(-1))); // a clock set back: the newest is "in the future"
}

void TestBackups::migrationIsPrecededByABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.c2c"));
    QCOMPARE(makeSchema1File(path), QString());
    FixedClock clock(TestDatabase::defaultNow());
    Database::Options options;
    options.clock = &clock;
    auto opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());

    const QList<BackupEntry> backups = Backups(path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().takenUtc, TestDatabase::defaultNow());
    // The file as it was before the migration: schema 1, its data.
    const DatabaseCheck::Report report = DatabaseCheck::ofFile(backups.constFirst().path);
    QVERIFY2(report.ok(), qPrintable(report.text()));
    QCOMPARE(report.schemaVersion, 1);
    QVERIFY(!report.notes.isEmpty()); // "older than this version's schema"
    QCOMPARE(valueIn(backups.constFirst().path, QStringLiteral("SELECT name FROM theme")).toString(), QStringLiteral("Water"));
    QCOMPARE(valueIn(backups.constFirst().path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'pilot_plan_action'")).toInt(), 0);
}

void TestBackups::migrationWithoutBackupLeavesFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.c2c"));
    QCOMPARE(makeSchema1File(path), QString());
    // A file where the backups folder should be: no backup can be written.
    QFile blocker(Backups::folderOf(path));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray before = hash(path);
    const QStringList siblings = entries(dir.path());

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("backup")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("not changed")), qPrintable(opened.error()));
    QCOMPARE(hash(path), before);
    QCOMPARE(entries(dir.path()), siblings);
}

void TestBackups::currentSchemaOpensWithoutBackup()
{
    TestDatabase made;
    QVERIFY(made.ok());
    auto again = Database::open(made.path());
    QVERIFY(again.ok());
    QVERIFY(!QFileInfo::exists(Backups::folderOf(made.path())));
}

void TestBackups::restoreRoundTrip()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QString original = cityName(db.connection());
    const auto backup = Backups(db.path()).backUp(db.connection(), db.clock().nowUtc());
    QVERIFY(backup.ok());
    QVERIFY(renameCity(db.connection(), QStringLiteral("Renamed after the backup")));

    db.clock().set(TestDatabase::defaultNow().addSecs(3600));
    const auto restored = BackupRestore::intoOpen(db.database(), backup->path);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    // The same Database goes on, on the restored data, with its pragmas.
    QCOMPARE(cityName(db.connection()), original);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QVERIFY(renameCity(db.connection(), QStringLiteral("Writable after the restore")));
    QCOMPARE(mode(db.path()), 0600);

    // What was there before is a backup like any other.
    QCOMPARE(QFileInfo(restored->keptAs).fileName(), QStringLiteral("test-20270320-141200Z.c2c"));
    QCOMPARE(valueIn(restored->keptAs, QStringLiteral("SELECT name FROM city WHERE id = 1")).toString(),
             QStringLiteral("Renamed after the backup"));
    QCOMPARE(Backups(db.path()).list().size(), 2);
    QCOMPARE(Backups(db.path()).list().constFirst().path, restored->keptAs);
    // No copy left behind beside the database.
    for (const QString &entry : entries(db.folder()))
        QVERIFY2(!entry.contains(QStringLiteral("restore")), qPrintable(entry));
}

void TestBackups::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("cut off") << QStringLiteral("truncated") << QStringLiteral("shorter than its header");
    QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("cannot be restored");
    QTest::newRow("another application's") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("the database itself") << QStringLiteral("itself") << QStringLiteral("the database itself");
}

void TestBackups::restoreRefusesBadBackups()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    TestDatabase db;
    QVERIFY(db.ok());
    QVERIFY(renameCity(db.connection(), QStringLiteral("Kept")));
    QTemporaryDir elsewhere;
    QString bad = elsewhere.filePath(QStringLiteral("backup.c2c"));
    const auto good = Backups(elsewhere.filePath(QStringLiteral("x.c2c"))).backUp(db.connection(), db.clock().nowUtc());
    QVERIFY(good.ok());
    if (kind == QLatin1String("missing")) {
        bad = elsewhere.filePath(QStringLiteral("no such backup.c2c"));
    } else if (kind == QLatin1String("text")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,country\nLviv,UA\n");
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(QFile::copy(good->path, bad));
        QVERIFY(truncate(bad, QFileInfo(bad).size() / 2));
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(QFile::copy(good->path, bad));
        QVERIFY(overwrite(bad, 4096 * 3, QByteArray(4096 * 4, '\x55')));
    } else if (kind == QLatin1String("foreign")) {
        QCOMPARE(makeSqliteFile(bad, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")}), QString());
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(good->path, bad));
        QCOMPARE(makeSqliteFile(bad, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)}), QString());
    } else {
        bad = db.path();
    }
    const QByteArray badBefore = hash(bad);
    const QStringList siblings = entries(db.folder());

    const auto restored = BackupRestore::intoOpen(db.database(), bad);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(message), qPrintable(restored.error()));
    QCOMPARE(cityName(db.connection()), QStringLiteral("Kept"));
    QCOMPARE(entries(db.folder()), siblings); // no copy left, and no backup made: nothing happened
    if (kind != QLatin1String("itself"))
        QCOMPARE(hash(bad), badBefore);
}

void TestBackups::restoreOverDamagedFileKeepsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.c2c"));
    FixedClock clock(TestDatabase::defaultNow());
    Database::Options options;
    options.clock = &clock;
    BackupEntry backup;
    {
        auto opened = Database::open(path, options);
        QVERIFY(opened.ok());
        const auto written = Backups(path).backUp(opened.value()->connection(), clock.nowUtc());
        QVERIFY(written.ok());
        backup = written.value();
    }
    QVERIFY(truncate(path, QFileInfo(path).size() / 2));
    const QByteArray damaged = hash(path);
    QVERIFY(!Database::open(path, options).ok());

    clock.set(TestDatabase::defaultNow().addDays(1));
    const auto restored = BackupRestore::overUnopenable(path, backup.path, clock);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(QFileInfo(restored->keptAs).fileName(), QStringLiteral("minutes-20270321-131200Z-replaced.c2c"));
    QCOMPARE(hash(restored->keptAs), damaged); // moved aside byte for byte
    QCOMPARE(Backups(path).list().size(), 1); // it is not one of the backups, and never pruned
    QCOMPARE(mode(path), 0600);
    QVERIFY(!QFileInfo::exists(WriterLock::lockPathOf(path))); // the lock is given back

    auto reopened = Database::open(path, options);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QSqlQuery q(reopened.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pairing")) && q.next());
    QCOMPARE(q.value(0).toInt(), 19);
}

void TestBackups::readOnlyDatabaseIsNotRestored()
{
    TestDatabase made;
    QVERIFY(made.ok());
    const auto backup = Backups(made.path()).backUp(made.connection(), made.clock().nowUtc());
    QVERIFY(backup.ok());
    QLockFile otherWindow(WriterLock::lockPathOf(made.path())); // held by a live process: this one
    QVERIFY(otherWindow.tryLock(0));
    Database::Options options;
    options.sharing = Database::Sharing::Claim;
    auto opened = Database::open(made.path(), options);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened.value()->isReadOnly());
    const auto restored = BackupRestore::intoOpen(*opened.value(), backup->path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(QStringLiteral("another window")), qPrintable(restored.error()));
    QCOMPARE(Backups(made.path()).list().size(), 1);
    // Over a file held by a running window, nothing is moved either.
    const auto over = BackupRestore::overUnopenable(made.path(), backup->path, made.clock());
    QVERIFY(!over.ok());
    QVERIFY2(over.error().contains(QStringLiteral("another window")), qPrintable(over.error()));
}

void TestBackups::newestGoodSkipsDamagedBackups()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const Backups backups(db.path());
    QVERIFY(!backups.newestGood());
    QList<BackupEntry> written;
    for (int day = 0; day < 3; ++day) {
        const auto entry = backups.backUp(db.connection(), TestDatabase::defaultNow().addDays(day));
        QVERIFY(entry.ok());
        written << entry.value();
    }
    QVERIFY(truncate(written.at(2).path, 1000));
    const auto good = backups.newestGood();
    QVERIFY(good);
    QCOMPARE(good->path, written.at(1).path);
}

void TestBackups::checkReports_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("good") << QStringLiteral("good") << true << QStringLiteral("No problems found.");
    QTest::newRow("older schema") << QStringLiteral("older") << true << QStringLiteral("updated (after a backup)");
    QTest::newRow("missing") << QStringLiteral("missing") << false << QStringLiteral("does not exist");
    QTest::newRow("text file") << QStringLiteral("text") << false << QStringLiteral("not an SQLite file");
    QTest::newRow("cut off") << QStringLiteral("truncated") << false << QStringLiteral("shorter than its header");
    QTest::newRow("damaged page") << QStringLiteral("damaged") << false << QStringLiteral("Integrity check:    damage found");
    QTest::newRow("foreign key") << QStringLiteral("foreignkey") << false << QStringLiteral("pairing_city row");
    QTest::newRow("another application's") << QStringLiteral("foreign") << false << QStringLiteral("another application");
    QTest::newRow("newer schema") << QStringLiteral("newer") << false << QStringLiteral("newer version");
}

void TestBackups::checkReports()
{
    QFETCH(QString, kind);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    TestDatabase db;
    QVERIFY(db.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checked.c2c"));
    if (kind == QLatin1String("foreignkey")) {
        // Only possible with the check switched off, as by another tool.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pairing_city (pairing_id, city_id, position) VALUES (1, 999999, 9)")));
    }
    QVERIFY(checkpoint(db.connection()));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,country\n");
    } else if (kind == QLatin1String("older")) {
        QCOMPARE(makeSchema1File(path), QString());
    } else if (kind == QLatin1String("foreign")) {
        QCOMPARE(makeSqliteFile(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")}), QString());
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(QFile::copy(db.path(), path));
    }
    if (kind == QLatin1String("truncated"))
        QVERIFY(truncate(path, QFileInfo(path).size() - 4096));
    if (kind == QLatin1String("damaged"))
        QVERIFY(overwrite(path, 4096 * 3, QByteArray(4096 * 2, '\x55')));
    if (kind == QLatin1String("newer"))
        QCOMPARE(makeSqliteFile(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)}), QString());
    const QByteArray before = hash(path);
    const QStringList siblings = entries(dir.path());

    const DatabaseCheck::Report report = DatabaseCheck::ofFile(path);
    QCOMPARE(report.ok(), ok);
    QVERIFY2(report.text().contains(message), qPrintable(report.text()));
    if (!ok)
        QVERIFY2(report.text().contains(QStringLiteral("problem")), qPrintable(report.text()));
    if (kind == QLatin1String("foreignkey")) {
        QCOMPARE(report.foreignKeys.size(), 1);
        QVERIFY2(report.foreignKeys.constFirst().contains(QStringLiteral("city_id refers to a missing city")),
                 qPrintable(report.foreignKeys.constFirst()));
    }
    QCOMPARE(hash(path), before); // a check only reads
    QCOMPARE(entries(dir.path()), siblings);
}

void TestBackups::filesArePrivateWhateverTheUmask()
{
    const mode_t saved = ::umask(0); // the most open umask there is
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.c2c"));
    FixedClock clock(TestDatabase::defaultNow());
    Database::Options options;
    options.clock = &clock;
    options.sharing = Database::Sharing::Claim;
    {
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(mode(WriterLock::lockPathOf(path)), 0600);
        const auto backup = Backups(path).backUp(opened.value()->connection(), clock.nowUtc());
        QVERIFY(backup.ok());
        QCOMPARE(mode(Backups::folderOf(path)), 0700);
        QCOMPARE(mode(backup->path), 0600);
        clock.set(TestDatabase::defaultNow().addSecs(60));
        const auto restored = BackupRestore::intoOpen(*opened.value(), backup->path);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(restored->keptAs), 0600);
        QString copy;
        QVERIFY(Backups::writeCopy(opened.value()->connection(), copy = dir.filePath(QStringLiteral("out.c2c"))).ok());
        QCOMPARE(mode(copy), 0600);
    }
    ::umask(saved);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
