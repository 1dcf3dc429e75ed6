#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

TestDatabase::TestDatabase(bool seed)
    : m_path(m_dir.filePath(QStringLiteral("test.c2c")))
{
    Database::Options options;
    options.clock = &m_clock;
    options.seedNewFile = seed;
    auto opened = Database::open(m_path, options);
    if (opened)
        m_database = std::move(opened.value());
    else
        m_error = opened.error();
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(connection());
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("scalar query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}
