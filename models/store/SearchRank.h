#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

// The search's ranking: FTS5's bm25 (k1 = 1.2, b = 0.75, one column), with one change. bm25
// weighs each word by how rare it is in the whole table, and FTS5 counts that by walking every
// row the word is in, once per search: 28 ms for "the" in 1.2 million notes, most of a common
// word's search. Here the walk stops after a cap of rows; a word found that often is weighed
// by how densely it was found up to there (rows are walked oldest first, ids as they were
// written). Below the cap the score is bm25's, to the last digit. A word in more than half of
// the rows weighs next to nothing in either (bm25 clamps it to 1e-6), so the estimate matters
// only for words in a tenth to a half of the rows, where it moves their weight a little.
namespace SearchRank {

// The function's name in SQL: c2c_rank(fts_table [, cap]), lower (more negative) is better.
inline constexpr char FunctionName[] = "c2c_rank";
// Rows a word's count walks at most: 5 ms on this machine's notes.
inline constexpr int DefaultCap = 100000;

// Registers the function on the connection's handle once; it stays until the connection closes.
Status ensureRegistered(const QSqlDatabase &db);

// The SQL of the rank of table's current row (aliased or not), e.g. "c2c_rank(note_fts, 100000)".
QString expression(const QString &table, int cap = DefaultCap);

} // namespace SearchRank
