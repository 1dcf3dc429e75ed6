#pragma once

#include "domain/MinutesRecords.h"
#include "edit/ChangeNotifier.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

class Clock;

// The entries of one agenda block of one session (or the session's general entries), in
// order. One session's minutes are a few hundred entries at most, so they are held in memory;
// an entry edited elsewhere (or autosaved) is refreshed in place.
class SessionNotesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, BodyRole, CityIdRole };

    SessionNotesModel(QSqlDatabase db, const Clock &clock, ChangeNotifier *notifier, QObject *parent = nullptr);

    // agendaItemId 0: the entries that belong to no block.
    void setBlock(qint64 sessionId, qint64 agendaItemId);
    qint64 sessionId() const { return m_sessionId; }
    qint64 agendaItemId() const { return m_agendaItemId; }

    NoteRecord noteAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_sessionId = 0;
    qint64 m_agendaItemId = 0;
    QList<NoteRecord> m_notes;
};
