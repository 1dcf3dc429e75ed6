#pragma once

#include "database/BoundStatement.h"

#include <QSqlDatabase>
#include <QStringList>

// The steps of SQLite's plan for a statement with its values bound ("SCAN p", "SEARCH p USING
// INTEGER PRIMARY KEY (rowid=?)", ...), for tests that a read finds its rows through an index;
// one "error: ..." step when it does not run.
QStringList planSteps(const QSqlDatabase &db, const BoundStatement &statement);
