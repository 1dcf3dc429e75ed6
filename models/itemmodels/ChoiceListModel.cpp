#include "ChoiceListModel.h"

ChoiceListModel::ChoiceListModel(QObject *parent) : QAbstractListModel(parent) {}

namespace {
ChoiceListModel *make(const Result<QList<ProgrammeQueries::Choice>> &choices,
                      const QString &noneLabel, QObject *parent)
{
    auto *model = new ChoiceListModel(parent);
    model->setChoices(choices ? choices.value() : QList<ProgrammeQueries::Choice>(), noneLabel);
    return model;
}
} // namespace

ChoiceListModel *ChoiceListModel::themes(QSqlDatabase db, QObject *parent)
{
    return make(ProgrammeQueries(db).themes(), QString(), parent);
}

ChoiceListModel *ChoiceListModel::countries(QSqlDatabase db, QObject *parent)
{
    return make(ProgrammeQueries(db).countries(), QString(), parent);
}

ChoiceListModel *ChoiceListModel::facilitators(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(ProgrammeQueries(db).facilitators(), noneLabel, parent);
}

ChoiceListModel *ChoiceListModel::cities(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(ProgrammeQueries(db).cities(), noneLabel, parent);
}

void ChoiceListModel::setChoices(const QList<ProgrammeQueries::Choice> &choices, const QString &noneLabel)
{
    beginResetModel();
    m_choices.clear();
    if (!noneLabel.isEmpty())
        m_choices.append({0, noneLabel, QString()});
    m_choices << choices;
    endResetModel();
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return choice.label;
    case IdRole: return choice.id;
    case CodeRole: return choice.code;
    default: return {};
    }
}

qint64 ChoiceListModel::idAt(int row) const
{
    return row >= 0 && row < m_choices.size() ? m_choices.at(row).id : 0;
}

int ChoiceListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_choices.size(); ++row) {
        if (m_choices.at(row).id == id)
            return row;
    }
    return -1;
}
