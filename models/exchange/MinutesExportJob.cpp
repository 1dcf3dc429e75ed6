#include "MinutesExportJob.h"

#include "database/Database.h"
#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"

#include <QCoreApplication>
#include <QDir>

MinutesExportJob::MinutesExportJob(QString databasePath, QList<qint64> sessionIds, QString outDir, QString organisation)
    : m_databasePath(std::move(databasePath)), m_sessionIds(std::move(sessionIds)), m_outDir(std::move(outDir)),
      m_organisation(std::move(organisation))
{
}

Result<QStringList> MinutesExportJob::run(const std::atomic_bool &cancelled, const Progress &progress) const
{
    if (!QDir().mkpath(m_outDir))
        return Status::failure(QCoreApplication::translate("MinutesExportJob", "Cannot create the folder %1.")
                                   .arg(QDir::toNativeSeparators(m_outDir)));
    // This thread's own connection: Qt SQL connections may not cross threads.
    auto database = Database::open(m_databasePath);
    if (!database)
        return database.status();
    QStringList written;
    for (int i = 0; i < m_sessionIds.size(); ++i) {
        if (cancelled)
            break;
        const auto data = MinutesData::load(database.value()->connection(), m_sessionIds.at(i));
        if (!data)
            return data.status();
        const QString path = QDir(m_outDir).filePath(data->fileName());
        if (Status s = MinutesDocument::writePdf(data.value(), path, m_organisation); !s)
            return s;
        written << path;
        if (progress)
            progress(i + 1, int(m_sessionIds.size()), path);
    }
    return written;
}
