#pragma once

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// A statement and the values bound to its named placeholders: what a query class runs, in a
// form the benchmark can also hand to the sqlite3 shell to compare the app with the database.
struct BoundStatement
{
    QString sql;
    QList<QPair<QString, QVariant>> values; // ":name" -> value

    void bind(const QString &name, const QVariant &value) { values.append({name, value}); }
    // Prepares and binds on q; false when the SQL does not prepare.
    bool prepareOn(QSqlQuery &q) const
    {
        if (!q.prepare(sql))
            return false;
        for (const auto &value : values)
            q.bindValue(value.first, value.second);
        return true;
    }
};
