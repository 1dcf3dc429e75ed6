#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

// The search's ranking: FTS5's bm25 (k1 = 1.2, b = 0.75, one column), with one change. bm25
// weighs each word by how rare it is in the whole table, and FTS5 counts that by walking every
// row the word is in, once per search: 28 ms for "the" in 1.2 million notes, most of a common
// word's search. Here the walk stops after a cap of rows; a word found that often is weighed
// by how densely it was found up to there (rows are walked oldest first, ids as they were
// written): as densely in the rest of the table's ids. Up to the cap the score is bm25's, to the
// last digit. A word in more than half of the rows weighs next to nothing in either (bm25 clamps
// it to 1e-6), so the estimate matters only for words in a tenth to a half of the rows, where
// it moves their weight a little; it is wrong for a word found cap times among the oldest ids
// and rarely after.
namespace SearchRank {

// The function's name in SQL: c2c_rank(fts_table, cap, first id, last id), lower (more
// negative) is better.
inline constexpr char FunctionName[] = "c2c_rank";
// Rows a word's count walks at most: 5 ms on this machine's notes.
inline constexpr int DefaultCap = 100000;

// Registers the function on the connection's handle once; it stays until the connection closes.
Status ensureRegistered(const QSqlDatabase &db);

// The SQL of the rank of the full-text table's current row (aliased or not), its ids being
// those of content: "c2c_rank(note_fts, 100000, (SELECT min(rowid) FROM note), (SELECT ...))".
QString expression(const QString &table, const QString &content, int cap = DefaultCap);

} // namespace SearchRank
