// city2city-cli commands for pilots and their readiness: rubric, readiness, add-pilot, assess.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "core/IsoDate.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "progress/ReadinessQueries.h"
#include "readiness/PilotValidation.h"
#include "readiness/Rubric.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace CommandSupport;

namespace {

// DIMENSION=VALUE, split at the first '='.
bool splitAssignment(const QString &text, QString *dimension, QString *value)
{
    const int equals = text.indexOf(u'=');
    if (equals <= 0)
        return false;
    *dimension = text.left(equals).trimmed();
    *value = text.mid(equals + 1).trimmed();
    return !dimension->isEmpty();
}

QString overallText(const Readiness &r)
{
    if (!r.overall)
        return QStringLiteral("not assessed");
    QString text = QString::number(*r.overall);
    if (r.beside)
        text += QStringLiteral(" (avg %1)").arg(*r.beside, 0, 'f', 1);
    return text;
}

} // namespace

int CommandLine::rubric(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption()); // accepted like everywhere; the rubric is not in the file
    parser.addOption(jsonOption());
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("rubric"), m_out, m_err, &exit))
        return exit;
    const Rubric &rubric = Rubric::shipped();
    if (rubric.dimensions().isEmpty()) {
        m_err << "city2city-cli rubric: " << Rubric::shippedError() << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray dimensions;
        for (const RubricDimension &d : rubric.dimensions()) {
            QJsonArray levels;
            for (const RubricLevel &l : rubric.levels())
                levels.append(QJsonObject{{QStringLiteral("level"), l.level},
                                          {QStringLiteral("name"), l.name},
                                          {QStringLiteral("stage"), l.stage},
                                          {QStringLiteral("descriptor"), d.descriptor(l.level, rubric.minLevel())}});
            dimensions.append(QJsonObject{{QStringLiteral("id"), d.id},
                                          {QStringLiteral("name"), d.name},
                                          {QStringLiteral("question"), d.question},
                                          {QStringLiteral("levels"), levels}});
        }
        m_out << QJsonDocument(dimensions).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << rubric.name() << " (version " << rubric.version() << ")\n\n";
    m_out << "Levels:\n";
    for (const RubricLevel &l : rubric.levels())
        m_out << "  " << l.level << "  " << padded(l.name, 26) << padded(l.stage, 12) << l.summary << '\n';
    for (const RubricDimension &d : rubric.dimensions()) {
        m_out << '\n' << d.id << ": " << d.name << " — " << d.question << '\n';
        for (const RubricLevel &l : rubric.levels())
            m_out << "  " << l.level << "  " << d.descriptor(l.level, rubric.minLevel()) << '\n';
    }
    m_out << "\nRules: " << rubric.rulesText() << '\n';
    m_out << "\nSources:\n";
    for (const RubricSource &s : rubric.sources())
        m_out << "  - " << s.title << " (" << s.reference << ")\n";
    return Ok;
}

int CommandLine::readiness(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing(QStringLiteral("pairing"), QStringLiteral("Only this pairing's pilots (id or code)."), QStringLiteral("ID"));
    parser.addOption(pairing);
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("readiness"), m_out, m_err, &exit))
        return exit;
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    PilotFilter filter;
    if (parser.isSet(pairing)) {
        const auto id = PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
        if (!id) {
            m_err << "city2city-cli readiness: " << id.error() << '\n';
            return Usage;
        }
        filter.pairingId = id.value();
    }
    const ReadinessQueries queries(database->connection());
    const auto standings = queries.standings(filter);
    if (!standings) {
        m_err << "city2city-cli readiness: " << standings.error() << '\n';
        return Failed;
    }
    const Rubric &rubric = queries.rubric();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const PilotStanding &s : standings.value()) {
            QJsonObject levels;
            if (s.latest) {
                for (const DimensionLevel &l : s.latest->levels)
                    levels.insert(l.dimension, l.level);
            }
            rows.append(QJsonObject{
                {QStringLiteral("pilot"), s.pilotId},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("city"), s.cityName},
                {QStringLiteral("pairing"), s.pairingCode},
                {QStringLiteral("overall"), s.readiness.overall ? QJsonValue(*s.readiness.overall) : QJsonValue()},
                {QStringLiteral("average"), s.readiness.beside ? QJsonValue(*s.readiness.beside) : QJsonValue()},
                {QStringLiteral("ready"), s.readiness.ready},
                {QStringLiteral("assessed_on"), s.latest ? QJsonValue(s.latest->assessedOn.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("levels"), levels}});
        }
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (standings->isEmpty()) {
        m_out << "No pilots yet. Add one with city2city-cli add-pilot.\n";
        return Ok;
    }
    m_out << padded(QStringLiteral("PILOT"), 7) << padded(QStringLiteral("PAIRING"), 9)
          << padded(QStringLiteral("CITY"), 20);
    for (const RubricDimension &d : rubric.dimensions())
        m_out << padded(d.id.left(9).toUpper(), 10);
    m_out << padded(QStringLiteral("OVERALL"), 14) << "READY\n";
    for (const PilotStanding &s : standings.value()) {
        m_out << padded(QString::number(s.pilotId), 7) << padded(s.pairingCode, 9) << padded(s.cityName, 20);
        for (const RubricDimension &d : rubric.dimensions()) {
            const auto level = s.latest ? s.latest->levelOf(d.id) : std::nullopt;
            m_out << padded(level ? QString::number(*level) : QStringLiteral("-"), 10);
        }
        m_out << padded(overallText(s.readiness), 14) << (s.readiness.ready ? "yes" : "no") << "   " << s.title << '\n';
    }
    m_out << '\n' << rubric.rulesText() << '\n';
    return Ok;
}

int CommandLine::addPilot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption pairing(QStringLiteral("pairing"), QStringLiteral("The pairing (id or code)."), QStringLiteral("ID"));
    const QCommandLineOption city(QStringLiteral("city"), QStringLiteral("The member city whose pilot it is (id or name)."), QStringLiteral("CITY"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("What the city will pilot."), QStringLiteral("TEXT"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("A longer description."), QStringLiteral("TEXT"));
    const QCommandLineOption inspiredBy(QStringLiteral("inspired-by"), QStringLiteral("The peer city whose practice inspired it (id or name)."), QStringLiteral("CITY"));
    const QCommandLineOption practice(QStringLiteral("practice"), QStringLiteral("The practice that inspired it."), QStringLiteral("TEXT"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Expected start, YYYY-MM-DD."), QStringLiteral("DATE"));
    parser.addOptions({pairing, city, title, description, inspiredBy, practice, start});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("add-pilot"), m_out, m_err, &exit))
        return exit;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli add-pilot: " << message << '\n';
        return int(Usage);
    };
    if (!parser.isSet(pairing) || !parser.isSet(city) || !parser.isSet(title))
        return usage(QStringLiteral("--pairing, --city and --title are required"));
    PilotRecord pilot;
    if (parser.isSet(start)) {
        pilot.expectedStart = IsoDate::parse(parser.value(start));
        if (!pilot.expectedStart.isValid())
            return usage(QStringLiteral("dates are written YYYY-MM-DD, e.g. 2027-09-01"));
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const auto pairingId = PairingStore(database->connection(), database->clock()).resolve(parser.value(pairing));
    if (!pairingId)
        return usage(pairingId.error());
    const auto cityId = NameLookup::city(database->connection(), parser.value(city));
    if (!cityId)
        return usage(cityId.error());
    pilot.pairingId = pairingId.value();
    pilot.cityId = cityId.value();
    pilot.title = parser.value(title);
    pilot.description = parser.value(description);
    pilot.inspiredByPractice = parser.value(practice);
    if (parser.isSet(inspiredBy)) {
        const auto peer = NameLookup::city(database->connection(), parser.value(inspiredBy));
        if (!peer)
            return usage(peer.error());
        pilot.inspiredByCityId = peer.value();
    }
    if (Status s = PilotValidation::pilot(pilot); !s)
        return usage(s.error());
    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor(*database, &undoStack, &notifier);
    const auto id = editor.addPilot(pilot);
    if (!id) {
        m_err << "city2city-cli add-pilot: " << id.error() << '\n';
        return Failed;
    }
    m_out << id.value() << '\n';
    return Ok;
}

int CommandLine::assess(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption pilot(QStringLiteral("pilot"), QStringLiteral("The pilot, by id."), QStringLiteral("ID"));
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("The session it was assessed at, by id or as CODE#N."), QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The date of the assessment, YYYY-MM-DD (default: the session's)."), QStringLiteral("DATE"));
    const QCommandLineOption level(QStringLiteral("level"), QStringLiteral("A dimension's level, e.g. resources=3; repeatable (see: rubric). Dimensions not given keep their level from the pilot's latest assessment."), QStringLiteral("DIMENSION=LEVEL"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), QStringLiteral("The evidence for a dimension's level; repeatable."), QStringLiteral("DIMENSION=TEXT"));
    const QCommandLineOption summary(QStringLiteral("summary"), QStringLiteral("A short summary of the assessment."), QStringLiteral("TEXT"));
    parser.addOptions({pilot, session, date, level, evidence, summary});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("assess"), m_out, m_err, &exit))
        return exit;
    const auto usage = [this](const QString &message) {
        m_err << "city2city-cli assess: " << message << '\n';
        return int(Usage);
    };
    if (!parser.isSet(pilot) || !parser.isSet(level))
        return usage(QStringLiteral("--pilot and at least one --level DIMENSION=LEVEL are required"));
    if (!parser.isSet(session) && !parser.isSet(date))
        return usage(QStringLiteral("give the --session it was assessed at, or its --date"));
    const Rubric &rubric = Rubric::shipped();
    AssessmentRecord assessment;
    bool isNumber = false;
    assessment.pilotId = parser.value(pilot).toLongLong(&isNumber);
    if (!isNumber || assessment.pilotId <= 0)
        return usage(QStringLiteral("a pilot is given by its id (see: readiness)"));
    if (parser.isSet(date)) {
        assessment.assessedOn = IsoDate::parse(parser.value(date));
        if (!assessment.assessedOn.isValid())
            return usage(QStringLiteral("dates are written YYYY-MM-DD, e.g. 2027-04-30"));
    }
    for (const QString &given : parser.values(level)) {
        QString dimension;
        QString value;
        if (!splitAssignment(given, &dimension, &value))
            return usage(QStringLiteral("a level is given as DIMENSION=LEVEL, e.g. funding=3, not “%1”").arg(given));
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            return usage(QStringLiteral("the level of %1 must be a number from %2 to %3")
                             .arg(dimension).arg(rubric.minLevel()).arg(rubric.maxLevel()));
        if (Status s = rubric.check(dimension, number); !s)
            return usage(s.error() + QStringLiteral(" Dimensions: ") + [&] {
                QStringList ids;
                for (const RubricDimension &d : rubric.dimensions())
                    ids << d.id;
                return ids.join(QStringLiteral(", "));
            }());
        assessment.levels << DimensionLevel{dimension, number, QString()};
    }
    for (const QString &given : parser.values(evidence)) {
        QString dimension;
        QString text;
        if (!splitAssignment(given, &dimension, &text))
            return usage(QStringLiteral("evidence is given as DIMENSION=TEXT, not “%1”").arg(given));
        auto it = std::find_if(assessment.levels.begin(), assessment.levels.end(),
                               [&](const DimensionLevel &l) { return l.dimension == dimension; });
        if (it == assessment.levels.end())
            return usage(QStringLiteral("evidence for %1 needs a --level for it too").arg(dimension));
        it->evidence = text;
    }
    assessment.summary = parser.value(summary);
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    if (parser.isSet(session)) {
        const auto target = sessionOf(*database, parser.value(session));
        if (!target)
            return usage(target.error());
        assessment.sessionId = target->id;
    }
    if (Status s = PilotValidation::assessment(assessment, rubric); !s)
        return usage(s.error());
    // As the app's dialog does: an assessment starts from where the pilot stood, so that
    // "--level resources=4" moves one dimension and does not leave the others unassessed.
    const auto standing = ReadinessQueries(database->connection()).standing(assessment.pilotId);
    if (standing && standing->latest) {
        for (const RubricDimension &d : rubric.dimensions()) {
            const auto previous = standing->latest->levelOf(d.id);
            if (previous && !assessment.levelOf(d.id) && rubric.check(d.id, *previous))
                assessment.levels << DimensionLevel{d.id, *previous, QString()};
        }
    }
    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor(*database, &undoStack, &notifier);
    const auto id = editor.addAssessment(assessment);
    if (!id) {
        m_err << "city2city-cli assess: " << id.error() << '\n';
        return Failed;
    }
    m_out << id.value() << '\n';
    return Ok;
}
