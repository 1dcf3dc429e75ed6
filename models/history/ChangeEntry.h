#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// One row of the change log (migration 0006): one changed field of a record, or one record
// inserted or deleted whole (field empty, the row as JSON in newValue or oldValue).
struct ChangeEntry
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString actor;
    QString operation; // insert, update, delete
    QString table;
    QString recordUuid;
    QString recordLabel; // the record's code, title, name... when it was written
    QString field;       // a column; for readiness levels "level:DIMENSION" or "evidence:DIMENSION"
    QVariant oldValue;
    QVariant newValue;
    QString pairingUuid;
    QString sessionUuid;
    QString pilotUuid;

    bool isFieldChange() const { return !field.isEmpty(); }
};

// Whose changes a history lists: a pairing's (with its sessions, minutes and pilots), a
// session's (with its agenda, minutes, attendance and actions) or a pilot's (with its plan
// and assessments).
enum class HistoryScope { Pairing, Session, Pilot };
