#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The two tables a facilitator exchanges with spreadsheets: the programme's directory.
enum class DirectoryKind { Cities, People };

// The CSV layout of cities and people, shared by the export and the import so that one reads
// what the other writes: column names, the columns an import needs, and how values are spelled.
namespace DirectoryFormat {

// Column names in the order the export writes them.
QStringList columns(DirectoryKind kind);
// Columns without which a file cannot be imported.
QStringList requiredColumns(DirectoryKind kind);
// The column a header names, or empty when it names none of ours. Case, spaces, hyphens and
// underscores do not matter ("Time zone" is time_zone) and a few usual other names are known
// ("E-mail", "Organization", "Timezone").
QString columnOf(DirectoryKind kind, const QString &header);

// "yes" / "no", empty when unknown.
QString formatFlag(std::optional<bool> flag);
// yes/no, true/false, y/n, 1/0 in any case; an empty text is unknown (a value of nullopt).
// nullopt (the outer one) when the text is none of those.
std::optional<std::optional<bool>> parseFlag(const QString &text);
// A positive whole number, written plainly or with thousands grouped by a space, comma, dot
// or apostrophe ("1 234 567", "1,234,567"); nullopt otherwise.
std::optional<qint64> parseCount(const QString &text);

// "cities" / "people", as messages and command names say them.
QString kindName(DirectoryKind kind);

} // namespace DirectoryFormat
