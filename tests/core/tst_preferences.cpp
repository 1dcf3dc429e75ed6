// The preferences as models/ keeps them: checked before anything is written, one backup count
// shared with the Restore dialog and the command-line tool, the recent databases capped and
// newest first, and the working hours a city added by hand starts with.
#include "EditorFixture.h"
#include "core/Preferences.h"
#include "database/Backups.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/ProgrammeQueries.h"
#include "store/WorkingHoursStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

// A city in Spain, on Madrid's time, as one added by hand.
CityRecord spanishCity(const TestDatabase &db, const QString &name)
{
    CityRecord city;
    city.name = name;
    city.countryId = ProgrammeQueries(db.connection()).countryByCode(QStringLiteral("ES")).value();
    city.timeZone = QStringLiteral("Europe/Madrid");
    return city;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void defaultsWhenNothingIsSet();
    void saveWritesEveryValue();
    void checkRefuses_data();
    void checkRefuses();
    void refusedValuesAreNotWritten();
    void backupCountIsTheSharedSetting();
    void nonsenseInTheFileGivesTheDefaultHours();
    void recentDatabasesNewestFirstAndCapped();
    void forgetAndClearRecent();
    void newCityStartsWithThePreferredHours();
    void defaultHoursNeedNoRow();
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A settings file of its own: the suites run side by side.
    QCoreApplication::setOrganizationName(QStringLiteral("City2City-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void TestPreferences::init()
{
    QSettings().clear();
    Preferences::reloadFacilitatorName(); // cleared behind its back
}

void TestPreferences::defaultsWhenNothingIsSet()
{
    const Preferences::Values values = Preferences::current();
    QVERIFY(values.facilitatorName.isEmpty());
    QCOMPARE(Preferences::facilitatorName(), Preferences::loginName());
    QVERIFY(values.organisationName.isEmpty());
    QCOMPARE(values.workingHours.start, QTime(8, 0));
    QCOMPARE(values.workingHours.end, QTime(18, 0));
    QCOMPARE(values.workingHours.days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(values.backupsToKeep, Backups::DefaultKeep);
}

void TestPreferences::saveWritesEveryValue()
{
    Preferences::Values values;
    values.facilitatorName = QStringLiteral("  Olena Kovalenko ");
    values.organisationName = QStringLiteral("Urban Transitions Mission");
    values.workingHours.start = QTime(9, 30);
    values.workingHours.end = QTime(17, 15);
    values.workingHours.days = {Qt::Monday, Qt::Tuesday, Qt::Thursday, Qt::Saturday};
    values.backupsToKeep = 12;
    QVERIFY(Preferences::save(values).ok());

    const Preferences::Values read = Preferences::current();
    QCOMPARE(read.facilitatorName, QStringLiteral("Olena Kovalenko"));
    QCOMPARE(Preferences::facilitatorName(), QStringLiteral("Olena Kovalenko"));
    QCOMPARE(read.organisationName, QStringLiteral("Urban Transitions Mission"));
    QCOMPARE(read.workingHours.start, QTime(9, 30));
    QCOMPARE(read.workingHours.end, QTime(17, 15));
    QCOMPARE(read.workingHours.days, (QList<int>{Qt::Monday, Qt::Tuesday, Qt::Thursday, Qt::Saturday}));
    QCOMPARE(read.backupsToKeep, 12);
}

void TestPreferences::checkRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("message"); // empty: accepted

    const QList<int> weekdays{1, 2, 3, 4, 5};
    const QString longName(Preferences::MaxNameLength + 1, u'x');
    QTest::newRow("fine") << QString() << QString() << QTime(8, 0) << QTime(18, 0) << weekdays << 7 << QString();
    QTest::newRow("whole day") << QString() << QString() << QTime(0, 0) << QTime(23, 59) << QList<int>{7} << 1 << QString();
    QTest::newRow("end before start") << QString() << QString() << QTime(18, 0) << QTime(8, 0) << weekdays << 7
                                      << QStringLiteral("Working hours must end after they start.");
    QTest::newRow("no length") << QString() << QString() << QTime(9, 0) << QTime(9, 0) << weekdays << 7
                               << QStringLiteral("Working hours must end after they start.");
    QTest::newRow("no day") << QString() << QString() << QTime(8, 0) << QTime(18, 0) << QList<int>() << 7
                            << QStringLiteral("Choose at least one working day.");
    QTest::newRow("no backups") << QString() << QString() << QTime(8, 0) << QTime(18, 0) << weekdays << 0
                                << QStringLiteral("Keep between 1 and 999 backups.");
    QTest::newRow("long name") << longName << QString() << QTime(8, 0) << QTime(18, 0) << weekdays << 7
                               << QStringLiteral("Your name is too long: at most 100 characters.");
    QTest::newRow("long organisation") << QString() << longName << QTime(8, 0) << QTime(18, 0) << weekdays << 7
                                       << QStringLiteral("The organisation's name is too long: at most 100 characters.");
}

void TestPreferences::checkRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, organisation);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QList<int>, days);
    QFETCH(int, keep);
    QFETCH(QString, message);
    Preferences::Values values;
    values.facilitatorName = name;
    values.organisationName = organisation;
    values.workingHours.start = start;
    values.workingHours.end = end;
    values.workingHours.days = days;
    values.backupsToKeep = keep;
    const Status checked = Preferences::check(values);
    QCOMPARE(checked.ok(), message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(checked.error(), message);
}

void TestPreferences::refusedValuesAreNotWritten()
{
    Preferences::Values values = Preferences::current();
    values.organisationName = QStringLiteral("Written only with the rest");
    values.workingHours.days.clear();
    QVERIFY(!Preferences::save(values).ok());
    QVERIFY(Preferences::organisationName().isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestPreferences::backupCountIsTheSharedSetting()
{
    Preferences::setBackupsToKeep(3);
    QCOMPARE(QSettings().value(QString::fromLatin1(Backups::KeepSettingKey)).toInt(), 3);
    QSettings().setValue(QString::fromLatin1(Backups::KeepSettingKey), 21); // as the Restore dialog did
    QCOMPARE(Preferences::backupsToKeep(), 21);
    QCOMPARE(Preferences::current().backupsToKeep, 21);
}

void TestPreferences::nonsenseInTheFileGivesTheDefaultHours()
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(Preferences::WorkingHoursStartKey), 900);
    settings.setValue(QString::fromLatin1(Preferences::WorkingHoursEndKey), 600);
    settings.setValue(QString::fromLatin1(Preferences::WorkingDaysKey), 31);
    const WorkingHours hours = Preferences::defaultWorkingHours();
    QCOMPARE(hours.start, WorkingHours().start);
    QCOMPARE(hours.end, WorkingHours().end);
}

void TestPreferences::recentDatabasesNewestFirstAndCapped()
{
    QTemporaryDir dir;
    for (int i = 1; i <= 10; ++i)
        Preferences::noteRecentDatabase(dir.filePath(QStringLiteral("db%1.c2c").arg(i)));
    QStringList recent = Preferences::recentDatabases();
    QCOMPARE(recent.size(), Preferences::MaxRecentDatabases);
    QCOMPARE(recent.first(), dir.filePath(QStringLiteral("db10.c2c")));
    QCOMPARE(recent.last(), dir.filePath(QStringLiteral("db3.c2c")));

    // Opening one again moves it to the top, once.
    Preferences::noteRecentDatabase(dir.filePath(QStringLiteral("db5.c2c")));
    recent = Preferences::recentDatabases();
    QCOMPARE(recent.size(), Preferences::MaxRecentDatabases);
    QCOMPARE(recent.first(), dir.filePath(QStringLiteral("db5.c2c")));
    QCOMPARE(recent.count(dir.filePath(QStringLiteral("db5.c2c"))), 1);
    QCOMPARE(recent.at(1), dir.filePath(QStringLiteral("db10.c2c")));

    // Relative paths are kept as absolute ones.
    Preferences::noteRecentDatabase(QStringLiteral("relative.c2c"));
    QVERIFY(QFileInfo(Preferences::recentDatabases().first()).isAbsolute());
}

void TestPreferences::forgetAndClearRecent()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.c2c"));
    const QString b = dir.filePath(QStringLiteral("b.c2c"));
    Preferences::noteRecentDatabase(a);
    Preferences::noteRecentDatabase(b);
    Preferences::forgetRecentDatabase(a);
    QCOMPARE(Preferences::recentDatabases(), QStringList{b});
    Preferences::clearRecentDatabases();
    QVERIFY(Preferences::recentDatabases().isEmpty());
}

void TestPreferences::newCityStartsWithThePreferredHours()
{
    WorkingHours preferred;
    preferred.start = QTime(7, 30);
    preferred.end = QTime(15, 30);
    preferred.days = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday};
    Preferences::setDefaultWorkingHours(preferred);

    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityRecord city = spanishCity(f.db, QStringLiteral("Getafe"));
    city.population = 180000;
    const auto id = f.editor().addCity(city);
    QVERIFY2(id.ok(), qPrintable(id.error()));

    const WorkingHoursStore store(f.db.connection(), f.db.clock());
    WorkingHours stored = store.of(id.value()).value();
    QCOMPARE(stored.start, QTime(7, 30));
    QCOMPARE(stored.end, QTime(15, 30));
    QCOMPARE(stored.days, preferred.days);

    // A later change of the preference leaves the city as it is; undo takes city and hours.
    Preferences::setDefaultWorkingHours(WorkingHours());
    QCOMPARE(store.of(id.value()).value().start, QTime(7, 30));
    f.undoStack.undo();
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM city_working_hours WHERE city_id = ?"),
                         {id.value()}).toInt(), 0);
    f.undoStack.redo();
    stored = store.of(id.value()).value();
    QCOMPARE(stored.start, QTime(7, 30));
}

void TestPreferences::defaultHoursNeedNoRow()
{
    EditorFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto id = f.editor().addCity(spanishCity(f.db, QStringLiteral("Leganés")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM city_working_hours WHERE city_id = ?"),
                         {id.value()}).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
