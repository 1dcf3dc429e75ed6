#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

// Conversions between C++ values and bound SQL values; unknown is NULL in both directions.
namespace SqlValues {

template <typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline QVariant nullableText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

inline QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

inline std::optional<bool> optionalBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Gives a new row its uuid and creation stamp, keeping those a record brings along (an undone
// delete comes back as it was), and binds them with its id (none: the database picks one).
// Call after the record's updatedAt is set.
template <typename Record>
void bindNewRow(QSqlQuery &q, Record &record)
{
    if (record.uuid.isEmpty())
        record.uuid = newUuid();
    if (record.createdAt.isEmpty())
        record.createdAt = record.updatedAt;
    q.bindValue(QStringLiteral(":id"), record.id > 0 ? QVariant(record.id) : QVariant());
    q.bindValue(QStringLiteral(":uuid"), record.uuid);
    q.bindValue(QStringLiteral(":created_at"), record.createdAt);
}

} // namespace SqlValues
