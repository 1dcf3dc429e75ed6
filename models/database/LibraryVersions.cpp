#include "LibraryVersions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <libical/ical.h>

namespace {
const QString SqliteVersionSql = QStringLiteral("select sqlite_version()");
} // namespace

namespace LibraryVersions {
QString sqlite(const QSqlDatabase &connection)
{
    if (!connection.isOpen())
        return {};
    QSqlQuery query(connection);
    if (!query.exec(SqliteVersionSql) || !query.next())
        return {};
    return query.value(0).toString();
}

QString libical()
{
    return QStringLiteral("%1.%2.%3").arg(ICAL_MAJOR_VERSION).arg(ICAL_MINOR_VERSION).arg(ICAL_PATCH_VERSION);
}
} // namespace LibraryVersions
