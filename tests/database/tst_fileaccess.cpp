// A second running copy, read-only and foreign files: files that are not ours or are damaged
// are refused and left byte for byte as they were, with nothing beside them; a file another
// window has open, or that cannot be written, opens read-only and refuses edits, in the
// library, in the command-line tool and with the real window as the other program.
#include "CliRunner.h"
#include "FileFixtures.h"
#include "TestDatabase.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/WriterLock.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/CityStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <grp.h>
#include <unistd.h>

#ifndef C2C_CLI_PATH
#error "C2C_CLI_PATH must name the city2city-cli executable"
#endif
#ifndef C2C_GUI_PATH
#error "C2C_GUI_PATH must name the city2city executable"
#endif

using namespace FileFixtures;

namespace {

constexpr uid_t Nobody = 65534;

// A seeded database file, closed, with E-04's cycle planned (so that add-note has a session).
QString makeClosedDatabase(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("programme.c2c"));
    {
        auto opened = Database::open(path);
        if (!opened)
            return {};
    }
    const CliRun plan = runCliProgram(QStringLiteral(C2C_CLI_PATH),
                                      {QStringLiteral("--database"), path, QStringLiteral("plan-cycle"),
                                       QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                       QStringLiteral("--start"), QStringLiteral("2027-03-15")},
                                      folder);
    return plan.exit == 0 ? path : QString();
}

QStringList addNote(const QString &path)
{
    return {QStringLiteral("--database"), path, QStringLiteral("add-note"), QStringLiteral("--session"),
            QStringLiteral("E-04#1"), QStringLiteral("--kind"), QStringLiteral("decision"),
            QStringLiteral("--text"), QStringLiteral("Lviv shares its heat map")};
}

// The command-line tool, run as another user when the tests run as root (root may write any
// file, so a read-only file is only read-only to someone else).
CliRun runAsUser(const QStringList &arguments, const QString &folder)
{
    const QString program = QStringLiteral(C2C_CLI_PATH);
    if (::geteuid() != 0)
        return runCliProgram(program, arguments, folder);
    // The build folder may sit in a folder only root may enter (a CI's mktemp -d): "nobody"
    // runs a copy in the run folder instead.
    const QString copy = QDir(folder).filePath(QStringLiteral("city2city-cli"));
    if (!QFile::exists(copy) && (!QFile::copy(program, copy) || !QFile::setPermissions(copy, QFileDevice::Permissions(0x7755))))
        return CliRun{};
    return runCliProgram(copy, arguments, folder, QByteArray(), [] {
        const gid_t group = Nobody;
        if (::setgroups(1, &group) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
            ::_exit(99);
    });
}

// Writes a lock file as QLockFile does, naming pid as its holder.
void writeLockFor(const QString &databasePath, qint64 pid, const QString &processName)
{
    QFile lock(WriterLock::lockPathOf(databasePath));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + '\n' + processName.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
               + '\n' + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
}

Database::Options claiming()
{
    Database::Options options;
    options.sharing = Database::Sharing::Claim;
    return options;
}

} // namespace

class TestFileAccess : public QObject
{
    Q_OBJECT

private slots:
    void badFilesAreLeftUntouched_data();
    void badFilesAreLeftUntouched();
    void fileOfAnotherRunningProgramOpensReadOnly();
    void lockOfACrashedProgramIsTakenOver();
    void emptyLockFileOfADeadWriterIsTakenOver();
    void olderSchemaNeedsWriteAccess();
    void firstRunCreatesFolderFileAndLock();
    void commandLineRespectsTheWindow();
    void secondWindowOfTheRealApplication();
    void readOnlyFileOrFolder_data();
    void readOnlyFileOrFolder();
};

void TestFileAccess::badFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite file");
    QTest::newRow("cut off in the header") << QStringLiteral("header") << QStringLiteral("not an SQLite file");
    QTest::newRow("cut off") << QStringLiteral("truncated") << QStringLiteral("shorter than its header");
    QTest::newRow("header, then random bytes") << QStringLiteral("garbage") << QStringLiteral("cannot be read as a database");
    QTest::newRow("another application's database") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestFileAccess::badFilesAreLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    TestDatabase made;
    QVERIFY(made.ok());
    QVERIFY(checkpoint(made.connection()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from a colleague #1?.c2c"));
    QRandomGenerator random(6);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;country\nLviv;UA\n");
    } else if (kind == QLatin1String("random")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(noise);
    } else if (kind == QLatin1String("foreign")) {
        QCOMPARE(makeSqliteFile(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                                       QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")}), QString());
    } else {
        QVERIFY(QFile::copy(made.path(), path));
        if (kind == QLatin1String("header"))
            QVERIFY(truncate(path, 11));
        else if (kind == QLatin1String("truncated"))
            QVERIFY(truncate(path, QFileInfo(path).size() / 2));
        else if (kind == QLatin1String("garbage"))
            QVERIFY(overwrite(path, 100, noise.left(QFileInfo(path).size() - 100)));
        else
            QCOMPARE(makeSqliteFile(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)}), QString());
    }
    const QByteArray before = hash(path);
    const QStringList siblings = entries(dir.path());

    auto opened = Database::open(path, claiming()); // as the window opens files
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QCOMPARE(hash(path), before);
    QCOMPARE(entries(dir.path()), siblings); // no -wal, -shm, lock or backups folder
    // The command-line tool says the same and changes nothing either.
    const CliRun cli = runCliProgram(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("summary")},
                                     made.folder());
    QCOMPARE(cli.exit, 1);
    QVERIFY2(cli.err.contains(message), qPrintable(cli.err));
    QCOMPARE(hash(path), before);
    QCOMPARE(entries(dir.path()), siblings);
}

void TestFileAccess::fileOfAnotherRunningProgramOpensReadOnly()
{
    TestDatabase made; // the other program's connection, as its window would have it open
    QVERIFY(made.ok());
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(other.waitForStarted());
    writeLockFor(made.path(), other.processId(), QStringLiteral("sleep"));
    const int cities = made.scalar(QStringLiteral("SELECT count(*) FROM city")).toInt();

    {
        auto opened = Database::open(made.path(), claiming());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database &database = *opened.value();
        QVERIFY(database.isReadOnly());
        QVERIFY2(database.readOnlyReason().contains(QStringLiteral("open in another window (process %1) — read-only")
                                                        .arg(other.processId())),
                 qPrintable(database.readOnlyReason()));
        // Reads work; an edit is refused with the reason before anything is written.
        QVERIFY(!CityStore(database.connection(), database.clock()).fetch(1).value_or(CityRecord()).name.isEmpty());
        QUndoStack undo;
        ChangeNotifier notifier;
        Editor editor(database, &undo, &notifier);
        CityRecord city = CityStore(database.connection(), database.clock()).fetch(1).value();
        city.name = QStringLiteral("Changed while read-only");
        const Status edited = editor.editCity(city);
        QVERIFY(!edited.ok());
        QCOMPARE(edited.error(), database.readOnlyReason());
        QCOMPARE(undo.count(), 0);
    }
    QCOMPARE(made.scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), cities);
    QVERIFY(made.scalar(QStringLiteral("SELECT name FROM city WHERE id = 1")).toString() != QStringLiteral("Changed while read-only"));
    QVERIFY(QFile::exists(WriterLock::lockPathOf(made.path()))); // the holder's lock stays

    other.kill();
    other.waitForFinished();
}

void TestFileAccess::lockOfACrashedProgramIsTakenOver()
{
    TestDatabase made;
    QVERIFY(made.ok());
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    writeLockFor(made.path(), gone.processId(), QStringLiteral("city2city"));
    auto opened = Database::open(made.path(), claiming());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY2(!opened.value()->isReadOnly(), qPrintable(opened.value()->readOnlyReason()));
    qint64 pid = 0;
    QVERIFY(QLockFile(WriterLock::lockPathOf(made.path())).getLockInfo(&pid, nullptr, nullptr));
    QCOMPARE(pid, QCoreApplication::applicationPid());
    opened.value().reset();
    QVERIFY(!QFile::exists(WriterLock::lockPathOf(made.path()))); // given back on close
}

void TestFileAccess::emptyLockFileOfADeadWriterIsTakenOver()
{
    // A writer killed between creating the lock file and writing into it leaves it empty.
    TestDatabase made;
    QVERIFY(made.ok());
    QFile lock(WriterLock::lockPathOf(made.path()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    auto opened = Database::open(made.path(), claiming());
    QVERIFY(opened.ok());
    QVERIFY2(!opened.value()->isReadOnly(), qPrintable(opened.value()->readOnlyReason()));
}

void TestFileAccess::olderSchemaNeedsWriteAccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.c2c"));
    QCOMPARE(makeSchema1File(path), QString());
    QLockFile window(WriterLock::lockPathOf(path)); // this process stands for the other window
    QVERIFY(window.tryLock(0));
    const QByteArray before = hash(path);
    const QStringList siblings = entries(dir.path());
    auto opened = Database::open(path, claiming());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("must be updated")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("another window")), qPrintable(opened.error()));
    QCOMPARE(hash(path), before);
    QCOMPARE(entries(dir.path()), siblings);
}

void TestFileAccess::firstRunCreatesFolderFileAndLock()
{
    // As the window's first run makes its default database, in a data folder not made yet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("share/utm-city2city/facilitator/city2city.sqlite"));
    auto opened = Database::open(path, claiming());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened.value()->wasCreated());
    QVERIFY(!opened.value()->isReadOnly());
    QVERIFY(QFile::exists(WriterLock::lockPathOf(path)));
}

void TestFileAccess::commandLineRespectsTheWindow()
{
    QTemporaryDir dir;
    const QString path = makeClosedDatabase(dir.path());
    QVERIFY(!path.isEmpty());
    {
        QLockFile window(WriterLock::lockPathOf(path)); // this test process is the window
        QVERIFY(window.tryLock(0));
        const CliRun refused = runCliProgram(QStringLiteral(C2C_CLI_PATH), addNote(path), dir.path());
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("open in another window (process %1) — read-only")
                                          .arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
        const CliRun read = runCliProgram(QStringLiteral(C2C_CLI_PATH),
                                          {QStringLiteral("--database"), path, QStringLiteral("summary")}, dir.path());
        QCOMPARE(read.exit, 0);
        QCOMPARE(valueIn(path, QStringLiteral("SELECT count(*) FROM note")).toInt(), 0);
    }
    const CliRun written = runCliProgram(QStringLiteral(C2C_CLI_PATH), addNote(path), dir.path());
    QCOMPARE(written.exit, 0);
    QVERIFY2(written.err.isEmpty(), qPrintable(written.err));
    QCOMPARE(valueIn(path, QStringLiteral("SELECT count(*) FROM note")).toInt(), 1);
    QVERIFY(!QFile::exists(WriterLock::lockPathOf(path))); // the tool only looked
}

void TestFileAccess::secondWindowOfTheRealApplication()
{
    QTemporaryDir dir;
    const QString path = makeClosedDatabase(dir.path());
    QVERIFY(!path.isEmpty());
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(C2C_GUI_PATH), {QStringLiteral("--database"), path});
    QVERIFY(window.waitForStarted());
    qint64 holder = 0;
    QTRY_VERIFY_WITH_TIMEOUT(QLockFile(WriterLock::lockPathOf(path)).getLockInfo(&holder, nullptr, nullptr), 30000);
    QCOMPARE(holder, window.processId());

    {
        auto second = Database::open(path, claiming());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second.value()->isReadOnly());
        QVERIFY2(second.value()->readOnlyReason().contains(QString::number(window.processId())),
                 qPrintable(second.value()->readOnlyReason()));
    }
    const CliRun refused = runCliProgram(QStringLiteral(C2C_CLI_PATH), addNote(path), dir.path());
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("another window")), qPrintable(refused.err));

    window.kill(); // SIGKILL: the window dies without giving its lock back
    QVERIFY(window.waitForFinished());
    QVERIFY(QFile::exists(WriterLock::lockPathOf(path)));
    auto after = Database::open(path, claiming());
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QVERIFY2(!after.value()->isReadOnly(), qPrintable(after.value()->readOnlyReason()));
}

void TestFileAccess::readOnlyFileOrFolder_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestFileAccess::readOnlyFileOrFolder()
{
    QFETCH(bool, folderReadOnly);
    const bool root = ::geteuid() == 0;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = makeClosedDatabase(folder);
    QVERIFY(!path.isEmpty());
    const QString runFolder = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runFolder));
    // As root the command runs as "nobody", for whom these permissions hold.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(runFolder, QFileDevice::Permissions(0x7777)));
    const auto file = folderReadOnly ? QFileDevice::Permissions(root ? 0x6666 : 0x6600)
                                     : QFileDevice::Permissions(root ? 0x4444 : 0x4400);
    const auto dirMode = folderReadOnly ? QFileDevice::Permissions(root ? 0x5555 : 0x5500)
                                        : QFileDevice::Permissions(root ? 0x7777 : 0x7700);
    QVERIFY(QFile::setPermissions(path, file));
    QVERIFY(QFile::setPermissions(folder, dirMode));
    const QByteArray before = hash(path);
    const QStringList siblings = entries(folder);

    const CliRun read = runAsUser({QStringLiteral("--database"), path, QStringLiteral("summary")}, runFolder);
    QVERIFY2(read.exit == 0, qPrintable(read.err));
    QVERIFY(read.out.contains("Pairings   19"));
    const CliRun checked = runAsUser({QStringLiteral("--database"), path, QStringLiteral("check")}, runFolder);
    QVERIFY2(checked.exit == 0, qPrintable(checked.err + QString::fromUtf8(checked.out)));
    const CliRun refused = runAsUser(addNote(path), runFolder);
    QCOMPARE(refused.exit, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("is read-only: the file or its folder cannot be written")),
             qPrintable(refused.err));

    QCOMPARE(hash(path), before);
    QCOMPARE(entries(folder), siblings); // not even a -wal, -shm or lock file
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7700)));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6600)));
}

QTEST_GUILESS_MAIN(TestFileAccess)
#include "tst_fileaccess.moc"
