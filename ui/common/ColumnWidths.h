#pragma once

#include <QStringList>

class QTableView;

// Sizes a table's columns from what they show rather than from pixels: the header (with its
// sort indicator) and the longest of the texts the column can hold, in the view's font, so
// that columns neither cut nor wrap at any font size or in any language.
namespace ColumnWidths {
// The width that shows the header and every sample on one line.
int fitting(const QTableView *view, int column, const QStringList &samples, bool bold = false);
// Sets the column to that width (still resizable by the user).
void fit(QTableView *view, int column, const QStringList &samples, bool bold = false);
// A width of so many average characters, or the header's, whichever is wider.
void setCharacters(QTableView *view, int column, int characters);
} // namespace ColumnWidths
