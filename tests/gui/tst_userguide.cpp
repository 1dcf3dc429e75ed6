// Help ▸ User Guide and Help ▸ About: the guide is in the Help menu on F1 and opens, without a
// network, in a window that stays open beside the main window; it has a table of contents whose
// every link leads to a place in the guide, and a name for screen readers. About names the
// version, the licence and the libraries with the versions the app runs on.
#include "MainWindow.h"
#include "core/AppIdentity.h"
#include "database/Database.h"
#include "database/LibraryVersions.h"
#include "help/UserGuideDialog.h"

#include <QAccessible>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>

namespace {
struct Anchors
{
    QSet<QString> names;  // <a name="…">
    QStringList links;    // every href, as written
};

Anchors anchorsOf(const QTextDocument *document)
{
    Anchors found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                found.names.insert(name);
            if (!format.anchorHref().isEmpty())
                found.links << format.anchorHref();
        }
    }
    found.links.removeDuplicates();
    return found;
}
} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void helpMenuHasTheGuideOnF1();
    void guideOpensWithContents();
    void everyLinkLeadsIntoTheGuide();
    void linksMoveWithinTheGuide();
    void guideIsNamedForScreenReaders();
    void aboutListsVersionsAndLicence();

private:
    QAction *guideAction() const;
    UserGuideDialog *openGuide();

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestUserGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply();
    QVERIFY(m_dir.isValid());
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(m_dir.filePath(QStringLiteral("guide.c2c")), options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUserGuide::cleanupTestCase()
{
    m_window.reset();
}

QAction *TestUserGuide::guideAction() const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu() || QKeySequence::mnemonic(top->text()) != QKeySequence(Qt::ALT | Qt::Key_H))
            continue;
        for (QAction *item : top->menu()->actions()) {
            if (item->objectName() == QLatin1String("userGuideAction"))
                return item;
        }
    }
    return nullptr;
}

UserGuideDialog *TestUserGuide::openGuide()
{
    QAction *action = guideAction();
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<UserGuideDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestUserGuide::helpMenuHasTheGuideOnF1()
{
    QAction *action = guideAction();
    QVERIFY2(action, "Help ▸ User Guide");
    QVERIFY(!action->text().isEmpty());
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::Key_F1))
            || action->shortcuts() == QKeySequence::keyBindings(QKeySequence::HelpContents));
    // No other action of the menu bar claims the same keys.
    for (QAction *top : m_window->menuBar()->actions()) {
        for (QAction *item : top->menu()->actions()) {
            if (item != action && !item->shortcut().isEmpty())
                QVERIFY2(!action->shortcuts().contains(item->shortcut()), qPrintable(item->text()));
        }
    }
}

void TestUserGuide::guideOpensWithContents()
{
    UserGuideDialog *dialog = openGuide();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(!dialog->isModal(), "the guide stays open beside the window");
    const QTextDocument *document = dialog->browser()->document();
    QVERIFY(document->characterCount() > 2000);
    const QString text = document->toPlainText();
    for (const char *topic : {"Opening or creating a database", "Dashboard", "Pairings", "Sessions", "Actions",
                              "Cities", "People", "Pilots", "Search", "Find a Time", "Export PDF",
                              "Export Calendar", "readiness", "Import Cities", "Restore from Backup", "Undo",
                              "city2city-cli"})
        QVERIFY2(text.contains(QLatin1String(topic)), topic);
    // Triggering again raises the same window rather than opening a second one.
    guideAction()->trigger();
    QCOMPARE(m_window->findChildren<UserGuideDialog *>().size(), 1);
}

void TestUserGuide::everyLinkLeadsIntoTheGuide()
{
    UserGuideDialog *dialog = openGuide();
    QVERIFY(dialog);
    const Anchors anchors = anchorsOf(dialog->browser()->document());
    QVERIFY(anchors.names.contains(QStringLiteral("contents")));
    QVERIFY2(anchors.links.size() >= 12, qPrintable(anchors.links.join(u' ')));
    QStringList broken;
    for (const QString &link : anchors.links) {
        // Only links within the guide: no network, no other file.
        if (!link.startsWith(u'#') || !anchors.names.contains(link.mid(1)))
            broken << link;
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u' ')));
}

void TestUserGuide::linksMoveWithinTheGuide()
{
    UserGuideDialog *dialog = openGuide();
    QVERIFY(dialog);
    QTextBrowser *browser = dialog->browser();
    const QUrl source = browser->source();
    QScrollBar *bar = browser->verticalScrollBar();
    bar->setValue(0);
    QUrl link = source;
    link.setFragment(QStringLiteral("cli"));
    emit browser->anchorClicked(link);
    QTRY_VERIFY(bar->value() > 0);
    emit browser->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(browser->source(), source);
}

void TestUserGuide::guideIsNamedForScreenReaders()
{
    UserGuideDialog *dialog = openGuide();
    QVERIFY(dialog);
    QVERIFY(!dialog->accessibleName().isEmpty());
    QVERIFY(!dialog->browser()->accessibleName().isEmpty());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(dialog->browser());
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    dialog->close();
    QTRY_VERIFY(m_window->findChildren<UserGuideDialog *>().isEmpty()); // deleted when closed
}

void TestUserGuide::aboutListsVersionsAndLicence()
{
    const QString about = m_window->aboutHtml();
    QVERIFY2(about.contains(QString::fromLatin1(qVersion())), qPrintable(about));
    const QString sqlite = LibraryVersions::sqlite(m_window->database().connection());
    QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(sqlite).hasMatch(), qPrintable(sqlite));
    QVERIFY2(about.contains(QStringLiteral("SQLite")) && about.contains(sqlite), qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("libical")) && about.contains(LibraryVersions::libical()), qPrintable(about));
    QVERIFY(about.contains(QStringLiteral("Qt Charts")));
    QVERIFY(about.contains(QStringLiteral(C2C_VERSION)));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
