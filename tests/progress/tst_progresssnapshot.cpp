// The dashboard's figures kept between starts: read back exactly as they were written, used only
// for the state they were read at (an edit, another day, scope or file makes them unused; an edit
// leaves them to be brought up to date), kept for the user's eyes only, and a damaged file is
// ignored.
#include "DemoProgramme.h"
#include "EditorFixture.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "progress/ProgressSnapshot.h"
#include "store/ProgrammeQueries.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {
const QDate Today(2027, 3, 20);
}

class TestProgressSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readBackExactly();
    void anEditChangesTheState();
    void aFileWithoutChangesHasAState();
    void dayScopeAndFileAreInTheState();
    void damagedFilesAreIgnored();

private:
    ProgressSnapshot::State state(const ProgressScope &scope = {}, QDate day = Today) const;
    ProgrammeProgress read(const ProgressScope &scope = {}) const;

    QTemporaryDir m_cache;
    std::unique_ptr<EditorFixture> m_fixture;
};

void TestProgressSnapshot::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
}

void TestProgressSnapshot::init()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    const auto demo = DemoProgramme::populate(m_fixture->db.database(), m_fixture->editor());
    QVERIFY2(demo, qPrintable(demo.error()));
}

void TestProgressSnapshot::cleanup()
{
    QFile::remove(ProgressSnapshot::fileFor(m_fixture->db.path()));
    m_fixture.reset();
}

ProgressSnapshot::State TestProgressSnapshot::state(const ProgressScope &scope, QDate day) const
{
    const auto s = ProgressSnapshot::stateOf(m_fixture->db.connection(), m_fixture->db.path(), scope, day);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s.value_or(ProgressSnapshot::State());
}

ProgrammeProgress TestProgressSnapshot::read(const ProgressScope &scope) const
{
    return ProgressQueries(m_fixture->db.connection(), Today).programme(scope).value_or(ProgrammeProgress());
}

void TestProgressSnapshot::readBackExactly()
{
    const ProgrammeProgress progress = read();
    QVERIFY(progress.totals.pilotsAssessed > 0); // the demo's pilots, with their assessments
    QVERIFY(!progress.pairings.isEmpty());
    const ProgressSnapshot::State now = state();
    QVERIFY(!now.base.isEmpty());
    QVERIFY(now.lastChange.id > 0);
    QVERIFY(state() == now); // reading changes nothing

    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), now)); // nothing kept yet
    QVERIFY(ProgressSnapshot::save(m_fixture->db.path(), now, progress));
    const auto kept = ProgressSnapshot::load(m_fixture->db.path(), now);
    QVERIFY(kept);
    QCOMPARE(ProgressSnapshot::serialized(*kept), ProgressSnapshot::serialized(progress));
    QCOMPARE(kept->totals.pilotsReady, progress.totals.pilotsReady);
    // What the dashboard draws comes back field by field (the pairings and pilots as columns).
    QCOMPARE(kept->pairings.size(), progress.pairings.size());
    for (qsizetype i = 0; i < progress.pairings.size(); ++i) {
        const PairingProgress &a = kept->pairings.at(i), &b = progress.pairings.at(i);
        QCOMPARE(a.pairingId, b.pairingId);
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.themeId, b.themeId);
        QCOMPARE(a.cities, b.cities);
        QCOMPARE(a.stage, b.stage);
        QCOMPARE(QList<int>({a.sessionsPlanned, a.sessionsHeld, a.sessionsHeldThisQuarter, a.actions,
                             a.actionsOpen, a.actionsDone, a.actionsOverdue, a.pilots, a.pilotsReady}),
                 QList<int>({b.sessionsPlanned, b.sessionsHeld, b.sessionsHeldThisQuarter, b.actions,
                             b.actionsOpen, b.actionsDone, b.actionsOverdue, b.pilots, b.pilotsReady}));
        QCOMPARE(a.lowestReadiness, b.lowestReadiness);
    }
    QVERIFY(std::any_of(progress.pairings.cbegin(), progress.pairings.cend(),
                        [](const PairingProgress &p) { return p.lowestReadiness && !p.cities.isEmpty(); }));
    QCOMPARE(kept->pilots.size(), progress.pilots.size());
    for (qsizetype i = 0; i < progress.pilots.size(); ++i) {
        const PilotStanding &a = kept->pilots.at(i), &b = progress.pilots.at(i);
        QCOMPARE(a.pilotId, b.pilotId);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.cityId, b.cityId);
        QCOMPARE(a.cityName, b.cityName);
        QCOMPARE(a.pairingId, b.pairingId);
        QCOMPARE(a.pairingCode, b.pairingCode);
        QCOMPARE(a.themeId, b.themeId);
        QCOMPARE(a.assessments, b.assessments);
        QCOMPARE(a.readiness.assessed, b.readiness.assessed);
        QCOMPARE(a.readiness.overall, b.readiness.overall);
        QCOMPARE(a.readiness.ready, b.readiness.ready);
        QVERIFY(!a.latest); // not drawn, not kept
    }
    QVERIFY(std::any_of(progress.pilots.cbegin(), progress.pilots.cend(),
                        [](const PilotStanding &s) { return s.readiness.overall.has_value(); }));

    const QFileInfo file(ProgressSnapshot::fileFor(m_fixture->db.path()));
    QVERIFY(file.absoluteFilePath().startsWith(m_cache.path()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestProgressSnapshot::anEditChangesTheState()
{
    const ProgressSnapshot::State before = state();
    const ProgrammeProgress figures = read();
    QVERIFY(ProgressSnapshot::save(m_fixture->db.path(), before, figures));
    QVERIFY(!ProgressSnapshot::loadEarlier(m_fixture->db.path(), before)); // not earlier: the same
    CityRecord city;
    city.name = QStringLiteral("Süleymanpaşa");
    city.countryId = ProgrammeQueries(m_fixture->db.connection()).countryByCode(QStringLiteral("TR")).value_or(0);
    city.timeZone = QStringLiteral("Europe/Istanbul");
    const auto added = m_fixture->editor().addCity(city);
    QVERIFY2(added, qPrintable(added.error()));
    const ProgressSnapshot::State after = state();
    QVERIFY(after != before);
    QCOMPARE(after.base, before.base);
    QVERIFY(after.lastChange.id > before.lastChange.id);
    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), after));
    // Kept at an earlier change, for ProgressUpdate: with the row they were read at.
    const auto earlier = ProgressSnapshot::loadEarlier(m_fixture->db.path(), after);
    QVERIFY(earlier);
    QVERIFY(earlier->lastChange == before.lastChange);
    QCOMPARE(ProgressSnapshot::serialized(earlier->figures), ProgressSnapshot::serialized(figures));
    // For a later day too (what fell overdue is counted); not for an earlier one, another scope
    // or file, nor for a change before the one they were kept at.
    QVERIFY(ProgressSnapshot::loadEarlier(m_fixture->db.path(), state({}, Today.addDays(1))));
    QVERIFY(!ProgressSnapshot::loadEarlier(m_fixture->db.path(), state({}, Today.addDays(-1))));
    QVERIFY(!ProgressSnapshot::loadEarlier(m_fixture->db.path(), state({1, 0})));
    ProgressSnapshot::State older = after;
    older.lastChange.id = before.lastChange.id - 1;
    QVERIFY(!ProgressSnapshot::loadEarlier(m_fixture->db.path(), older));
    // Undo brings the rows back, not the history: still not the figures kept.
    m_fixture->undoStack.undo();
    QVERIFY(state() != before);
    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), state()));
}

void TestProgressSnapshot::dayScopeAndFileAreInTheState()
{
    const ProgressSnapshot::State now = state();
    QVERIFY(ProgressSnapshot::save(m_fixture->db.path(), now, read()));
    QVERIFY(state({}, Today.addDays(1)) != now); // "overdue" moves with the day
    QVERIFY(state({1, 0}, Today) != now);       // another theme

    // Another file put at the same path: its own history, though a copy of the same rows.
    const QString path = m_fixture->db.path();
    const QString copy = path + QStringLiteral(".copy");
    QVERIFY(QFile::copy(path, copy));
    const auto copyState = ProgressSnapshot::stateOf(m_fixture->db.connection(), copy, {}, Today);
    QVERIFY(copyState && copyState.value() != now); // another path
    QVERIFY(!ProgressSnapshot::load(copy, now));
    QFile::remove(copy);
}

// An empty change log (a new file, not seeded) still names a state: the schema version's.
void TestProgressSnapshot::aFileWithoutChangesHasAState()
{
    TestDatabase empty(false);
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
    QCOMPARE(empty.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
    const auto first = ProgressSnapshot::stateOf(empty.connection(), empty.path(), {}, Today);
    QVERIFY2(first, qPrintable(first.error()));
    const auto again = ProgressSnapshot::stateOf(empty.connection(), empty.path(), {}, Today);
    QVERIFY(again && again.value() == first.value());
}

void TestProgressSnapshot::damagedFilesAreIgnored()
{
    const ProgressSnapshot::State now = state();
    QVERIFY(ProgressSnapshot::save(m_fixture->db.path(), now, read()));
    const QString kept = ProgressSnapshot::fileFor(m_fixture->db.path());
    QFile file(kept);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();

    const auto rewrite = [&](const QByteArray &bytes) {
        QFile out(kept);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    QByteArray flipped = whole;
    flipped[flipped.size() - 10] = char(flipped.at(flipped.size() - 10) ^ 0x5a); // inside the figures
    rewrite(flipped);
    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), now));
    rewrite(whole.left(whole.size() / 2));
    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), now));
    rewrite(QByteArray(4096, '\xff'));
    QVERIFY(!ProgressSnapshot::load(m_fixture->db.path(), now));
    rewrite(whole);
    QVERIFY(ProgressSnapshot::load(m_fixture->db.path(), now));
}

QTEST_GUILESS_MAIN(TestProgressSnapshot)
#include "tst_progresssnapshot.moc"
