#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <climits>
#include <cstring>

namespace Csv {

namespace {

constexpr char Quote = '"';

int clampedLine(qint64 line)
{
    return line > INT_MAX ? INT_MAX : int(line);
}

Status failureAt(qint64 line, const QString &reason)
{
    return Status::failure(QCoreApplication::translate("Csv", "line %1: %2").arg(clampedLine(line)).arg(reason));
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// The physical line holding the byte at offset: LF, CRLF and a lone CR each end one line.
qint64 lineAt(QByteArrayView data, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Eight ASCII bytes, none of them NUL: the common case, checked a word at a time.
bool isPlainAsciiWord(const unsigned char *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    return (word & Highs) == 0 && ((word - Ones) & ~word & Highs) == 0;
}

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing past U+10FFFF), or of the first NUL; -1 when there is none.
qsizetype firstInvalidByte(QByteArrayView data, qsizetype from, bool *isNul)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = from;
    while (i < n) {
        if (n - i >= 8 && isPlainAsciiWord(p + i)) {
            i += 8;
            continue;
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == 0) {
                *isNul = true;
                return i;
            }
            ++i;
            continue;
        }
        qsizetype length = 0;
        quint32 codePoint = 0;
        quint32 smallest = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
            smallest = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
            smallest = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (n - i < length)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            const unsigned char next = p[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// The separator the header line uses most, outside quotes; a comma when it has none.
char detectSeparator(QByteArrayView data, qsizetype pos)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (; pos < data.size(); ++pos) {
        const char c = data[pos];
        if (c == Quote) {
            quoted = !quoted;
        } else if (!quoted) {
            if (isLineBreak(c))
                break;
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

// Past one line end (CRLF, LF or CR) at pos, if there is one.
qsizetype skipLineBreak(QByteArrayView data, qsizetype pos)
{
    if (pos < data.size() && data[pos] == '\r')
        ++pos;
    if (pos < data.size() && data[pos] == '\n')
        ++pos;
    return pos;
}

} // namespace

// Builds a Table in one pass over the bytes; every field is copied once into the table's buffer,
// which never needs more room than the input.
class Parser
{
public:
    static Result<Table> run(QByteArrayView data);
};

Result<Table> Parser::run(QByteArrayView data)
{
    const char *d = data.data();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    const auto byteAt = [d](qsizetype i) { return static_cast<unsigned char>(d[i]); };
    if (n >= 2 && ((byteAt(0) == 0xFF && byteAt(1) == 0xFE) || (byteAt(0) == 0xFE && byteAt(1) == 0xFF)))
        return failureAt(1, QCoreApplication::translate("Csv",
            "the file is UTF-16 text. Save it as “CSV UTF-8” (Excel) or with the character set "
            "Unicode (UTF-8) (LibreOffice)."));
    if (n >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF)
        pos = 3; // the byte order mark Excel writes
    bool isNul = false;
    if (const qsizetype bad = firstInvalidByte(data, pos, &isNul); bad >= 0)
        return failureAt(lineAt(data, bad), isNul
            ? QCoreApplication::translate("Csv", "a NUL byte: this is not a text file.")
            : QCoreApplication::translate("Csv",
                  "the text is not UTF-8 (perhaps a Windows code page). Save it as “CSV UTF-8” "
                  "(Excel) or with the character set Unicode (UTF-8) (LibreOffice)."));

    Table table;
    qint64 line = 1;
    // Excel's "sep=;" line names the separator and is not a record.
    if (n - pos >= 5 && std::memcmp(d + pos, "sep=", 4) == 0
        && (d[pos + 4] == ',' || d[pos + 4] == ';' || d[pos + 4] == '\t')
        && (pos + 5 == n || isLineBreak(d[pos + 5]))) {
        table.m_separator = d[pos + 4];
        pos = skipLineBreak(data, pos + 5);
        line = 2;
    } else {
        table.m_separator = detectSeparator(data, pos);
    }
    const char separator = table.m_separator;

    table.m_buffer = QByteArray(n - pos, Qt::Uninitialized);
    char *out = table.m_buffer.data();
    qsizetype written = 0;
    const auto copy = [&](qsizetype from, qsizetype to) {
        if (to > from) {
            std::memcpy(out + written, d + from, size_t(to - from));
            written += to - from;
        }
    };

    while (pos < n) {
        Table::Record record{table.m_fieldEnds.size(), 0, clampedLine(line)};
        for (;;) { // one field per turn
            const qsizetype column = table.m_fieldEnds.size() - record.firstField + 1;
            if (pos < n && d[pos] == Quote) {
                const qint64 opened = line;
                ++pos;
                for (;;) {
                    const qsizetype start = pos;
                    while (pos < n && d[pos] != Quote) {
                        if (d[pos] == '\n' || (d[pos] == '\r' && (pos + 1 == n || d[pos + 1] != '\n')))
                            ++line;
                        ++pos;
                    }
                    copy(start, pos);
                    if (pos == n)
                        return failureAt(opened, QCoreApplication::translate("Csv",
                            "the quoted field in column %1 is never closed (a quote is missing).").arg(column));
                    if (pos + 1 < n && d[pos + 1] == Quote) { // "" stands for one quote
                        out[written++] = Quote;
                        pos += 2;
                        continue;
                    }
                    ++pos; // the closing quote
                    break;
                }
                if (pos < n && d[pos] != separator && !isLineBreak(d[pos]))
                    return failureAt(line, QCoreApplication::translate("Csv",
                        "text after the closing quote in column %1; a quote inside a field is "
                        "written twice (\"\").").arg(column));
            } else {
                const qsizetype start = pos;
                while (pos < n && d[pos] != separator && !isLineBreak(d[pos])) {
                    if (d[pos] == Quote)
                        return failureAt(line, QCoreApplication::translate("Csv",
                            "a stray quote in column %1; a field holding quotes is quoted as a "
                            "whole, each quote written twice.").arg(column));
                    ++pos;
                }
                copy(start, pos);
            }
            table.m_fieldEnds.append(written);
            if (pos < n && d[pos] == separator) {
                ++pos;
                continue; // a separator ending the file still opens one (empty) field
            }
            break;
        }
        if (pos < n) { // at a line end
            pos = skipLineBreak(data, pos);
            ++line;
        }
        record.fieldCount = table.m_fieldEnds.size() - record.firstField;
        table.m_records.append(record);
    }
    table.m_buffer.truncate(written);
    return table;
}

Result<Table> parse(QByteArrayView data)
{
    return Parser::run(data);
}

qsizetype Table::fieldCount(qsizetype record) const
{
    return record >= 0 && record < m_records.size() ? m_records.at(record).fieldCount : 0;
}

QByteArrayView Table::field(qsizetype record, qsizetype column) const
{
    if (column < 0 || column >= fieldCount(record))
        return {};
    const qsizetype index = m_records.at(record).firstField + column;
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds.at(index - 1);
    return QByteArrayView(m_buffer.constData() + begin, m_fieldEnds.at(index) - begin);
}

QString Table::text(qsizetype record, qsizetype column) const
{
    // QString::fromUtf8 would drop a byte order mark at the start of the field; the file's own
    // mark is already skipped, so one here is part of the text.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(field(record, column));
}

QStringList Table::texts(qsizetype record) const
{
    QStringList texts;
    const qsizetype count = fieldCount(record);
    texts.reserve(count);
    for (qsizetype column = 0; column < count; ++column)
        texts << text(record, column);
    return texts;
}

int Table::line(qsizetype record) const
{
    return record >= 0 && record < m_records.size() ? m_records.at(record).line : 0;
}

bool Table::isBlank(qsizetype record) const
{
    for (qsizetype column = 0; column < fieldCount(record); ++column) {
        if (!field(record, column).isEmpty())
            return false;
    }
    return true;
}

Writer::Writer() : m_data("\xEF\xBB\xBF") {}

QByteArray Writer::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    // Semicolons and tabs are quoted too: a reader guesses the separator from the first line,
    // and a field of "sep=" would read as Excel's separator line.
    bool quote = !bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' ' || bytes.startsWith("sep="));
    for (const char c : std::as_const(bytes))
        quote = quote || c == ',' || c == ';' || c == '\t' || c == Quote || isLineBreak(c);
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return Quote + bytes + Quote;
}

void Writer::addRecord(const QStringList &fields)
{
    // A record of one empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        m_data += "\"\"\r\n";
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data += ',';
        m_data += field(fields.at(i));
    }
    m_data += "\r\n";
}

} // namespace Csv
