#pragma once

#include "DirectoryFormat.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"
#include "exchange/Csv.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

// One thing wrong with one row of an import: the line it starts on, the column (as the file's
// header names it; empty when the row as a whole is wrong) and why.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;

    // line 12, column "email": “bob@” is not an e-mail address.
    QString text() const;
};

// The rows an import writes, as records in file order. After a write they carry their ids and
// uuids, so that an undo removes exactly them and a redo brings the same rows back.
struct ImportRecords
{
    DirectoryKind kind = DirectoryKind::Cities;
    QList<CityRecord> cities;
    QList<PersonRecord> people;

    qsizetype size() const { return kind == DirectoryKind::Cities ? cities.size() : people.size(); }
    QList<qint64> ids() const;
};

// What an import of a file would do, row by row, before anything is written.
class ImportPreview
{
public:
    DirectoryKind kind() const { return m_kind; }
    // Why the file as a whole cannot be imported (not CSV, a required column missing, ...);
    // empty when it can be read.
    QString fileError() const { return m_fileError; }
    // Columns that are not imported, and similar remarks that do not stop the import.
    QStringList warnings() const { return m_warnings; }
    bool wasCancelled() const { return m_cancelled; }

    // The header fields as the file has them.
    QStringList headers() const { return m_headers; }
    // Data rows; blank lines are skipped.
    int rowCount() const { return int(m_rows.size()); }
    int lineOf(int row) const;
    QString fieldText(int row, int column) const;
    QList<ImportProblem> problemsOf(int row) const;
    bool isBad(int row) const;
    int badRowCount() const { return m_badRows; }
    // Every problem, in the order of the file.
    QList<ImportProblem> problems() const { return m_problems; }

    // Read, at least one row, no bad row and not cancelled.
    bool canApply() const;
    // The good rows as records; all rows once canApply().
    const ImportRecords &records() const { return m_records; }
    ImportRecords &records() { return m_records; }

private:
    friend class DirectoryImporter;
    struct Row
    {
        qsizetype record;   // in m_table
        int firstProblem;   // in m_problems
        int problemCount;
    };
    DirectoryKind m_kind = DirectoryKind::Cities;
    QString m_fileError;
    QStringList m_warnings;
    bool m_cancelled = false;
    QStringList m_headers;
    Csv::Table m_table;
    QList<Row> m_rows;
    QList<ImportProblem> m_problems;
    int m_badRows = 0;
    ImportRecords m_records;
};

// Imports cities or people from CSV files as spreadsheets write them (see Csv and
// DirectoryFormat). Rules, beyond those every city or person meets (Validation):
// - columns are matched by name; unknown columns are named in a warning and left out; a
//   required column missing, or a column named twice, refuses the file;
// - a country is given by its ISO code, an alias (UK) or its name; roles and cohort statuses by
//   key or label; yes/no flags; a person's city by name, with the country when two share it;
// - duplicates are refused, in the file or against the database: a city with the same name
//   (ignoring case and accents) in the same country; a person with the same e-mail address, or,
//   for a row without an address, the same name and city; any row with a uuid already used.
// Nothing is written while any row is bad; then all rows are written in one transaction.
namespace DirectoryImport {

struct Options
{
    const std::atomic_bool *cancelled = nullptr; // checked every few hundred rows
    std::function<void(int done, int total)> progress;
};

// Reads the file and checks every row against the rules and the database; writes nothing.
ImportPreview preview(QSqlDatabase db, DirectoryKind kind, const QByteArray &data,
                      const Options &options = Options());
// Writes the rows of a preview without problems, in one transaction; the number written.
Result<int> apply(QSqlDatabase db, const Clock &clock, ImportPreview &preview);

// The two halves of an undoable import: every record in one transaction (keeping ids and
// uuids already given), and taking them all out again.
Status write(QSqlDatabase db, const Clock &clock, ImportRecords &records);
Status remove(QSqlDatabase db, const Clock &clock, const ImportRecords &records);

} // namespace DirectoryImport
