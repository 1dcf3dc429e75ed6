// A full disk while saving: the writer (the CLI's add-note) runs with a file size limit that its
// write-ahead log cannot stay under, as on a disk that fills up mid-write. The save must fail
// with a clear message, and everything saved before must still be there, whole.
#include "CliRunner.h"
#include "FileFixtures.h"
#include "database/Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

#ifndef C2C_CLI_PATH
#error "C2C_CLI_PATH must name the city2city-cli executable"
#endif

using namespace FileFixtures;

namespace {
// Room for the -shm index (32 KiB) and a few log pages, not for a long entry.
constexpr rlim_t FileSizeLimit = 64 * 1024;

CliRun runLimited(const QStringList &arguments, const QString &folder)
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, folder, QByteArray(), [] {
        // Ignored, SIGXFSZ no longer kills the writer: its write fails with EFBIG instead, as a
        // write to a full disk fails with ENOSPC. An ignored signal stays ignored across exec.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{FileSizeLimit, FileSizeLimit};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

QStringList addNote(const QString &path, const QString &text)
{
    return {QStringLiteral("--database"), path, QStringLiteral("add-note"), QStringLiteral("--session"),
            QStringLiteral("E-04#1"), QStringLiteral("--kind"), QStringLiteral("discussion"),
            QStringLiteral("--text"), text};
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskRefusesTheSaveAndKeepsWhatWasSaved();
};

void TestDiskFull::fullDiskRefusesTheSaveAndKeepsWhatWasSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.c2c"));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    const QString cli = QStringLiteral(C2C_CLI_PATH);
    const CliRun plan = runCliProgram(cli, {QStringLiteral("--database"), path, QStringLiteral("plan-cycle"),
                                            QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                            QStringLiteral("--start"), QStringLiteral("2027-03-15")},
                                      dir.path());
    QVERIFY2(plan.exit == 0, qPrintable(plan.err));
    const CliRun saved = runCliProgram(cli, addNote(path, QStringLiteral("Saved before the disk filled up")), dir.path());
    QVERIFY2(saved.exit == 0, qPrintable(saved.err));
    QVERIFY(QFileInfo(path).size() > qint64(FileSizeLimit)); // the limit bites on every write to it

    // A long entry (~93 KB: one argument may hold 128 KiB): its pages cannot fit under the limit.
    const QString longEntry = QStringLiteral("Lviv and Ann Arbor compared their heat maps street by street. ").repeated(1500);
    const CliRun full = runLimited(addNote(path, longEntry), dir.path());
    QCOMPARE(full.exit, 1);
    QVERIFY2(full.err.contains(QStringLiteral("The disk is full or the database file could not be written")),
             qPrintable(full.err));
    QVERIFY2(full.err.contains(QStringLiteral("everything saved before is safe")), qPrintable(full.err));
    QVERIFY(full.out.isEmpty()); // no id: nothing was acknowledged

    QCOMPARE(valueIn(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(valueIn(path, QStringLiteral("SELECT count(*) FROM note")).toInt(), 1);
    QCOMPARE(valueIn(path, QStringLiteral("SELECT body FROM note")).toString(), QStringLiteral("Saved before the disk filled up"));
    // With room again, the same save goes through: nothing was left half-done.
    const CliRun again = runCliProgram(cli, addNote(path, longEntry), dir.path());
    QVERIFY2(again.exit == 0, qPrintable(again.err));
    QCOMPARE(valueIn(path, QStringLiteral("SELECT count(*) FROM note")).toInt(), 2);
    const CliRun check = runCliProgram(cli, {QStringLiteral("--database"), path, QStringLiteral("check")}, dir.path());
    QVERIFY2(check.exit == 0, check.out.constData());
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
