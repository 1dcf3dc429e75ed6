// Documents: the minutes PDF of a typical session of the file and of a very long one (100
// agenda items, 1,000 entries), written as the app writes them.
#include "Bench.h"
#include "StallMeter.h"

#include "database/Database.h"
#include "database/WriteTransaction.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "exchange/Csv.h"
#include "exchange/DirectoryExport.h"
#include "exchange/DirectoryImport.h"
#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"
#include "store/NoteStore.h"
#include "store/SessionStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

#include <cstdio>

namespace {

QString checkPdf(const QString &path, qint64 minimumBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no PDF written");
    if (!file.read(5).startsWith("%PDF-") || file.size() < minimumBytes)
        return QStringLiteral("the PDF is not one or is too small (%1 bytes)").arg(file.size());
    return {};
}

QString exportMinutes(QSqlDatabase db, qint64 sessionId, const QString &path, qint64 minimumBytes)
{
    QFile::remove(path);
    const auto data = MinutesData::load(db, sessionId);
    if (!data)
        return data.error();
    if (Status s = MinutesDocument::writePdf(data.value(), path, QStringLiteral("UTM City2City")); !s)
        return s.error();
    return checkPdf(path, minimumBytes);
}

// The held session with the median entry count among the file's first 200 held sessions:
// what "a typical session" means.
qint64 typicalSession(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT n.session_id FROM note n WHERE n.session_id IN"
                          " (SELECT id FROM session WHERE status = 'held' ORDER BY id LIMIT 200)"
                          " GROUP BY n.session_id ORDER BY count(*), n.session_id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids.isEmpty() ? 0 : ids.at(ids.size() / 2);
}

// Adds a session of 100 agenda items and 1,000 entries to the typical session's pairing, in
// a transaction the caller rolls back: the measured file is left as it was.
Result<qint64> addLongSession(QSqlDatabase db, qint64 likeSessionId, int items, int entries)
{
    SessionStore sessions(db, SystemClock::instance());
    auto like = sessions.fetch(likeSessionId);
    if (!like)
        return like.status();
    SessionRecord session = like.value();
    session.id = 0;
    session.uuid.clear();
    session.sequence = 0;
    session.title = QStringLiteral("A very long session");
    session.agenda.clear();
    for (int i = 0; i < items; ++i) {
        AgendaItemRecord item;
        item.title = QStringLiteral("Agenda item %1: exchange of practices on the pilot's next steps").arg(i + 1);
        item.durationMinutes = 10;
        item.objectives = QStringLiteral("Agree who does what before the next session, and by when.");
        session.agenda << item;
    }
    const auto id = sessions.insert(session);
    if (!id)
        return id.status();
    auto stored = sessions.fetch(id.value());
    if (!stored)
        return stored.status();
    NoteStore notes(db, SystemClock::instance());
    const auto sample = notes.ofSession(likeSessionId);
    if (!sample || sample->isEmpty())
        return Status::failure(QStringLiteral("the typical session has no entries to copy"));
    for (int i = 0; i < entries; ++i) {
        NoteRecord note = sample->at(i % sample->size());
        note.id = 0;
        note.uuid.clear();
        note.sessionId = id.value();
        note.agendaItemId = stored->agenda.at(i % stored->agenda.size()).id;
        note.position = i / int(stored->agenda.size());
        if (auto added = notes.insert(note); !added)
            return added.status();
    }
    return id.value();
}

// A people file as a facilitator's spreadsheet holds it: every row a different person in one of
// the database's cities, with a role and most with an e-mail address.
Result<QByteArray> peopleCsv(QSqlDatabase db, int rows)
{
    const auto cities = DirectoryExport::csv(db, DirectoryKind::Cities);
    if (!cities)
        return cities.status();
    const auto table = Csv::parse(cities->csv);
    if (!table || table->recordCount() < 2)
        return Status::failure(QStringLiteral("no cities to put people in"));
    const QStringList header = table->texts(0);
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    const qsizetype country = header.indexOf(QStringLiteral("country"));
    const QStringList roles{QStringLiteral("city_representative"), QStringLiteral("expert"),
                            QStringLiteral("facilitator"), QStringLiteral("observer")};
    Csv::Writer out;
    out.addRecord({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organisation"),
                   QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("email")});
    for (int i = 0; i < rows; ++i) {
        const qsizetype city = 1 + i % (table->recordCount() - 1);
        out.addRecord({QStringLiteral("Person %1 Example").arg(i + 1), roles.at(i % roles.size()),
                       QStringLiteral("Department %1, \"Climate\" office").arg(i % 97),
                       table->text(city, name), table->text(city, country),
                       i % 10 == 0 ? QString() : QStringLiteral("person.%1@example.org").arg(i + 1)});
    }
    return out.data();
}

// What one import cost: its time, and the longest the event loop was held while it was written
// and while it was undone.
struct ImportRun
{
    double ms = 0;
    double writeStallMs = 0;
    double undoStallMs = 0;
};

// Imports the file into a fresh database (the programme's seed, made before the clock starts) as
// the window does: preview, then the editor's import, written away from this thread while a
// heartbeat runs here; then Undo takes the rows out again.
Result<ImportRun> importPeople(const BenchContext &context, const QByteArray &csv, int rows, int run)
{
    const QString path = QDir(context.workDir).filePath(QStringLiteral("import-%1.c2c").arg(run));
    auto fresh = Database::open(path);
    if (!fresh)
        return fresh.status();
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(*fresh.value(), &stack, &notifier);
    ImportRun result;
    QElapsedTimer timer;
    timer.start();
    ImportPreview preview = DirectoryImport::preview(fresh.value()->connection(), DirectoryKind::People, csv);
    if (preview.badRowCount() > 0 || !preview.fileError().isEmpty())
        return Status::failure(QStringLiteral("the file has problems: %1").arg(preview.fileError()));
    const double checked = double(timer.nsecsElapsed()) / 1e6;
    StallMeter meter;
    meter.start();
    const auto written = editor.importRecords(preview.records());
    meter.stop();
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.writeStallMs = meter.longestMs();
    std::fprintf(stderr, "import: preview %.0f ms, write %.0f ms\n", checked, result.ms - checked);
    if (!written)
        return written.status();
    if (written.value() != rows)
        return Status::failure(QStringLiteral("%1 of %2 rows written").arg(written.value()).arg(rows));
    QElapsedTimer undoTimer;
    undoTimer.start();
    meter.start();
    stack.undo();
    meter.stop();
    result.undoStallMs = meter.longestMs();
    std::fprintf(stderr, "import: undo %.0f ms\n", double(undoTimer.nsecsElapsed()) / 1e6);
    QSqlQuery q(fresh.value()->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM person")) || !q.next() || q.value(0).toInt() != 0)
        return Status::failure(QStringLiteral("undo left %1 people").arg(q.value(0).toInt()));
    return result;
}

} // namespace

void DocumentBench::run(const BenchContext &context, BenchTable &table)
{
    auto opened = Database::open(context.database, Database::Options{&SystemClock::instance(), false});
    if (!opened) {
        Measurement m;
        m.operation = QStringLiteral("Documents");
        m.error = opened.error();
        table.add(m);
        return;
    }
    QSqlDatabase db = opened.value()->connection();
    const qint64 typical = typicalSession(db);
    const QString typicalPdf = QDir(context.workDir).filePath(QStringLiteral("typical.pdf"));
    table.time(QStringLiteral("Minutes PDF of a typical session"), context.runs, 300,
               [&] { return typical ? exportMinutes(db, typical, typicalPdf, 2000) : QStringLiteral("no held session with entries"); });

    const int items = context.quick ? 10 : 100;
    const int entries = context.quick ? 100 : 1000;
    const QString operation = QStringLiteral("Minutes PDF of a session with %1 agenda items and %2 entries").arg(items).arg(entries);
    WriteTransaction transaction(db); // never committed: rolled back as it goes out of scope
    const auto longSession = transaction.begun() ? addLongSession(db, typical, items, entries)
                                                 : Result<qint64>(transaction.begun());
    if (!longSession) {
        Measurement m;
        m.operation = operation;
        m.error = longSession.error();
        table.add(m);
        return;
    }
    const QString longPdf = QDir(context.workDir).filePath(QStringLiteral("long.pdf"));
    table.time(operation, qMax(1, context.runs / 2), 2000,
               [&] { return exportMinutes(db, longSession.value(), longPdf, 20000); });
}

void ImportBench::run(const BenchContext &context, BenchTable &table)
{
    const int rows = context.quick ? 1000 : 100000;
    const QString operation = QStringLiteral("CSV import of %1 people (preview + one transaction)").arg(rows);
    auto seeded = Database::open(QDir(context.workDir).filePath(QStringLiteral("import-cities.c2c")));
    const auto csv = seeded ? peopleCsv(seeded.value()->connection(), rows) : Result<QByteArray>(seeded.status());
    if (!csv) {
        Measurement m;
        m.operation = operation;
        m.error = csv.error();
        table.add(m);
        return;
    }
    Measurement m;
    m.operation = operation;
    m.target = 3000;
    Measurement writeStall;
    writeStall.operation = QStringLiteral("Longest event-loop stall while the import is written");
    writeStall.target = 100;
    Measurement undoStall;
    undoStall.operation = QStringLiteral("Longest event-loop stall while the import is undone");
    undoStall.target = 100;
    for (int run = 0; run < qMax(1, context.runs / 2) && m.error.isEmpty(); ++run) {
        const auto measured = importPeople(context, csv.value(), rows, run);
        if (!measured) {
            m.error = measured.error();
            break;
        }
        m.samples << measured->ms;
        writeStall.samples << measured->writeStallMs;
        undoStall.samples << measured->undoStallMs;
    }
    writeStall.error = undoStall.error = m.error;
    table.add(m);
    table.add(writeStall);
    table.add(undoStall);
}
