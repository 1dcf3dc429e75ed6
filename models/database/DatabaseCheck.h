#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The health of a database file: whether it is an SQLite file of ours at a schema this build
// can open, SQLite's integrity_check, and foreign_key_check (which integrity_check leaves out).
// Only reads: a file that fails is left as it was.
class DatabaseCheck
{
public:
    struct Report
    {
        QString path;
        int applicationId = 0;
        int schemaVersion = -1; // -1: not read
        QString integrity;      // "ok", or the problems integrity_check found, one per line
        QStringList foreignKeys; // one line per row that refers to a missing record
        QString foreignKeyError; // why foreign_key_check could not run, if it could not
        QStringList problems;   // every problem, one sentence each
        QStringList notes;      // facts that are no problem (an older schema is updated on open)

        bool ok() const { return problems.isEmpty(); }
        // The report as the command-line tool prints it and the window shows it.
        QString text() const;
    };

    // Reads the file through a ProbeConnection.
    static Report ofFile(const QString &path);
    // The same checks over an open connection.
    static Report ofConnection(const QSqlDatabase &db, const QString &path);

    // What is wrong with the file's first 100 bytes, or empty: not an SQLite file, or shorter
    // than its header says (cut off by a failed copy or a full disk).
    static QString headerProblem(const QString &path);
};
