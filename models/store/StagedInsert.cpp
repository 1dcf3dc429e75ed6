#include "StagedInsert.h"

#include "database/SqlErrors.h"
#include "database/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

QString insertStatement(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (:%3)")
        .arg(table, columns.join(QStringLiteral(", ")), columns.join(QStringLiteral(", :")));
}

StagedRow::StagedRow(const QStringList &columns) : m_values(columns.size())
{
    for (const QString &column : columns)
        m_placeholders << u':' + column;
}

void StagedRow::bindValue(const QString &placeholder, const QVariant &value)
{
    const qsizetype at = m_placeholders.indexOf(placeholder);
    if (at < 0)
        m_unknown = placeholder;
    else
        m_values[at] = value;
}

// The table and column names are the stores' own constants, never input: SQL takes no bound
// names, so they are put into the text.
StagedInsert::StagedInsert(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_db(std::move(db)), m_table(table), m_staging(QStringLiteral("temp.staged_") + table),
      m_columns(columns), m_row(columns), m_utf8(columns.size()), m_handle(sqliteHandle(m_db))
{
    QSqlQuery q(m_db);
    if (!m_handle) {
        m_ready = Status::failure(QStringLiteral("StagedInsert needs the QSQLITE driver"));
        return;
    }
    // Untyped columns keep each value as it was bound; the table's own types apply on copy.
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staging))
        || !q.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(m_staging, columns.join(QStringLiteral(", "))))) {
        m_ready = fail(q.lastError());
        return;
    }
    const QByteArray add = insertStatement(m_staging, columns).toUtf8();
    if (sqlite3_prepare_v3(m_handle, add.constData(), int(add.size()), SQLITE_PREPARE_PERSISTENT, &m_add, nullptr) != SQLITE_OK)
        m_ready = sqliteFailure();
}

StagedInsert::~StagedInsert()
{
    sqlite3_finalize(m_add);
    if (m_handle)
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staging));
}

Status StagedInsert::fail(const QSqlError &error)
{
    m_error = error;
    return Status::failure(sqlErrorMessage(m_error));
}

Status StagedInsert::sqliteFailure()
{
    return fail(sqliteError(m_handle));
}

Status StagedInsert::add()
{
    if (!m_ready)
        return m_ready;
    if (!m_row.m_unknown.isEmpty())
        return Status::failure(QStringLiteral("%1 has no column %2").arg(m_table, m_row.m_unknown));
    int rc = SQLITE_OK;
    // Texts are bound without a copy: their UTF-8 outlives the step.
    for (int i = 0; i < m_row.m_values.size() && rc == SQLITE_OK; ++i) {
        const QVariant &value = m_row.m_values.at(i);
        const int at = i + 1;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_add, at);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(value.constData());
            if (text.isNull()) { // NULL, as Qt's driver binds a null QString
                rc = sqlite3_bind_null(m_add, at);
                break;
            }
            // As UTF-8, the database's encoding: Qt's encoder is many times faster than the
            // conversion SQLite makes of UTF-16.
            QByteArray &utf8 = m_utf8[i];
            utf8 = text.toUtf8();
            rc = sqlite3_bind_text(m_add, at, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_add, at, value.toLongLong());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
            rc = bytes.isNull() ? sqlite3_bind_null(m_add, at)
                                : sqlite3_bind_blob(m_add, at, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_add, at, value.toDouble());
            break;
        default: { // dates and times as Qt's driver binds them: NULL if null, else their text
            const QString text = value.toString();
            QByteArray &utf8 = m_utf8[i];
            utf8 = text.toUtf8();
            rc = text.isNull() ? sqlite3_bind_null(m_add, at)
                               : sqlite3_bind_text(m_add, at, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_add);
    sqlite3_reset(m_add);
    sqlite3_clear_bindings(m_add); // forget the pointers into the values
    m_row.m_values.fill(QVariant());
    if (rc != SQLITE_DONE)
        return sqliteFailure();
    ++m_count;
    return {};
}

Result<QList<qint64>> StagedInsert::copy()
{
    if (!m_ready)
        return m_ready;
    const QString columns = m_columns.join(QStringLiteral(", "));
    QSqlQuery q(m_db);
    QList<qint64> ids;
    ids.reserve(m_count);
    // Rows go in the order they were added, so new ids follow that order too; the ids are read
    // back through the uuids, which the table keeps unique, not assumed.
    if (q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3 ORDER BY rowid").arg(m_table, columns, m_staging))
        && q.exec(QStringLiteral("SELECT t.id FROM %1 s JOIN main.%2 t ON t.uuid = s.uuid ORDER BY s.rowid")
                      .arg(m_staging, m_table))) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (!q.lastError().isValid() && ids.size() == m_count)
            return ids;
    }
    if (!q.lastError().isValid())
        return Status::failure(QStringLiteral("%1 of %2 new rows of %3 were written.").arg(ids.size()).arg(m_count).arg(m_table));
    return fail(q.lastError());
}
