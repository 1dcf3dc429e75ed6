#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Files as the safety tests need them: hashes and listings that prove a file and its folder
// untouched, SQLite files made outside Database (another application's, an older schema), and
// damaged copies; and the text of an exported PDF.
namespace FileFixtures {
QByteArray hash(const QString &path);
// Every entry of folder (hidden ones too), sorted: nothing may appear beside a refused file.
QStringList entries(const QString &folder);
// The permission bits (e.g. 0600) of a file or folder, -1 when it does not exist.
int mode(const QString &path);
QString makeSqliteFile(const QString &path, const QStringList &statements); // the error, or empty
// A City2City file at schema 1, as the first release wrote it, holding one theme, "Water".
QString makeSchema1File(const QString &path);
bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes);
bool truncate(const QString &path, qint64 size);
// Folds the -wal into the file, so that a copy of the file alone holds everything.
bool checkpoint(const QSqlDatabase &db);
// One value of a query on a file, read through its own read-only connection.
QVariant valueIn(const QString &path, const QString &sql);
// The text of a PDF in reading order, as pdftotext gives it: none when pdftotext is not
// installed, empty (with a warning) when it does not finish.
std::optional<QString> pdfText(const QString &path);
} // namespace FileFixtures
