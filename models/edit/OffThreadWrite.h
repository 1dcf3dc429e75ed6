#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>

class Database;

// Runs a long write (the import of 100,000 people, or its undo) on a thread of its own with a
// connection of its own, and returns when it is done. Meanwhile the calling thread's event loop
// goes on: the windows repaint and timers and reads run, but keys, clicks and closes are dropped,
// so that no edit starts half-way through and none is replayed after. Without an event loop to
// keep going (no application, or not on its thread) the write runs on the calling thread.
// The window's connection sees the write once its statements are done: one still stepping
// through rows keeps its read transaction, and with it the file as it was before.
namespace OffThreadWrite {

Status run(const Database &database, const std::function<Status(QSqlDatabase)> &write);

} // namespace OffThreadWrite
