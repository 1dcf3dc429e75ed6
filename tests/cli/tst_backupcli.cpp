// city2city-cli backup, restore and check, as a script would run them: round trips, the
// retention, exit codes and messages, and files left as they were whenever something is refused.
#include "CliRunner.h"
#include "FileFixtures.h"
#include "database/Backups.h"
#include "database/Database.h"
#include "database/WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef C2C_CLI_PATH
#error "C2C_CLI_PATH must name the city2city-cli executable"
#endif

using namespace FileFixtures;

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupRestoreCheckRoundTrip();
    void backupToAFileNeverReplacesOne();
    void keepLimitsTheBackups();
    void checkFailsOnDamageAndChangesNothing_data();
    void checkFailsOnDamageAndChangesNothing();
    void restoreOverADamagedFileKeepsIt();
    void restoreRefusesABadBackup();
    void restoreRefusedWhileAWindowHasTheFile();
    void usageErrors();

private:
    CliRun cli(const QStringList &arguments) const;
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestBackupCli::cli(const QStringList &arguments) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), QStringList{QStringLiteral("--database"), m_path} + arguments,
                         m_dir->path());
}

void TestBackupCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("programme.c2c"));
    auto opened = Database::open(m_path); // created, seeded, then closed: the tool has it alone
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestBackupCli::backupRestoreCheckRoundTrip()
{
    const CliRun backup = cli({QStringLiteral("backup")});
    QVERIFY2(backup.exit == 0, qPrintable(backup.err));
    const QRegularExpressionMatch written =
        QRegularExpression(QStringLiteral("^Backup written: (.+) \\(")).match(QString::fromUtf8(backup.out));
    QVERIFY2(written.hasMatch(), backup.out.constData());
    const QString backupFile = written.captured(1);
    QCOMPARE(QFileInfo(backupFile).absolutePath(), Backups::folderOf(m_path));
    QCOMPARE(mode(backupFile), 0600);

    const CliRun plan = cli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                             QStringLiteral("--start"), QStringLiteral("2027-03-15")});
    QVERIFY2(plan.exit == 0, qPrintable(plan.err));
    QCOMPARE(valueIn(m_path, QStringLiteral("SELECT count(*) FROM session")).toInt(), 4);

    const CliRun restore = cli({QStringLiteral("restore"), backupFile});
    QVERIFY2(restore.exit == 0, qPrintable(restore.err));
    QVERIFY(restore.out.startsWith("Restored "));
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("kept as (.+)\\n")).match(QString::fromUtf8(restore.out));
    QVERIFY2(kept.hasMatch(), restore.out.constData());
    QCOMPARE(valueIn(m_path, QStringLiteral("SELECT count(*) FROM session")).toInt(), 0);
    QCOMPARE(valueIn(kept.captured(1), QStringLiteral("SELECT count(*) FROM session")).toInt(), 4);
    QCOMPARE(Backups(m_path).list().size(), 2);
    QVERIFY(!QFile::exists(WriterLock::lockPathOf(m_path)));

    const CliRun check = cli({QStringLiteral("check")});
    QCOMPARE(check.exit, 0);
    QVERIFY2(check.out.contains("Integrity check:    ok"), check.out.constData());
    QVERIFY(check.out.contains("Foreign key check:  ok"));
    QVERIFY(check.out.contains("No problems found."));
    const CliRun json = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exit, 0);
    QVERIFY(json.out.contains("\"ok\": true"));
}

void TestBackupCli::backupToAFileNeverReplacesOne()
{
    const QString out = m_dir->filePath(QStringLiteral("for the colleague.c2c"));
    const CliRun first = cli({QStringLiteral("backup"), QStringLiteral("--out"), out});
    QVERIFY2(first.exit == 0, qPrintable(first.err));
    QCOMPARE(mode(out), 0600);
    QVERIFY(!QFileInfo::exists(Backups::folderOf(m_path)));
    const QByteArray written = hash(out);
    const CliRun again = cli({QStringLiteral("backup"), QStringLiteral("--out"), out});
    QCOMPARE(again.exit, 1);
    QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    QCOMPARE(hash(out), written);
    const CliRun check = runCliProgram(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("--database"), out, QStringLiteral("check")},
                                       m_dir->path());
    QCOMPARE(check.exit, 0);
}

void TestBackupCli::keepLimitsTheBackups()
{
    for (int i = 0; i < 4; ++i) {
        const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("2")});
        QVERIFY2(backup.exit == 0, qPrintable(backup.err));
        QVERIFY(backup.out.contains("The newest 2 backups are kept in"));
    }
    QCOMPARE(Backups(m_path).list().size(), 2);
}

void TestBackupCli::checkFailsOnDamageAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("damage found");
    QTest::newRow("cut off") << QStringLiteral("truncated") << QStringLiteral("shorter than its header");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestBackupCli::checkFailsOnDamageAndChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind == QLatin1String("damaged"))
        QVERIFY(overwrite(m_path, 4096 * 4, QByteArray(4096 * 2, '\x55')));
    else if (kind == QLatin1String("truncated"))
        QVERIFY(truncate(m_path, 5000));
    else
        QVERIFY(QFile::remove(m_path));
    const QByteArray before = hash(m_path);
    const QStringList siblings = entries(m_dir->path());
    const CliRun check = cli({QStringLiteral("check")});
    QCOMPARE(check.exit, 1);
    QVERIFY2(check.out.contains(message.toUtf8()), check.out.constData());
    QVERIFY(check.out.contains("problem"));
    QCOMPARE(hash(m_path), before);
    QCOMPARE(entries(m_dir->path()), siblings);
}

void TestBackupCli::restoreOverADamagedFileKeepsIt()
{
    const CliRun backup = cli({QStringLiteral("backup")});
    QCOMPARE(backup.exit, 0);
    const QString backupFile = Backups(m_path).list().constFirst().path;
    QVERIFY(truncate(m_path, 20000));
    const QByteArray damaged = hash(m_path);

    const CliRun restore = cli({QStringLiteral("restore"), backupFile});
    QVERIFY2(restore.exit == 0, qPrintable(restore.err));
    QVERIFY2(restore.out.contains("did not open"), restore.out.constData());
    const QRegularExpressionMatch kept =
        QRegularExpression(QStringLiteral("kept as (.+)\\n")).match(QString::fromUtf8(restore.out));
    QVERIFY2(kept.hasMatch(), restore.out.constData());
    QCOMPARE(hash(kept.captured(1)), damaged);
    QCOMPARE(cli({QStringLiteral("check")}).exit, 0);
    QCOMPARE(valueIn(m_path, QStringLiteral("SELECT count(*) FROM pairing")).toInt(), 19);
}

void TestBackupCli::restoreRefusesABadBackup()
{
    const QString bad = m_dir->filePath(QStringLiteral("backup.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,country\n");
    file.close();
    const QByteArray before = hash(m_path);
    const CliRun restore = cli({QStringLiteral("restore"), bad});
    QCOMPARE(restore.exit, 1);
    QVERIFY2(restore.err.contains(QStringLiteral("cannot be restored")), qPrintable(restore.err));
    QVERIFY2(restore.err.contains(QStringLiteral("not an SQLite file")), qPrintable(restore.err));
    QCOMPARE(hash(m_path), before);
    QVERIFY(!QFileInfo::exists(Backups::folderOf(m_path))); // checked before anything was backed up
}

void TestBackupCli::restoreRefusedWhileAWindowHasTheFile()
{
    QCOMPARE(cli({QStringLiteral("backup")}).exit, 0);
    const QString backupFile = Backups(m_path).list().constFirst().path;
    QLockFile window(WriterLock::lockPathOf(m_path)); // this test process is the window
    QVERIFY(window.tryLock(0));
    const QByteArray before = hash(m_path);
    const CliRun restore = cli({QStringLiteral("restore"), backupFile});
    QCOMPARE(restore.exit, 1);
    QVERIFY2(restore.err.contains(QStringLiteral("another window")), qPrintable(restore.err));
    QCOMPARE(hash(m_path), before);
    QCOMPARE(Backups(m_path).list().size(), 1);
}

void TestBackupCli::usageErrors()
{
    const CliRun missing = cli({QStringLiteral("restore")});
    QCOMPARE(missing.exit, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("FILE is missing")), qPrintable(missing.err));
    const CliRun extra = cli({QStringLiteral("check"), QStringLiteral("other.c2c")});
    QCOMPARE(extra.exit, 2);
    const CliRun keep = cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("0")});
    QCOMPARE(keep.exit, 2);
    const CliRun help = cli({QStringLiteral("restore"), QStringLiteral("--help")});
    QCOMPARE(help.exit, 0);
    QVERIFY(help.out.contains("restore [options] FILE"));
    const CliRun list = runCliProgram(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("--help")}, m_dir->path());
    for (const char *command : {"backup", "restore", "check"})
        QVERIFY2(list.out.contains(QByteArray("  ") + command), command);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
