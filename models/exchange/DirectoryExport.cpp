#include "DirectoryExport.h"

#include "Csv.h"
#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// In the order of DirectoryFormat::columns(); NULL stays empty.
const QString SelectCities = QStringLiteral(
    "SELECT c.name, co.code, c.population, c.gcom_signatory, c.plan_type, c.plan_citywide,"
    " c.time_zone, c.cohort_status, c.uuid"
    " FROM city c JOIN country co ON co.id = c.country_id ORDER BY c.name, co.code, c.id");

const QString SelectPeople = QStringLiteral(
    "SELECT p.name, p.role, p.organisation, c.name, co.code, p.email, p.uuid"
    " FROM person p LEFT JOIN city c ON c.id = p.city_id LEFT JOIN country co ON co.id = c.country_id"
    " ORDER BY p.name, p.id");

QString flagText(const QVariant &value)
{
    return DirectoryFormat::formatFlag(value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0));
}

} // namespace

namespace DirectoryExport {

Result<Table> csv(QSqlDatabase db, DirectoryKind kind)
{
    const bool cities = kind == DirectoryKind::Cities;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(cities ? SelectCities : SelectPeople))
        return Status::failure(sqlErrorMessage(q.lastError()));
    Csv::Writer writer;
    const QStringList columns = DirectoryFormat::columns(kind);
    writer.addRecord(columns);
    Table table;
    QStringList fields;
    while (q.next()) {
        fields.clear();
        for (int i = 0; i < columns.size(); ++i)
            fields << q.value(i).toString();
        if (cities) {
            fields[3] = flagText(q.value(3)); // gcom_signatory
            fields[5] = flagText(q.value(5)); // plan_citywide
        }
        writer.addRecord(fields);
        ++table.rows;
    }
    if (q.lastError().isValid())
        return Status::failure(sqlErrorMessage(q.lastError()));
    table.csv = writer.data();
    return table;
}

Result<int> write(QSqlDatabase db, DirectoryKind kind, const QString &path)
{
    const auto table = csv(std::move(db), kind);
    if (!table)
        return table.status();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(table->csv) != table->csv.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("DirectoryExport", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return table->rows;
}

} // namespace DirectoryExport
