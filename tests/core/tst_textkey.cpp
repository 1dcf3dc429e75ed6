// TextKey folds names so that what a facilitator types finds what the programme spells.
#include "core/TextKey.h"

#include <QTest>

class TestTextKey : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void containsPatternEscapesWildcards_data();
    void containsPatternEscapesWildcards();
};

void TestTextKey::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("plain") << QStringLiteral("Lviv") << QStringLiteral("lviv");
    QTest::newRow("grave accent") << QStringLiteral("València") << QStringLiteral("valencia");
    QTest::newRow("upper case accent") << QStringLiteral("VALÈNCIA") << QStringLiteral("valencia");
    QTest::newRow("cedilla") << QStringLiteral("Çorlu") << QStringLiteral("corlu");
    QTest::newRow("tilde") << QStringLiteral("Peñalolén") << QStringLiteral("penalolen");
    QTest::newRow("acute in a phrase") << QStringLiteral("San Luis Potosí") << QStringLiteral("san luis potosi");
    QTest::newRow("dotless i") << QStringLiteral("Kırklareli") << QStringLiteral("kirklareli");
    QTest::newRow("dotted capital I") << QStringLiteral("İzmir") << QStringLiteral("izmir");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("l with stroke") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("o with stroke") << QStringLiteral("Tromsø") << QStringLiteral("tromso");
    QTest::newRow("spaces simplified") << QStringLiteral("  Belo   Horizonte ") << QStringLiteral("belo horizonte");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("combining accent after an ASCII letter") << QStringLiteral("Vale\u0300ncia") << QStringLiteral("valencia");
    QTest::newRow("fullwidth letters") << QStringLiteral("\uFF2C\uFF56\uFF49\uFF56") << QStringLiteral("lviv");
    QTest::newRow("ligature") << QStringLiteral("\uFB01eld") << QStringLiteral("field");
    QTest::newRow("no-break space") << QStringLiteral("Belo\u00A0Horizonte") << QStringLiteral("belo horizonte");
    QTest::newRow("only A to Z lowered") << QStringLiteral("@AZ[`az{ ~\x7f") << QStringLiteral("@az[`az{ ~\x7f");
    QTest::newRow("tabs and line breaks simplified") << QStringLiteral("\tPERSON.1@Example.ORG\r\n Ana") << QStringLiteral("person.1@example.org ana");
    QTest::newRow("runs alternate") << QStringLiteral("ÉcoLE ÀÇÔ Ok ñ") << QStringLiteral("ecole aco ok n");
    QTest::newRow("mixed scripts") << QStringLiteral("Kyiv Київ") << QStringLiteral("kyiv ки\u0456в");
}

void TestTextKey::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextKey::fold(text), folded);
}

void TestTextKey::containsPatternEscapesWildcards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("word") << QStringLiteral("Valèn") << QStringLiteral("%valen%");
    QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("%100\\%%");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("%a\\_b%");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("%a\\\\b%");
    QTest::newRow("quote kept, bound not spliced") << QStringLiteral("O'Brien") << QStringLiteral("%o'brien%");
}

void TestTextKey::containsPatternEscapesWildcards()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QCOMPARE(TextKey::containsPattern(text), pattern);
}

QTEST_GUILESS_MAIN(TestTextKey)
#include "tst_textkey.moc"
