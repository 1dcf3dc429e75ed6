#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A city's pilot within its pairing: what the city means to implement after the cycle.
struct PilotRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 pairingId = 0;
    qint64 cityId = 0;
    QString title;
    QString description;
    std::optional<qint64> inspiredByCityId; // the peer city whose practice inspired it
    QString inspiredByPractice;             // or the practice, named
    QString academicPartners;
    QString privatePartners;
    QString otherPartners;
    QDate expectedStart;
    QString createdAt;
    QString updatedAt;

    bool operator==(const PilotRecord &o) const;
    bool operator!=(const PilotRecord &o) const { return !(*this == o); }
};

// One action of a pilot plan, as city action plans list them.
struct PlanActionRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 pilotId = 0;
    int position = -1; // order within the plan; -1 asks the store to append
    QString title;
    QDate startDate;
    QDate endDate;
    QString responsible;
    std::optional<double> costAmount;
    QString costCurrency; // ISO 4217, e.g. EUR; empty when no cost is given
    QString fundingSource;
    QString indicator;
    QString risk;
    QString createdAt;
    QString updatedAt;

    bool operator==(const PlanActionRecord &o) const;
    bool operator!=(const PlanActionRecord &o) const { return !(*this == o); }
};

// The level a dimension of the rubric was given, with the evidence for it.
struct DimensionLevel
{
    QString dimension; // the rubric's dimension id
    int level = 0;
    QString evidence;

    bool operator==(const DimensionLevel &o) const;
    bool operator!=(const DimensionLevel &o) const { return !(*this == o); }
};

// One assessment of a pilot, at a session or on a date. Assessing again adds a new one: the
// history is what the charts draw.
struct AssessmentRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 pilotId = 0;
    std::optional<qint64> sessionId;
    QDate assessedOn; // invalid with a session: the session's date
    QString summary;
    QList<DimensionLevel> levels; // in the rubric's order
    QString createdAt;
    QString updatedAt;

    std::optional<int> levelOf(const QString &dimension) const;
    // dimension -> level, as the rubric evaluates them.
    QMap<QString, int> levelMap() const;
    bool operator==(const AssessmentRecord &o) const;
    bool operator!=(const AssessmentRecord &o) const { return !(*this == o); }
};
