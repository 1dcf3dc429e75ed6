#include "ChoiceListModel.h"

#include "core/TextKey.h"

#include <algorithm>
#include <utility>

ChoiceListModel::ChoiceListModel(QObject *parent) : QAbstractListModel(parent) {}

namespace {

// SQL orders names by their bytes, which puts Çorlu after Zhytomyr and Åland Islands after
// Zimbabwe; lists of names are sorted by their folded labels instead, as the tables are.
Result<QList<ProgrammeQueries::Choice>> sortedByLabel(const Result<QList<ProgrammeQueries::Choice>> &read)
{
    if (!read)
        return read;
    const QList<ProgrammeQueries::Choice> &choices = read.value();
    QList<std::pair<QString, ProgrammeQueries::Choice>> keyed;
    keyed.reserve(choices.size());
    for (const auto &choice : choices)
        keyed.append({TextKey::fold(choice.label), choice});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ProgrammeQueries::Choice> sorted;
    sorted.reserve(keyed.size());
    for (const auto &entry : keyed)
        sorted.append(entry.second);
    return sorted;
}

ChoiceListModel *make(ChoiceListModel::Kind kind, QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    auto *model = new ChoiceListModel(parent);
    model->setChoices(ChoiceListModel::read(kind, std::move(db)).value_or({}), noneLabel);
    return model;
}
} // namespace

Result<QList<ProgrammeQueries::Choice>> ChoiceListModel::read(Kind kind, QSqlDatabase db)
{
    const ProgrammeQueries queries(std::move(db));
    switch (kind) {
    case Kind::Themes: return queries.themes();
    case Kind::Pairings: return queries.pairingChoices();
    case Kind::Countries: return sortedByLabel(queries.countries());
    case Kind::Facilitators: return sortedByLabel(queries.facilitators());
    case Kind::Cities: return sortedByLabel(queries.cities());
    case Kind::People: return sortedByLabel(queries.people());
    case Kind::Methods: return sortedByLabel(queries.methods());
    }
    return Status::failure(QStringLiteral("unknown kind of choices"));
}

ChoiceListModel *ChoiceListModel::themes(QSqlDatabase db, QObject *parent)
{
    return make(Kind::Themes, std::move(db), QString(), parent);
}

ChoiceListModel *ChoiceListModel::countries(QSqlDatabase db, QObject *parent)
{
    return make(Kind::Countries, std::move(db), QString(), parent);
}

ChoiceListModel *ChoiceListModel::facilitators(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(Kind::Facilitators, std::move(db), noneLabel, parent);
}

ChoiceListModel *ChoiceListModel::cities(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(Kind::Cities, std::move(db), noneLabel, parent);
}

ChoiceListModel *ChoiceListModel::people(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(Kind::People, std::move(db), noneLabel, parent);
}

ChoiceListModel *ChoiceListModel::pairings(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(Kind::Pairings, std::move(db), noneLabel, parent);
}

ChoiceListModel *ChoiceListModel::methods(QSqlDatabase db, const QString &noneLabel, QObject *parent)
{
    return make(Kind::Methods, std::move(db), noneLabel, parent);
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
