// city2city-cli: the command-line face of City2City Facilitator. Everything lives in
// models/commandline so that tests run the same code.
#include "commandline/CommandLine.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments());
}
