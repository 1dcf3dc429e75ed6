#pragma once

#include <QObject>

// Announces every committed change, so that item models update just the affected rows.
// Injected where needed, never a global.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    // Attendance is announced with the session's id (its rows have no id of their own).
    // Deleting a pilot announces its plan actions and assessments removed with it.
    enum class Entity { City, Person, Pairing, Session, Template, WorkingHours, Note, Attendance, ActionItem,
                        Pilot, PlanAction, Assessment };
    Q_ENUM(Entity)
    enum class Change { Inserted, Updated, Removed };
    Q_ENUM(Change)

    // The id announced for a change of many rows at once (an import and its undo): listeners
    // read the entity's rows again instead of one row.
    static constexpr qint64 ManyRows = 0;

    using QObject::QObject;

    void notify(Entity entity, qint64 id, Change change) { emit changed(entity, id, change); }

signals:
    void changed(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);
    // An undo or redo could not be carried out (the data moved on); the command was dropped.
    void failed(const QString &message);
};
