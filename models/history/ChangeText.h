#pragma once

#include "ChangeEntry.h"

#include <QHash>
#include <QSqlDatabase>

class Rubric;

// What a change reads as: the record ("Session 2", "Pilot “Heat loop”"), the field ("Status",
// "Level: Concept"), and values with names for ids and labels for stored keys. Names of
// referenced rows are looked up once per text object.
class ChangeText
{
public:
    explicit ChangeText(QSqlDatabase db);

    static QString tableLabel(const QString &table);
    QString recordText(const ChangeEntry &entry) const;
    QString fieldText(const ChangeEntry &entry) const;
    // A value as a user reads it; empty for none.
    QString valueText(const ChangeEntry &entry, const QVariant &value) const;
    // "old → new", or what happened to the record as a whole.
    QString changeText(const ChangeEntry &entry) const;

private:
    QString referenceName(const QString &field, qint64 id) const;

    QSqlDatabase m_db;
    const Rubric &m_rubric;
    mutable QHash<QString, QString> m_names; // "field/id" -> name
};
