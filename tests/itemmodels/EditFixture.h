#pragma once

#include "EditorFixture.h"
#include "store/CityStore.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QStringList>

// The edit fixture with look-ups by code and name. Item model suites build their models on
// connection() and notifier.
class EditFixture : public EditorFixture
{
public:
    using EditorFixture::EditorFixture;

    qint64 countryId(const QString &code) const
    {
        return db.scalar(QStringLiteral("SELECT id FROM country WHERE code = ?"), {code})
            .toLongLong();
    }
    qint64 cityId(const QString &name) const
    {
        return db.scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
    }
    qint64 pairingId(const QString &code) const
    {
        return db.scalar(QStringLiteral("SELECT id FROM pairing WHERE code = ?"), {code})
            .toLongLong();
    }
    qint64 themeId(const QString &code) const
    {
        return db.scalar(QStringLiteral("SELECT id FROM theme WHERE code = ?"), {code})
            .toLongLong();
    }
    CityRecord city(qint64 id)
    {
        auto fetched = CityStore(db.connection(), db.clock()).fetch(id);
        return fetched ? fetched.value() : CityRecord();
    }

    CityRecord newCity(const QString &name, const QString &countryCode, const QString &timeZone,
                       std::optional<qint64> population = std::nullopt) const
    {
        CityRecord c;
        c.name = name;
        c.countryId = countryId(countryCode);
        c.timeZone = timeZone;
        c.population = population;
        return c;
    }
};

namespace ModelTest {

// Fetches every page, the way a view scrolled to the bottom would.
inline void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

inline QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

inline QList<qint64> ids(const QAbstractItemModel &model, int idRole)
{
    QList<qint64> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(idRole).toLongLong();
    return values;
}

} // namespace ModelTest
