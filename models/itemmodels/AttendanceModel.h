#pragma once

#include "edit/ChangeNotifier.h"
#include "store/AttendanceStore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

class Clock;
class Editor;

// Who is expected at a session and whether they came: the member cities' people, the lead
// facilitator and anyone whose attendance was taken. The status is edited in place, each change
// an undoable edit through the Editor.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, City, Role, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role { PersonIdRole = Qt::UserRole + 1, StatusKeyRole };

    AttendanceModel(QSqlDatabase db, const Clock &clock, Editor *editor, ChangeNotifier *notifier,
                    QObject *parent = nullptr);

    void setSession(qint64 sessionId);
    QString lastError() const { return m_lastError; }
    int presentCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();

    QSqlDatabase m_db;
    const Clock &m_clock;
    Editor *m_editor;
    qint64 m_sessionId = 0;
    QList<ExpectedAttendee> m_people;
    QString m_lastError;
};
