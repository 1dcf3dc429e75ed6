#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// One run of city2city-cli, as the CLI suites check it.
struct CliRun
{
    int exit = -1; // -1: crashed or did not finish
    QByteArray out;
    QString err;
};

// Runs the executable with its data and settings folders inside folder (nothing lands in the
// user's own), in the C.UTF-8 locale (day names as expected), and in timeZone when given.
// childModifier, when given, runs in the child before the executable starts (a file size
// limit, another user): see QProcess::setChildProcessModifier.
CliRun runCliProgram(const QString &program, const QStringList &arguments, const QString &folder,
                     const QByteArray &timeZone = QByteArray(),
                     const std::function<void()> &childModifier = {});

// The environment runCliProgram gives the executable; for suites that start it themselves
// (and keep it running while they look).
QProcessEnvironment cliEnvironment(const QString &folder, const QByteArray &timeZone = QByteArray());
