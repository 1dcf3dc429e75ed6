#include "EditFixture.h"
#include "database/WriteTransaction.h"
#include "itemmodels/SessionTableModel.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <tuple>

using ModelTest::fetchAll;
using Filter = SessionTableModel::Filter;

namespace {

constexpr int PageSize = PagedTableModel::PageSize;

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

SessionRecord session(qint64 pairingId, const QString &kind, const QString &status,
                      const QDateTime &start, int minutes = 90,
                      const QString &mode = QStringLiteral("online"), const QString &title = QString())
{
    SessionRecord s;
    s.pairingId = pairingId;
    s.kind = kind;
    s.status = status;
    s.startUtc = start;
    s.durationMinutes = minutes;
    s.mode = mode;
    s.title = title;
    return s;
}

// "E-04 #2" for each row: the pairing code and the session's number, in row order.
QStringList rowLabels(const QAbstractItemModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << QStringLiteral("%1 #%2").arg(
            model.index(row, SessionTableModel::Pairing).data().toString(),
            model.index(row, SessionTableModel::Number).data().toString());
    return labels;
}

// Seven sessions over four pairings of three themes, inserted in this order (so ids ascend):
//   E-04 #1 matchmaking scheduled 2027-03-16 14:00  90 online    "Heat pumps kick-off"
//   E-04 #2 sharing     draft     2027-03-17 00:00  60 hybrid
//   E-04 #3 learning    draft     no time          120 online
//   M-01 #1 matchmaking held      2027-02-16 08:00  90 in person "Mountain hubs"
//   M-01 #2 sharing     scheduled 2027-03-15 23:59  45 online
//   R-02 #1 matchmaking cancelled 2027-03-16 00:00  60 hybrid
//   E-01 #1 knowledge_exchange draft 2027-04-01 10:00 240 in person
Status insertProgramme(EditFixture &f)
{
    const qint64 e04 = f.pairingId(QStringLiteral("E-04"));
    const qint64 m01 = f.pairingId(QStringLiteral("M-01"));
    const qint64 r02 = f.pairingId(QStringLiteral("R-02"));
    const qint64 e01 = f.pairingId(QStringLiteral("E-01"));
    const QString inPerson = QStringLiteral("in_person");
    const QString hybrid = QStringLiteral("hybrid");
    const QString online = QStringLiteral("online");
    QList<SessionRecord> sessions{
        session(e04, QStringLiteral("matchmaking"), QStringLiteral("scheduled"), utc(2027, 3, 16, 14), 90,
                online, QStringLiteral("Heat pumps kick-off")),
        session(e04, QStringLiteral("sharing"), QStringLiteral("draft"), utc(2027, 3, 17, 0), 60, hybrid),
        session(e04, QStringLiteral("learning"), QStringLiteral("draft"), QDateTime(), 120, online),
        session(m01, QStringLiteral("matchmaking"), QStringLiteral("held"), utc(2027, 2, 16, 8), 90,
                inPerson, QStringLiteral("Mountain hubs")),
        session(m01, QStringLiteral("sharing"), QStringLiteral("scheduled"), utc(2027, 3, 15, 23, 59), 45,
                online),
        session(r02, QStringLiteral("matchmaking"), QStringLiteral("cancelled"), utc(2027, 3, 16, 0), 60,
                hybrid),
        session(e01, QStringLiteral("knowledge_exchange"), QStringLiteral("draft"), utc(2027, 4, 1, 10), 240,
                inPerson),
    };
    WriteTransaction transaction(f.connection());
    if (!transaction.begun())
        return transaction.begun();
    SessionStore store(f.connection(), f.db.clock());
    for (SessionRecord &s : sessions) {
        if (auto inserted = store.insert(s); !inserted)
            return inserted.status();
    }
    return transaction.commit();
}

const QStringList AllByStart{
    QStringLiteral("M-01 #1"), QStringLiteral("M-01 #2"), QStringLiteral("R-02 #1"), QStringLiteral("E-04 #1"),
    QStringLiteral("E-04 #2"), QStringLiteral("E-01 #1"), QStringLiteral("E-04 #3"),
};

// Many sessions over every pairing, many sharing a start time and some without one, in one
// transaction: keyset paging has to break every tie by id.
Status insertMany(EditFixture &f, int count)
{
    QList<qint64> pairings;
    QSqlQuery q(f.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM pairing ORDER BY id")))
        return Status::failure(QStringLiteral("no pairings"));
    while (q.next())
        pairings << q.value(0).toLongLong();
    const QStringList statuses{QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("held"),
                               QStringLiteral("cancelled")};
    WriteTransaction transaction(f.connection());
    if (!transaction.begun())
        return transaction.begun();
    SessionStore store(f.connection(), f.db.clock());
    for (int i = 0; i < count; ++i) {
        const bool timeless = i % 7 == 3;
        SessionRecord s = session(pairings.at(i % pairings.size()), QStringLiteral("sharing"),
                                  timeless ? QStringLiteral("draft") : statuses.at(i % statuses.size()),
                                  timeless ? QDateTime() : utc(2027, 5, 1, 8).addSecs(qint64(i % 23) * 3600),
                                  30 + (i % 5) * 15);
        if (auto inserted = store.insert(s); !inserted)
            return inserted.status();
    }
    return transaction.commit();
}

// The expected order of all sessions by a column then id, computed here from the raw rows.
QList<qint64> expectedOrder(const EditFixture &f, int column, Qt::SortOrder order)
{
    struct Keys
    {
        qint64 id;
        QByteArray text;
        qint64 number;
    };
    QSqlQuery q(f.connection());
    q.exec(QStringLiteral("SELECT s.id, p.code, s.sequence, s.start_utc, s.status, s.duration_minutes"
                          " FROM session s JOIN pairing p ON p.id = s.pairing_id"));
    const QStringList statusOrder{QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("held"),
                                  QStringLiteral("cancelled")};
    QList<Keys> rows;
    while (q.next()) {
        Keys k{q.value(0).toLongLong(), QByteArray(), 0};
        switch (column) {
        case SessionTableModel::Pairing:
            k.text = q.value(1).toString().toUtf8();
            k.number = q.value(2).toLongLong();
            break;
        case SessionTableModel::Status: k.number = statusOrder.indexOf(q.value(4).toString()); break;
        case SessionTableModel::Duration: k.number = q.value(5).toLongLong(); break;
        default:
            // No time yet: after every time.
            k.text = q.value(3).isNull() ? QByteArray("~") : q.value(3).toString().toUtf8();
            break;
        }
        rows.append(k);
    }
    std::sort(rows.begin(), rows.end(), [](const Keys &a, const Keys &b) {
        return std::tie(a.text, a.number, a.id) < std::tie(b.text, b.number, b.id);
    });
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const Keys &k : rows)
        ids << k.id;
    return ids;
}

} // namespace

class tst_SessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headersAndEmptyProgramme();
    void showsEveryColumnOfASession();
    void localTimes_data();
    void localTimes();
    void sessionWithoutTimeIsItalicAndSortsLast();
    void sort_data();
    void sort();
    void filter_data();
    void filter();
    void sameFilterDoesNotReload();
    void filterText_data();
    void filterText();
    void editorChangesReachTheModel();
    void pairingAndCityEditsReload();
    void pagingThroughManySessions_data();
    void pagingThroughManySessions();
};

void tst_SessionTableModel::initTestCase()
{
    // Exact texts below use English day and month names, whatever the machine's locale.
    QLocale::setDefault(QLocale::c());
}

void tst_SessionTableModel::headersAndEmptyProgramme()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.matchingCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Pairing"), QStringLiteral("No."), QStringLiteral("Kind"),
                                   QStringLiteral("Status"), QStringLiteral("Start (UTC)"),
                                   QStringLiteral("Local times"), QStringLiteral("Duration"),
                                   QStringLiteral("Mode")}));
    QCOMPARE(model.filter(), Filter());
}

void tst_SessionTableModel::showsEveryColumnOfASession()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 e04 = f.pairingId(QStringLiteral("E-04"));
    const auto added = f.editor().addSession(session(e04, QStringLiteral("learning"), QStringLiteral("scheduled"),
                                                     utc(2027, 3, 16, 14), 75, QStringLiteral("hybrid"),
                                                     QStringLiteral("Heat pumps")));
    QVERIFY2(added.ok(), qPrintable(added.error()));

    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.lastError().isEmpty());
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(SessionTableModel::Pairing).toString(), QStringLiteral("E-04"));
    QCOMPARE(cell(SessionTableModel::Number).toInt(), 1);
    QCOMPARE(cell(SessionTableModel::Kind).toString(), QStringLiteral("Learning"));
    QCOMPARE(cell(SessionTableModel::Status).toString(), QStringLiteral("Scheduled"));
    QCOMPARE(cell(SessionTableModel::Start).toString(), QStringLiteral("Tue 16 Mar 2027 14:00 UTC"));
    QCOMPARE(cell(SessionTableModel::LocalTimes).toString(), QStringLiteral("10:00 Ann Arbor · 16:00 Lviv"));
    QCOMPARE(cell(SessionTableModel::Duration).toString(), QStringLiteral("75 min"));
    QCOMPARE(cell(SessionTableModel::Mode).toString(), QStringLiteral("Hybrid"));

    QCOMPARE(cell(SessionTableModel::LocalTimes, Qt::ToolTipRole).toString(),
             QStringLiteral("Ann Arbor: Tue 16 Mar 2027 10:00 (UTC\u221204:00)\n"
                            "Lviv: Tue 16 Mar 2027 16:00 (UTC+02:00)"));
    QCOMPARE(cell(SessionTableModel::Kind, Qt::ToolTipRole).toString(), QStringLiteral("Heat pumps"));
    QVERIFY(!cell(SessionTableModel::Start, Qt::FontRole).isValid());
    QCOMPARE(cell(SessionTableModel::Duration, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // Raw values, from any column.
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
        QCOMPARE(cell(column, PagedTableModel::IdRole).toLongLong(), added.value());
        const QDateTime start = cell(column, SessionTableModel::StartUtcRole).toDateTime();
        QCOMPARE(start, utc(2027, 3, 16, 14));
        QCOMPARE(start.timeSpec(), Qt::UTC);
        QCOMPARE(cell(column, SessionTableModel::PairingIdRole).toLongLong(), e04);
        QCOMPARE(cell(column, SessionTableModel::StatusKeyRole).toString(), QStringLiteral("scheduled"));
        QCOMPARE(cell(column, SessionTableModel::KindKeyRole).toString(), QStringLiteral("learning"));
    }
}

void tst_SessionTableModel::localTimes_data()
{
    QTest::addColumn<QString>("pairing");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("toolTip");
    QTest::newRow("E-04, US on summer time, Europe not yet")
        << QStringLiteral("E-04") << utc(2027, 3, 16, 14) << QStringLiteral("10:00 Ann Arbor · 16:00 Lviv")
        << QStringLiteral("Ann Arbor: Tue 16 Mar 2027 10:00 (UTC\u221204:00)\n"
                          "Lviv: Tue 16 Mar 2027 16:00 (UTC+02:00)");
    QTest::newRow("E-04, both on winter time")
        << QStringLiteral("E-04") << utc(2027, 3, 1, 14) << QStringLiteral("09:00 Ann Arbor · 16:00 Lviv")
        << QStringLiteral("Ann Arbor: Mon 1 Mar 2027 09:00 (UTC\u221205:00)\n"
                          "Lviv: Mon 1 Mar 2027 16:00 (UTC+02:00)");
    QTest::newRow("E-04, both on summer time")
        << QStringLiteral("E-04") << utc(2027, 4, 6, 14) << QStringLiteral("10:00 Ann Arbor · 17:00 Lviv")
        << QStringLiteral("Ann Arbor: Tue 6 Apr 2027 10:00 (UTC\u221204:00)\n"
                          "Lviv: Tue 6 Apr 2027 17:00 (UTC+03:00)");
    QTest::newRow("E-04, a different local day")
        << QStringLiteral("E-04") << utc(2027, 3, 17, 2, 30) << QStringLiteral("22:30 Ann Arbor · 04:30 Lviv")
        << QStringLiteral("Ann Arbor: Tue 16 Mar 2027 22:30 (UTC\u221204:00)\n"
                          "Lviv: Wed 17 Mar 2027 04:30 (UTC+02:00)");
    QTest::newRow("M-01 during Ramadan (Morocco at UTC)")
        << QStringLiteral("M-01") << utc(2027, 2, 16, 8)
        << QStringLiteral("16:00 Baguio · 08:00 Chefchaouen · 13:30 Leh · 13:45 Dhankuta")
        << QStringLiteral("Baguio: Tue 16 Feb 2027 16:00 (UTC+08:00)\n"
                          "Chefchaouen: Tue 16 Feb 2027 08:00 (UTC)\n"
                          "Leh: Tue 16 Feb 2027 13:30 (UTC+05:30)\n"
                          "Dhankuta: Tue 16 Feb 2027 13:45 (UTC+05:45)");
    QTest::newRow("M-01 after Ramadan (Morocco at UTC+1)")
        << QStringLiteral("M-01") << utc(2027, 3, 16, 8)
        << QStringLiteral("16:00 Baguio · 09:00 Chefchaouen · 13:30 Leh · 13:45 Dhankuta")
        << QStringLiteral("Baguio: Tue 16 Mar 2027 16:00 (UTC+08:00)\n"
                          "Chefchaouen: Tue 16 Mar 2027 09:00 (UTC+01:00)\n"
                          "Leh: Tue 16 Mar 2027 13:30 (UTC+05:30)\n"
                          "Dhankuta: Tue 16 Mar 2027 13:45 (UTC+05:45)");
}

void tst_SessionTableModel::localTimes()
{
    QFETCH(QString, pairing);
    QFETCH(QDateTime, start);
    QFETCH(QString, expected);
    QFETCH(QString, toolTip);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto added = f.editor().addSession(
        session(f.pairingId(pairing), QStringLiteral("sharing"), QStringLiteral("scheduled"), start));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SessionTableModel::LocalTimes).data().toString(), expected);
    QCOMPARE(model.index(0, SessionTableModel::LocalTimes).data(Qt::ToolTipRole).toString(), toolTip);
}

void tst_SessionTableModel::sessionWithoutTimeIsItalicAndSortsLast()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 e04 = f.pairingId(QStringLiteral("E-04"));
    // The one without a time is added first, so it would come first on id alone.
    const auto timeless =
        f.editor().addSession(session(e04, QStringLiteral("sharing"), QStringLiteral("draft"), QDateTime()));
    const auto later = f.editor().addSession(
        session(e04, QStringLiteral("learning"), QStringLiteral("draft"), utc(2027, 6, 1, 12)));
    const auto sooner = f.editor().addSession(
        session(e04, QStringLiteral("showcasing"), QStringLiteral("draft"), utc(2027, 5, 1, 12)));
    QVERIFY(timeless.ok() && later.ok() && sooner.ok());

    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole),
             (QList<qint64>{sooner.value(), later.value(), timeless.value()}));
    const QModelIndex start = model.index(2, SessionTableModel::Start);
    QCOMPARE(start.data().toString(), QStringLiteral("No time yet"));
    QVERIFY(start.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(0, SessionTableModel::Start).data(Qt::FontRole).isValid());
    QVERIFY(!start.data(SessionTableModel::StartUtcRole).toDateTime().isValid());
    QCOMPARE(model.index(2, SessionTableModel::LocalTimes).data().toString(), QString());
    QVERIFY(!model.index(2, SessionTableModel::LocalTimes).data(Qt::ToolTipRole).isValid());

    model.sort(SessionTableModel::Start, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole),
             (QList<qint64>{timeless.value(), later.value(), sooner.value()}));
}

void tst_SessionTableModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("rows");
    const auto list = [](const char *labels) { return QString::fromLatin1(labels).split(QLatin1Char(',')); };
    QTest::newRow("start asc") << int(SessionTableModel::Start) << Qt::AscendingOrder << AllByStart;
    QTest::newRow("start desc") << int(SessionTableModel::Start) << Qt::DescendingOrder
                                << list("E-04 #3,E-01 #1,E-04 #2,E-04 #1,R-02 #1,M-01 #2,M-01 #1");
    QTest::newRow("local times asc") << int(SessionTableModel::LocalTimes) << Qt::AscendingOrder << AllByStart;
    QTest::newRow("pairing asc, then number")
        << int(SessionTableModel::Pairing) << Qt::AscendingOrder
        << list("E-01 #1,E-04 #1,E-04 #2,E-04 #3,M-01 #1,M-01 #2,R-02 #1");
    QTest::newRow("number desc") << int(SessionTableModel::Number) << Qt::DescendingOrder
                                 << list("E-04 #3,M-01 #2,E-04 #2,E-01 #1,R-02 #1,M-01 #1,E-04 #1");
    QTest::newRow("kind asc, in cycle order")
        << int(SessionTableModel::Kind) << Qt::AscendingOrder
        << list("E-04 #1,M-01 #1,R-02 #1,E-04 #2,M-01 #2,E-04 #3,E-01 #1");
    QTest::newRow("status desc") << int(SessionTableModel::Status) << Qt::DescendingOrder
                                 << list("R-02 #1,M-01 #1,M-01 #2,E-04 #1,E-01 #1,E-04 #3,E-04 #2");
    QTest::newRow("duration asc") << int(SessionTableModel::Duration) << Qt::AscendingOrder
                                  << list("M-01 #2,E-04 #2,R-02 #1,E-04 #1,M-01 #1,E-04 #3,E-01 #1");
    QTest::newRow("mode asc") << int(SessionTableModel::Mode) << Qt::AscendingOrder
                              << list("E-04 #1,E-04 #3,M-01 #2,M-01 #1,E-01 #1,E-04 #2,R-02 #1");
}

void tst_SessionTableModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, rows);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Status inserted = insertProgramme(f);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    fetchAll(model);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(rowLabels(model), rows);
}

void tst_SessionTableModel::filter_data()
{
    QTest::addColumn<QString>("pairing"); // a code, or empty
    QTest::addColumn<QString>("theme");   // a code, or empty
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("rows");
    const QDate none;
    const QDate mar15(2027, 3, 15);
    const QDate mar16(2027, 3, 16);
    const QDate mar17(2027, 3, 17);
    const QString any;
    const auto list = [](const char *labels) {
        return *labels ? QString::fromLatin1(labels).split(QLatin1Char(',')) : QStringList();
    };
    QTest::newRow("none") << any << any << any << none << none << AllByStart;
    QTest::newRow("pairing") << QStringLiteral("E-04") << any << any << none << none
                             << list("E-04 #1,E-04 #2,E-04 #3");
    QTest::newRow("pairing without sessions") << QStringLiteral("C-01") << any << any << none << none << list("");
    QTest::newRow("theme E") << any << QStringLiteral("E") << any << none << none
                             << list("E-04 #1,E-04 #2,E-01 #1,E-04 #3");
    QTest::newRow("theme M") << any << QStringLiteral("M") << any << none << none << list("M-01 #1,M-01 #2");
    QTest::newRow("status draft") << any << any << QStringLiteral("draft") << none << none
                                  << list("E-04 #2,E-01 #1,E-04 #3");
    QTest::newRow("status scheduled") << any << any << QStringLiteral("scheduled") << none << none
                                      << list("M-01 #2,E-04 #1");
    QTest::newRow("from: the day's first minute counts, no time never")
        << any << any << any << mar16 << none << list("R-02 #1,E-04 #1,E-04 #2,E-01 #1");
    QTest::newRow("to: the day's last minute counts")
        << any << any << any << none << mar15 << list("M-01 #1,M-01 #2");
    QTest::newRow("to: up to the next day's first minute")
        << any << any << any << none << mar16 << list("M-01 #1,M-01 #2,R-02 #1,E-04 #1");
    QTest::newRow("one day") << any << any << any << mar16 << mar16 << list("R-02 #1,E-04 #1");
    QTest::newRow("the next day") << any << any << any << mar17 << mar17 << list("E-04 #2");
    QTest::newRow("from after to") << any << any << any << mar17 << mar16 << list("");
    QTest::newRow("theme and status") << any << QStringLiteral("E") << QStringLiteral("draft") << none << none
                                      << list("E-04 #2,E-01 #1,E-04 #3");
    QTest::newRow("theme, status and to") << any << QStringLiteral("E") << QStringLiteral("draft") << none
                                          << QDate(2027, 3, 31) << list("E-04 #2");
    QTest::newRow("pairing and from") << QStringLiteral("M-01") << any << any << QDate(2027, 3, 1) << none
                                      << list("M-01 #2");
    QTest::newRow("pairing outside the theme") << QStringLiteral("E-04") << QStringLiteral("M") << any << none
                                               << none << list("");
    QTest::newRow("status with a quote") << any << any << QStringLiteral("draft' OR '1'='1") << none << none
                                         << list("");
    QTest::newRow("status with %") << any << any << QStringLiteral("%") << none << none << list("");
    QTest::newRow("status with a LIKE pattern") << any << any << QStringLiteral("dra%") << none << none
                                                << list("");
}

void tst_SessionTableModel::filter()
{
    QFETCH(QString, pairing);
    QFETCH(QString, theme);
    QFETCH(QString, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, rows);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Status inserted = insertProgramme(f);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Filter filter;
    filter.pairingId = pairing.isEmpty() ? 0 : f.pairingId(pairing);
    filter.themeId = theme.isEmpty() ? 0 : f.themeId(theme);
    QVERIFY(pairing.isEmpty() || filter.pairingId > 0);
    QVERIFY(theme.isEmpty() || filter.themeId > 0);
    filter.status = status;
    filter.from = from;
    filter.to = to;
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    fetchAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(rowLabels(model), rows);
    QCOMPARE(model.matchingCount(), int(rows.size()));

    // And back to everything.
    model.setFilter(Filter());
    fetchAll(model);
    QCOMPARE(rowLabels(model), AllByStart);
    QCOMPARE(model.matchingCount(), int(AllByStart.size()));
}

void tst_SessionTableModel::sameFilterDoesNotReload()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(insertProgramme(f).ok());
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Filter filter;
    filter.status = QStringLiteral("draft");
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    filter.from = QDate(2027, 3, 1);
    QVERIFY(filter != model.filter());
    model.setFilter(filter);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.filter(), filter);
    fetchAll(model);
    QCOMPARE(rowLabels(model), (QStringList{QStringLiteral("E-04 #2"), QStringLiteral("E-01 #1")}));
}

void tst_SessionTableModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("pairing code") << QStringLiteral("e-04")
                                  << QStringList{QStringLiteral("E-04 #1"), QStringLiteral("E-04 #2"),
                                                 QStringLiteral("E-04 #3")};
    QTest::newRow("title, any case") << QStringLiteral("HEAT") << QStringList{QStringLiteral("E-04 #1")};
    QTest::newRow("code then title") << QStringLiteral("m-01 mountain") << QStringList{QStringLiteral("M-01 #1")};
    QTest::newRow("kind") << QStringLiteral("matchmaking")
                          << QStringList{QStringLiteral("M-01 #1"), QStringLiteral("R-02 #1"),
                                         QStringLiteral("E-04 #1")};
    QTest::newRow("kind with a space") << QStringLiteral("knowledge exchange")
                                       << QStringList{QStringLiteral("E-01 #1")};
    QTest::newRow("status is not searched") << QStringLiteral("draft") << QStringList();
    QTest::newRow("%") << QStringLiteral("%") << QStringList();
    QTest::newRow("_") << QStringLiteral("_") << QStringList();
    QTest::newRow("quote") << QStringLiteral("e-04'") << QStringList();
}

void tst_SessionTableModel::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rows);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(insertProgramme(f).ok());
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(text);
    fetchAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(rowLabels(model), rows);
    QCOMPARE(model.matchingCount(), int(rows.size()));
}

void tst_SessionTableModel::editorChangesReachTheModel()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter;
    filter.themeId = f.themeId(QStringLiteral("E"));
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);

    // Added: a session of the theme appears, one of another theme does not.
    const auto e04 = f.editor().addSession(session(f.pairingId(QStringLiteral("E-04")), QStringLiteral("sharing"),
                                                   QStringLiteral("scheduled"), utc(2027, 3, 16, 14)));
    QVERIFY2(e04.ok(), qPrintable(e04.error()));
    const auto m01 = f.editor().addSession(session(f.pairingId(QStringLiteral("M-01")), QStringLiteral("sharing"),
                                                   QStringLiteral("draft"), utc(2027, 3, 1, 9)));
    QVERIFY2(m01.ok(), qPrintable(m01.error()));
    const auto e01 = f.editor().addSession(session(f.pairingId(QStringLiteral("E-01")), QStringLiteral("learning"),
                                                   QStringLiteral("draft"), utc(2027, 4, 1, 9)));
    QVERIFY2(e01.ok(), qPrintable(e01.error()));
    fetchAll(model);
    QCOMPARE(rowLabels(model), (QStringList{QStringLiteral("E-04 #1"), QStringLiteral("E-01 #1")}));

    // Edited in place: the status changes, the start (the sort key) does not.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto record = SessionStore(f.connection(), f.db.clock()).fetch(e04.value());
    QVERIFY(record.ok());
    record->status = QStringLiteral("held");
    Status s = f.editor().editSession(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(), model.index(0, SessionTableModel::ColumnCount - 1));
    QCOMPARE(model.index(0, SessionTableModel::Status).data().toString(), QStringLiteral("Held"));
    QCOMPARE(model.index(0, SessionTableModel::Status).data(SessionTableModel::StatusKeyRole).toString(),
             QStringLiteral("held"));

    // Edited to a later start: the row moves to its sorted place.
    record->startUtc = utc(2027, 5, 3, 12, 30);
    s = f.editor().editSession(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    fetchAll(model);
    QCOMPARE(rowLabels(model), (QStringList{QStringLiteral("E-01 #1"), QStringLiteral("E-04 #1")}));
    QCOMPARE(model.index(1, SessionTableModel::Start).data().toString(), QStringLiteral("Mon 3 May 2027 12:30 UTC"));
    QCOMPARE(model.index(1, SessionTableModel::LocalTimes).data().toString(),
             QStringLiteral("08:30 Ann Arbor · 15:30 Lviv"));

    // Deleted: the row goes; undone: it comes back with its id.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    s = f.editor().deleteSession(e01.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(rowLabels(model), (QStringList{QStringLiteral("E-04 #1")}));
    QCOMPARE(model.matchingCount(), 1);
    f.undoStack.undo();
    fetchAll(model);
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole), (QList<qint64>{e01.value(), e04.value()}));
    QCOMPARE(model.index(0, SessionTableModel::Kind).data().toString(), QStringLiteral("Learning"));
}

void tst_SessionTableModel::pairingAndCityEditsReload()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 e04 = f.pairingId(QStringLiteral("E-04"));
    QVERIFY(f.editor()
                .addSession(session(e04, QStringLiteral("sharing"), QStringLiteral("scheduled"), utc(2027, 3, 16, 14)))
                .ok());
    SessionTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // A renamed city.
    CityRecord lviv = f.city(f.cityId(QStringLiteral("Lviv")));
    lviv.name = QStringLiteral("Lwiw");
    Status s = f.editor().editCity(lviv);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 1);
    fetchAll(model);
    QCOMPARE(model.index(0, SessionTableModel::LocalTimes).data().toString(),
             QStringLiteral("10:00 Ann Arbor · 16:00 Lwiw"));

    // A new code and the member cities in the other order.
    auto pairing = PairingStore(f.connection(), f.db.clock()).fetch(e04);
    QVERIFY(pairing.ok());
    pairing->code = QStringLiteral("E-40");
    std::reverse(pairing->cityIds.begin(), pairing->cityIds.end());
    s = f.editor().editPairing(pairing.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 2);
    fetchAll(model);
    QCOMPARE(model.index(0, SessionTableModel::Pairing).data().toString(), QStringLiteral("E-40"));
    QCOMPARE(model.index(0, SessionTableModel::LocalTimes).data().toString(),
             QStringLiteral("16:00 Lwiw · 10:00 Ann Arbor"));
}

void tst_SessionTableModel::pagingThroughManySessions_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("start asc (default)") << int(SessionTableModel::Start) << Qt::AscendingOrder;
    QTest::newRow("start desc") << int(SessionTableModel::Start) << Qt::DescendingOrder;
    QTest::newRow("pairing asc") << int(SessionTableModel::Pairing) << Qt::AscendingOrder;
    QTest::newRow("status desc") << int(SessionTableModel::Status) << Qt::DescendingOrder;
    QTest::newRow("duration asc") << int(SessionTableModel::Duration) << Qt::AscendingOrder;
}

void tst_SessionTableModel::pagingThroughManySessions()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const int count = 2 * PageSize + 50;
    const Status inserted = insertMany(f, count);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));

    SessionTableModel model(f.connection(), &f.notifier);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.matchingCount(), count);
    const QList<qint64> ids = ModelTest::ids(model, PagedTableModel::IdRole);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
    QCOMPARE(ids, expectedOrder(f, column, order));

    // Filtered pages: every held session starting on 1 May (UTC).
    Filter filter;
    filter.status = QStringLiteral("held");
    filter.from = QDate(2027, 5, 1);
    filter.to = QDate(2027, 5, 1);
    model.setFilter(filter);
    fetchAll(model);
    int expected = 0;
    for (int i = 0; i < count; ++i)
        expected += (i % 7 != 3 && i % 4 == 2 && 8 + i % 23 < 24) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.matchingCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(SessionTableModel::StatusKeyRole).toString(), QStringLiteral("held"));
        QCOMPARE(model.index(row, 0).data(SessionTableModel::StartUtcRole).toDateTime().date(), QDate(2027, 5, 1));
    }
}

QTEST_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
