#include "SqlErrors.h"

#include <QCoreApplication>

QString sqlErrorMessage(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("database is locked")))
        return QCoreApplication::translate("Database",
            "The database is busy in another program; try again in a moment.");
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O")))
        return QCoreApplication::translate("Database",
            "The database could not be written (%1). Check the free disk space.").arg(text);
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
