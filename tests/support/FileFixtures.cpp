#include "FileFixtures.h"

#include "database/Database.h"
#include "database/Migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

namespace FileFixtures {

QByteArray hash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

int mode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString makeSchema1File(const QString &path)
{
    QFile script(QStringLiteral(":/migrations/0001_domain.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return QStringLiteral("no migration 0001");
    QStringList statements = Migrator::statements(QString::fromUtf8(script.readAll()));
    statements << QStringLiteral("INSERT INTO theme (code, name, position) VALUES ('W', 'Water', 0)")
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
    return makeSqliteFile(path, statements);
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

bool truncate(const QString &path, qint64 size)
{
    return QFile::resize(path, size);
}

bool checkpoint(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QVariant valueIn(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

std::optional<QString> pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForStarted())
        return std::nullopt;
    if (!text.waitForFinished()) {
        qWarning("pdftotext did not finish reading %s", qPrintable(path));
        return QString();
    }
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace FileFixtures
