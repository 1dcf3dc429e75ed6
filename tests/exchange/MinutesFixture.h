#pragma once

// A held session of E-04 with everything the minutes show, written into a TestDatabase: the
// session and agenda through SessionStore, the rest (people, attendance, entries, actions) with
// plain INSERTs so that the export is tested against the schema, not against other stores.
// Also pdftotext / pdfinfo helpers for reading a PDF back.
#include "TestDatabase.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace MinutesFixture {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
inline QString stamp()
{
    return QStringLiteral("2027-03-20T13:12:00.000Z");
}

// Runs one statement with bound values; returns the new row id, or -1 with a warning.
inline qint64 exec(TestDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

inline qint64 cityId(TestDatabase &db, const QString &name)
{
    return db.scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
}

inline qint64 addPerson(TestDatabase &db, const QString &name, const QString &organisation,
                        const QString &role, const QVariant &city)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO person (uuid, name, search_key, organisation, role, city_id,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), name, name.toLower(), organisation, role, city, stamp(), stamp()});
}

inline void attend(TestDatabase &db, qint64 session, qint64 person, const QString &status)
{
    exec(db,
         QStringLiteral("INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, ?)"),
         {session, person, status});
}

inline qint64 addNote(TestDatabase &db, qint64 session, const QVariant &agendaItem,
                      const QString &kind, const QString &body, const QVariant &city, int position)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO note (uuid, session_id, agenda_item_id, kind, body, city_id,"
                       " position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), session, agendaItem, kind, body, city, position, stamp(), stamp()});
}

inline qint64 addAction(TestDatabase &db, qint64 session, const QString &description,
                        const QVariant &owner, const QVariant &city, const QVariant &due,
                        const QString &status)
{
    return exec(
        db,
        QStringLiteral("INSERT INTO action_item (uuid, session_id, description, owner_person_id,"
                       " city_id, due_date, status, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), session, description, owner, city, due, status, stamp(), stamp()});
}

// E-04 session 2 (sharing), 2027-03-16 14:00 UTC: Ann Arbor 10:00 (UTC−04:00, US daylight
// saving since 14 March), Lviv 16:00 (UTC+02:00, EU change only on 28 March).
inline SessionRecord e04Session(TestDatabase &db, int blocks)
{
    SessionRecord s;
    s.pairingId = PairingStore(db.connection(), db.clock()).resolve(QStringLiteral("E-04")).value();
    s.sequence = 2;
    s.kind = QStringLiteral("sharing");
    s.title = QStringLiteral("Heat pumps <b>&</b> district networks");
    s.startUtc = QDateTime(QDate(2027, 3, 16), QTime(14, 0), QTimeZone::utc());
    s.durationMinutes = 90;
    s.status = QStringLiteral("held");
    s.link = QStringLiteral("https://meet.example.org/e04-s2");
    s.objectives = QStringLiteral("Compare tender designs.\nAgree on the pilot scope.");
    for (int i = 0; i < blocks; ++i) {
        AgendaItemRecord a;
        a.title = i == 0 ? QStringLiteral("Welcome") : QStringLiteral("Sharing round %1").arg(i);
        a.durationMinutes = i == 0 ? 10 : 20;
        s.agenda << a;
    }
    return s;
}

struct Sample
{
    qint64 sessionId = 0;
    QList<qint64> blockIds;
    QStringList attendees;
    QStringList decisions;
};

// The session the PDF tests read back: accented names, Markdown, every kind of entry.
inline Sample buildSample(TestDatabase &db)
{
    Sample sample;
    SessionRecord s = e04Session(db, 3);
    const auto id = SessionStore(db.connection(), db.clock()).insert(s);
    if (!id) {
        qWarning("session: %s", qPrintable(id.error()));
        return sample;
    }
    sample.sessionId = id.value();
    for (const auto &item : s.agenda)
        sample.blockIds << item.id;
    const qint64 annArbor = cityId(db, QStringLiteral("Ann Arbor"));
    const qint64 lviv = cityId(db, QStringLiteral("Lviv"));
    const qint64 corlu = cityId(db, QStringLiteral("Çorlu"));
    const qint64 valencia = cityId(db, QStringLiteral("València"));
    const qint64 penalolen = cityId(db, QStringLiteral("Peñalolén"));
    const qint64 potosi = cityId(db, QStringLiteral("San Luis Potosí"));

    const qint64 maria =
        addPerson(db, QStringLiteral("María Peña"), QStringLiteral("City of Ann Arbor"),
                  QStringLiteral("city_representative"), annArbor);
    const qint64 olena =
        addPerson(db, QStringLiteral("Olena Kovalenko"), QStringLiteral("Lviv City Council"),
                  QStringLiteral("city_representative"), lviv);
    const qint64 emre =
        addPerson(db, QStringLiteral("Emre Yılmaz"), QStringLiteral("Çorlu Belediyesi"),
                  QStringLiteral("expert"), corlu);
    const qint64 jordi =
        addPerson(db, QStringLiteral("Jordi Ferrà"), QStringLiteral("Ajuntament de València"),
                  QStringLiteral("observer"), valencia);
    const qint64 sofia =
        addPerson(db, QStringLiteral("Sofía Muñoz"), QStringLiteral("Municipalidad de Peñalolén"),
                  QStringLiteral("expert"), penalolen);
    const qint64 ana = addPerson(db, QStringLiteral("Ana Gómez"), QStringLiteral("San Luis Potosí"),
                                 QStringLiteral("observer"), potosi);
    const qint64 hannah =
        addPerson(db, QStringLiteral("Hannah Becker"), QStringLiteral("UTM Facilitation"),
                  QStringLiteral("facilitator"), QVariant());
    attend(db, sample.sessionId, maria, QStringLiteral("present"));
    attend(db, sample.sessionId, olena, QStringLiteral("present"));
    attend(db, sample.sessionId, emre, QStringLiteral("excused"));
    attend(db, sample.sessionId, jordi, QStringLiteral("absent"));
    attend(db, sample.sessionId, sofia, QStringLiteral("present"));
    attend(db, sample.sessionId, ana, QStringLiteral("present"));
    attend(db, sample.sessionId, hannah, QStringLiteral("present"));
    sample.attendees = {QStringLiteral("María Peña"),   QStringLiteral("Olena Kovalenko"),
                        QStringLiteral("Emre Yılmaz"),  QStringLiteral("Jordi Ferrà"),
                        QStringLiteral("Sofía Muñoz"),  QStringLiteral("Ana Gómez"),
                        QStringLiteral("Hannah Becker")};

    const qint64 b1 = sample.blockIds.value(1);
    const qint64 b2 = sample.blockIds.value(2);
    // Written out of kind order on purpose: the document sorts them.
    addNote(db, sample.sessionId, b1, QStringLiteral("discussion"),
            QStringLiteral(
                "**Bold** and a [link](https://example.org)\n\n- first point\n- second point"),
            annArbor, 0);
    addNote(db, sample.sessionId, b1, QStringLiteral("decision"),
            QStringLiteral("Adopt the shared tender template"), lviv, 1);
    addNote(db, sample.sessionId, b1, QStringLiteral("insight"),
            QStringLiteral("Low-temperature networks need insulated buildings first"), QVariant(),
            2);
    addNote(db, sample.sessionId, b1, QStringLiteral("good_practice"),
            QStringLiteral("València publishes heat maps every quarter"), valencia, 3);
    addNote(db, sample.sessionId, b2, QStringLiteral("challenge"),
            QStringLiteral("Çorlu lacks data on <i>raw</i> & building stock"), corlu, 0);
    addNote(db, sample.sessionId, b2, QStringLiteral("decision"),
            QStringLiteral("Peñalolén joins the next study visit"), penalolen, 1);
    addNote(db, sample.sessionId, QVariant(), QStringLiteral("decision"),
            QStringLiteral("Meet again before San Luis Potosí reports"), potosi, 0);
    addNote(db, sample.sessionId, QVariant(), QStringLiteral("discussion"),
            QStringLiteral("Next date to be confirmed by e-mail"), QVariant(), 1);
    sample.decisions = {QStringLiteral("Adopt the shared tender template"),
                        QStringLiteral("Peñalolén joins the next study visit"),
                        QStringLiteral("Meet again before San Luis Potosí reports")};

    addAction(db, sample.sessionId, QStringLiteral("Send tender template"), olena, lviv,
              QStringLiteral("2027-04-15"), QStringLiteral("open"));
    addAction(db, sample.sessionId, QStringLiteral("Share heat maps"), jordi, valencia,
              QStringLiteral("2027-04-01"), QStringLiteral("in_progress"));
    addAction(db, sample.sessionId, QStringLiteral("Book study visit"), hannah, QVariant(),
              QVariant(), QStringLiteral("open"));
    return sample;
}

struct Tool
{
    int exit = -1;
    QString out;
};

// Runs a poppler tool; exit -1 when it cannot start.
inline Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return tool;
    tool.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    tool.out = QString::fromUtf8(process.readAllStandardOutput());
    return tool;
}

inline bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// The text of the PDF in its layout; pages are separated by form feeds.
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), path, QStringLiteral("-")})
        .out;
}

// One field of pdfinfo ("Title", "Pages", ...), trimmed.
inline QString pdfInfo(const QString &path, const QString &field)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {path}).out.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace MinutesFixture
