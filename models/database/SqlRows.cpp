#include "SqlRows.h"

#include "SqlErrors.h"
#include "SqliteHandle.h"

#include <sqlite3.h>

namespace {

int bindValue(sqlite3_stmt *statement, int at, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, at);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, at, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, at, value.toDouble());
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqlRows::SqlRows(const QSqlDatabase &db, const BoundStatement &statement) : m_handle(sqliteHandle(db))
{
    if (!m_handle) {
        m_status = Status::failure(QStringLiteral("SqlRows needs the QSQLITE driver on this program's SQLite"));
        return;
    }
    const QByteArray sql = statement.sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_status = failure();
        return;
    }
    for (const auto &value : statement.values) {
        const int at = sqlite3_bind_parameter_index(m_statement, value.first.toUtf8().constData());
        // A name the statement lacks is a mistake in the query's code, not a value to ignore.
        if (at == 0) {
            m_status = Status::failure(QStringLiteral("The statement has no placeholder %1").arg(value.first));
            return;
        }
        if (bindValue(m_statement, at, value.second) != SQLITE_OK) {
            m_status = failure();
            return;
        }
    }
}

SqlRows::~SqlRows()
{
    sqlite3_finalize(m_statement);
}

bool SqlRows::next()
{
    if (!m_status)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = failure();
    return false;
}

bool SqlRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlRows::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqlRows::utf8(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QDate SqlRows::date(int column) const
{
    const auto *d = sqlite3_column_text(m_statement, column);
    // Parsed here: QDate::fromString and QDateTime::fromString cost more than the row's read.
    const int bytes = d ? sqlite3_column_bytes(m_statement, column) : 0;
    if (bytes < 10 || (bytes > 10 && (d[10] != 'T' || d[bytes - 1] != 'Z')) || d[4] != '-' || d[7] != '-')
        return QDate();
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (d[i] < '0' || d[i] > '9')
                return QDate();
            parts[p] = parts[p] * 10 + (d[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

Status SqlRows::failure() const
{
    return Status::failure(sqlErrorMessage(sqliteError(m_handle)));
}

QString RepeatedText::operator()(QByteArrayView utf8)
{
    for (const auto &[bytes, text] : std::as_const(m_known)) {
        if (bytes == utf8)
            return text;
    }
    QString text = QString::fromUtf8(utf8);
    if (m_known.size() < MostKept)
        m_known.append({utf8.toByteArray(), text});
    return text;
}
