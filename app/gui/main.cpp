// city2city: the facilitator's desktop application. Parses the arguments, opens the database
// and shows the window; everything else lives in the ui and models libraries.
#include "MainWindow.h"
#include "core/AppIdentity.h"
#include "database/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
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

QString startupPath(const QCommandLineParser &parser, const QCommandLineOption &database)
{
    if (parser.isSet(database))
        return parser.value(database);
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return Database::defaultPath();
}

} // namespace

int main(int argc, char *argv[])
{
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
    QApplication::setApplicationDisplayName(QApplication::translate("main", "City2City Facilitator"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppIdentity::DesktopId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Plan, run and follow up the pairings of the UTM City2City programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QApplication::translate("main", "Open this database file (created and seeded if missing)."),
        QStringLiteral("FILE"));
    parser.addOption(database);
    parser.process(app);

    QString path = startupPath(parser, database);
    auto opened = Database::open(path);
    while (!opened) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Cannot Open Database"),
                        opened.error() + QStringLiteral("\n\n")
                            + QApplication::translate("main", "The file was not changed."),
                        QMessageBox::Open | QMessageBox::Close);
        if (box.exec() != QMessageBox::Open)
            return EXIT_FAILURE;
        path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open Database"),
                                            QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return EXIT_FAILURE;
        opened = Database::open(path);
    }
    QSettings().setValue(QStringLiteral("database/last"), opened.value()->path());

    MainWindow window(std::move(opened).value());
    window.show();
    return app.exec();
}
