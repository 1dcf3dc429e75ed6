// city2city: the facilitator's desktop application. Parses the arguments, opens the database
// and shows the window; everything else lives in the ui and models libraries.
#include "MainWindow.h"
#include "common/MessageBanner.h"
#include "core/AppIdentity.h"
#include "core/Preferences.h"
#include "core/Translations.h"
#include "database/BackupRestore.h"
#include "database/Database.h"
#include "database/RestoreBackupDialog.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

namespace {

// Without a display Qt aborts with a terse message; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    const auto isSet = [](const char *name) { return !qEnvironmentVariableIsEmpty(name); };
    return isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// --help and --version need no display (a man page tells users to try them anywhere).
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

// The file to open: --database FILE, or FILE alone as a file manager passes it (the desktop
// file's Exec=city2city %f); otherwise the last one opened, or the default database.
QString startupPath(const QCommandLineParser &parser, const QCommandLineOption &database)
{
    if (parser.isSet(database))
        return parser.value(database);
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return Database::defaultPath();
}

// Peak resident memory of this process in kB (Linux), for the benchmark; 0 when unknown.
long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files have no size: read them whole rather than asking atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

void report(const char *what)
{
    std::printf("%s peak-memory-kb=%ld\n", what, peakMemoryKb());
    std::fflush(stdout);
}

// A second window of the same file opens it read-only; the user's backup count applies.
Result<std::unique_ptr<Database>> openForWindow(const QString &path)
{
    Database::Options options;
    options.sharing = Database::Sharing::Claim;
    options.keepBackups = RestoreBackupDialog::keepSetting();
    return Database::open(path, options);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay() && asksOnlyForText(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "city2city: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "Start it from a desktop session, or run it headless:\n"
                     "  xvfb-run ./quickstart.sh run          (a virtual X server; apt install xvfb)\n"
                     "  QT_QPA_PLATFORM=offscreen ./quickstart.sh run\n"
                     "The command-line tool needs no display: build/app/cli/city2city-cli --help\n");
        return EXIT_FAILURE;
    }
    QApplication app(argc, argv);
    AppIdentity::apply();
    Translations::install(Preferences::language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "City2City Facilitator"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppIdentity::DesktopId));
    // The icon installed in hicolor under the same id (packaging/linux); none when run from the build.
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(AppIdentity::DesktopId)));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Plan, run and follow up the pairings of the UTM City2City programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("main", "Open this database file (created and seeded if missing)."),
        QStringLiteral("FILE"));
    parser.addOption(database);
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QApplication::translate("main", "The database file to open, as with --database."), QStringLiteral("[FILE]"));
    // For the benchmark (tests/benchmark): say when the first screen is ready, optionally visit
    // every area, and quit.
    QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"), QStringLiteral("Benchmark: quit once the first screen is ready."));
    quitWhenReady.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption visitAreas(QStringLiteral("visit-areas"), QStringLiteral("Benchmark: before quitting, show every area."));
    visitAreas.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenReady);
    parser.addOption(visitAreas);
    parser.process(app);
    const int files = int(parser.positionalArguments().size()) + (parser.isSet(database) ? 1 : 0);
    if (files > 1) {
        std::fprintf(stderr, "city2city: give one database file, either as FILE or with --database FILE.\n");
        return EXIT_FAILURE;
    }

    QString path = startupPath(parser, database);
    auto opened = openForWindow(path);
    QString restoredNote;
    while (!opened) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Cannot Open Database"),
                        opened.error() + QStringLiteral("\n\n")
                            + QApplication::translate("main", "The file was not changed."),
                        QMessageBox::Open | QMessageBox::Close);
        // A damaged file is no dead end: its newest backup that passes the check is offered.
        const auto backup = QFileInfo::exists(path) ? Backups(path).newestGood() : std::nullopt;
        QPushButton *restore = nullptr;
        if (backup) {
            const QString taken = QLocale().toString(backup->takenUtc.toLocalTime(), QLocale::LongFormat);
            box.setInformativeText(QApplication::translate("main", "It has a good backup of %1. Restoring it "
                                   "keeps the file that does not open, unchanged, in the backups folder.").arg(taken));
            restore = box.addButton(QApplication::translate("main", "&Restore That Backup"), QMessageBox::AcceptRole);
            box.setDefaultButton(restore);
        }
        box.exec();
        if (restore && box.clickedButton() == restore) {
            const auto outcome = BackupRestore::overUnopenable(path, backup->path, SystemClock::instance());
            if (!outcome) {
                opened = outcome.status();
                continue;
            }
            restoredNote = QApplication::translate("main", "Restored the backup of %1. The file that did not open "
                                                   "is kept as %2.")
                               .arg(QLocale().toString(backup->takenUtc.toLocalTime(), QLocale::LongFormat),
                                    QDir::toNativeSeparators(outcome->keptAs));
            opened = openForWindow(path);
            continue;
        }
        if (box.clickedButton() != box.button(QMessageBox::Open))
            return EXIT_FAILURE;
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open Database"),
                                            QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return EXIT_FAILURE;
        opened = openForWindow(path);
    }
    QSettings().setValue(QStringLiteral("database/last"), opened.value()->path());

    MainWindow window(std::move(opened).value());
    if (!restoredNote.isEmpty())
        window.banner()->show(MessageBanner::Kind::Information, restoredNote);
    if (parser.isSet(quitWhenReady)) {
        QObject::connect(&window, &MainWindow::firstScreenReady, &app, [&] {
            report("first-screen-ready");
            if (parser.isSet(visitAreas)) {
                for (int area = int(MainWindow::AreaId::Dashboard); area <= int(MainWindow::AreaId::Search); ++area) {
                    window.showArea(MainWindow::AreaId(area));
                    QApplication::processEvents();
                }
                report("areas-visited");
            }
            QApplication::quit();
        });
    }
    window.show();
    return app.exec();
}
