// The minutes of a session as data and as PDF, read back with poppler's pdftotext and pdfinfo:
// what a city receives must hold every attendee, decision and action, the local times of every
// member city, accented names intact and a footer with the page count on every page.
#include "MinutesFixture.h"
#include "exchange/MinutesData.h"
#include "exchange/MinutesDocument.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace MinutesFixture;

class TestMinutesPdf : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dataGroupsEntriesInKindOrder();
    void dataGroupsAttendeesByCity();
    void dataListsDecisionsAndActions();
    void unknownSessionFails();
    void headerShowsPairingSessionAndLocalTimes();
    void everyAttendeeDecisionAndAction();
    void accentedNamesIntact();
    void markdownAndEscaping();
    void footerOnEveryPage();
    void metadata();
    void largeSessionExports();
    void missingFolderFailsAndCreatesNothing();
    void overwriteLeavesNoTemporaryFile();
    void buildGivesTheSameText();
    void readinessAssessedAtTheSession();

private:
    QString exported(const QString &organisation = QString());
    std::unique_ptr<TestDatabase> m_db;
    Sample m_sample;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMinutesPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_sample = buildSample(*m_db);
    QVERIFY(m_sample.sessionId > 0);
    QCOMPARE(m_sample.blockIds.size(), 3);
    QVERIFY(m_sample.blockIds.at(2) > 0);
}

void TestMinutesPdf::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestMinutesPdf::exported(const QString &organisation)
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    if (!data) {
        qWarning("load: %s", qPrintable(data.error()));
        return {};
    }
    const QString path = m_dir->filePath(QStringLiteral("minutes.pdf"));
    const Status written = MinutesDocument::writePdf(data.value(), path, organisation);
    if (!written) {
        qWarning("writePdf: %s", qPrintable(written.error()));
        return {};
    }
    // For looking at the result: C2C_MINUTES_SAMPLE=/some/folder keeps a copy of each export.
    if (const QString keep = qEnvironmentVariable("C2C_MINUTES_SAMPLE"); !keep.isEmpty()) {
        const QString copy = QDir(keep).filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                 QStringLiteral(".pdf"));
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return path;
}

void TestMinutesPdf::dataGroupsEntriesInKindOrder()
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->programme, QStringLiteral("UTM City2City"));
    QCOMPARE(data->pairingCode, QStringLiteral("E-04"));
    QCOMPARE(data->documentTitle(), QStringLiteral("Minutes — E-04 Session 2: Sharing"));
    QCOMPARE(data->fileName(), QStringLiteral("E-04-session-2.pdf"));
    QCOMPARE(data->agenda.size(), 3);
    QVERIFY(data->agenda.at(0).groups.isEmpty());
    const auto &block = data->agenda.at(1);
    QStringList kinds;
    for (const auto &group : block.groups)
        kinds << group.kind;
    QCOMPARE(kinds, (QStringList{QStringLiteral("decision"), QStringLiteral("good_practice"),
                                 QStringLiteral("insight"), QStringLiteral("discussion")}));
    QCOMPARE(block.groups.at(0).entries.at(0).city, QStringLiteral("Lviv"));
    QCOMPARE(block.groups.at(2).entries.at(0).city, QString());
    // Blocks start one after the other: 14:00, 14:10, 14:30 UTC.
    QCOMPARE(data->agenda.at(2).startUtc,
             QDateTime(QDate(2027, 3, 16), QTime(14, 30), QTimeZone::utc()));
    QCOMPARE(data->general.size(), 2);
    QCOMPARE(data->general.at(0).kind, QStringLiteral("decision"));
    QCOMPARE(data->general.at(1).kind, QStringLiteral("discussion"));
    QCOMPARE(data->entryCount(), 8);
}

void TestMinutesPdf::dataGroupsAttendeesByCity()
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QStringList headings;
    for (const auto &group : data->attendance)
        headings << group.heading;
    // Member cities in the pairing's order, other cities by name, people without a city last.
    QCOMPARE(headings, (QStringList{QStringLiteral("Ann Arbor (US)"), QStringLiteral("Lviv (UA)"),
                                    QStringLiteral("Çorlu (TR)"), QStringLiteral("Peñalolén (CL)"),
                                    QStringLiteral("San Luis Potosí (MX)"),
                                    QStringLiteral("València (ES)"), QString()}));
    QVERIFY(!data->attendance.last().cityId);
    QCOMPARE(data->attendance.last().people.at(0).name, QStringLiteral("Hannah Becker"));
    QCOMPARE(data->attendance.at(2).people.at(0).status, QStringLiteral("excused"));
}

void TestMinutesPdf::dataListsDecisionsAndActions()
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QStringList decisions, blocks;
    for (const auto &d : data->decisions) {
        decisions << d.body;
        blocks << d.block;
    }
    QCOMPARE(decisions, m_sample.decisions);
    QCOMPARE(blocks, (QStringList{QStringLiteral("2. Sharing round 1"),
                                  QStringLiteral("3. Sharing round 2"), QString()}));
    QCOMPARE(data->actions.size(), 3);
    // By due date, undated last.
    QCOMPARE(data->actions.at(0).description, QStringLiteral("Share heat maps"));
    QCOMPARE(data->actions.at(0).owner, QStringLiteral("Jordi Ferrà"));
    QCOMPARE(data->actions.at(0).due, QDate(2027, 4, 1));
    QCOMPARE(data->actions.at(1).city, QStringLiteral("Lviv"));
    QVERIFY(!data->actions.at(2).due.isValid());
}

void TestMinutesPdf::unknownSessionFails()
{
    const auto data = MinutesData::load(m_db->connection(), 987654);
    QVERIFY(!data.ok());
    QVERIFY(!data.error().isEmpty());
}

void TestMinutesPdf::headerShowsPairingSessionAndLocalTimes()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = exported();
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    const QString firstPage = text.section(u'\f', 0, 0);
    const QString theme =
        m_db->scalar(QStringLiteral("SELECT t.name FROM pairing p JOIN theme t ON t.id = p.theme_id"
                                    " WHERE p.code = 'E-04'"))
            .toString();
    QVERIFY(!theme.isEmpty());
    for (const QString &expected :
         {QStringLiteral("UTM City2City · Minutes"), QStringLiteral("E-04 · Session 2: Sharing"),
          theme, QStringLiteral("Heat pumps <b>&</b> district networks"),
          QStringLiteral("Transitioning to low-temperature district heating"),
          QStringLiteral("Tue 16 Mar 2027, 14:00–15:30 UTC (90 min)"),
          QStringLiteral("Ann Arbor: Tue 16 Mar 2027 10:00 (UTC−04:00)"),
          QStringLiteral("Lviv: Tue 16 Mar 2027 16:00 (UTC+02:00)"), QStringLiteral("Held"),
          QStringLiteral("https://meet.example.org/e04-s2"),
          QStringLiteral("Agree on the pilot scope.")}) {
        QVERIFY2(firstPage.contains(expected),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + firstPage));
    }
    // Agenda blocks with their UTC start.
    QVERIFY(QRegularExpression(QStringLiteral("14:10 UTC · 20 min")).match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("3. Sharing round 2")));
    QVERIFY(text.contains(QStringLiteral("14:30 UTC")));
}

void TestMinutesPdf::everyAttendeeDecisionAndAction()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = exported();
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    for (const QString &name : std::as_const(m_sample.attendees))
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("Facilitators and experts")));
    QVERIFY(text.contains(QStringLiteral("Excused")));
    QVERIFY(text.contains(QStringLiteral("5 of 7 people present.")));
    // Each decision twice: under its block and in the summary.
    for (const QString &decision : std::as_const(m_sample.decisions))
        QVERIFY2(text.count(decision) == 2, qPrintable(decision));
    const QString actions = text.mid(text.lastIndexOf(QStringLiteral("Action items")));
    const QStringList lines = actions.split(u'\n');
    const auto lineWith = [&lines](const QString &what) {
        for (const QString &line : lines) {
            if (line.contains(what))
                return line;
        }
        return QString();
    };
    const QString send = lineWith(QStringLiteral("Send tender template"));
    QVERIFY2(send.contains(QStringLiteral("Olena Kovalenko")) &&
                 send.contains(QStringLiteral("2027-04-15")) &&
                 send.contains(QStringLiteral("Lviv")) && send.contains(QStringLiteral("Open")),
             qPrintable(send));
    const QString share = lineWith(QStringLiteral("Share heat maps"));
    QVERIFY2(share.contains(QStringLiteral("Jordi Ferrà")) &&
                 share.contains(QStringLiteral("2027-04-01")) &&
                 share.contains(QStringLiteral("In progress")),
             qPrintable(share));
    QVERIFY(lineWith(QStringLiteral("Book study visit")).contains(QStringLiteral("Hannah Becker")));
    // By due date: 1 April before 15 April.
    QVERIFY(actions.indexOf(QStringLiteral("Share heat maps")) <
            actions.indexOf(QStringLiteral("Send tender")));
}

void TestMinutesPdf::accentedNamesIntact()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = exported();
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    for (const QString &name :
         {QStringLiteral("Çorlu"), QStringLiteral("València"), QStringLiteral("Peñalolén"),
          QStringLiteral("San Luis Potosí"), QStringLiteral("Emre Yılmaz")})
        QVERIFY2(text.contains(name), qPrintable(name));
}

void TestMinutesPdf::markdownAndEscaping()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = exported();
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Bold and a link")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**Bold**")));
    QVERIFY(!text.contains(QStringLiteral("(https://example.org)")));
    // List items on lines of their own, indented under the paragraph (Qt draws the bullets as
    // shapes, so they are not in the text). No ligatures: "fi" stays searchable.
    const QStringList lines = text.split(u'\n');
    int row = 0;
    while (row < lines.size() && !lines.at(row).contains(QStringLiteral("Bold and a link")))
        ++row;
    QVERIFY(row + 2 < lines.size());
    const int paragraph = int(lines.at(row).indexOf(QStringLiteral("Bold and a link")));
    const int item = int(lines.at(row + 1).indexOf(QStringLiteral("first point")));
    QVERIFY2(item > paragraph, qPrintable(lines.mid(row, 3).join(u'\n')));
    QCOMPARE(lines.at(row + 2).indexOf(QStringLiteral("second point")), item);
    // Raw HTML in a body and in a title is text, not markup.
    QVERIFY(text.contains(QStringLiteral("Çorlu lacks data on <i>raw</i> & building stock")));
    // The link is a link, and bold is set in a bold face.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/URI (https://example.org)"));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path}).out;
    QVERIFY2(fonts.contains(QStringLiteral("Bold")), qPrintable(fonts));
}

void TestMinutesPdf::footerOnEveryPage()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    // Enough entries for several pages.
    for (int i = 0; i < 120; ++i)
        addNote(*m_db, m_sample.sessionId, m_sample.blockIds.at(2), QStringLiteral("discussion"),
                QStringLiteral("Filler entry %1 about heat pumps and networks").arg(i), QVariant(),
                10 + i);
    const QString path = exported(QStringLiteral("UTM Facilitation Team"));
    QVERIFY(!path.isEmpty());
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QStringList texts = pdfText(path).split(u'\f');
    if (!texts.isEmpty() && texts.last().trimmed().isEmpty())
        texts.removeLast();
    QCOMPARE(texts.size(), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString &pageText = texts.at(page - 1);
        const QString footer =
            QStringLiteral("UTM City2City · E-04 · Session 2 — page %1 of %2").arg(page).arg(pages);
        QVERIFY2(pageText.contains(footer), qPrintable(footer));
        QVERIFY(pageText.contains(QStringLiteral("UTM Facilitation Team")));
        QCOMPARE(pageText.count(QStringLiteral(" — page ")), 1);
    }
}

void TestMinutesPdf::metadata()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = exported();
    QVERIFY(!path.isEmpty());
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Minutes — E-04 Session 2: Sharing"));
    QCOMPARE(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("City2City Facilitator"));
    QCOMPARE(pdfInfo(path, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    // PDF/A-1b: declared in the XMP metadata, with an sRGB output intent.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pdfaid:part"));
    QVERIFY(bytes.contains("/OutputIntents"));
}

void TestMinutesPdf::largeSessionExports()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    SessionRecord big = e04Session(*m_db, 100);
    big.sequence = 3;
    const auto id = SessionStore(m_db->connection(), m_db->clock()).insert(big);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const QStringList kinds = MinutesData::entryKinds();
    QVERIFY(m_db->connection().transaction());
    for (int i = 0; i < 1000; ++i)
        addNote(*m_db, id.value(), big.agenda.at(i / 10).id, kinds.at(i % kinds.size()),
                QStringLiteral("Entry number %1 with **some** words about heat")
                    .arg(i, 4, 10, QLatin1Char('0')),
                QVariant(), i % 10);
    QVERIFY(m_db->connection().commit());
    const auto data = MinutesData::load(m_db->connection(), id.value());
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->entryCount(), 1000);
    const QString path = m_dir->filePath(data->fileName());
    const Status written = MinutesDocument::writePdf(data.value(), path, QString());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    // Entry 999 is the last of block 100; a decision kind sorts first, so look for the text only.
    QVERIFY(text.contains(QStringLiteral("Entry number 0999 with some words about heat")));
    QVERIFY(text.contains(QStringLiteral("100. Sharing round 99")));
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
}

void TestMinutesPdf::missingFolderFailsAndCreatesNothing()
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY(data.ok());
    const QString folder = m_dir->filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/minutes.pdf");
    const Status written = MinutesDocument::writePdf(data.value(), path, QString());
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestMinutesPdf::overwriteLeavesNoTemporaryFile()
{
    const QString path = m_dir->filePath(QStringLiteral("minutes.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QCOMPARE(exported(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-1.4"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("minutes.pdf")});
}

void TestMinutesPdf::buildGivesTheSameText()
{
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY(data.ok());
    QObject owner;
    QTextDocument *document = MinutesDocument::build(data.value(), &owner);
    QCOMPARE(document->parent(), &owner);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("E-04 · Session 2: Sharing")));
    QVERIFY(text.contains(QStringLiteral("Bold and a link")));
    QVERIFY(text.contains(QStringLiteral("Heat pumps <b>&</b> district networks")));
    for (const QString &name : std::as_const(m_sample.attendees))
        QVERIFY2(text.contains(name), qPrintable(name));
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle),
             QStringLiteral("Minutes — E-04 Session 2: Sharing"));
}

// Pilots assessed at the session are listed with their levels; other sessions' are not, and
// minutes without any leave the section out.
void TestMinutesPdf::readinessAssessedAtTheSession()
{
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QVERIFY(!pdfText(exported()).contains(QStringLiteral("Pilot readiness assessed")));
    const qint64 pairing = m_db->scalar(QStringLiteral("SELECT pairing_id FROM session WHERE id = ?"),
                                        {m_sample.sessionId}).toLongLong();
    const qint64 pilot = MinutesFixture::exec(*m_db, QStringLiteral(
        "INSERT INTO pilot (uuid, pairing_id, city_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {MinutesFixture::newUuid(), pairing, MinutesFixture::cityId(*m_db, QStringLiteral("Lviv")),
         QStringLiteral("Heat pumps for Sykhiv"), MinutesFixture::stamp(), MinutesFixture::stamp()});
    QVERIFY(pilot > 0);
    const auto assess = [&](const QVariant &session, const QString &summary, int resources) {
        const qint64 id = MinutesFixture::exec(*m_db, QStringLiteral(
            "INSERT INTO readiness_assessment (uuid, pilot_id, session_id, assessed_on, summary, created_at, updated_at)"
            " VALUES (?, ?, ?, '2027-03-20', ?, ?, ?)"),
            {MinutesFixture::newUuid(), pilot, session, summary, MinutesFixture::stamp(), MinutesFixture::stamp()});
        for (const char *d : {"solution", "need", "mandate", "team", "plan"})
            MinutesFixture::exec(*m_db, QStringLiteral("INSERT INTO readiness_level (assessment_id, dimension, level) VALUES (?, ?, 4)"),
                                 {id, QString::fromLatin1(d)});
        MinutesFixture::exec(*m_db, QStringLiteral("INSERT INTO readiness_level (assessment_id, dimension, level) VALUES (?, 'resources', ?)"),
                             {id, resources});
    };
    assess(m_sample.sessionId, QStringLiteral("Funding pending the council vote"), 3);
    assess(QVariant(), QStringLiteral("Assessed by e-mail later"), 5);
    const auto data = MinutesData::load(m_db->connection(), m_sample.sessionId);
    QVERIFY(data);
    QCOMPARE(data->assessments.size(), 1);
    QCOMPARE(data->dimensions.size(), 6);
    QCOMPARE(data->assessments.first().levels.at(3), std::optional<int>(3));
    QCOMPARE(data->assessments.first().overall, std::optional<int>(3));
    QVERIFY(!data->assessments.first().ready);
    const QString text = pdfText(exported());
    QVERIFY(text.contains(QStringLiteral("Pilot readiness assessed")));
    QVERIFY(text.contains(QStringLiteral("Heat pumps for Sykhiv")));
    QVERIFY(text.simplified().contains(QStringLiteral("Funding pending the council vote")));
    QVERIFY(text.simplified().contains(QStringLiteral("Resources 3")));
    QVERIFY(text.contains(QStringLiteral("not ready")));
    QVERIFY(!text.simplified().contains(QStringLiteral("Assessed by e-mail later")));
}

QTEST_MAIN(TestMinutesPdf)
#include "tst_minutespdf.moc"
