#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

enum class DirectoryKind;

// city2city-cli: parses the arguments, runs one subcommand and returns the exit code.
// Output goes to the given streams so that tests can run it in-process.
class CommandLine
{
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    CommandLine(QTextStream &out, QTextStream &err);

    // A command that lives outside models/ (documents drawn with widgets: charts, the progress
    // report); app/cli registers them. It gets the arguments without the command's name.
    using Handler = std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)>;
    void addCommand(const QString &name, const QString &summary, Handler handler);
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int summary(const QStringList &arguments);
    int pairings(const QStringList &arguments);
    // Planning the cycle (PlanningCommands.cpp).
    int sessions(const QStringList &arguments);
    int findSlots(const QStringList &arguments);
    int planCycle(const QStringList &arguments);
    int search(const QStringList &arguments);
    int exportMinutes(const QStringList &arguments);
    int exportIcs(const QStringList &arguments);
    // The minutes (MinutesCommands.cpp).
    int addNote(const QStringList &arguments);
    int addAction(const QStringList &arguments);
    int actions(const QStringList &arguments);
    // Pilots and readiness (ReadinessCommands.cpp).
    int rubric(const QStringList &arguments);
    int readiness(const QStringList &arguments);
    int addPilot(const QStringList &arguments);
    int assess(const QStringList &arguments);
    // A large synthetic database (GenerateCommands.cpp).
    int generate(const QStringList &arguments);
    // Cities and people from and to CSV files (DirectoryCommands.cpp).
    int importDirectory(const QStringList &arguments, DirectoryKind kind);
    int exportDirectory(const QStringList &arguments, DirectoryKind kind);
    // Keeping the database safe (BackupCommands.cpp).
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int check(const QStringList &arguments);
    // The change log of a pairing or session (HistoryCommands.cpp).
    int history(const QStringList &arguments);
    void printUsage(QTextStream &stream) const;

    struct External
    {
        QString name;
        QString summary;
        Handler handler;
    };
    QList<External> m_external;

    QTextStream &m_out;
    QTextStream &m_err;
};
