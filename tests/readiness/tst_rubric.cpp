// The readiness rubric: the shipped file is valid and says what the issue promises, broken files
// give a message that names the problem, and the rules (overall = lowest, ready = every
// dimension at 4 or more) come from the file, edge cases included.
#include "readiness/PilotRecords.h"
#include "readiness/PilotValidation.h"
#include "readiness/Rubric.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject shippedJson()
{
    QFile file(QStringLiteral(":/rubric/readiness.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

QMap<QString, int> allAt(const Rubric &rubric, int level)
{
    QMap<QString, int> levels;
    for (const RubricDimension &d : rubric.dimensions())
        levels.insert(d.id, level);
    return levels;
}

} // namespace

class TestRubric : public QObject
{
    Q_OBJECT

private slots:
    void shippedRubricIsValid();
    void shippedRubricHasTheSixDimensionsAndFiveLevels();
    void brokenFilesAreRefusedWithAClearMessage_data();
    void brokenFilesAreRefusedWithAClearMessage();
    void missingFileIsNamed();
    void overallIsTheLowestAndAverageBeside();
    void readyNeedsEveryDimensionAtTheThreshold();
    void noAssessmentIsNotAssessedAndNotReady();
    void aDimensionNeverAssessedIsNotReady();
    void aRecordIsEvaluatedAsItsMap_data();
    void aRecordIsEvaluatedAsItsMap();
    void rulesComeFromTheFile();
    void checkRefusesUnknownDimensionsAndLevelsOffTheScale();
    void assessmentValidation();
};

void TestRubric::shippedRubricIsValid()
{
    QVERIFY2(Rubric::shippedError().isEmpty(), qPrintable(Rubric::shippedError()));
    QVERIFY(!Rubric::shipped().dimensions().isEmpty());
}

void TestRubric::shippedRubricHasTheSixDimensionsAndFiveLevels()
{
    const Rubric &r = Rubric::shipped();
    QStringList ids;
    for (const RubricDimension &d : r.dimensions()) {
        ids << d.id;
        QCOMPARE(d.descriptors.size(), 5);
        QVERIFY(!d.question.isEmpty());
    }
    QCOMPARE(ids, (QStringList{"solution", "need", "mandate", "resources", "team", "plan"}));
    QCOMPARE(r.minLevel(), 1);
    QCOMPARE(r.maxLevel(), 5);
    QStringList stages;
    QStringList names;
    for (const RubricLevel &l : r.levels()) {
        stages << l.stage;
        names << l.name;
    }
    QCOMPARE(stages, (QStringList{"Matchmaking", "Sharing", "Learning", "Showcasing", "Piloting"}));
    QCOMPARE(names, (QStringList{"Idea", "Explored", "Designed", "Validated and committed", "Ready to launch"}));
    QCOMPARE(r.overallRule(), Rubric::Aggregate::Lowest);
    QCOMPARE(r.besideRule(), Rubric::Aggregate::Average);
    QCOMPARE(r.readyThreshold(), 4);
    QVERIFY(r.sources().size() >= 4);
    QVERIFY(r.rulesText().contains(QLatin1String("lowest")));
    QCOMPARE(r.dimension(QStringLiteral("resources"))->descriptor(4, r.minLevel()),
             QStringLiteral("Funding is committed (budget line, grant award or partner contribution)."));
}

void TestRubric::brokenFilesAreRefusedWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QJsonObject good = shippedJson();
    QVERIFY(!good.isEmpty());
    QTest::newRow("not json") << QByteArray("{ \"id\": ") << QStringLiteral("at character");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("one object");

    QJsonObject o = good;
    o.remove(QStringLiteral("id"));
    QTest::newRow("no id") << bytes(o) << QStringLiteral("needs an id");

    o = good;
    QJsonArray levels = o.value(QStringLiteral("levels")).toArray();
    QJsonObject third = levels.at(2).toObject();
    third[QStringLiteral("level")] = 7;
    levels[2] = third;
    o[QStringLiteral("levels")] = levels;
    QTest::newRow("gap in levels") << bytes(o) << QStringLiteral("without gaps");

    o = good;
    QJsonArray dimensions = o.value(QStringLiteral("dimensions")).toArray();
    QJsonObject first = dimensions.at(0).toObject();
    QJsonArray fewer = first.value(QStringLiteral("levels")).toArray();
    fewer.removeLast();
    first[QStringLiteral("levels")] = fewer;
    dimensions[0] = first;
    o[QStringLiteral("dimensions")] = dimensions;
    QTest::newRow("descriptor missing") << bytes(o) << QStringLiteral("\"solution\" needs one descriptor");

    o = good;
    dimensions = o.value(QStringLiteral("dimensions")).toArray();
    dimensions.append(dimensions.at(1));
    o[QStringLiteral("dimensions")] = dimensions;
    QTest::newRow("duplicate dimension") << bytes(o) << QStringLiteral("\"need\" is used twice");

    o = good;
    QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    rules[QStringLiteral("overall")] = QStringLiteral("median");
    o[QStringLiteral("rules")] = rules;
    QTest::newRow("unknown rule") << bytes(o) << QStringLiteral("lowest, average or highest");

    o = good;
    rules = o.value(QStringLiteral("rules")).toObject();
    rules[QStringLiteral("readyWhenEveryDimensionAtLeast")] = 6;
    o[QStringLiteral("rules")] = rules;
    QTest::newRow("threshold off the scale") << bytes(o) << QStringLiteral("must be a level of the scale");
}

void TestRubric::brokenFilesAreRefusedWithAClearMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto rubric = Rubric::fromJson(json);
    QVERIFY(!rubric);
    QVERIFY2(rubric.error().startsWith(QLatin1String("The readiness rubric is not valid")), qPrintable(rubric.error()));
    QVERIFY2(rubric.error().contains(expected), qPrintable(rubric.error()));
}

void TestRubric::missingFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.json"));
    const auto rubric = Rubric::fromFile(path);
    QVERIFY(!rubric);
    QVERIFY(rubric.error().contains(path));
}

void TestRubric::overallIsTheLowestAndAverageBeside()
{
    const Rubric &r = Rubric::shipped();
    QMap<QString, int> levels = allAt(r, 5);
    levels[QStringLiteral("resources")] = 2;
    const Readiness readiness = r.evaluate(levels);
    QVERIFY(readiness.assessed);
    QCOMPARE(readiness.overall, std::optional<int>(2));
    QVERIFY(readiness.beside);
    QCOMPARE(*readiness.beside, (5.0 * 5 + 2) / 6);
    QVERIFY(!readiness.ready);
}

void TestRubric::readyNeedsEveryDimensionAtTheThreshold()
{
    const Rubric &r = Rubric::shipped();
    QVERIFY(r.evaluate(allAt(r, 4)).ready);
    QVERIFY(r.evaluate(allAt(r, 5)).ready);
    QMap<QString, int> oneBelow = allAt(r, 5);
    oneBelow[QStringLiteral("team")] = 3;
    QVERIFY(!r.evaluate(oneBelow).ready);
    QCOMPARE(r.evaluate(oneBelow).overall, std::optional<int>(3));
}

void TestRubric::noAssessmentIsNotAssessedAndNotReady()
{
    const Rubric &r = Rubric::shipped();
    const Readiness none = r.evaluate(static_cast<const AssessmentRecord *>(nullptr));
    QVERIFY(!none.assessed);
    QVERIFY(!none.overall);
    QVERIFY(!none.beside);
    QVERIFY(!none.ready);
    QCOMPARE(none.missing.size(), r.dimensions().size());
}

void TestRubric::aDimensionNeverAssessedIsNotReady()
{
    const Rubric &r = Rubric::shipped();
    QMap<QString, int> levels = allAt(r, 5);
    levels.remove(QStringLiteral("mandate"));
    const Readiness readiness = r.evaluate(levels);
    QVERIFY(readiness.assessed);
    QCOMPARE(readiness.overall, std::optional<int>(5));
    QCOMPARE(readiness.missing, QStringList{QStringLiteral("mandate")});
    QVERIFY(!readiness.ready);

    AssessmentRecord partial;
    partial.levels = {DimensionLevel{QStringLiteral("plan"), 4, QString()}};
    const Readiness fromRecord = r.evaluate(&partial);
    QCOMPARE(fromRecord.overall, std::optional<int>(4));
    QCOMPARE(fromRecord.missing.size(), r.dimensions().size() - 1);
    QVERIFY(!fromRecord.ready);
}

// The record is evaluated without its map: every way of holding the levels gives the map's
// verdict, including a dimension given twice (the last counts) and an unknown one.
void TestRubric::aRecordIsEvaluatedAsItsMap_data()
{
    QTest::addColumn<QList<DimensionLevel>>("levels");
    const Rubric &r = Rubric::shipped();
    QList<DimensionLevel> all;
    for (const RubricDimension &d : r.dimensions())
        all << DimensionLevel{d.id, 4, QString()};
    QTest::newRow("empty") << QList<DimensionLevel>();
    QTest::newRow("every dimension") << all;
    QList<DimensionLevel> twice = all;
    twice << DimensionLevel{all.first().dimension, 1, QString()};
    QTest::newRow("a dimension twice, lower last") << twice;
    QList<DimensionLevel> twiceHigher = all;
    twiceHigher.first().level = 1;
    twiceHigher << DimensionLevel{all.first().dimension, 5, QString()};
    QTest::newRow("a dimension twice, higher last") << twiceHigher;
    QTest::newRow("unknown and one known") << QList<DimensionLevel>{{QStringLiteral("no-such"), 2, QString()},
                                                                   {all.last().dimension, 3, QString()}};
}

void TestRubric::aRecordIsEvaluatedAsItsMap()
{
    QFETCH(QList<DimensionLevel>, levels);
    const Rubric &r = Rubric::shipped();
    AssessmentRecord record;
    record.levels = levels;
    const Readiness fromRecord = r.evaluate(&record);
    Readiness fromMap = r.evaluate(record.levelMap());
    fromMap.assessed = true; // a record is an assessment, even without levels
    QCOMPARE(fromRecord.assessed, fromMap.assessed);
    QCOMPARE(fromRecord.overall, fromMap.overall);
    QCOMPARE(fromRecord.beside, fromMap.beside);
    QCOMPARE(fromRecord.missing, fromMap.missing);
    QCOMPARE(fromRecord.below, fromMap.below);
    QCOMPARE(fromRecord.ready, fromMap.ready);
}

void TestRubric::rulesComeFromTheFile()
{
    QJsonObject o = shippedJson();
    QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    rules[QStringLiteral("overall")] = QStringLiteral("average");
    rules[QStringLiteral("shownBesideOverall")] = QStringLiteral("lowest");
    rules[QStringLiteral("readyWhenEveryDimensionAtLeast")] = 3;
    o[QStringLiteral("rules")] = rules;
    const auto rubric = Rubric::fromJson(bytes(o));
    QVERIFY2(rubric, qPrintable(rubric.error()));
    QMap<QString, int> levels = allAt(rubric.value(), 5);
    levels[QStringLiteral("need")] = 3;
    const Readiness readiness = rubric->evaluate(levels);
    // An average of 4.67 is level 4: an overall level rounds down, never up.
    QCOMPARE(readiness.overall, std::optional<int>(4));
    QCOMPARE(readiness.beside, std::optional<double>(3));
    QVERIFY(readiness.ready);
    QVERIFY(rubric->rulesText().contains(QLatin1String("average level of its latest")));
}

void TestRubric::checkRefusesUnknownDimensionsAndLevelsOffTheScale()
{
    const Rubric &r = Rubric::shipped();
    QVERIFY(r.check(QStringLiteral("need"), 1));
    QVERIFY(r.check(QStringLiteral("need"), 5));
    QVERIFY(!r.check(QStringLiteral("need"), 0));
    QVERIFY(!r.check(QStringLiteral("need"), 6));
    const Status unknown = r.check(QStringLiteral("funding"), 3);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QLatin1String("funding")));
}

void TestRubric::assessmentValidation()
{
    const Rubric &r = Rubric::shipped();
    AssessmentRecord a;
    a.pilotId = 1;
    a.assessedOn = QDate(2027, 3, 1);
    QVERIFY(!PilotValidation::assessment(a, r)); // no levels
    a.levels = {DimensionLevel{QStringLiteral("need"), 3, QString()}};
    QVERIFY(PilotValidation::assessment(a, r));
    a.levels << DimensionLevel{QStringLiteral("need"), 4, QString()};
    const Status twice = PilotValidation::assessment(a, r);
    QVERIFY(!twice);
    QVERIFY(twice.error().contains(QLatin1String("twice")));
    a.levels = {DimensionLevel{QStringLiteral("need"), 3, QString()}};
    a.assessedOn = QDate();
    QVERIFY(!PilotValidation::assessment(a, r)); // neither date nor session
    a.sessionId = 7;
    QVERIFY(PilotValidation::assessment(a, r));
}

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
