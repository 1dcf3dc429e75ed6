// The dashboard's figures kept between starts: read back exactly as they were written, used only
// for the state they were read at (an edit, another day, scope or file makes them unused), kept
// for the user's eyes only, and a damaged file is ignored.
#include "DemoProgramme.h"
#include "TestDatabase.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "progress/ProgressSnapshot.h"
#include "store/ProgrammeQueries.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void dayScopeAndFileAreInTheState();
    void damagedFilesAreIgnored();

private:
    QByteArray state(const ProgressScope &scope = {}, QDate day = Today) const;
    ProgrammeProgress read(const ProgressScope &scope = {}) const;

    QTemporaryDir m_cache;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Editor> m_editor;
};

void TestProgressSnapshot::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
}

void TestProgressSnapshot::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_stack = std::make_unique<QUndoStack>();
    m_notifier = std::make_unique<ChangeNotifier>();
    m_editor = std::make_unique<Editor>(m_db->database(), m_stack.get(), m_notifier.get());
    const auto demo = DemoProgramme::populate(m_db->database(), *m_editor);
    QVERIFY2(demo, qPrintable(demo.error()));
}

void TestProgressSnapshot::cleanup()
{
    QFile::remove(ProgressSnapshot::fileFor(m_db->path()));
    m_editor.reset();
    m_notifier.reset();
    m_stack.reset();
    m_db.reset();
}

QByteArray TestProgressSnapshot::state(const ProgressScope &scope, QDate day) const
{
    const auto s = ProgressSnapshot::stateOf(m_db->connection(), m_db->path(), scope, day);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s.value_or(QByteArray());
}

ProgrammeProgress TestProgressSnapshot::read(const ProgressScope &scope) const
{
    return ProgressQueries(m_db->connection(), Today).programme(scope).value_or(ProgrammeProgress());
}

void TestProgressSnapshot::readBackExactly()
{
    const ProgrammeProgress progress = read();
    QVERIFY(progress.totals.pilotsAssessed > 0); // the demo's pilots, with their assessments
    QVERIFY(!progress.pairings.isEmpty());
    const QByteArray now = state();
    QVERIFY(!now.isEmpty());
    QCOMPARE(state(), now); // reading changes nothing

    QVERIFY(!ProgressSnapshot::load(m_db->path(), now)); // nothing kept yet
    QVERIFY(ProgressSnapshot::save(m_db->path(), now, progress));
    const auto kept = ProgressSnapshot::load(m_db->path(), now);
    QVERIFY(kept);
    QCOMPARE(ProgressSnapshot::serialized(*kept), ProgressSnapshot::serialized(progress));
    QCOMPARE(kept->totals.pilotsReady, progress.totals.pilotsReady);
    QCOMPARE(kept->pilots.size(), progress.pilots.size());

    const QFileInfo file(ProgressSnapshot::fileFor(m_db->path()));
    QVERIFY(file.absoluteFilePath().startsWith(m_cache.path()));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestProgressSnapshot::anEditChangesTheState()
{
    const QByteArray before = state();
    QVERIFY(ProgressSnapshot::save(m_db->path(), before, read()));
    CityRecord city;
    city.name = QStringLiteral("Süleymanpaşa");
    city.countryId = ProgrammeQueries(m_db->connection()).countryByCode(QStringLiteral("TR")).value_or(0);
    city.timeZone = QStringLiteral("Europe/Istanbul");
    const auto added = m_editor->addCity(city);
    QVERIFY2(added, qPrintable(added.error()));
    const QByteArray after = state();
    QVERIFY(after != before);
    QVERIFY(!ProgressSnapshot::load(m_db->path(), after));
    // Undo brings the rows back, not the history: still not the figures kept.
    m_stack->undo();
    QVERIFY(state() != before);
    QVERIFY(!ProgressSnapshot::load(m_db->path(), state()));
}

void TestProgressSnapshot::dayScopeAndFileAreInTheState()
{
    const QByteArray now = state();
    QVERIFY(ProgressSnapshot::save(m_db->path(), now, read()));
    QVERIFY(state({}, Today.addDays(1)) != now); // "overdue" moves with the day
    QVERIFY(state({1, 0}, Today) != now);       // another theme

    // Another file put at the same path: its own history, though a copy of the same rows.
    const QString path = m_db->path();
    const QString copy = path + QStringLiteral(".copy");
    QVERIFY(QFile::copy(path, copy));
    const auto copyState = ProgressSnapshot::stateOf(m_db->connection(), copy, {}, Today);
    QVERIFY(copyState && copyState.value() != now); // another path
    QVERIFY(!ProgressSnapshot::load(copy, now));
    QFile::remove(copy);
}

void TestProgressSnapshot::damagedFilesAreIgnored()
{
    const QByteArray now = state();
    QVERIFY(ProgressSnapshot::save(m_db->path(), now, read()));
    const QString kept = ProgressSnapshot::fileFor(m_db->path());
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
    QVERIFY(!ProgressSnapshot::load(m_db->path(), now));
    rewrite(whole.left(whole.size() / 2));
    QVERIFY(!ProgressSnapshot::load(m_db->path(), now));
    rewrite(QByteArray(4096, '\xff'));
    QVERIFY(!ProgressSnapshot::load(m_db->path(), now));
    rewrite(whole);
    QVERIFY(ProgressSnapshot::load(m_db->path(), now));
}

QTEST_GUILESS_MAIN(TestProgressSnapshot)
#include "tst_progresssnapshot.moc"
