#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Comma-separated values as Excel and LibreOffice write them (RFC 4180): a comma, semicolon or
// tab between fields, found from the header line (or an Excel "sep=;" line); quoted fields with
// separators, doubled quotes and line breaks inside; CRLF, LF or CR line ends; UTF-8 with or
// without a byte order mark. A small module of our own, so that it can be fuzzed as it is used.
namespace Csv {

// The records of a file with their fields unquoted, all in one buffer (one allocation for the
// text, one offset per field), and the physical line each record starts on.
class Table
{
public:
    qsizetype recordCount() const { return m_records.size(); }
    qsizetype fieldCount(qsizetype record) const;
    // The field's bytes (valid UTF-8); empty past the end of the record.
    QByteArrayView field(qsizetype record, qsizetype column) const;
    QString text(qsizetype record, qsizetype column) const;
    QStringList texts(qsizetype record) const;
    // 1-based line of the file on which the record starts (a quoted line break adds a line).
    int line(qsizetype record) const;
    // A line with nothing on it, or with separators only.
    bool isBlank(qsizetype record) const;
    char separator() const { return m_separator; }

private:
    friend class Parser;
    struct Record
    {
        qsizetype firstField;
        qsizetype fieldCount;
        int line;
    };
    QByteArray m_buffer;          // every field's text, back to back
    QList<qsizetype> m_fieldEnds; // where each field ends in m_buffer; it begins where the last ended
    QList<Record> m_records;
    char m_separator = ',';
};

// Reads a whole file. Refuses, naming the line: an unterminated quoted field, a quote inside an
// unquoted field or text after a closing quote, bytes that are not UTF-8 (e.g. a file saved in
// a Windows code page), NUL bytes, and UTF-16 files. Defined for any input: a fuzzing target.
Result<Table> parse(QByteArrayView data);

// Writes records as UTF-8 with a byte order mark (Excel reads UTF-8 only with it; LibreOffice
// and our reader accept it), commas between fields and CRLF after each record. A field is
// quoted only when it must be: it holds a comma, semicolon or tab, a quote or a line break,
// begins or ends with a space, or begins with "sep=".
class Writer
{
public:
    Writer();
    void addRecord(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    static QByteArray field(const QString &text);

private:
    QByteArray m_data;
};

} // namespace Csv
