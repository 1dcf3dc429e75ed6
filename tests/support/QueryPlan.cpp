#include "QueryPlan.h"

#include <QSqlError>
#include <QSqlQuery>

QStringList planSteps(const QSqlDatabase &db, const BoundStatement &statement)
{
    BoundStatement explain = statement;
    explain.sql.prepend(QStringLiteral("EXPLAIN QUERY PLAN "));
    QSqlQuery q(db);
    if (!explain.prepareOn(q) || !q.exec())
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps;
}
