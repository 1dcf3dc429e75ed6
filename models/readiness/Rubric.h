#pragma once

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct AssessmentRecord;

// One step of the rubric's scale, the same for every dimension, and the programme stage it
// lines up with.
struct RubricLevel
{
    int level = 0;
    QString name;
    QString summary;
    QString stage;
};

struct RubricDimension
{
    QString id;
    QString name;
    QString shortName; // for table headings and chart axes; the name when the file has none
    QString question;
    QStringList descriptors; // one per level, lowest first

    QString descriptor(int level, int minLevel) const;
};

struct RubricSource
{
    QString title;
    QString reference;
    QString use;
};

// Where a pilot stands by its latest assessment, under the rubric's rules.
struct Readiness
{
    bool assessed = false;        // there is an assessment at all
    std::optional<int> overall;   // by the overall rule, over the dimensions assessed
    std::optional<double> beside; // the figure shown beside it (the average)
    QStringList missing;          // dimensions the assessment left out: never ready then
    QStringList below;            // dimensions assessed below the ready threshold
    bool ready = false;
};

// The readiness rubric, read from data (resources/rubric/readiness.json) so that it can evolve
// without code: dimensions, one scale of levels with a descriptor per dimension, its sources and
// the rules that turn levels into an overall readiness and a "ready to pilot".
class Rubric
{
public:
    enum class Aggregate { Lowest, Average, Highest };

    // The rubric shipped with the app, in the language Translations installed (read at its first
    // use). Its files are checked by the tests; were one broken all the same, this is an empty
    // rubric and shippedError() says why.
    static const Rubric &shipped();
    static QString shippedError();
    // The shipped rubric's translation into language (a resource; it may not exist).
    static QString translatedPath(const QString &language);
    static Result<Rubric> fromFile(const QString &path);
    // Checks the shape and the rules: a clear message names what is wrong.
    static Result<Rubric> fromJson(const QByteArray &json);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    const QList<RubricLevel> &levels() const { return m_levels; }
    const QList<RubricDimension> &dimensions() const { return m_dimensions; }
    const QList<RubricSource> &sources() const { return m_sources; }
    int minLevel() const { return m_levels.isEmpty() ? 0 : m_levels.first().level; }
    int maxLevel() const { return m_levels.isEmpty() ? 0 : m_levels.last().level; }
    int readyThreshold() const { return m_readyThreshold; }
    Aggregate overallRule() const { return m_overall; }
    Aggregate besideRule() const { return m_beside; }

    const RubricDimension *dimension(const QString &id) const;
    const RubricLevel *level(int level) const;
    // "Lowest level of the latest assessment (average shown beside it)...": the rules in words.
    QString rulesText() const;
    static QString aggregateName(Aggregate aggregate);

    // A level given for a dimension this rubric knows, within its scale.
    Status check(const QString &dimension, int level) const;
    Readiness evaluate(const QMap<QString, int> &levels) const;
    Readiness evaluate(const AssessmentRecord *latest) const;

private:
    static double aggregate(Aggregate rule, const QList<int> &values);
    // levelOf(dimension id): its level, or none when it was not assessed.
    template <typename LevelOf>
    Readiness evaluateWith(LevelOf levelOf, bool assessed) const;

    QString m_id;
    int m_version = 0;
    QString m_name;
    QString m_description;
    QList<RubricLevel> m_levels;
    QList<RubricDimension> m_dimensions;
    QList<RubricSource> m_sources;
    Aggregate m_overall = Aggregate::Lowest;
    Aggregate m_beside = Aggregate::Average;
    int m_readyThreshold = 0;
};
