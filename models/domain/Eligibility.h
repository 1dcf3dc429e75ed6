#pragma once

#include "Records.h"

#include <QStringList>

// Whether a city may join the UTM cohort: at least 50,000 inhabitants, a Global Covenant of
// Mayors signatory, and a climate action plan covering the whole city. Unknown facts make the
// verdict unknown, not negative.
struct Eligibility
{
    enum class Verdict { Eligible, NotEligible, Unknown };

    static constexpr qint64 MinimumPopulation = 50000;
    static Eligibility of(const CityRecord &city);

    Verdict verdict = Verdict::Unknown;
    QStringList reasons; // why not eligible, or which facts are unknown
    QString summary() const;
};
