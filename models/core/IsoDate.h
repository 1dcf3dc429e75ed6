#pragma once

#include <QDate>
#include <QString>

// Dates typed by a person or given on the command line, as YYYY-MM-DD and nothing else.
namespace IsoDate {
// The date, or an invalid one. Blanks around it are allowed; Qt's ISO parser alone would also
// accept trailing text ("2026-03-10T09" or "2026-03-10x").
QDate parse(const QString &text);
} // namespace IsoDate
