#include "Rubric.h"

#include "PilotRecords.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

const QString ShippedPath = QStringLiteral(":/rubric/readiness.json");

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Rubric)
};

Status broken(const QString &what)
{
    return Status::failure(Text::tr("The readiness rubric is not valid: %1").arg(what));
}

std::optional<Rubric::Aggregate> aggregateFrom(const QString &name)
{
    if (name == QLatin1String("lowest"))
        return Rubric::Aggregate::Lowest;
    if (name == QLatin1String("average"))
        return Rubric::Aggregate::Average;
    if (name == QLatin1String("highest"))
        return Rubric::Aggregate::Highest;
    return std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

struct Shipped
{
    Rubric rubric;
    QString error;
};

const Shipped &shippedRubric()
{
    static const Shipped shipped = [] {
        // In the window's language when it has one: the same ids, levels and rules, in its words.
        const QString translated = Rubric::translatedPath(Translations::current());
        auto loaded = Rubric::fromFile(QFile::exists(translated) ? translated : ShippedPath);
        return loaded ? Shipped{loaded.value(), QString()} : Shipped{Rubric(), loaded.error()};
    }();
    return shipped;
}

} // namespace

QString RubricDimension::descriptor(int level, int minLevel) const
{
    const int index = level - minLevel;
    return index >= 0 && index < descriptors.size() ? descriptors.at(index) : QString();
}

const Rubric &Rubric::shipped()
{
    return shippedRubric().rubric;
}

QString Rubric::translatedPath(const QString &language)
{
    return QStringLiteral(":/rubric/readiness_%1.json").arg(language);
}

QString Rubric::shippedError()
{
    return shippedRubric().error;
}

Result<Rubric> Rubric::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Cannot read the readiness rubric %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

Result<Rubric> Rubric::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return broken(Text::tr("%1 at character %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return broken(Text::tr("the file does not hold one object"));
    const QJsonObject root = doc.object();

    Rubric r;
    r.m_id = text(root, "id");
    r.m_version = root.value(QLatin1String("version")).toInt();
    r.m_name = text(root, "name");
    r.m_description = text(root, "description");
    if (r.m_id.isEmpty() || r.m_name.isEmpty() || r.m_version < 1)
        return broken(Text::tr("it needs an id, a name and a version of 1 or more"));

    const QJsonArray levels = root.value(QLatin1String("levels")).toArray();
    if (levels.size() < 2)
        return broken(Text::tr("it needs at least two levels"));
    for (const QJsonValue &value : levels) {
        const QJsonObject o = value.toObject();
        RubricLevel level{o.value(QLatin1String("level")).toInt(), text(o, "name"), text(o, "summary"),
                          text(o, "stage")};
        const int expected = r.m_levels.isEmpty() ? level.level : r.m_levels.last().level + 1;
        if (level.level < 1 || level.level > 9 || level.level != expected)
            return broken(Text::tr("levels must be whole numbers from 1 to 9, in order, without gaps"));
        if (level.name.isEmpty())
            return broken(Text::tr("level %1 has no name").arg(level.level));
        r.m_levels << level;
    }

    const QJsonArray dimensions = root.value(QLatin1String("dimensions")).toArray();
    if (dimensions.isEmpty())
        return broken(Text::tr("it has no dimensions"));
    for (const QJsonValue &value : dimensions) {
        const QJsonObject o = value.toObject();
        RubricDimension d{text(o, "id"), text(o, "name"), text(o, "short"), text(o, "question"), {}};
        if (d.shortName.isEmpty())
            d.shortName = d.name;
        if (d.id.isEmpty() || d.name.isEmpty())
            return broken(Text::tr("every dimension needs an id and a name"));
        if (r.dimension(d.id))
            return broken(Text::tr("the dimension id \"%1\" is used twice").arg(d.id));
        const QJsonArray descriptors = o.value(QLatin1String("levels")).toArray();
        for (const QJsonValue &descriptor : descriptors)
            d.descriptors << descriptor.toString().trimmed();
        if (d.descriptors.size() != r.m_levels.size() || d.descriptors.contains(QString()))
            return broken(Text::tr("the dimension \"%1\" needs one descriptor for each of the %2 levels")
                              .arg(d.id).arg(r.m_levels.size()));
        r.m_dimensions << d;
    }

    for (const QJsonValue &value : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = value.toObject();
        RubricSource source{text(o, "title"), text(o, "reference"), text(o, "use")};
        if (source.title.isEmpty())
            return broken(Text::tr("every source needs a title"));
        r.m_sources << source;
    }

    const QJsonObject rules = root.value(QLatin1String("rules")).toObject();
    const auto overall = aggregateFrom(rules.value(QLatin1String("overall")).toString());
    const auto beside = aggregateFrom(rules.value(QLatin1String("shownBesideOverall")).toString());
    if (!overall || !beside)
        return broken(Text::tr("the rules \"overall\" and \"shownBesideOverall\" must each be lowest, average or highest"));
    r.m_overall = *overall;
    r.m_beside = *beside;
    r.m_readyThreshold = rules.value(QLatin1String("readyWhenEveryDimensionAtLeast")).toInt();
    if (r.m_readyThreshold < r.minLevel() || r.m_readyThreshold > r.maxLevel())
        return broken(Text::tr("the rule \"readyWhenEveryDimensionAtLeast\" must be a level of the scale"));
    return r;
}

const RubricDimension *Rubric::dimension(const QString &id) const
{
    for (const RubricDimension &d : m_dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const RubricLevel *Rubric::level(int level) const
{
    for (const RubricLevel &l : m_levels) {
        if (l.level == level)
            return &l;
    }
    return nullptr;
}

QString Rubric::aggregateName(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Lowest:
        return Text::tr("the lowest level");
    case Aggregate::Average:
        return Text::tr("the average level");
    case Aggregate::Highest:
        return Text::tr("the highest level");
    }
    return QString();
}

QString Rubric::rulesText() const
{
    return Text::tr("A pilot's overall readiness is %1 of its latest assessment (%2 is shown beside it). "
              "It is ready to pilot when every dimension is at level %3 or higher; a dimension "
              "left out of the assessment is not ready.")
        .arg(aggregateName(m_overall), aggregateName(m_beside))
        .arg(m_readyThreshold);
}

Status Rubric::check(const QString &dimension, int level) const
{
    if (!this->dimension(dimension))
        return Status::failure(Text::tr("The readiness rubric has no dimension \"%1\".").arg(dimension));
    if (level < minLevel() || level > maxLevel())
        return Status::failure(Text::tr("A level of \"%1\" must be from %2 to %3, not %4.")
                                   .arg(dimension).arg(minLevel()).arg(maxLevel()).arg(level));
    return {};
}

double Rubric::aggregate(Aggregate rule, const QList<int> &values)
{
    switch (rule) {
    case Aggregate::Lowest:
        return *std::min_element(values.begin(), values.end());
    case Aggregate::Highest:
        return *std::max_element(values.begin(), values.end());
    case Aggregate::Average:
        return std::accumulate(values.begin(), values.end(), 0.0) / values.size();
    }
    return 0;
}

template <typename LevelOf>
Readiness Rubric::evaluateWith(LevelOf levelOf, bool assessed) const
{
    Readiness readiness;
    readiness.assessed = assessed;
    QList<int> values;
    for (const RubricDimension &d : m_dimensions) {
        const std::optional<int> level = levelOf(d.id);
        if (!level) {
            readiness.missing << d.id;
            continue;
        }
        values << *level;
        if (*level < m_readyThreshold)
            readiness.below << d.id;
    }
    if (values.isEmpty())
        return readiness;
    // An overall level is a level of the scale: an average rounds down, never up to readiness.
    readiness.overall = int(std::floor(aggregate(m_overall, values) + 1e-9));
    readiness.beside = aggregate(m_beside, values);
    readiness.ready = readiness.below.isEmpty() && readiness.missing.isEmpty();
    return readiness;
}

Readiness Rubric::evaluate(const QMap<QString, int> &levels) const
{
    return evaluateWith(
        [&levels](const QString &id) {
            const auto it = levels.constFind(id);
            return it == levels.constEnd() ? std::optional<int>() : std::optional<int>(it.value());
        },
        !levels.isEmpty());
}

// Found in the assessment's own list, without the map levelMap() makes: the dashboard evaluates
// every pilot of the programme (24,000 maps at 10,000 pairings). A dimension given twice counts
// with its last level, as in levelMap().
Readiness Rubric::evaluate(const AssessmentRecord *latest) const
{
    return evaluateWith(
        [latest](const QString &id) {
            if (latest) {
                for (auto it = latest->levels.crbegin(); it != latest->levels.crend(); ++it) {
                    if (it->dimension == id)
                        return std::optional<int>(it->level);
                }
            }
            return std::optional<int>();
        },
        latest != nullptr);
}
