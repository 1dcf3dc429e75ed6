#pragma once

#include "BoundStatement.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The rows of one read, stepped through SQLite's C API on the connection's own handle.
// Why: Qt's driver asks SQLite for every text as UTF-16 (a conversion of each value) and keeps
// every value of a row as a QVariant; reading the dashboard's 300,000 values of 10,000 pairings
// that way spent about as long in the driver as in SQLite. Here a column is converted only when
// it is read, from the UTF-8 SQLite keeps.
// Needs the QSQLITE driver on this program's SQLite library, as StagedInsert does.
class SqlRows
{
public:
    SqlRows(const QSqlDatabase &db, const BoundStatement &statement);
    ~SqlRows();
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;

    // Whether the statement prepared and bound; after the rows, whether stepping failed.
    const Status &status() const { return m_status; }
    // The next row; false at the end or on a failure (status() then says which).
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    int number(int column) const { return int(integer(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 as SQLite keeps it, without a copy: valid until the next row (reading
    // the column in another form meanwhile does not change it: text() and date() read UTF-8
    // too). Empty for NULL. For comparing a value with a few known ones over many rows.
    QByteArrayView utf8(int column) const;
    // The day of an ISO date ("2026-11-27") or of a UTC instant ("2026-11-27T09:30:00Z"); an
    // invalid date for NULL or anything else.
    QDate date(int column) const;

private:
    Status failure() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_status;
};

// The few values a column repeats over many rows (a status, a rubric's dimension id), each made
// into a string once and shared instead of once a row. Past MostKept values, each is made anew.
class RepeatedText
{
public:
    QString operator()(QByteArrayView utf8);

private:
    static constexpr int MostKept = 32;
    QList<std::pair<QByteArray, QString>> m_known;
};
