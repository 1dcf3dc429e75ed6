#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of city2city-cli, as the CLI suites check it.
struct CliRun
{
    int exit = -1; // -1: crashed or did not finish
    QByteArray out;
    QString err;
};

// Runs the executable with its data and settings folders inside folder (nothing lands in the
// user's own), in the C.UTF-8 locale (day names as expected), and in timeZone when given.
CliRun runCliProgram(const QString &program, const QStringList &arguments, const QString &folder,
                     const QByteArray &timeZone = QByteArray());

// The environment runCliProgram gives the executable; for suites that start it themselves
// (under a size limit, as another user).
QProcessEnvironment cliEnvironment(const QString &folder, const QByteArray &timeZone = QByteArray());
