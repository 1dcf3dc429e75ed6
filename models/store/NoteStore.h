#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/MinutesRecords.h"

#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

// Reads and writes the entries of a session's minutes. Within an agenda block (or the session as
// a whole) entries are ordered by position, 1, 2, ...; the full-text index follows the table
// through triggers. Writes run inside the caller's transaction.
class NoteStore
{
public:
    NoteStore(QSqlDatabase db, const Clock &clock);

    Result<NoteRecord> fetch(qint64 id) const;
    // A session's entries in reading order: by agenda block, entries without a block last, then
    // by position within the block.
    Result<QList<NoteRecord>> ofSession(qint64 sessionId) const;
    // Inserts the entry; position 0 puts it at the end of its block. Keeps a given id and uuid
    // (an undone delete comes back as it was). The body is stored as typed (Markdown).
    Result<qint64> insert(NoteRecord &note);
    // Position 0 puts it at the end of its (new) block.
    Status update(NoteRecord &note);
    // Action items created from the entry lose their link (the schema sets it NULL).
    Status remove(qint64 id);
    // Moves the entry to a block (none: the session as a whole) at a 0-based index among that
    // block's entries, renumbering the block.
    Status moveTo(qint64 noteId, std::optional<qint64> agendaItemId, int index);

private:
    Status prepareWrite(QSqlQuery &q, const QString &sql, NoteRecord &note) const;
    Result<int> endOfBlock(qint64 sessionId, std::optional<qint64> agendaItemId, qint64 exceptId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
