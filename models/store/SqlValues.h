#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
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

// Ids as a JSON array, bound as one value and read with json_each(:ids), so that one prepared
// statement takes any number of ids without SQL built from them.
inline QString idArray(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(ids.at(i));
    }
    return json + u']';
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A version 4 uuid for one of many new rows (an import): random bits from Qt's fast generator,
// which the system's entropy seeds. QUuid::createUuid() asks the system (RDRAND) for each one,
// which costs as much as a good part of the insert itself.
inline QString newBatchUuid()
{
    quint64 bits[2];
    QRandomGenerator::global()->fillRange(bits);
    QByteArray bytes(reinterpret_cast<const char *>(bits), sizeof bits);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Gives a new row its uuid and creation stamp, keeping those a record brings along (an undone
// delete comes back as it was), and binds them with its id (none: the database picks one).
// Call after the record's updatedAt is set.
template <typename Query, typename Record>
void bindNewRow(Query &q, Record &record)
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
