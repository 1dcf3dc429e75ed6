#include "CityTableModel.h"

#include "domain/Eligibility.h"
#include "store/SqlValues.h"

#include <QFont>
#include <QLocale>

namespace {
enum Value { VId, VName, VCountryCode, VCountryName, VPopulation, VGcom, VPlanType, VPlanCitywide, VTimeZone, VCohort };

QString yesNoUnknown(const std::optional<bool> &value)
{
    if (!value)
        return CityTableModel::tr("Unknown");
    return *value ? CityTableModel::tr("Yes") : CityTableModel::tr("No");
}
} // namespace

CityTableModel::CityTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : PagedTableModel(std::move(db), notifier, ChangeNotifier::Entity::City, parent)
{
}

QString CityTableModel::selectList() const
{
    return QStringLiteral("c.id, c.name, co.code, co.name, c.population, c.gcom_signatory,"
                          " c.plan_type, c.plan_citywide, c.time_zone, c.cohort_status");
}

QString CityTableModel::fromClause() const
{
    return QStringLiteral("city c JOIN country co ON co.id = c.country_id");
}

QString CityTableModel::idExpression() const
{
    return QStringLiteral("c.id");
}

QString CityTableModel::searchKeyExpression() const
{
    return QStringLiteral("c.search_key");
}

QString CityTableModel::sortExpression(int column) const
{
    switch (column) {
    case Country: return QStringLiteral("co.name");
    case Population: return QStringLiteral("COALESCE(c.population, -1)");
    case Gcom: return QStringLiteral("COALESCE(c.gcom_signatory, -1)");
    case Plan: return QStringLiteral("COALESCE(c.plan_type, '')");
    case TimeZone: return QStringLiteral("c.time_zone");
    case Eligible:
        return QStringLiteral(
            "CASE WHEN c.population < 50000 OR c.gcom_signatory = 0 OR c.plan_citywide = 0 THEN 0"
            " WHEN c.population IS NULL OR c.gcom_signatory IS NULL OR c.plan_citywide IS NULL THEN 1"
            " ELSE 2 END");
    default: return QStringLiteral("c.search_key");
    }
}

int CityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CityRecord CityTableModel::cityAt(int row) const
{
    CityRecord city;
    if (row < 0 || row >= rowCount())
        return city;
    const QVariantList &v = values(row);
    city.id = v.at(VId).toLongLong();
    city.name = v.at(VName).toString();
    city.countryCode = v.at(VCountryCode).toString();
    city.countryName = v.at(VCountryName).toString();
    city.population = SqlValues::optionalId(v.at(VPopulation));
    city.gcomSignatory = SqlValues::optionalBool(v.at(VGcom));
    city.planType = v.at(VPlanType).toString();
    city.planCitywide = SqlValues::optionalBool(v.at(VPlanCitywide));
    city.timeZone = v.at(VTimeZone).toString();
    city.cohortStatus = v.at(VCohort).toString();
    return city;
}

QVariant CityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CityRecord city = cityAt(index.row());
    if (role == IdRole)
        return city.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return city.name;
        case Country: return QStringLiteral("%1 (%2)").arg(city.countryName, city.countryCode);
        case Population:
            return city.population ? QLocale().toString(*city.population) : tr("Unknown");
        case Gcom: return yesNoUnknown(city.gcomSignatory);
        case Plan: {
            const QString type = city.planType.isEmpty() ? tr("Plan type unknown") : city.planType;
            if (!city.planCitywide)
                return city.planType.isEmpty() ? tr("Unknown") : type;
            return *city.planCitywide ? tr("%1, whole city").arg(type) : tr("%1, not city-wide").arg(type);
        }
        case TimeZone: return city.timeZone;
        case Eligible:
            switch (Eligibility::of(city).verdict) {
            case Eligibility::Verdict::Eligible: return tr("Eligible");
            case Eligibility::Verdict::NotEligible: return tr("Not eligible");
            case Eligibility::Verdict::Unknown: return tr("Unknown");
            }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Eligible)
        return Eligibility::of(city).summary();
    if (role == Qt::FontRole) {
        const bool unknown = (index.column() == Population && !city.population)
                             || (index.column() == Gcom && !city.gcomSignatory)
                             || (index.column() == Plan && city.planType.isEmpty() && !city.planCitywide)
                             || (index.column() == Eligible
                                 && Eligibility::of(city).verdict == Eligibility::Verdict::Unknown);
        if (unknown) {
            QFont font;
            font.setItalic(true);
            return font;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Population)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("City");
    case Country: return tr("Country");
    case Population: return tr("Population");
    case Gcom: return tr("GCoM signatory");
    case Plan: return tr("Climate plan");
    case TimeZone: return tr("Time zone");
    case Eligible: return tr("Cohort eligibility");
    default: return {};
    }
}
