#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// Writes the minutes of many sessions as PDFs, one file each, away from the window's thread:
// run() opens its own connection to the database file (one connection per thread), reports
// progress after each file and stops between files when cancelled.
class MinutesExportJob
{
public:
    using Progress = std::function<void(int done, int total, const QString &file)>;

    MinutesExportJob(QString databasePath, QList<qint64> sessionIds, QString outDir, QString organisation);

    // The files written, in order; on failure or cancellation what was written so far stays.
    Result<QStringList> run(const std::atomic_bool &cancelled, const Progress &progress) const;

private:
    QString m_databasePath;
    QList<qint64> m_sessionIds;
    QString m_outDir;
    QString m_organisation;
};
