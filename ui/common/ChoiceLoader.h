#pragma once

#include "itemmodels/ChoiceListModel.h"

#include <QObject>

class BackgroundRead;
class QComboBox;

// Fills a filter's combo box with a long list of choices (10,000 pairings, 50,000 people in a
// large programme) read on a worker, at first and at each reload(), keeping the choice made:
// read on the UI thread, they froze the window for a third of a second when an area first showed.
class ChoiceLoader : public QObject
{
    Q_OBJECT
public:
    ChoiceLoader(const QString &databasePath, ChoiceListModel::Kind kind, QString noneLabel, QComboBox *combo,
                 ChoiceListModel *model, QObject *parent);

    // Reads the choices, the first time too; only the newest read is shown.
    void reload();
    // Chooses a record now if the choices are read, else as soon as they are.
    void select(qint64 id);
    bool isLoaded() const { return m_loaded; }
    // The record chosen, or the one select() keeps until the choices are read; 0 for none.
    qint64 chosenId() const;

signals:
    // The choice changed under a reload: the one made is gone (it falls back to the "none"
    // entry), or the one select() kept is made. A change made in the combo box itself is the
    // combo box's own signal.
    void choiceChanged();

private:
    void show(const QList<ProgrammeQueries::Choice> &choices);

    BackgroundRead *m_reader;
    ChoiceListModel::Kind m_kind;
    QString m_noneLabel;
    QComboBox *m_combo;
    ChoiceListModel *m_model;
    bool m_loaded = false;
    qint64 m_pending = 0;
};
