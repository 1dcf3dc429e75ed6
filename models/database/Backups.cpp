#include "Backups.h"

#include "DatabaseCheck.h"
#include "FileSafety.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString PartialSuffix = QStringLiteral(".partial");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString suffixOf(const QString &databasePath)
{
    const QString suffix = QFileInfo(databasePath).suffix();
    return suffix.isEmpty() ? QStringLiteral("c2c") : suffix;
}

QString partialOf(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().filePath(QStringLiteral(".") + info.fileName() + PartialSuffix);
}

} // namespace

Backups::Backups(QString databasePath, int keep)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()), m_keep(qMax(1, keep))
{
}

QString Backups::folderOf(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QString Backups::nameFor(const QDateTime &utc, int counter) const
{
    QString name = QFileInfo(m_databasePath).completeBaseName() + u'-' + utc.toUTC().toString(StampFormat) + u'Z';
    if (counter > 1)
        name += u'-' + QString::number(counter);
    return name + u'.' + suffixOf(m_databasePath);
}

QList<BackupEntry> Backups::list() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})Z(?:-(\\d+))?\\.%2$")
            .arg(QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName()),
                 QRegularExpression::escape(suffixOf(m_databasePath))));
    struct Found
    {
        BackupEntry entry;
        int counter;
    };
    QList<Found> found;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        // Parsed as UTC from the start: as local time, a stamp inside a daylight-saving gap
        // would not exist.
        const QString stamp = match.captured(1);
        const QDateTime taken(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                              QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
        if (!taken.isValid())
            continue;
        found.append({BackupEntry{file.absoluteFilePath(), taken, file.size()},
                      match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.entry.takenUtc != b.entry.takenUtc ? a.entry.takenUtc > b.entry.takenUtc : a.counter > b.counter;
    });
    QList<BackupEntry> entries;
    for (const Found &f : std::as_const(found))
        entries << f.entry;
    return entries;
}

std::optional<BackupEntry> Backups::newestGood() const
{
    for (const BackupEntry &entry : list()) {
        if (DatabaseCheck::ofFile(entry.path).ok())
            return entry;
    }
    return std::nullopt;
}

bool Backups::isDue(const QDateTime &nowUtc) const
{
    const QList<BackupEntry> entries = list();
    return entries.isEmpty() || entries.constFirst().takenUtc.toLocalTime().date() != nowUtc.toLocalTime().date();
}

Result<BackupEntry> Backups::backUp(const QSqlDatabase &db, const QDateTime &nowUtc) const
{
    if (Status s = FileSafety::makePrivateFolder(folder()); !s)
        return s;
    int counter = 1;
    QString file;
    do {
        file = QDir(folder()).filePath(nameFor(nowUtc, counter++));
    } while (QFileInfo::exists(file));
    if (Status s = writeCopy(db, file); !s)
        return s;
    BackupEntry entry{file, nowUtc.toUTC(), QFileInfo(file).size()};
    if (Status s = prune(); !s)
        return s;
    return entry;
}

Status Backups::prune() const
{
    const QList<BackupEntry> entries = list();
    QStringList failed;
    for (qsizetype i = m_keep; i < entries.size(); ++i) {
        if (!QFile::remove(entries.at(i).path))
            failed << shown(entries.at(i).path);
    }
    // Copies that a crash or a full disk cut off; one being written now is younger than a day.
    const QFileInfoList partials = QDir(folder()).entryInfoList({QStringLiteral(".*") + PartialSuffix},
                                                                QDir::Files | QDir::Hidden);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QFile::remove(partial.absoluteFilePath());
    }
    if (!failed.isEmpty())
        return Status::failure(QCoreApplication::translate("Backups", "Cannot remove old backups: %1")
                                   .arg(failed.join(QStringLiteral(", "))));
    return {};
}

Status Backups::writeCopy(const QSqlDatabase &db, const QString &file)
{
    if (QFileInfo::exists(file))
        return Status::failure(QCoreApplication::translate("Backups",
            "%1 exists already; a backup never replaces a file.").arg(shown(file)));
    const QString partial = partialOf(file);
    QFile::remove(partial); // left by a copy that was cut off
    // Made private before SQLite writes a byte into it: VACUUM INTO keeps an empty file's mode.
    if (Status s = FileSafety::createPrivateFile(partial); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString error = sqlErrorMessage(q.lastError());
        QFile::remove(partial);
        return Status::failure(QCoreApplication::translate("Backups", "The backup %1 could not be written: %2")
                                   .arg(shown(file), error));
    }
    // VACUUM INTO does not sync its output; a backup that a power cut can take is none.
    Status done = FileSafety::syncFile(partial);
    if (done)
        done = FileSafety::replace(partial, file);
    if (!done)
        QFile::remove(partial);
    return done;
}
