#include "SqlErrors.h"

#include <QCoreApplication>

QString sqlErrorMessage(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Primary result codes (sqlite3.h); the driver reports extended codes, whose low byte is it.
    enum { ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADatabase = 26 };
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff;
    if (text.contains(QLatin1String("database is locked")))
        return QCoreApplication::translate("Database",
            "The database is busy in another program; try again in a moment.");
    if ((known && (code == Full || code == IoError)) || text.contains(QLatin1String("disk is full"))
        || text.contains(QLatin1String("disk I/O")))
        return QCoreApplication::translate("Database",
            "The disk is full or the database file could not be written (%1), so this was not saved. Free "
            "some disk space and save again; everything saved before is safe.").arg(text);
    if ((known && code == ReadOnly) || text.contains(QLatin1String("readonly database")))
        return QCoreApplication::translate("Database",
            "The database is open read-only here, so nothing was changed (%1).").arg(text);
    if ((known && (code == Corrupt || code == NotADatabase)) || text.contains(QLatin1String("malformed")))
        return QCoreApplication::translate("Database",
            "The database file is damaged (%1). Check it with “city2city-cli check”, and restore a backup "
            "(File › Restore from Backup…).").arg(text);
    if (text.contains(QLatin1String("FOREIGN KEY")))
        return QCoreApplication::translate("Database",
            "This record is still used elsewhere, so the change was not made.");
    return QCoreApplication::translate("Database", "Database error: %1").arg(text);
}

bool isConstraintViolation(const QSqlError &error)
{
    // SQLITE_CONSTRAINT and its extended codes all start at 19 (see sqlite3.h).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return (ok && (code & 0xff) == 19) || error.databaseText().contains(QLatin1String("constraint"));
}
