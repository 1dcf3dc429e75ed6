#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

// Finds a city or a person from what a user typed on the command line: a numeric id, or the
// whole name, matched without regard to case or accents ("valencia" finds València). A name
// that several rows share is refused with the candidates listed.
namespace NameLookup {
Result<qint64> city(QSqlDatabase db, const QString &idOrName);
Result<qint64> person(QSqlDatabase db, const QString &idOrName);
} // namespace NameLookup
