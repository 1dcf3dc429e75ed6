#include "AttendanceModel.h"

#include "domain/Vocabulary.h"
#include "edit/Editor.h"

#include <QFont>

AttendanceModel::AttendanceModel(QSqlDatabase db, const Clock &clock, Editor *editor, ChangeNotifier *notifier,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock), m_editor(editor)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
            if (entity == ChangeNotifier::Entity::Attendance || entity == ChangeNotifier::Entity::Person
                || entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::City)
                reload();
        });
}

void AttendanceModel::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    const auto people = m_sessionId > 0 ? AttendanceStore(m_db, m_clock).ofSession(m_sessionId)
                                        : Result<QList<ExpectedAttendee>>(QList<ExpectedAttendee>());
    m_people = people.value_or({});
    m_lastError = people.error();
    endResetModel();
}

int AttendanceModel::presentCount() const
{
    int present = 0;
    for (const ExpectedAttendee &p : m_people)
        present += p.status.value_or(QString()) == QLatin1String("present");
    return present;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpectedAttendee &p = m_people.at(index.row());
    switch (role) {
    case PersonIdRole: return p.personId;
    case StatusKeyRole: return p.status.value_or(QString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Person: return p.name;
        case City: return p.cityName;
        case Role: return Vocabulary::personRoleLabel(p.role);
        case Status: return p.status ? Vocabulary::attendanceStatusLabel(*p.status) : tr("Not taken");
        }
        break;
    case Qt::EditRole:
        if (index.column() == Status)
            return p.status.value_or(QString());
        break;
    case Qt::FontRole:
        if (index.column() == Status && !p.status) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    return {};
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Status || !m_editor
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString status = value.toString();
    if (!Vocabulary::attendanceStatuses().contains(status))
        return false;
    AttendanceRecord record;
    record.sessionId = m_sessionId;
    record.personId = m_people.at(index.row()).personId;
    record.status = status;
    const ::Status written = m_editor->setAttendance(record);
    m_lastError = written.error();
    return written.ok(); // the notifier reloads the rows
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Person: return tr("Person");
    case City: return tr("City");
    case Role: return tr("Role");
    case Status: return tr("Attendance");
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Status)
        f |= Qt::ItemIsEditable;
    return f;
}
