#pragma once

#include "core/Result.h"

#include <QString>

// File operations that keep a database's data private and whole: files and folders readable by
// their owner only whatever the umask, data forced to disk before it counts as written, and a
// file replaced by renaming a finished copy over it, never by writing into it.
namespace FileSafety {
// A new, empty file with permissions 0600; fails when the file exists.
Status createPrivateFile(const QString &path);
// The folder (and its parents) exists; a folder it creates gets permissions 0700.
Status makePrivateFolder(const QString &path);
// Sets permissions 0600 on an existing file.
Status makePrivate(const QString &path);
// fsync: the file's data is on disk.
Status syncFile(const QString &path);
// fsync of a folder, so that a file created or renamed in it survives a power loss.
void syncFolder(const QString &folder);
// Renames from over to in one step (both in one folder), then syncs the folder.
Status replace(const QString &from, const QString &to);
} // namespace FileSafety
