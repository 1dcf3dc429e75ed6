// Every control a keyboard or a screen reader reaches has a name: the main window's areas,
// the detail tabs, a session's window and the record dialogs are walked through QAccessible,
// and every focusable, visible, enabled control must have an accessible name. Labels that
// show a mnemonic must have a buddy, and every menu of the menu bar a unique mnemonic.
// Tab walks the record dialogs, the preferences and the areas in reading order: from the first
// input it reaches every input, each below the one before or to its right on the same row.
#include "MainWindow.h"
#include "DemoProgramme.h"
#include "actions/ActionDialog.h"
#include "cities/CityDialog.h"
#include "common/AppContext.h"
#include "core/AppIdentity.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "minutes/SessionWorkspace.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingDialog.h"
#include "pairings/PairingsPage.h"
#include "people/PersonDialog.h"
#include "preferences/PreferencesDialog.h"
#include "pilots/AssessmentDialog.h"
#include "pilots/PilotDetailWidget.h"
#include "pilots/PilotDialog.h"
#include "pilots/PilotsPage.h"
#include "sessions/SessionDialog.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QAbstractItemView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += QStringLiteral("#%1").arg(w->objectName());
        chain << part;
    }
    return chain.join(QStringLiteral(" < "));
}

void collectUnnamed(QAccessibleInterface *iface, QStringList &found, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (widget) {
        const QAccessible::State state = iface->state();
        if (state.focusable && widget->isVisible() && widget->isEnabled()
            && iface->text(QAccessible::Name).trimmed().isEmpty())
            found << describe(widget);
        // Cells of item views are the view's items, not controls of their own.
        if (qobject_cast<QAbstractItemView *>(widget))
            return;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), found, depth + 1);
}

// A '&' before a letter or digit (not "&&") in plain text.
bool showsMnemonic(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
        return false;
    const QString text = label->text();
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

// A widget Tab stops at, as QWidget::focusNextPrevChild chooses them.
bool isTabStop(const QWidget *widget, const QWidget *root)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy()
           && widget->isVisibleTo(root) && widget->isEnabled() && root->isAncestorOf(widget);
}

// The control a tab stop belongs to: a date edit for its line edit (its focus proxy).
const QWidget *controlOf(const QWidget *stop, const QWidget *root)
{
    const QWidget *control = stop;
    for (const QWidget *w = stop->parentWidget(); w && w != root; w = w->parentWidget()) {
        const QWidget *proxy = w->focusProxy();
        while (proxy && proxy->focusProxy())
            proxy = proxy->focusProxy();
        if (proxy == stop)
            control = w;
    }
    return control;
}

QRect rectIn(const QWidget *widget, const QWidget *root)
{
    return QRect(widget->mapTo(root, QPoint(0, 0)), widget->size());
}

// Follows the focus chain from the first tab stop back to it; the chain in visiting order.
QList<const QWidget *> tabChain(QWidget *root)
{
    QList<const QWidget *> chain;
    QWidget *first = root->nextInFocusChain();
    while (first != root && !isTabStop(first, root))
        first = first->nextInFocusChain();
    if (first == root)
        return chain;
    QWidget *w = first;
    do {
        if (isTabStop(w, root))
            chain << w;
        w = w->nextInFocusChain();
    } while (w != first && chain.size() < 1000);
    return chain;
}

// Tab reaches every tab stop of root, and within one form (the controls of one parent) the next
// control is below the one before, or on its row to its right.
QStringList tabOrderProblems(QWidget *root)
{
    QStringList found;
    const QList<const QWidget *> chain = tabChain(root);
    const QSet<const QWidget *> visited(chain.cbegin(), chain.cend());
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (isTabStop(w, root) && !visited.contains(w))
            found << QStringLiteral("Tab never reaches %1").arg(describe(w));
    }
    constexpr int Slack = 2;
    for (int i = 1; i < chain.size(); ++i) {
        const QWidget *before = controlOf(chain.at(i - 1), root);
        const QWidget *after = controlOf(chain.at(i), root);
        if (before == after || before->parentWidget() != after->parentWidget())
            continue;
        const QRect a = rectIn(before, root);
        const QRect b = rectIn(after, root);
        const bool below = b.top() >= a.bottom() - Slack;
        // To the right on the same row; or a button laid over a control's right-hand side.
        const bool sameRowRight = b.top() < a.bottom() && a.top() < b.bottom() && b.left() > a.left() + Slack;
        if (!below && !sameRowRight)
            found << QStringLiteral("Tab goes from %1 (%2,%3) to %4 (%5,%6), above it or to its left")
                         .arg(describe(before)).arg(a.x()).arg(a.y())
                         .arg(describe(after)).arg(b.x()).arg(b.y());
    }
    return found;
}

QStringList problems(QWidget *root)
{
    QStringList found;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), found);
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && showsMnemonic(label) && !label->buddy())
            found << QStringLiteral("label \"%1\" without a buddy: %2").arg(label->text(), describe(label));
    }
    found.removeDuplicates();
    return found;
}
} // namespace

#define VERIFY_NAMED(root, where)                                                                  \
    do {                                                                                           \
        const QStringList found = problems(root);                                                  \
        QVERIFY2(found.isEmpty(),                                                                  \
                 qPrintable(QStringLiteral("%1: unnamed focusable controls:\n  %2")                \
                                .arg(where, found.join(QStringLiteral("\n  ")))));                 \
    } while (false)

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyAreaNamesItsControls();
    void pairingDetailTabs();
    void pilotDetailTabs();
    void sessionWorkspace();
    void dialogs();
    void menusHaveMnemonics();
    void dialogsTabInReadingOrder();
    void areasTabInReadingOrder();

private:
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> mainDialogs();

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    DemoProgramme::Ids m_ids;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply();
    QAccessible::setActive(true);
    QVERIFY(m_dir.isValid());
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(m_dir.filePath(QStringLiteral("a11y.sqlite")), options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    const auto ids = DemoProgramme::populate(m_window->database(), *m_window->editor());
    QVERIFY2(ids, qPrintable(ids.error()));
    m_ids = ids.value();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
}

void TestAccessibility::everyAreaNamesItsControls()
{
    QStringList all;
    for (int i = 0; i < MainWindow::AreaCount; ++i) {
        const auto area = MainWindow::AreaId(i);
        m_window->showArea(area);
        QTest::qWait(50);
        QStringList found = problems(m_window.get());
        // Each tab of the area's tab widgets, too (the detail tabs have their own tests).
        for (QTabWidget *tabs : m_window->areaWidget(area)->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(20);
                found << problems(tabs->currentWidget());
            }
            tabs->setCurrentIndex(current);
        }
        for (const QString &problem : found)
            all << QStringLiteral("area %1: %2").arg(i).arg(problem);
    }
    all.removeDuplicates();
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

void TestAccessibility::pairingDetailTabs()
{
    m_window->showArea(MainWindow::AreaId::Pairings);
    QVERIFY(WindowFixture::pairingsRead(*m_window));
    m_window->pairingsPage()->selectId(m_ids.pairing);
    QTabWidget *tabs = m_window->pairingsPage()->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        VERIFY_NAMED(tabs->currentWidget(), QStringLiteral("pairing tab %1").arg(tabs->tabText(i)));
    }
    VERIFY_NAMED(m_window->pairingsPage(), QStringLiteral("pairings page"));
}

void TestAccessibility::pilotDetailTabs()
{
    m_window->showArea(MainWindow::AreaId::Pilots);
    m_window->pilotsPage()->showPilot(m_ids.pilot);
    QTRY_COMPARE(m_window->pilotsPage()->currentId(), m_ids.pilot);
    QTabWidget *tabs = m_window->pilotsPage()->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        VERIFY_NAMED(tabs->currentWidget(), QStringLiteral("pilot tab %1").arg(tabs->tabText(i)));
    }
    VERIFY_NAMED(m_window->pilotsPage(), QStringLiteral("pilots page"));
}

void TestAccessibility::sessionWorkspace()
{
    SessionWorkspace *workspace = m_window->openSession(m_ids.heldSession);
    QVERIFY(workspace);
    QVERIFY(QTest::qWaitForWindowExposed(workspace));
    VERIFY_NAMED(workspace, QStringLiteral("session workspace"));
    workspace->close();
}

// The record dialogs and Preferences, made as the window makes them.
std::vector<std::pair<QString, std::unique_ptr<QDialog>>> TestAccessibility::mainDialogs()
{
    AppContext &context = m_window->context();
    const QSqlDatabase db = m_window->database().connection();
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(QStringLiteral("city"), std::make_unique<CityDialog>(db, m_window.get()));
    dialogs.emplace_back(QStringLiteral("person"), std::make_unique<PersonDialog>(db, m_window.get()));
    dialogs.emplace_back(QStringLiteral("pairing"),
                         std::make_unique<PairingDialog>(db, m_window->database().clock(), m_window.get()));
    dialogs.emplace_back(QStringLiteral("session"), std::make_unique<SessionDialog>(context, m_window.get()));
    dialogs.emplace_back(QStringLiteral("action"), std::make_unique<ActionDialog>(context, m_window.get()));
    dialogs.emplace_back(QStringLiteral("pilot"), std::make_unique<PilotDialog>(context, m_window.get()));
    dialogs.emplace_back(QStringLiteral("assessment"),
                         std::make_unique<AssessmentDialog>(context, m_ids.pilot, m_window.get()));
    dialogs.emplace_back(QStringLiteral("preferences"), std::make_unique<PreferencesDialog>(m_window.get()));
    return dialogs;
}

void TestAccessibility::dialogs()
{
    auto dialogs = mainDialogs();
    QStringList all;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &problem : problems(dialog.get()))
            all << QStringLiteral("%1 dialog: %2").arg(name, problem);
        dialog->hide();
    }
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

void TestAccessibility::menusHaveMnemonics()
{
    QStringList all;
    QSet<int> topKeys;
    const QList<QAction *> top = m_window->menuBar()->actions();
    QVERIFY(!top.isEmpty());
    for (QAction *action : top) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (key.isEmpty())
            all << QStringLiteral("menu \"%1\" has no mnemonic").arg(action->text());
        else if (topKeys.contains(key[0].toCombined()))
            all << QStringLiteral("menu \"%1\" repeats a mnemonic").arg(action->text());
        topKeys.insert(key.isEmpty() ? 0 : key[0].toCombined());
        QVERIFY2(action->menu(), qPrintable(action->text()));
        for (QAction *item : action->menu()->actions()) {
            if (!item->isSeparator() && item->text().trimmed().isEmpty())
                all << QStringLiteral("an action without text in \"%1\"").arg(action->text());
        }
    }
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

void TestAccessibility::dialogsTabInReadingOrder()
{
    auto dialogs = mainDialogs();
    QStringList all;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QList<const QWidget *> chain = tabChain(dialog.get());
        if (chain.size() < 3)
            all << QStringLiteral("%1 dialog: only %2 tab stops").arg(name).arg(chain.size());
        for (const QString &problem : tabOrderProblems(dialog.get()))
            all << QStringLiteral("%1 dialog: %2").arg(name, problem);
        dialog->hide();
    }
    for (const QString &problem : std::as_const(all))
        qWarning().noquote() << problem;
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

void TestAccessibility::areasTabInReadingOrder()
{
    QStringList all;
    for (int i = 0; i < MainWindow::AreaCount; ++i) {
        const auto area = MainWindow::AreaId(i);
        m_window->showArea(area);
        QTest::qWait(50);
        QWidget *page = m_window->areaWidget(area);
        QVERIFY(page);
        for (const QString &problem : tabOrderProblems(page))
            all << QStringLiteral("area %1: %2").arg(i).arg(problem);
    }
    for (const QString &problem : std::as_const(all))
        qWarning().noquote() << problem;
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
