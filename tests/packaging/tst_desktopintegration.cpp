// The application as a desktop meets it: one id names the desktop entry, the icon, the
// AppStream component and the window; the .c2c file type is recognised by name and by content
// (with the shared-mime-info database built from packaging/linux); and the window opens the
// file a file manager passes it (Exec=city2city %f).
#include "core/AppIdentity.h"
#include "database/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifndef C2C_GUI_PATH
#error "C2C_GUI_PATH must name the city2city executable"
#endif
#ifndef C2C_PACKAGING_DIR
#error "C2C_PACKAGING_DIR must name the packaging folder of the sources"
#endif

namespace {

const QString MimeType = QStringLiteral("application/x-city2city-database");

QString appId()
{
    return QString::fromLatin1(AppIdentity::DesktopId);
}

QString linuxFile(const QString &name)
{
    return QStringLiteral(C2C_PACKAGING_DIR "/linux/") + name;
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// The value of KEY= in the [Desktop Entry] group.
QString desktopValue(const QString &key)
{
    for (const QString &line : linesOf(linuxFile(appId() + QStringLiteral(".desktop")))) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

// The text of every element named NAME in an XML file, in order.
QStringList xmlTexts(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

QString attributeOf(const QString &path, const QString &element, const QString &attribute)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            return xml.attributes().value(attribute).toString();
    }
    return {};
}

int applicationIdOf(const QString &path)
{
    int id = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                id = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return id;
}

struct GuiRun
{
    int exit = -1;
    QString out;
    QString err;
};

// Runs the window with its settings and data inside folder.
GuiRun runGui(const QStringList &arguments, const QString &folder, bool display = true)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir(folder).filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).filePath(QStringLiteral("xdg-config")));
    if (display) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
    }
    QProcess gui;
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(C2C_GUI_PATH), arguments);
    GuiRun run;
    if (!gui.waitForFinished(120000)) {
        gui.kill();
        gui.waitForFinished();
        return run;
    }
    run.exit = gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
    run.out = QString::fromUtf8(gui.readAllStandardOutput());
    run.err = QString::fromUtf8(gui.readAllStandardError());
    return run;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneIdNamesEverything();
    void fileTypeByNameAndContent_data();
    void fileTypeByNameAndContent();
    void windowOpensTheFileItIsGiven();
    void windowRefusesTwoFiles();
    void helpNeedsNoDisplay();

private:
    QTemporaryDir m_mimeRoot;
    bool m_haveMimeDatabase = false;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_mimeRoot.isValid());
    // A shared-mime-info database of the system's types plus ours, built as a desktop builds it
    // after installing the package; QMimeDatabase reads it through XDG_DATA_DIRS.
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QString freedesktop = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (updater.isEmpty() || !QFile::exists(freedesktop))
        return; // fileTypeByNameAndContent skips
    const QDir packages(m_mimeRoot.filePath(QStringLiteral("mime/packages")));
    QVERIFY(packages.mkpath(QStringLiteral(".")));
    QVERIFY(QFile::copy(freedesktop, packages.filePath(QStringLiteral("freedesktop.org.xml"))));
    QVERIFY(QFile::copy(linuxFile(appId() + QStringLiteral(".xml")), packages.filePath(appId() + QStringLiteral(".xml"))));
    QProcess update;
    update.start(updater, {m_mimeRoot.filePath(QStringLiteral("mime"))});
    QVERIFY(update.waitForFinished(60000));
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    QVERIFY2(update.readAllStandardError().isEmpty(), "update-mime-database warns about the MIME file");
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_mimeRoot.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_mimeRoot.filePath(QStringLiteral("empty"))));
    m_haveMimeDatabase = true;
}

void TestDesktopIntegration::oneIdNamesEverything()
{
    const QString id = appId();
    QCOMPARE(id, QStringLiteral("org.utm.City2CityFacilitator"));
    QVERIFY(QFile::exists(linuxFile(id + QStringLiteral(".desktop"))));
    QCOMPARE(desktopValue(QStringLiteral("Icon")), id);
    QCOMPARE(desktopValue(QStringLiteral("Exec")), QStringLiteral("city2city %f"));
    QCOMPARE(desktopValue(QStringLiteral("TryExec")), QStringLiteral("city2city"));
    QVERIFY(desktopValue(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(MimeType));
    QVERIFY(QFile::exists(linuxFile(QStringLiteral("icons/") + id + QStringLiteral(".svg"))));

    const QString metainfo = linuxFile(id + QStringLiteral(".metainfo.xml"));
    QCOMPARE(xmlTexts(metainfo, QStringLiteral("id")), QStringList{id});
    QCOMPARE(xmlTexts(metainfo, QStringLiteral("launchable")), QStringList{id + QStringLiteral(".desktop")});
    QCOMPARE(xmlTexts(metainfo, QStringLiteral("mediatype")), QStringList{MimeType});
    QCOMPARE(xmlTexts(metainfo, QStringLiteral("binary")),
             (QStringList{QStringLiteral("city2city"), QStringLiteral("city2city-cli")}));
    // The version of the latest release is the project's.
    QCOMPARE(attributeOf(metainfo, QStringLiteral("release"), QStringLiteral("version")), QStringLiteral(C2C_VERSION));

    const QString mime = linuxFile(id + QStringLiteral(".xml"));
    QCOMPARE(attributeOf(mime, QStringLiteral("mime-type"), QStringLiteral("type")), MimeType);
    QCOMPARE(attributeOf(mime, QStringLiteral("icon"), QStringLiteral("name")), id);
    QCOMPARE(attributeOf(mime, QStringLiteral("glob"), QStringLiteral("pattern")), QStringLiteral("*.c2c"));
    // The magic looks for the PRAGMA application_id the database code writes.
    bool ok = false;
    QCOMPARE(attributeOf(mime, QStringLiteral("match"), QStringLiteral("value")), QStringLiteral("SQLite format 3\\000"));
    QFile xml(mime);
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QByteArray text = xml.readAll();
    const int at = text.indexOf("type=\"big32\" value=\"");
    QVERIFY(at > 0);
    QCOMPARE(text.mid(at + 20, 10).toInt(&ok, 16), Database::ApplicationId);
    QVERIFY(ok);
}

void TestDesktopIntegration::fileTypeByNameAndContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content"); // ours, plain (another SQLite file), empty
    QTest::addColumn<QString>("expected");

    const QString sqlite = QStringLiteral("application/vnd.sqlite3");
    QTest::newRow("ours as .c2c") << "programme.c2c" << "ours" << MimeType;
    QTest::newRow("ours as .sqlite, by content") << "city2city.sqlite" << "ours" << MimeType;
    QTest::newRow("ours without extension") << "programme" << "ours" << MimeType;
    QTest::newRow("new empty .c2c, by name") << "untitled.c2c" << "empty" << MimeType;
    QTest::newRow("another SQLite file") << "other.sqlite3" << "plain" << sqlite;
    QTest::newRow("another SQLite file without extension") << "other" << "plain" << sqlite;
}

void TestDesktopIntegration::fileTypeByNameAndContent()
{
    if (!m_haveMimeDatabase)
        QSKIP("update-mime-database or freedesktop.org.xml not found (bash packaging/install-deps.sh)");
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (content == QLatin1String("ours")) {
        QVERIFY(Database::open(path).ok());
        QCOMPARE(applicationIdOf(path), Database::ApplicationId);
    } else if (content == QLatin1String("plain")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    } else {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    QCOMPARE(type.name(), expected);
    if (expected == MimeType) {
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.comment(), QStringLiteral("City2City Facilitator database"));
        QCOMPARE(type.iconName(), appId());
    }
}

void TestDesktopIntegration::windowOpensTheFileItIsGiven()
{
    // As a file manager starts it: the file alone, a path with a space, not created yet.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("from the file manager")));
    const QString path = dir.filePath(QStringLiteral("from the file manager/energy pairings.c2c"));
    const GuiRun first = runGui({QStringLiteral("--quit-when-ready"), path}, dir.path());
    QVERIFY2(first.exit == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QStringLiteral("first-screen-ready")), qPrintable(first.out + first.err));
    QCOMPARE(applicationIdOf(path), Database::ApplicationId);
    // It was that file, not the default database, that the window opened.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("xdg-data/utm-city2city/facilitator/city2city.sqlite"))));

    // An existing file opens the same way.
    const GuiRun again = runGui({QStringLiteral("--quit-when-ready"), path}, dir.path());
    QVERIFY2(again.exit == 0, qPrintable(again.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("xdg-data/utm-city2city/facilitator/city2city.sqlite"))));
}

void TestDesktopIntegration::windowRefusesTwoFiles()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.c2c"));
    const QString b = dir.filePath(QStringLiteral("b.c2c"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("--database"), a, b}, QStringList{a, b}}) {
        const GuiRun run = runGui(arguments, dir.path());
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(QStringLiteral("give one database file")), qPrintable(run.err));
        QVERIFY(!QFile::exists(a));
        QVERIFY(!QFile::exists(b));
    }
}

void TestDesktopIntegration::helpNeedsNoDisplay()
{
    QTemporaryDir dir;
    const GuiRun help = runGui({QStringLiteral("--help")}, dir.path(), false);
    QCOMPARE(help.exit, 0);
    QVERIFY2(help.out.contains(QStringLiteral("[FILE]")) && help.out.contains(QStringLiteral("--database")),
             qPrintable(help.out + help.err));
    const GuiRun version = runGui({QStringLiteral("--version")}, dir.path(), false);
    QCOMPARE(version.exit, 0);
    QVERIFY2(version.out.contains(QStringLiteral(C2C_VERSION)), qPrintable(version.out + version.err));
    // Anything else still says that there is no display.
    const GuiRun window = runGui({}, dir.path(), false);
    QCOMPARE(window.exit, 1);
    QVERIFY2(window.err.contains(QStringLiteral("no display")), qPrintable(window.err));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
