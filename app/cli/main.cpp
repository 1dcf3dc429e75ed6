// city2city-cli: the command-line face of City2City Facilitator. Everything lives in
// models/commandline (and reports/cli for what draws charts) so that tests run the same code.
#include "cli/ReportCommands.h"
#include "commandline/CommandLine.h"
#include "core/AppIdentity.h"
#include "core/Translations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Exports that lay out text (the minutes PDF) need Qt's font database, so a QGuiApplication,
    // on the offscreen platform: no display needed. It is given only the program name, as it
    // would take -session, -platform, -display... out of the arguments for itself. The other
    // commands stay on a QCoreApplication: no platform plugin to load, nothing extra on stderr.
    // Charts (report, chart) are graphics widgets: they need a QApplication, offscreen too.
    std::unique_ptr<QCoreApplication> app;
    int qtArgc = 1;
    const bool charts = arguments.contains(QLatin1String("report")) ||
                        arguments.contains(QLatin1String("chart"));
    if (charts || arguments.contains(QLatin1String("export-minutes"))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (charts)
            app = std::make_unique<QApplication>(qtArgc, argv);
        else
            app = std::make_unique<QGuiApplication>(qtArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppIdentity::apply();
    // Scripts read the output: it stays English whatever the desktop's language.
    Translations::installEnglish();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    ReportCommands::registerAll(commandLine);
    return commandLine.run(arguments);
}
