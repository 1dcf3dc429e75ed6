#include "ChoiceLoader.h"

#include "common/BackgroundRead.h"

#include <QComboBox>
#include <QSignalBlocker>

ChoiceLoader::ChoiceLoader(const QString &databasePath, ChoiceListModel::Kind kind, QString noneLabel,
                           QComboBox *combo, ChoiceListModel *model, QObject *parent)
    : QObject(parent), m_reader(new BackgroundRead(databasePath, this)), m_kind(kind),
      m_noneLabel(std::move(noneLabel)), m_combo(combo), m_model(model)
{
    m_model->setChoices({}, m_noneLabel);
}

void ChoiceLoader::reload()
{
    m_reader->start<QList<ProgrammeQueries::Choice>>(
        [kind = m_kind](QSqlDatabase db) { return ChoiceListModel::read(kind, std::move(db)); },
        [this](Result<QList<ProgrammeQueries::Choice>> choices) {
            // A failed read keeps the choices shown: the next edit reads them again.
            if (choices)
                show(choices.value());
        });
}

void ChoiceLoader::select(qint64 id)
{
    if (m_loaded)
        m_combo->setCurrentIndex(qMax(0, m_model->rowOfId(id)));
    else
        m_pending = id;
}

qint64 ChoiceLoader::chosenId() const
{
    return m_loaded ? m_model->idAt(m_combo->currentIndex()) : m_pending;
}

void ChoiceLoader::show(const QList<ProgrammeQueries::Choice> &choices)
{
    const qint64 wanted = chosenId();
    m_loaded = true;
    m_pending = 0;
    {
        const QSignalBlocker blocker(m_combo);
        m_model->setChoices(choices, m_noneLabel);
        m_combo->setCurrentIndex(qMax(0, m_model->rowOfId(wanted)));
    }
    if (chosenId() != wanted)
        emit choiceChanged();
}
