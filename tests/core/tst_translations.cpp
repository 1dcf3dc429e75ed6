// The shipped translations: every text of the sources translated (lupdate is run afresh over the
// sources, so a new tr() text without its translation fails here), placeholders and mnemonics kept,
// plural forms given, and the files compiled into the binaries and found at run time.
#include "core/Translations.h"
#include "readiness/Rubric.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages << m;
        } else if (name == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == u"translation" && !messages.isEmpty()) {
            Message &m = messages.last();
            m.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1 … %99, %L1, %n and %Ln, sorted: the order may change with the grammar, the set may not.
QStringList placeholders(QString text, bool withCount)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0).remove(u'L');
        if (withCount || p != QLatin1String("%n"))
            found << p;
    }
    found.sort();
    return found;
}

// A single "&" before a letter marks a mnemonic; "&&" is an ampersand, "&amp;" an entity.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&(?!&|[a-z]+;|#\\d+;)\\S"));
    return pattern.match(text).hasMatch();
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void theChosenLanguage_data();
    void theChosenLanguage();
    void compiledIntoTheBinaries();
    void rubricTranslations_data();
    void rubricTranslations();
    void englishPluralForms();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Run lupdate on copies with the options of translations/CMakeLists.txt, so that a text
    // added to the sources since the .ts files were updated shows up as unfinished.
    const QDir shipped(QStringLiteral(C2C_TRANSLATIONS_DIR));
    for (const QString &name : shipped.entryList({QStringLiteral("*.ts")})) {
        QVERIFY(QFile::copy(shipped.filePath(name), m_dir.filePath(name)));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-no-obsolete")};
        if (name == QLatin1String("city2city_en.ts"))
            arguments << QStringLiteral("-pluralonly");
        for (const char *folder : {"models", "reports", "ui", "app"})
            arguments << QStringLiteral(C2C_SOURCE_DIR "/") + QLatin1String(folder);
        arguments << QStringLiteral("-ts") << m_dir.filePath(name);
        QProcess lupdate;
        lupdate.start(QStringLiteral(C2C_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    }
}

void TestTranslations::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("Spanish") << QStringLiteral("city2city_es.ts") << QStringLiteral("es");
    QTest::newRow("Portuguese") << QStringLiteral("city2city_pt.ts") << QStringLiteral("pt");
    QTest::newRow("English plural forms") << QStringLiteral("city2city_en.ts") << QStringLiteral("en");
}

void TestTranslations::everyTextIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QString declared;
    const QList<Message> messages = readTs(m_dir.filePath(file), &declared);
    QCOMPARE(declared, language);
    if (language == QLatin1String("en"))
        QVERIFY2(messages.size() >= 30, "the English file holds the texts with a count");
    else
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));

    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished) {
            problems << QStringLiteral("unfinished: ") + describe(m);
            continue;
        }
        if (m.numerus && m.translations.size() != 2) {
            problems << QStringLiteral("needs 2 plural forms: ") + describe(m);
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + describe(m);
            else if (placeholders(t, !m.numerus) != placeholders(m.source, !m.numerus))
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(t) + describe(m);
            else if (hasMnemonic(m.source) != hasMnemonic(t))
                problems << QStringLiteral("mnemonic & missing or added in \"%1\": ").arg(t) + describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s); update with `cmake --build build "
                                                           "--target update_translations` and translate:\n")
                                                .arg(problems.size())
                                            + problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::theChosenLanguage_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("preference wins") << "pt" << QStringList{"es-ES", "es"} << "pt";
    QTest::newRow("system Spanish") << "" << QStringList{"es-MX", "es"} << "es";
    QTest::newRow("system Brazilian") << "" << QStringList{"pt-BR"} << "pt";
    QTest::newRow("second UI language") << "" << QStringList{"tr-TR", "pt_PT", "en"} << "pt";
    QTest::newRow("unshipped falls back to English") << "" << QStringList{"ro-MD", "tr"} << "en";
    QTest::newRow("unknown preference follows the system") << "xx" << QStringList{"es"} << "es";
    QTest::newRow("C locale") << "" << QStringList{"C"} << "en";
}

void TestTranslations::theChosenLanguage()
{
    QFETCH(QString, preference);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Translations::chosen(preference, uiLanguages), expected);
}

// What lrelease compiled is in the resources, translates, and keeps the placeholders usable.
void TestTranslations::compiledIntoTheBinaries()
{
    QCOMPARE(Translations::available(), (QStringList{"en", "es", "pt"}));
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("pt")}) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("city2city_") + language, QStringLiteral(":/i18n")),
                 qPrintable(language));
        const QString help = translator.translate("MainWindow", "&Help");
        QVERIFY2(!help.isEmpty() && help != QLatin1String("&Help"), qPrintable(help));
        const QString rows = translator.translate("ImportDialog", "%Ln row(s) ready to import.", nullptr, 3);
        QVERIFY2(rows.contains(QLatin1String("%Ln")), qPrintable(rows));
    }
    QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(Translations::nativeName(QStringLiteral("pt")), QStringLiteral("Português"));
}

void TestTranslations::rubricTranslations_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("Portuguese") << QStringLiteral("pt");
}

// The rubric in another language is the same rubric: its ids, levels and rules; only the
// words differ, and every one of them is there.
void TestTranslations::rubricTranslations()
{
    QFETCH(QString, language);
    const auto english = Rubric::fromFile(QStringLiteral(":/rubric/readiness.json"));
    QVERIFY2(english, qPrintable(english.error()));
    const auto translated = Rubric::fromFile(Rubric::translatedPath(language));
    QVERIFY2(translated, qPrintable(translated.error()));
    const Rubric &en = english.value();
    const Rubric &tr = translated.value();
    QCOMPARE(tr.id(), en.id());
    QCOMPARE(tr.version(), en.version());
    QCOMPARE(tr.readyThreshold(), en.readyThreshold());
    QCOMPARE(tr.overallRule(), en.overallRule());
    QCOMPARE(tr.besideRule(), en.besideRule());
    QCOMPARE(tr.levels().size(), en.levels().size());
    QCOMPARE(tr.dimensions().size(), en.dimensions().size());
    QCOMPARE(tr.sources().size(), en.sources().size());
    QVERIFY(tr.name() != en.name());
    for (int i = 0; i < en.levels().size(); ++i) {
        QCOMPARE(tr.levels().at(i).level, en.levels().at(i).level);
        QVERIFY(!tr.levels().at(i).name.isEmpty() && !tr.levels().at(i).summary.isEmpty());
        QVERIFY2(tr.levels().at(i).summary != en.levels().at(i).summary, qPrintable(tr.levels().at(i).summary));
    }
    for (int i = 0; i < en.dimensions().size(); ++i) {
        const RubricDimension &d = tr.dimensions().at(i);
        QCOMPARE(d.id, en.dimensions().at(i).id);
        QCOMPARE(d.descriptors.size(), en.dimensions().at(i).descriptors.size());
        QVERIFY2(d.name != en.dimensions().at(i).name, qPrintable(d.name));
        for (const QString &descriptor : d.descriptors)
            QVERIFY(!descriptor.isEmpty());
    }
}

// The test executables load the English plural forms at start, as the app and the CLI do.
void TestTranslations::englishPluralForms()
{
    const auto rows = [](int n) {
        return QCoreApplication::translate("ImportDialog", "%Ln row(s) ready to import.", nullptr, n);
    };
    QCOMPARE(rows(1), QStringLiteral("1 row ready to import."));
    QCOMPARE(rows(12), QStringLiteral("12 rows ready to import."));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln city(ies)", nullptr, 2), QStringLiteral("2 cities"));
    QCOMPARE(QCoreApplication::translate("DatabaseCheck", "%n problem(s) found:", nullptr, 1),
             QStringLiteral("1 problem found:"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
