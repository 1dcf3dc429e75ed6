#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

CliRun runCliProgram(const QString &program, const QStringList &arguments, const QString &folder,
                     const QByteArray &timeZone, const std::function<void()> &childModifier)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(folder, timeZone));
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("city2city-cli did not finish");
        return run;
    }
    run.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment cliEnvironment(const QString &folder, const QByteArray &timeZone)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("xdg-config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!timeZone.isEmpty())
        environment.insert(QStringLiteral("TZ"), QString::fromLatin1(timeZone));
    return environment;
}
