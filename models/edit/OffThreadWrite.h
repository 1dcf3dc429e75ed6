#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>

class Database;

// Runs a long write (the import of 100,000 people, or its undo) on a thread of its own with a
// connection of its own, and returns when it is done. Meanwhile the calling thread's event loop
// goes on without user input: the window repaints and its timers and reads run, but nothing
// can be clicked or typed, so no other edit starts half-way through. Without an event loop to
// keep going (no application, or not on its thread) the write runs on the calling thread.
// The window's connection sees the write once its statements are done: one still stepping
// through rows keeps its read transaction, and with it the file as it was before.
namespace OffThreadWrite {

Status run(const Database &database, const std::function<Status(QSqlDatabase)> &write);

} // namespace OffThreadWrite
