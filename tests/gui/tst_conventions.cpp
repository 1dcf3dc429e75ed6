// The desktop conventions of the window, offscreen over real files: Edit ▸ Preferences (loads,
// refuses what is wrong with a message, saves; the backup count is the Restore dialog's), the
// organisation on the minutes, File ▸ Open Recent, a geometry saved on a monitor that is gone,
// and charts in Qt Charts' dark theme on a dark palette while exports stay light.
#include "MainWindow.h"
#include "FileFixtures.h"
#include "WindowFixture.h"
#include "charts/ChartPanel.h"
#include "charts/ChartStyle.h"
#include "common/MessageBanner.h"
#include "common/WindowPlacement.h"
#include "core/Clock.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "database/RecentDatabasesMenu.h"
#include "database/RestoreBackupDialog.h"
#include "edit/Editor.h"
#include "minutes/SessionWorkspace.h"
#include "preferences/PreferencesDialog.h"
#include "sessions/PlanCycleDialog.h"
#include "store/PairingStore.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QStringList entries(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

bool intersectsAScreen(const QRect &frame)
{
    for (const QScreen *screen : QGuiApplication::screens()) {
        if (screen->availableGeometry().intersects(frame))
            return true;
    }
    return false;
}

} // namespace

class TestConventions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferencesActionInEditMenu();
    void dialogShowsTheSettings();
    void dialogRefusesWrongInputWithAMessage();
    void dialogSavesOnOk();
    void savedNameSignsTheNextEdit();
    void backupCountIsOneSettingInBothDialogs();
    void labelsHaveBuddies();
    void organisationOnTheMinutes();
    void openRecentListsOpenedDatabases();
    void openRecentDropsMissingFileWithAMessage();
    void openRecentClearMenu();
    void offScreenGeometryComesBackOnScreen();
    void keepOnScreenLeavesVisibleWindowsAlone();
    void darkPaletteGivesDarkCharts();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    QString makeDatabase(const QString &name);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
};

void TestConventions::initTestCase()
{
    // A settings file of its own: the suites run side by side and this one moves the window far
    // away and fills the recent list.
    WindowFixture::useTestSettings(QStringLiteral("tst_conventions"));
    QVERIFY(m_dir.isValid());
}

void TestConventions::init()
{
    WindowFixture::clearSettings();
}

void TestConventions::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    WindowFixture::clearSettings();
}

std::unique_ptr<MainWindow> TestConventions::openWindow(const QString &name)
{
    return WindowFixture::openWindow(m_dir.filePath(name), m_clock);
}

QString TestConventions::makeDatabase(const QString &name)
{
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(m_dir.filePath(name), options);
    return database ? database.value()->path() : QString();
}

void TestConventions::preferencesActionInEditMenu()
{
    auto window = openWindow(QStringLiteral("menu.c2c"));
    QVERIFY(window);
    QAction *preferences = findAction(window.get(), QStringLiteral("&Preferences…"));
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(preferences->shortcuts(), platform.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))} : platform);
    QMenu *edit = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(preferences));
}

void TestConventions::dialogShowsTheSettings()
{
    Preferences::setFacilitatorName(QStringLiteral("Maria Rossi"));
    Preferences::setOrganisationName(QStringLiteral("UTM Secretariat"));
    WorkingHours hours;
    hours.start = QTime(9, 0);
    hours.end = QTime(17, 0);
    hours.days = {Qt::Monday, Qt::Wednesday};
    Preferences::setDefaultWorkingHours(hours);
    Preferences::setBackupsToKeep(4);

    PreferencesDialog dialog;
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Maria Rossi"));
    QCOMPARE(dialog.nameEdit()->placeholderText(), Preferences::loginName());
    QCOMPARE(dialog.organisationEdit()->text(), QStringLiteral("UTM Secretariat"));
    QCOMPARE(dialog.startEdit()->time(), QTime(9, 0));
    QCOMPARE(dialog.endEdit()->time(), QTime(17, 0));
    QVERIFY(dialog.dayBox(Qt::Monday)->isChecked());
    QVERIFY(!dialog.dayBox(Qt::Tuesday)->isChecked());
    QVERIFY(dialog.dayBox(Qt::Wednesday)->isChecked());
    QCOMPARE(dialog.backupsSpin()->value(), 4);

    // For looking at it: C2C_SCREENSHOT_DIR=/tmp keeps a picture.
    if (const QString folder = qEnvironmentVariable("C2C_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(folder + QStringLiteral("/preferences-dialog.png"));
    }
}

void TestConventions::dialogRefusesWrongInputWithAMessage()
{
    PreferencesDialog dialog;
    dialog.organisationEdit()->setText(QStringLiteral("Not saved"));
    dialog.startEdit()->setTime(QTime(18, 0));
    dialog.endEdit()->setTime(QTime(9, 0));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QCOMPARE(dialog.errorText(), QStringLiteral("Working hours must end after they start."));
    QVERIFY(Preferences::organisationName().isEmpty());

    dialog.endEdit()->setTime(QTime(19, 0));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        dialog.dayBox(day)->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Choose at least one working day."));
    QVERIFY(Preferences::organisationName().isEmpty());

    dialog.dayBox(Qt::Friday)->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences::organisationName(), QStringLiteral("Not saved"));
}

void TestConventions::dialogSavesOnOk()
{
    PreferencesDialog dialog;
    dialog.nameEdit()->setText(QStringLiteral("Olena Kovalenko"));
    dialog.organisationEdit()->setText(QStringLiteral("City of Lviv"));
    dialog.startEdit()->setTime(QTime(7, 45));
    dialog.endEdit()->setTime(QTime(16, 0));
    dialog.dayBox(Qt::Saturday)->setChecked(true);
    dialog.backupsSpin()->setValue(15);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences::facilitatorName(), QStringLiteral("Olena Kovalenko"));
    QCOMPARE(Preferences::organisationName(), QStringLiteral("City of Lviv"));
    QCOMPARE(Preferences::defaultWorkingHours().start, QTime(7, 45));
    QCOMPARE(Preferences::defaultWorkingHours().days, (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(Preferences::backupsToKeep(), 15);

    // Cancel writes nothing.
    PreferencesDialog again;
    again.organisationEdit()->setText(QStringLiteral("Thrown away"));
    again.reject();
    QCOMPARE(Preferences::organisationName(), QStringLiteral("City of Lviv"));
}

// The name is read once, not at every write; a name saved in the dialog signs the next edit.
void TestConventions::savedNameSignsTheNextEdit()
{
    Preferences::setFacilitatorName(QStringLiteral("Maria Rossi"));
    auto window = openWindow(QStringLiteral("signed.c2c"));
    QVERIFY(window);
    const QSqlDatabase db = window->database().connection();
    const qint64 e04 = PairingStore(db, m_clock).resolve(QStringLiteral("E-04")).value_or(0);
    QVERIFY(e04 > 0);
    const auto editChallenge = [&](const QString &challenge) {
        PairingRecord pairing = PairingStore(db, m_clock).fetch(e04).value();
        pairing.challenge = challenge;
        return window->editor()->editPairing(pairing);
    };
    const auto lastActor = [&] {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT actor FROM change_log ORDER BY id DESC LIMIT 1")) || !q.next())
            return QString();
        return q.value(0).toString();
    };
    QVERIFY(editChallenge(QStringLiteral("Heat maps")));
    QCOMPARE(lastActor(), QStringLiteral("Maria Rossi"));

    PreferencesDialog dialog;
    dialog.nameEdit()->setText(QStringLiteral("Olena Kovalenko"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(editChallenge(QStringLiteral("District heating")));
    QCOMPARE(lastActor(), QStringLiteral("Olena Kovalenko"));
}

void TestConventions::backupCountIsOneSettingInBothDialogs()
{
    const QString path = makeDatabase(QStringLiteral("backups.c2c"));
    QVERIFY(!path.isEmpty());
    {
        PreferencesDialog dialog;
        dialog.backupsSpin()->setValue(11);
        dialog.accept();
    }
    RestoreBackupDialog restore(path);
    auto *keep = restore.findChild<QSpinBox *>();
    QVERIFY(keep);
    QCOMPARE(keep->value(), 11);
    keep->setValue(5);
    QCOMPARE(RestoreBackupDialog::keepSetting(), 5);
    PreferencesDialog dialog;
    QCOMPARE(dialog.backupsSpin()->value(), 5);
}

void TestConventions::labelsHaveBuddies()
{
    PreferencesDialog dialog;
    QSet<QWidget *> buddies;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            buddies << label->buddy();
        }
    }
    for (QWidget *field : std::initializer_list<QWidget *>{dialog.nameEdit(), dialog.organisationEdit(), dialog.startEdit(),
                                                           dialog.endEdit(), dialog.dayBox(Qt::Monday), dialog.backupsSpin()})
        QVERIFY2(buddies.contains(field), qPrintable(field->accessibleName()));
}

void TestConventions::organisationOnTheMinutes()
{
    Preferences::setOrganisationName(QStringLiteral("Urban Transitions Secretariat"));
    auto window = openWindow(QStringLiteral("minutes.c2c"));
    QVERIFY(window);
    const qint64 pairing = PairingStore(window->database().connection(), m_clock).resolve(QStringLiteral("E-04")).value();
    PlanCycleDialog plan(window->context(), pairing, window.get());
    plan.startEdit()->setDate(QDate(2027, 3, 15));
    plan.accept();
    const qint64 session = plan.createdIds().value(0);
    QVERIFY(session > 0);
    SessionWorkspace *workspace = window->openSession(session);
    const QString path = m_dir.filePath(QStringLiteral("minutes.pdf"));
    const Status written = workspace->exportPdfTo(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const std::optional<QString> content = FileFixtures::pdfText(path);
    if (!content)
        QSKIP("pdftotext is not installed");
    QVERIFY2(content->contains(QStringLiteral("Urban Transitions Secretariat")), qPrintable(content->left(2000)));
}

void TestConventions::openRecentListsOpenedDatabases()
{
    auto window = openWindow(QStringLiteral("first.c2c"));
    QVERIFY(window);
    // The window notes the file it starts with.
    QCOMPARE(Preferences::recentDatabases(), QStringList{window->database().path()});
    auto *recent = window->findChild<RecentDatabasesMenu *>();
    QVERIFY(recent);
    QCOMPARE(recent->title(), QStringLiteral("Open Rec&ent"));

    QStringList opened;
    for (int i = 0; i < 9; ++i) {
        const QString path = makeDatabase(QStringLiteral("more%1.c2c").arg(i));
        QVERIFY(window->openDatabase(path));
        opened.prepend(path);
    }
    const QStringList list = Preferences::recentDatabases();
    QCOMPARE(list.size(), 8);
    QCOMPARE(list, opened.mid(0, 8));
    recent->rebuild();
    const QStringList texts = entries(recent);
    QCOMPARE(texts.size(), 9); // eight files and Clear Menu
    QCOMPARE(texts.first(), QStringLiteral("&1 more8.c2c"));
    QCOMPARE(texts.last(), QStringLiteral("&Clear Menu"));

    // Choosing one opens it in the window.
    recent->actions().at(3)->trigger();
    QCOMPARE(window->database().path(), opened.at(3));
    QCOMPARE(Preferences::recentDatabases().first(), opened.at(3));
}

void TestConventions::openRecentDropsMissingFileWithAMessage()
{
    auto window = openWindow(QStringLiteral("stays.c2c"));
    QVERIFY(window);
    const QString stays = window->database().path();
    const QString gone = makeDatabase(QStringLiteral("gone.c2c"));
    QVERIFY(window->openDatabase(gone));
    QVERIFY(window->openDatabase(stays));
    QCOMPARE(Preferences::recentDatabases().size(), 2);
    QVERIFY(QFile::remove(gone));

    auto *recent = window->findChild<RecentDatabasesMenu *>();
    recent->rebuild();
    QAction *entry = nullptr;
    for (QAction *action : recent->actions()) {
        if (action->data().toString() == gone)
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(window->database().path(), stays);
    QVERIFY(!QFile::exists(gone)); // not created again
    QVERIFY(!Preferences::recentDatabases().contains(gone));
    QVERIFY2(window->banner()->text().contains(QStringLiteral("gone.c2c is no longer there")),
             qPrintable(window->banner()->text()));
    QCOMPARE(entries(recent).size(), 2); // stays.c2c and Clear Menu
}

void TestConventions::openRecentClearMenu()
{
    auto window = openWindow(QStringLiteral("clear.c2c"));
    QVERIFY(window);
    auto *recent = window->findChild<RecentDatabasesMenu *>();
    recent->rebuild();
    QVERIFY(recent->clearAction()->isEnabled());
    recent->clearAction()->trigger();
    QVERIFY2(Preferences::recentDatabases().isEmpty(), qPrintable(Preferences::recentDatabases().join(u',')));
    QCOMPARE(entries(recent), QStringList{QStringLiteral("&Clear Menu")});
    QVERIFY(!recent->clearAction()->isEnabled());
}

void TestConventions::offScreenGeometryComesBackOnScreen()
{
    // A geometry saved on a second monitor far to the right and below, since unplugged.
    {
        QWidget probe;
        probe.setGeometry(20000, 15000, 700, 500);
        QSettings().setValue(QStringLiteral("window/geometry"), probe.saveGeometry());
    }
    auto window = openWindow(QStringLiteral("geometry.c2c"));
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(intersectsAScreen(window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2").arg(window->x()).arg(window->y())));
    QVERIFY(available.contains(window->geometry().topLeft()));
}

void TestConventions::keepOnScreenLeavesVisibleWindowsAlone()
{
    QWidget window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    window.setGeometry(available.x() + 10, available.y() + 10, 300, 200);
    QVERIFY(!WindowPlacement::keepOnScreen(&window));
    QCOMPARE(window.pos(), QPoint(available.x() + 10, available.y() + 10));

    // Off to the left and up, and larger than the screen: moved and shrunk to fit.
    window.setGeometry(-30000, -30000, available.width() + 400, available.height() + 300);
    QVERIFY(WindowPlacement::keepOnScreen(&window));
    QVERIFY(available.contains(window.frameGeometry()));
}

void TestConventions::darkPaletteGivesDarkCharts()
{
    const QColor stage = ChartStyle::stage(QStringLiteral("sharing"));
    ChartPanel panel;
    panel.setBuilder([stage](const ChartStyle &style) {
        auto chart = std::make_unique<QChart>();
        auto *series = new QBarSeries;
        auto *set = new QBarSet(QStringLiteral("Sharing"));
        *set << 3 << 5;
        set->setColor(stage);
        series->append(set);
        chart->addSeries(series);
        chart->setTitle(QStringLiteral("Sessions"));
        style.apply(chart.get());
        return chart;
    }, QStringLiteral("sessions"));
    panel.resize(640, 400);
    QCOMPARE(panel.chart()->theme(), QChart::ChartThemeLight);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QCOMPARE(panel.chart()->theme(), QChart::ChartThemeDark);
    auto *bars = qobject_cast<QBarSeries *>(panel.chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().value(0)->color(), stage); // the data keep their meaning
    QCOMPARE(panel.chart()->backgroundBrush().color(), dark.color(QPalette::Base));

    // A chart built while the palette is dark starts dark.
    ChartPanel later;
    later.setBuilder([](const ChartStyle &style) {
        auto chart = std::make_unique<QChart>();
        style.apply(chart.get());
        return chart;
    }, QStringLiteral("later"));
    QCOMPARE(later.chart()->theme(), QChart::ChartThemeDark);

    // The exported file stays light.
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const Status saved = panel.savePng(png);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(QColor(image.pixel(2, 2)).lightness() > 200);

    // Back to a light palette: back to the light theme.
    QApplication::setPalette(QApplication::style()->standardPalette());
    QCoreApplication::processEvents();
    QCOMPARE(panel.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(bars->barSets().value(0)->color(), stage);
}

QTEST_MAIN(TestConventions)
#include "tst_conventions.moc"
