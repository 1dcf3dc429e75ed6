#include "Eligibility.h"

#include <QCoreApplication>
#include <QLocale>

Eligibility Eligibility::of(const CityRecord &city)
{
    Eligibility result;
    QStringList unknown;
    if (!city.population)
        unknown << QCoreApplication::translate("Eligibility", "population");
    else if (*city.population < MinimumPopulation)
        result.reasons << QCoreApplication::translate("Eligibility",
            "population %1 is under %2").arg(QLocale().toString(*city.population),
                                             QLocale().toString(MinimumPopulation));
    if (!city.gcomSignatory)
        unknown << QCoreApplication::translate("Eligibility", "GCoM signature");
    else if (!*city.gcomSignatory)
        result.reasons << QCoreApplication::translate("Eligibility",
            "not a Global Covenant of Mayors signatory");
    if (city.planCitywide.has_value() && !*city.planCitywide)
        result.reasons << QCoreApplication::translate("Eligibility",
            "no climate action plan covering the whole city");
    else if (!city.planCitywide.has_value())
        unknown << QCoreApplication::translate("Eligibility", "city-wide climate plan");

    if (!result.reasons.isEmpty()) {
        result.verdict = Verdict::NotEligible;
    } else if (!unknown.isEmpty()) {
        result.verdict = Verdict::Unknown;
        result.reasons << QCoreApplication::translate("Eligibility", "unknown: %1")
                              .arg(unknown.join(QStringLiteral(", ")));
    } else {
        result.verdict = Verdict::Eligible;
    }
    return result;
}

QString Eligibility::summary() const
{
    switch (verdict) {
    case Verdict::Eligible:
        return QCoreApplication::translate("Eligibility", "Eligible");
    case Verdict::NotEligible:
        return QCoreApplication::translate("Eligibility", "Not eligible: %1")
            .arg(reasons.join(QStringLiteral("; ")));
    case Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("Eligibility", "Eligibility unknown (%1)")
        .arg(reasons.join(QStringLiteral("; ")));
}
