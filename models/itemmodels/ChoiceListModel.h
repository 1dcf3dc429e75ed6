#pragma once

#include "store/ProgrammeQueries.h"

#include <QAbstractListModel>

// A list of choices (themes, countries, facilitators, cities, people, pairings) for combo boxes,
// with an optional first "none" entry for optional fields. The long ones (50,000 people in a
// large programme) are read on a worker by ui/common/ChoiceLoader.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, CodeRole };
    // Themes and pairings come in the programme's order, the others by their folded labels.
    enum class Kind { Themes, Countries, Facilitators, Cities, People, Pairings, Methods };

    explicit ChoiceListModel(QObject *parent = nullptr);

    // The choices of a kind, in their order: safe on any thread with that thread's connection.
    static Result<QList<ProgrammeQueries::Choice>> read(Kind kind, QSqlDatabase db);

    static ChoiceListModel *themes(QSqlDatabase db, QObject *parent);
    static ChoiceListModel *countries(QSqlDatabase db, QObject *parent);
    static ChoiceListModel *facilitators(QSqlDatabase db, const QString &noneLabel, QObject *parent);
    static ChoiceListModel *cities(QSqlDatabase db, const QString &noneLabel, QObject *parent);
    static ChoiceListModel *people(QSqlDatabase db, const QString &noneLabel, QObject *parent);
    static ChoiceListModel *pairings(QSqlDatabase db, const QString &noneLabel, QObject *parent);
    static ChoiceListModel *methods(QSqlDatabase db, const QString &noneLabel, QObject *parent);

    void setChoices(const QList<ProgrammeQueries::Choice> &choices, const QString &noneLabel = QString());
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const; // 0 for the "none" entry
    int rowOfId(qint64 id) const;

private:
    QList<ProgrammeQueries::Choice> m_choices;
};
