#include "NameLookup.h"

#include "core/TextKey.h"
#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

const QString CityById = QStringLiteral("SELECT id FROM city WHERE id = :id");
const QString PersonById = QStringLiteral("SELECT id FROM person WHERE id = :id");

// Search keys begin with the folded name; the exact name is compared after folding.
const QString CitiesByKey = QStringLiteral(
    "SELECT c.id, c.name, co.code FROM city c JOIN country co ON co.id = c.country_id"
    " WHERE c.search_key LIKE :pattern ESCAPE '\\' ORDER BY c.id");
const QString PeopleByKey = QStringLiteral(
    "SELECT p.id, p.name, coalesce(p.organisation, '') FROM person p"
    " WHERE p.search_key LIKE :pattern ESCAPE '\\' ORDER BY p.id");

QString prefixPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : TextKey::fold(text)) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return escaped + u'%';
}

// byId and byKey select the id first, then the name and a hint that tells namesakes apart.
Result<qint64> resolve(QSqlDatabase db, const QString &idOrName, const QString &byId, const QString &byKey,
                       const QString &notFound, const QString &ambiguous)
{
    const QString text = idOrName.trimmed();
    QSqlQuery q(db);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(byId);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
        if (q.next())
            return id;
        return Status::failure(notFound.arg(text));
    }
    const QString wanted = TextKey::fold(text);
    if (wanted.isEmpty())
        return Status::failure(notFound.arg(text));
    q.prepare(byKey);
    q.bindValue(QStringLiteral(":pattern"), prefixPattern(text));
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<qint64> ids;
    QStringList candidates;
    while (q.next()) {
        if (TextKey::fold(q.value(1).toString()) != wanted)
            continue;
        ids << q.value(0).toLongLong();
        const QString hint = q.value(2).toString();
        candidates << (hint.isEmpty() ? QStringLiteral("%1 (id %2)").arg(q.value(1).toString()).arg(ids.last())
                                      : QStringLiteral("%1, %2 (id %3)").arg(q.value(1).toString(), hint).arg(ids.last()));
    }
    if (ids.isEmpty())
        return Status::failure(notFound.arg(text));
    if (ids.size() > 1)
        return Status::failure(ambiguous.arg(text, candidates.join(QStringLiteral("; "))));
    return ids.constFirst();
}

} // namespace

namespace NameLookup {

Result<qint64> city(QSqlDatabase db, const QString &idOrName)
{
    return resolve(std::move(db), idOrName, CityById, CitiesByKey,
                   QCoreApplication::translate("NameLookup", "No city with id or name “%1”."),
                   QCoreApplication::translate("NameLookup", "Several cities are called “%1”: %2. Give the id."));
}

Result<qint64> person(QSqlDatabase db, const QString &idOrName)
{
    return resolve(std::move(db), idOrName, PersonById, PeopleByKey,
                   QCoreApplication::translate("NameLookup", "No person with id or name “%1”."),
                   QCoreApplication::translate("NameLookup", "Several people are called “%1”: %2. Give the id."));
}

} // namespace NameLookup
