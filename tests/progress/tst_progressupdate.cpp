// The dashboard's figures kept before an edit, brought up to date by reading again only the
// pairings the changes were in: after every kind of edit the figures equal a whole read's, field
// for field; the pairings not changed are not read; and what only the whole read can tell
// (a renamed city, a record moved between pairings, too much changed, a broken history, another
// day) gives no figures.
#include "DemoProgramme.h"
#include "EditorFixture.h"
#include "progress/ProgressSnapshot.h"
#include "progress/ProgressUpdate.h"
#include "readiness/PilotRecords.h"
#include "store/CityStore.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/ProgrammeQueries.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"

#include <QFile>
#include <QTest>

#include <functional>

namespace {
const QDate Today(2027, 3, 20);
}

class TestProgressUpdate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void actionItems();
    void sessions();
    void attendanceAndPeople();
    void pilotsAndAssessments();
    void aLevelPutBackIsSeen();
    void pairingsAddedEditedRemoved();
    void aThemesFiguresFollowPairingsMoved();
    void editsOutsideTheFigures();
    void onlyTheChangedPairingsAreRead();
    void typingAnEntryKeepsTheMark();
    void daysLater();
    void theWholeReadWhenOnlyItCanTell();

private:
    ProgrammeProgress whole(const ProgressScope &scope = {}, QDate day = Today) const;
    ChangeMark mark() const;
    Result<std::optional<ProgrammeProgress>> update(const ProgrammeProgress &kept, const ChangeMark &since) const;
    // Keeps the figures, makes the edits, and compares the figures brought up to date with a
    // whole read's.
    void compareAfter(const std::function<void()> &edits, const ProgressScope &scope = {});

    qint64 pairing(const QString &code) const;
    qint64 city(const QString &name) const;
    PairingRecord newPairing(const QString &code, const QString &cityA, const QString &cityB) const;

    std::unique_ptr<EditorFixture> m_fixture;
    DemoProgramme::Ids m_demo;
};

void TestProgressUpdate::init()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    const auto demo = DemoProgramme::populate(m_fixture->db.database(), m_fixture->editor());
    QVERIFY2(demo, qPrintable(demo.error()));
    m_demo = demo.value();
}

void TestProgressUpdate::cleanup()
{
    QFile::remove(ProgressSnapshot::fileFor(m_fixture->db.path()));
    m_fixture.reset();
}

ProgrammeProgress TestProgressUpdate::whole(const ProgressScope &scope, QDate day) const
{
    auto read = ProgressQueries(m_fixture->connection(), day).programme(scope);
    if (!read)
        qWarning("%s", qPrintable(read.error()));
    return read.value_or(ProgrammeProgress());
}

ChangeMark TestProgressUpdate::mark() const
{
    return ProgressUpdate::lastChange(m_fixture->connection()).value_or(ChangeMark{});
}

Result<std::optional<ProgrammeProgress>> TestProgressUpdate::update(const ProgrammeProgress &kept,
                                                                   const ChangeMark &since) const
{
    return ProgressUpdate(m_fixture->connection(), Today).apply(kept, since);
}

void TestProgressUpdate::compareAfter(const std::function<void()> &edits, const ProgressScope &scope)
{
    // Kept as the dashboard keeps them: the fields it draws, written to the cache and read back.
    const QString path = m_fixture->db.path();
    const auto before = ProgressSnapshot::stateOf(m_fixture->connection(), path, scope, Today);
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(before->lastChange.id > 0);
    const ProgrammeProgress read = whole(scope);
    QVERIFY(ProgressSnapshot::save(path, before.value(), read));
    edits();
    if (QTest::currentTestFailed())
        return;
    const auto after = ProgressSnapshot::stateOf(m_fixture->connection(), path, scope, Today);
    QVERIFY(after && after->lastChange.id > before->lastChange.id);
    const auto kept = ProgressSnapshot::loadEarlier(path, after.value());
    QVERIFY(kept);
    QVERIFY(kept->lastChange == before->lastChange);
    const auto updated = update(kept->figures, kept->lastChange);
    QVERIFY2(updated, qPrintable(updated.error()));
    QVERIFY(updated->has_value());
    const ProgrammeProgress now = whole(scope);
    // The fields the dashboard keeps, and every total, as one read gives them.
    QCOMPARE(ProgressSnapshot::serialized(*updated.value()), ProgressSnapshot::serialized(now));
    // Something changed that the kept figures did not have (each test's edits move a figure).
    QVERIFY(ProgressSnapshot::serialized(read) != ProgressSnapshot::serialized(now));
}

qint64 TestProgressUpdate::pairing(const QString &code) const
{
    return PairingStore(m_fixture->connection(), m_fixture->db.clock()).resolve(code).value_or(0);
}

qint64 TestProgressUpdate::city(const QString &name) const
{
    return NameLookup::city(m_fixture->connection(), name).value_or(0);
}

PairingRecord TestProgressUpdate::newPairing(const QString &code, const QString &cityA, const QString &cityB) const
{
    PairingRecord p;
    p.code = code;
    p.themeId = ProgrammeQueries(m_fixture->connection()).themes()->constFirst().id;
    p.challenge = QStringLiteral("Shade for school yards");
    p.cityIds = {city(cityA), city(cityB)};
    return p;
}

void TestProgressUpdate::actionItems()
{
    compareAfter([this] {
        ActionItemRecord late;
        late.sessionId = m_demo.heldSession;
        late.description = QStringLiteral("Send the tariff study");
        late.dueDate = Today.addDays(-3);
        const auto added = m_fixture->editor().addAction(late);
        QVERIFY2(added, qPrintable(added.error()));
        ActionItemRecord dropped = late;
        dropped.description = QStringLiteral("Print the posters");
        dropped.status = QStringLiteral("dropped");
        QVERIFY(m_fixture->editor().addAction(dropped));
        late.id = added.value();
        late.status = QStringLiteral("done");
        late.doneDate = Today;
        const Status done = m_fixture->editor().editAction(late);
        QVERIFY2(done, qPrintable(done.error()));
    });
}

void TestProgressUpdate::sessions()
{
    compareAfter([this] {
        const SessionStore store(m_fixture->connection(), m_fixture->db.clock());
        // E-04's third session held this quarter: its stage and the quarter's count move.
        auto third = store.fetch(m_demo.heldSession + 1);
        QVERIFY2(third, qPrintable(third.error()));
        third->status = QStringLiteral("held");
        third->startUtc = QDateTime(Today.addDays(-2), QTime(9, 0), QTimeZone::utc());
        const Status held = m_fixture->editor().editSession(third.value());
        QVERIFY2(held, qPrintable(held.error()));
        // Its fourth, a draft, removed; E-01's held one cancelled.
        const Status removed = m_fixture->editor().deleteSession(m_demo.heldSession + 2);
        QVERIFY2(removed, qPrintable(removed.error()));
        const qint64 e01Held = m_fixture->db.scalar(QStringLiteral(
            "SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE p.code = 'E-01' AND s.status = 'held'")).toLongLong();
        auto cancelled = store.fetch(e01Held);
        QVERIFY2(cancelled, qPrintable(cancelled.error()));
        cancelled->status = QStringLiteral("cancelled");
        QVERIFY(m_fixture->editor().editSession(cancelled.value()));
    });
}

void TestProgressUpdate::attendanceAndPeople()
{
    compareAfter([this] {
        PersonRecord person;
        person.name = QStringLiteral("Zeynep Çelik");
        const auto added = m_fixture->editor().addPerson(person);
        QVERIFY2(added, qPrintable(added.error()));
        AttendanceRecord present{m_demo.heldSession, added.value(), QStringLiteral("present")};
        QVERIFY(m_fixture->editor().setAttendance(present));
    });
    compareAfter([this] {
        const qint64 olena = m_fixture->db.scalar(QStringLiteral("SELECT id FROM person WHERE name = 'Olena Kovalenko'")).toLongLong();
        QVERIFY(olena > 0);
        AttendanceRecord absent{m_demo.heldSession, olena, QStringLiteral("absent")};
        const Status marked = m_fixture->editor().setAttendance(absent);
        QVERIFY2(marked, qPrintable(marked.error()));
    });
}

void TestProgressUpdate::pilotsAndAssessments()
{
    compareAfter([this] {
        auto e01 = PairingStore(m_fixture->connection(), m_fixture->db.clock()).fetch(pairing(QStringLiteral("E-01")));
        QVERIFY2(e01, qPrintable(e01.error()));
        PilotRecord pilot;
        pilot.pairingId = e01->id;
        pilot.cityId = e01->cityIds.constFirst();
        pilot.title = QStringLiteral("Geothermal loop for the old town");
        const auto added = m_fixture->editor().addPilot(pilot);
        QVERIFY2(added, qPrintable(added.error()));
        AssessmentRecord assessment;
        assessment.pilotId = added.value();
        assessment.assessedOn = Today;
        for (const RubricDimension &dimension : Rubric::shipped().dimensions())
            assessment.levels << DimensionLevel{dimension.id, 3, {}};
        const auto assessed = m_fixture->editor().addAssessment(assessment);
        QVERIFY2(assessed, qPrintable(assessed.error()));
        // Lviv's pilot removed, with its three assessments.
        const Status removed = m_fixture->editor().deletePilot(m_demo.pilot);
        QVERIFY2(removed, qPrintable(removed.error()));
    });
}

// A level put back into an assessment at the previous assessment's level (an undone removal)
// is in the log (schema 10), so the pilot's verdict moves with it.
void TestProgressUpdate::aLevelPutBackIsSeen()
{
    const AssessmentStore store(m_fixture->connection(), m_fixture->db.clock());
    const qint64 latestId = m_fixture->db.scalar(QStringLiteral(
        "SELECT id FROM readiness_assessment WHERE pilot_id = ? ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT 1"),
        {m_demo.pilot}).toLongLong();
    QVERIFY(latestId > 0);
    auto latest = store.fetch(latestId);
    QVERIFY2(latest, qPrintable(latest.error()));
    // A new assessment with the same levels: none of them logged, as none moved.
    AssessmentRecord again = latest.value();
    again.id = 0;
    again.uuid.clear();
    again.sessionId.reset();
    again.assessedOn = Today;
    for (DimensionLevel &level : again.levels)
        level.level = 5;
    const auto added = m_fixture->editor().addAssessment(again);
    QVERIFY2(added, qPrintable(added.error()));
    AssessmentRecord same = again;
    same.id = added.value();
    same.uuid = store.fetch(same.id)->uuid;
    AssessmentRecord next = same;
    next.id = 0;
    next.uuid.clear();
    next.assessedOn = Today.addDays(1);
    const auto nextId = m_fixture->editor().addAssessment(next);
    QVERIFY2(nextId, qPrintable(nextId.error()));
    next = store.fetch(nextId.value()).value();
    // One dimension taken out of the newest (the pilot is no longer ready) ...
    AssessmentRecord fewer = next;
    fewer.levels.removeLast();
    QVERIFY(m_fixture->editor().editAssessment(fewer));
    // ... and put back at the level it had, which is the previous assessment's.
    compareAfter([&] {
        const Status putBack = m_fixture->editor().editAssessment(next);
        QVERIFY2(putBack, qPrintable(putBack.error()));
    });
}

void TestProgressUpdate::pairingsAddedEditedRemoved()
{
    compareAfter([this] {
        const auto added = m_fixture->editor().addPairing(newPairing(QStringLiteral("A-00"), QStringLiteral("Lviv"),
                                                                     QStringLiteral("Çorlu")));
        QVERIFY2(added, qPrintable(added.error()));
        // E-04 renamed to the end of the order, into another theme, with a city more.
        auto e04 = PairingStore(m_fixture->connection(), m_fixture->db.clock()).fetch(m_demo.pairing);
        QVERIFY2(e04, qPrintable(e04.error()));
        e04->code = QStringLiteral("Z-99");
        e04->themeId = ProgrammeQueries(m_fixture->connection()).themes()->constLast().id;
        e04->cityIds << city(QStringLiteral("Çorlu"));
        const Status edited = m_fixture->editor().editPairing(e04.value());
        QVERIFY2(edited, qPrintable(edited.error()));
        // A seeded pairing without sessions (one with minutes is cancelled, not removed).
        const qint64 quiet = m_fixture->db.scalar(QStringLiteral(
            "SELECT id FROM pairing WHERE id NOT IN (SELECT pairing_id FROM session) ORDER BY code LIMIT 1")).toLongLong();
        QVERIFY(quiet > 0);
        const Status removed = m_fixture->editor().deletePairing(quiet);
        QVERIFY2(removed, qPrintable(removed.error()));
    });
}

void TestProgressUpdate::aThemesFiguresFollowPairingsMoved()
{
    auto e04 = PairingStore(m_fixture->connection(), m_fixture->db.clock()).fetch(m_demo.pairing);
    QVERIFY2(e04, qPrintable(e04.error()));
    const ProgressScope theme{e04->themeId, 0};
    compareAfter([&] {
        e04->themeId = ProgrammeQueries(m_fixture->connection()).themes()->constLast().id;
        QVERIFY(e04->themeId != theme.themeId);
        const Status edited = m_fixture->editor().editPairing(e04.value());
        QVERIFY2(edited, qPrintable(edited.error()));
        // And one of another theme moved into it.
        const qint64 other = m_fixture->db.scalar(QStringLiteral(
            "SELECT id FROM pairing WHERE theme_id <> ? ORDER BY code LIMIT 1"), {theme.themeId}).toLongLong();
        auto joining = PairingStore(m_fixture->connection(), m_fixture->db.clock()).fetch(other);
        QVERIFY2(joining, qPrintable(joining.error()));
        joining->themeId = theme.themeId;
        QVERIFY(m_fixture->editor().editPairing(joining.value()));
    }, theme);
}

// Edits of minutes and of the directory touch no figure and send nothing to the whole read; an
// action item then moves one.
void TestProgressUpdate::editsOutsideTheFigures()
{
    compareAfter([this] {
        NoteRecord note;
        note.sessionId = m_demo.heldSession;
        note.body = QStringLiteral("Heat maps shared.");
        QVERIFY(m_fixture->editor().addNote(note));
        CityRecord city;
        city.name = QStringLiteral("Süleymanpaşa");
        city.countryId = ProgrammeQueries(m_fixture->connection()).countryByCode(QStringLiteral("TR")).value_or(0);
        city.timeZone = QStringLiteral("Europe/Istanbul");
        QVERIFY(m_fixture->editor().addCity(city));
        auto lviv = CityStore(m_fixture->connection(), m_fixture->db.clock()).fetch(this->city(QStringLiteral("Lviv")));
        QVERIFY(lviv);
        lviv->population = 720000;
        QVERIFY(m_fixture->editor().editCity(lviv.value()));
        ActionItemRecord late;
        late.sessionId = m_demo.heldSession;
        late.description = QStringLiteral("Send the tariff study");
        late.dueDate = Today.addDays(-3);
        QVERIFY(m_fixture->editor().addAction(late));
    });
}

// A figure of a pairing no edit touched, changed in the kept figures, stays as it was kept: the
// update read only the pairing the edit was in.
void TestProgressUpdate::onlyTheChangedPairingsAreRead()
{
    ProgrammeProgress kept = whole();
    const ChangeMark since = mark();
    QVERIFY(kept.pairings.size() > 2);
    for (PairingProgress &p : kept.pairings)
        p.sessionsPlanned += 100;
    ActionItemRecord late;
    late.sessionId = m_demo.heldSession;
    late.description = QStringLiteral("Send the tariff study");
    QVERIFY(m_fixture->editor().addAction(late));
    const auto updated = update(kept, since);
    QVERIFY2(updated && updated->has_value(), qPrintable(updated ? QString() : updated.error()));
    const ProgrammeProgress now = whole();
    for (const PairingProgress &p : std::as_const(updated.value()->pairings)) {
        const auto read = std::find_if(now.pairings.cbegin(), now.pairings.cend(),
                                       [&p](const PairingProgress &q) { return q.pairingId == p.pairingId; });
        QVERIFY(read != now.pairings.cend());
        QCOMPARE(p.sessionsPlanned, read->sessionsPlanned + (p.pairingId == m_demo.pairing ? 0 : 100));
        QCOMPARE(p.actions, read->actions);
    }
    // The totals are summed from what was kept and read.
    QCOMPARE(updated.value()->totals.sessionsPlanned, now.totals.sessionsPlanned + 100 * (int(now.pairings.size()) - 1));
}

// An entry's text typed on extends the log's newest row and moves its time: figures kept at
// that row are still of the file, and need no read at all.
void TestProgressUpdate::typingAnEntryKeepsTheMark()
{
    NoteRecord note;
    note.sessionId = m_demo.heldSession;
    note.body = QStringLiteral("Heat maps");
    const auto added = m_fixture->editor().addNote(note);
    QVERIFY2(added, qPrintable(added.error()));
    note.id = added.value();
    note.body = QStringLiteral("Heat maps shared");
    QVERIFY(m_fixture->editor().editNote(note));
    const ProgrammeProgress kept = whole();
    const ChangeMark since = mark();
    m_fixture->db.clock().set(TestDatabase::defaultNow().addSecs(2));
    note.body = QStringLiteral("Heat maps shared by both cities");
    QVERIFY(m_fixture->editor().editNote(note));
    QCOMPARE(mark().id, since.id); // the same row, extended
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT changed_at FROM change_log WHERE id = ?"), {since.id}).toString(),
             QStringLiteral("2027-03-20T13:12:02.000Z"));
    QVERIFY(mark() == since);
    const auto updated = update(kept, since);
    QVERIFY(updated && updated->has_value());
    QCOMPARE(ProgressSnapshot::serialized(*updated.value()), ProgressSnapshot::serialized(whole()));
}

// Figures of an earlier day of the quarter: the action items due since are overdue now, in the
// pairings kept and in the ones read again.
void TestProgressUpdate::daysLater()
{
    const ProgrammeProgress kept = whole();
    const ChangeMark since = mark();
    const QDate later = Today.addDays(11); // 31 March, the quarter's last day
    QCOMPARE(ProgressQueries::quarterStart(later), kept.quarterStart);
    const auto onlyTheDay = ProgressUpdate(m_fixture->connection(), later).apply(kept, since);
    QVERIFY2(onlyTheDay && onlyTheDay->has_value(), qPrintable(onlyTheDay ? QString() : onlyTheDay.error()));
    const ProgrammeProgress then = whole({}, later);
    QCOMPARE(then.totals.actionsOverdue, kept.totals.actionsOverdue + 1); // due on the 30th
    QCOMPARE(ProgressSnapshot::serialized(*onlyTheDay.value()), ProgressSnapshot::serialized(then));

    ActionItemRecord late; // in E-01, which is read again
    late.sessionId = m_fixture->db.scalar(QStringLiteral(
        "SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id WHERE p.code = 'E-01' ORDER BY s.id LIMIT 1")).toLongLong();
    late.description = QStringLiteral("Send the tariff study");
    late.dueDate = Today.addDays(2);
    QVERIFY(m_fixture->editor().addAction(late));
    const auto withAnEdit = ProgressUpdate(m_fixture->connection(), later).apply(kept, since);
    QVERIFY(withAnEdit && withAnEdit->has_value());
    QCOMPARE(ProgressSnapshot::serialized(*withAnEdit.value()), ProgressSnapshot::serialized(whole({}, later)));
    QCOMPARE(withAnEdit.value()->totals.actionsOverdue, kept.totals.actionsOverdue + 2);

    // The next quarter holds other sessions "this quarter"; an earlier day is no update.
    const auto nextQuarter = ProgressUpdate(m_fixture->connection(), later.addDays(1)).apply(kept, since);
    QVERIFY(nextQuarter && !nextQuarter->has_value());
    const auto earlier = ProgressUpdate(m_fixture->connection(), Today.addDays(-1)).apply(kept, since);
    QVERIFY(earlier && !earlier->has_value());
}

void TestProgressUpdate::theWholeReadWhenOnlyItCanTell()
{
    const ProgrammeProgress kept = whole();
    const ChangeMark since = mark();
    const auto none = [this](const ProgrammeProgress &figures, const ChangeMark &from) {
        const auto updated = update(figures, from);
        if (!updated)
            qWarning("%s", qPrintable(updated.error()));
        return updated && !updated->has_value();
    };
    // Nothing changed: the figures as they were kept.
    const auto same = update(kept, since);
    QVERIFY(same && same->has_value());
    QCOMPARE(ProgressSnapshot::serialized(*same.value()), ProgressSnapshot::serialized(kept));

    // A history that does not go on from the row the figures were kept at (a backup restored,
    // another file), or an empty log then, which proves nothing.
    QVERIFY(none(kept, ChangeMark{since.id, since.name + QStringLiteral("x")}));
    QVERIFY(none(kept, ChangeMark{since.id + 1000, since.name}));
    QVERIFY(none(kept, ChangeMark{}));
    // Figures of a later day than today (the clock went back), or of one pairing.
    ProgrammeProgress tomorrow = kept;
    tomorrow.asOf = Today.addDays(1);
    QVERIFY(none(tomorrow, since));
    QVERIFY(none(whole(ProgressScope{0, m_demo.pairing}), since));

    // More rows of the log since than it reads one by one, though of no figure (entries of the
    // minutes): at a cap of 3, four.
    for (int i = 0; i < 4; ++i) {
        NoteRecord note;
        note.sessionId = m_demo.heldSession;
        note.body = QStringLiteral("Entry %1").arg(i);
        QVERIFY(m_fixture->editor().addNote(note));
    }
    const auto fewer = ProgressUpdate(m_fixture->connection(), Today).apply(kept, since, 4);
    QVERIFY(fewer && fewer->has_value());
    QCOMPARE(ProgressSnapshot::serialized(*fewer.value()), ProgressSnapshot::serialized(kept));
    const auto capped = ProgressUpdate(m_fixture->connection(), Today).apply(kept, since, 3);
    QVERIFY(capped && !capped->has_value());

    // A city renamed: its name is in members' and pilots' labels.
    auto lviv = CityStore(m_fixture->connection(), m_fixture->db.clock()).fetch(city(QStringLiteral("Lviv")));
    QVERIFY(lviv);
    lviv->name = QStringLiteral("Lwów");
    QVERIFY(m_fixture->editor().editCity(lviv.value()));
    QVERIFY(none(kept, since));

    // A held session moved to another pairing: the log names the new one only.
    const ProgrammeProgress beforeMove = whole();
    const ChangeMark beforeMoveMark = mark();
    auto session = SessionStore(m_fixture->connection(), m_fixture->db.clock()).fetch(m_demo.heldSession);
    QVERIFY(session);
    session->pairingId = pairing(QStringLiteral("E-01"));
    session->sequence = 0;
    const Status moved = m_fixture->editor().editSession(session.value());
    QVERIFY2(moved, qPrintable(moved.error()));
    QVERIFY(none(beforeMove, beforeMoveMark));

    // More pairings changed than are quicker read one by one than all together.
    const ProgrammeProgress beforeMany = whole();
    const ChangeMark beforeManyMark = mark();
    for (int i = 0; i < ProgressUpdate::MostPairings; ++i) {
        const auto added = m_fixture->editor().addPairing(
            newPairing(QStringLiteral("N-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Ann Arbor"), QStringLiteral("Çorlu")));
        QVERIFY2(added, qPrintable(added.error()));
    }
    const auto most = update(beforeMany, beforeManyMark);
    QVERIFY(most && most->has_value()); // as many as may be
    QCOMPARE(ProgressSnapshot::serialized(*most.value()), ProgressSnapshot::serialized(whole()));
    QVERIFY(m_fixture->editor().addPairing(newPairing(QStringLiteral("N-99"), QStringLiteral("Ann Arbor"), QStringLiteral("Çorlu"))));
    QVERIFY(none(beforeMany, beforeManyMark));
}

QTEST_GUILESS_MAIN(TestProgressUpdate)
#include "tst_progressupdate.moc"
