#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// "INSERT INTO table (a, b) VALUES (:a, :b)": one row, each column bound by its own name.
QString insertStatement(const QString &table, const QStringList &columns);

// Writes many new rows of one table with a single statement, inside the caller's transaction:
// each row is bound and added to a temporary table with the same columns, and copy() moves them
// all with one INSERT ... SELECT.
// Why: SQLite keeps a statement journal for every statement that writes a table with triggers
// (the change log), copying each page the statement changes. 100,000 one-row inserts of people
// spent more than half their time making those copies; one statement copies each page once.
class StagedInsert
{
public:
    // The table must have an integer id and a unique uuid among its columns.
    StagedInsert(QSqlDatabase db, const QString &table, const QStringList &columns);
    ~StagedInsert();
    StagedInsert(const StagedInsert &) = delete;
    StagedInsert &operator=(const StagedInsert &) = delete;

    // Whether the temporary table was made; nothing else works without it.
    const Status &ready() const { return m_ready; }
    // The statement to bind the next row's values on (":column"), then add() it.
    QSqlQuery &row() { return m_row; }
    Status add();
    // Inserts every added row into the table; the id each got, in the order they were added.
    Result<QList<qint64>> copy();
    // The driver's error of the failed add() or copy(), for callers that explain constraints.
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_staging;
    QStringList m_columns;
    QSqlQuery m_row;
    Status m_ready;
    QSqlError m_error;
    qsizetype m_count = 0;
};
