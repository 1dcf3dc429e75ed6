#include "ProbeConnection.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QUrl>

namespace {
QAtomicInt probeCounter;
} // namespace

ProbeConnection::ProbeConnection(const QString &path)
    : m_name(QStringLiteral("c2c-probe-%1").arg(probeCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (QFile::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        m_error = db.lastError().text();
}

ProbeConnection::~ProbeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ProbeConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}
