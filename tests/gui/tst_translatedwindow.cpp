// The window in Spanish and in Portuguese, offscreen over a real file: the menus and areas speak
// the language, every menu keeps distinct mnemonics, Qt's own buttons follow, dates and numbers
// follow the chosen language, and the language chosen in Preferences is the one installed at the
// next start.
#include "MainWindow.h"
#include "WindowFixture.h"
#include "core/Clock.h"
#include "core/Preferences.h"
#include "core/Translations.h"
#include "help/UserGuideDialog.h"
#include "preferences/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

namespace {

// Back to what every test executable starts with: English with its plural forms.
void resetToEnglish()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

// The mnemonic letter of a menu text, lower case; null when it has none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// "File ▸ Open: o twice" for each menu (and the menu bar) where a letter serves two entries.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QChar, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull()) {
            if (seen.contains(letter))
                found << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, seen.value(letter), action->text(), letter);
            seen.insert(letter, action->text());
        }
        if (QMenu *sub = action->menu())
            found << clashes(where + QStringLiteral(" ▸ ") + action->text(), sub->actions());
    }
    return found;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void preferenceIsInstalledAtStart();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
};

void TestTranslatedWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    WindowFixture::useSettingsIn(m_settingsDir.path());
}

void TestTranslatedWindow::cleanup()
{
    resetToEnglish();
    WindowFixture::clearSettings();
}

void TestTranslatedWindow::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");     // the File menu's title
    QTest::addColumn<QString>("cancel");   // Qt's own Cancel button
    QTest::addColumn<QString>("decimal");  // the decimal separator of the language
    QTest::newRow("English") << "en" << "&File" << "Cancel" << ".";
    QTest::newRow("Spanish") << "es" << "&Archivo" << "Cancelar" << ",";
    QTest::newRow("Portuguese") << "pt" << "&Arquivo" << "Cancelar" << ",";
}

void TestTranslatedWindow::windowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    QFETCH(QString, decimal);

    resetToEnglish();
    QCOMPARE(Translations::install(language), language);
    QCOMPARE(QLocale().decimalPoint(), decimal);

    auto window = WindowFixture::showWindow(m_dir.filePath(language + QStringLiteral(".c2c")), m_clock);
    QVERIFY(window);
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constFirst()->text(), file);

    // The everyday entries are no longer English.
    QStringList english;
    for (QAction *menuAction : language == QLatin1String("en") ? QList<QAction *>() : menus) {
        for (QAction *action : menuAction->menu()->actions()) {
            const QString text = action->text();
            for (const char *source : {"&New Database…", "&Open…", "&Quit", "&Undo", "&Redo", "&Preferences…",
                                       "&Keyboard Shortcuts", "&About City2City Facilitator"}) {
                if (text == QLatin1String(source))
                    english << text;
            }
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(", "))));

    const QStringList found = clashes(QStringLiteral("menu bar"), menus);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // Help ▸ User Guide opens the guide written in the language.
    QCOMPARE(UserGuideDialog::guideUrl().fileName(),
             language == QLatin1String("en") ? QStringLiteral("guide.html") : QStringLiteral("guide_%1.html").arg(language));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
}

void TestTranslatedWindow::preferenceIsInstalledAtStart()
{
    PreferencesDialog dialog;
    QComboBox *combo = dialog.languageCombo();
    QCOMPARE(combo->currentData().toString(), QString()); // the system's, until chosen
    QCOMPARE(combo->count(), 1 + int(Translations::available().size()));
    const int portuguese = combo->findText(QStringLiteral("Português"));
    QVERIFY(portuguese > 0);
    combo->setCurrentIndex(portuguese);
    QCOMPARE(dialog.values().language, QStringLiteral("pt"));
    QVERIFY(Preferences::save(dialog.values()));
    QCOMPARE(Preferences::language(), QStringLiteral("pt"));

    // What main() does at the next start.
    resetToEnglish();
    QCOMPARE(Translations::install(Preferences::language()), QStringLiteral("pt"));
    const QString help = QCoreApplication::translate("MainWindow", "&Help");
    QVERIFY2(help != QLatin1String("&Help") && help.contains(u'&'), qPrintable(help));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

    Preferences::Values values = Preferences::current();
    values.language = QStringLiteral("xx");
    QVERIFY(!Preferences::check(values));
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
