#include "SessionNotesModel.h"

#include "domain/Vocabulary.h"
#include "store/NoteStore.h"

SessionNotesModel::SessionNotesModel(QSqlDatabase db, const Clock &clock, ChangeNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent), m_db(std::move(db)), m_clock(clock)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &SessionNotesModel::onChanged);
}

void SessionNotesModel::setBlock(qint64 sessionId, qint64 agendaItemId)
{
    m_sessionId = sessionId;
    m_agendaItemId = agendaItemId;
    reload();
}

void SessionNotesModel::reload()
{
    beginResetModel();
    m_notes.clear();
    if (m_sessionId > 0) {
        for (const NoteRecord &note : NoteStore(m_db, m_clock).ofSession(m_sessionId).value_or({})) {
            if (note.agendaItemId.value_or(0) == m_agendaItemId)
                m_notes << note;
        }
    }
    endResetModel();
}

void SessionNotesModel::onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (entity == ChangeNotifier::Entity::Session && id == m_sessionId) {
        reload(); // agenda blocks may have gone
        return;
    }
    if (entity != ChangeNotifier::Entity::Note)
        return;
    const int row = rowOfId(id);
    if (change == ChangeNotifier::Change::Updated && row >= 0) {
        const auto note = NoteStore(m_db, m_clock).fetch(id);
        if (note && note->agendaItemId.value_or(0) == m_agendaItemId && note->sessionId == m_sessionId) {
            m_notes[row] = note.value();
            emit dataChanged(index(row), index(row));
            return;
        }
    }
    // Gone from this block, or come into it (moved, inserted, restored by an undo): reload.
    const auto note = NoteStore(m_db, m_clock).fetch(id);
    if (row >= 0 || (note && note->sessionId == m_sessionId && note->agendaItemId.value_or(0) == m_agendaItemId))
        reload();
}

NoteRecord SessionNotesModel::noteAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? m_notes.at(row) : NoteRecord();
}

int SessionNotesModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == id)
            return row;
    }
    return -1;
}

int SessionNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant SessionNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteRecord &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString firstLine = note.body.section(u'\n', 0, 0).trimmed();
        return QStringLiteral("%1 — %2").arg(Vocabulary::noteKindLabel(note.kind),
                                            firstLine.isEmpty() ? tr("(empty)") : firstLine);
    }
    case Qt::ToolTipRole: return note.body;
    case IdRole: return note.id;
    case KindRole: return note.kind;
    case BodyRole: return note.body;
    case CityIdRole: return note.cityId.value_or(0);
    }
    return {};
}
