#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// "INSERT INTO table (a, b) VALUES (:a, :b)": one row, each column bound by its own name.
QString insertStatement(const QString &table, const QStringList &columns);

// One row's values, bound by placeholder name (":column") as on a QSqlQuery and stored as Qt's
// driver stores them, so that a store's binding code serves its one-row inserts and its staged
// ones alike.
class StagedRow
{
public:
    void bindValue(const QString &placeholder, const QVariant &value);

private:
    friend class StagedInsert;
    explicit StagedRow(const QStringList &columns);

    QStringList m_placeholders;
    QList<QVariant> m_values;
    QString m_unknown; // a placeholder that names no column
};

// Writes many new rows of one table with a single statement, inside the caller's transaction:
// each row is bound and added to a temporary table with the same columns, and copy() moves them
// all with one INSERT ... SELECT.
// Why: SQLite keeps a statement journal for every statement that writes a table with triggers
// (the change log), copying each page the statement changes. 100,000 one-row inserts of people
// spent more than half their time making those copies; one statement copies each page once.
// Rows are added through SQLite's C API, bound by position: Qt's binding (a QVariant list
// copied and converted again per row) cost as much as the staging itself.
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
    // Bind the next row's values here, then add() it; unbound columns are NULL.
    StagedRow &row() { return m_row; }
    Status add();
    // Inserts every added row into the table; the id each got, in the order they were added.
    Result<QList<qint64>> copy();
    // The driver's error of the failed add() or copy(), for callers that explain constraints.
    QSqlError lastError() const { return m_error; }

private:
    Status fail(const QSqlError &error);
    Status sqliteFailure();

    QSqlDatabase m_db;
    QString m_table;
    QString m_staging;
    QStringList m_columns;
    StagedRow m_row;
    QList<QByteArray> m_utf8; // the row's texts, alive until its step
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_add = nullptr;
    Status m_ready;
    QSqlError m_error;
    qsizetype m_count = 0;
};
