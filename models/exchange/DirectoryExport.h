#pragma once

#include "DirectoryFormat.h"
#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

// Writes the cities or the people as CSV that DirectoryImport reads back into the same rows
// (their uuids included): the columns of DirectoryFormat, one row per record by name, through
// Csv::Writer (UTF-8 with a byte order mark, commas, CRLF).
namespace DirectoryExport {

struct Table
{
    QByteArray csv;
    int rows = 0;
};

Result<Table> csv(QSqlDatabase db, DirectoryKind kind);
// Through QSaveFile: a failed export leaves any earlier file as it was. The rows written.
Result<int> write(QSqlDatabase db, DirectoryKind kind, const QString &path);

} // namespace DirectoryExport
