// city2city-cli: the command-line face of City2City Facilitator. Everything lives in
// models/commandline so that tests run the same code.
#include "commandline/CommandLine.h"
#include "core/AppIdentity.h"

#include <QGuiApplication>
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
    std::unique_ptr<QCoreApplication> app;
    int qtArgc = 1;
    if (arguments.contains(QLatin1String("export-minutes"))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(qtArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppIdentity::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    return commandLine.run(arguments);
}
