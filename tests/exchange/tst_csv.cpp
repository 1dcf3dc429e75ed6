// The CSV reader and writer: the files Excel and LibreOffice write, and the broken ones.
#include "exchange/Csv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {
using Records = QList<QStringList>;

Records recordsOf(const Csv::Table &table)
{
    Records records;
    for (qsizetype r = 0; r < table.recordCount(); ++r)
        records << table.texts(r);
    return records;
}

QList<int> linesOf(const Csv::Table &table)
{
    QList<int> lines;
    for (qsizetype r = 0; r < table.recordCount(); ++r)
        lines << table.line(r);
    return lines;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void outOfRangeFieldsAreEmpty();
    void blankRecords();
    void writesOnlyNeededQuotes_data();
    void writesOnlyNeededQuotes();
    void roundTrip();
    void seedFilesParse();
    void everyPrefixOfAFileIsSafe();
    void hundredThousandRows();
};

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<char>("separator");

    QTest::newRow("comma, LF, trailing newline")
        << QByteArray("name,country\nLviv,UA\n") << Records{{"name", "country"}, {"Lviv", "UA"}}
        << QList<int>{1, 2} << ',';
    QTest::newRow("no trailing newline")
        << QByteArray("name,country\nLviv,UA") << Records{{"name", "country"}, {"Lviv", "UA"}}
        << QList<int>{1, 2} << ',';
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}}
                          << QList<int>{1, 2} << ',';
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << Records{{"a", "b"}, {"1", "2"}}
                             << QList<int>{1, 2} << ',';
    QTest::newRow("BOM and semicolons (Excel, French or German locale)")
        << QByteArray("\xEF\xBB\xBFname;population\r\nS\xC3\xA3o Paulo;12325232\r\n")
        << Records{{"name", "population"}, {QStringLiteral("São Paulo"), "12325232"}} << QList<int>{1, 2} << ';';
    QTest::newRow("semicolon file whose values hold commas")
        << QByteArray("name;organisation\nAnn;\"Lviv City Council, Energy\"\n")
        << Records{{"name", "organisation"}, {"Ann", "Lviv City Council, Energy"}} << QList<int>{1, 2} << ';';
    QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2}
                          << '\t';
    QTest::newRow("Excel sep= line")
        << QByteArray("sep=;\nname;country\nLviv;UA\n") << Records{{"name", "country"}, {"Lviv", "UA"}}
        << QList<int>{2, 3} << ';';
    QTest::newRow("quoted separator, doubled quote")
        << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
        << Records{{"a", "b"}, {"x, y", "say \"hi\""}} << QList<int>{1, 2} << ',';
    QTest::newRow("embedded newline moves the next record's line")
        << QByteArray("a,b\n\"two\nlines\",x\r\n\"three\r\nmore\r\nlines\",y\nlast,z\n")
        << Records{{"a", "b"}, {"two\nlines", "x"}, {"three\r\nmore\r\nlines", "y"}, {"last", "z"}}
        << QList<int>{1, 2, 4, 7} << ',';
    QTest::newRow("empty fields")
        << QByteArray("a,b,c\n,,\n\"\",x,\n") << Records{{"a", "b", "c"}, {"", "", ""}, {"", "x", ""}}
        << QList<int>{1, 2, 3} << ',';
    QTest::newRow("separator ending the file opens an empty field")
        << QByteArray("a,b\n1,") << Records{{"a", "b"}, {"1", ""}} << QList<int>{1, 2} << ',';
    QTest::newRow("blank line is a record of one empty field")
        << QByteArray("a\n\nb\n") << Records{{"a"}, {""}, {"b"}} << QList<int>{1, 2, 3} << ',';
    QTest::newRow("non-ASCII names")
        << QByteArray("name\n\xC3\x87orlu\nS\xC3\xA3o Paulo\n\xE5\x8C\x97\xE4\xBA\xAC\n\xF0\x9F\x8F\x99\n")
        << Records{{"name"}, {QStringLiteral("Çorlu")}, {QStringLiteral("São Paulo")}, {QStringLiteral("北京")},
                   {QStringLiteral("\U0001F3D9")}}
        << QList<int>{1, 2, 3, 4, 5} << ',';
    QTest::newRow("quoted header with a semicolon does not fool detection")
        << QByteArray("\"a;b\",c\n1,2\n") << Records{{"a;b", "c"}, {"1", "2"}} << QList<int>{1, 2} << ',';
    QTest::newRow("empty file") << QByteArray() << Records{} << QList<int>{} << ',';
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Records{} << QList<int>{} << ',';
}

void TestCsv::reads()
{
    QFETCH(QByteArray, data);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    QFETCH(char, separator);
    const auto table = Csv::parse(data);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(recordsOf(table.value()), records);
    QCOMPARE(linesOf(table.value()), lines);
    QCOMPARE(table->separator(), separator);
}

void TestCsv::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated quote names the line it opened on")
        << QByteArray("a,b\n1,2\nx,\"never\nclosed\n") << QStringLiteral("line 3: the quoted field in column 2 is never closed");
    QTest::newRow("stray quote in an unquoted field")
        << QByteArray("a,b\n1,5\" screen\n") << QStringLiteral("line 2: a stray quote in column 2");
    QTest::newRow("text after the closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("line 2: text after the closing quote in column 1");
    QTest::newRow("Windows-1252 (not UTF-8)")
        << QByteArray("name\nLviv\nS\xE3o Paulo\n") << QStringLiteral("line 3: the text is not UTF-8");
    QTest::newRow("truncated sequence at the end")
        << QByteArray("name\n\xC3") << QStringLiteral("line 2: the text is not UTF-8");
    QTest::newRow("overlong encoding") << QByteArray("a\n\xC0\xAF\n") << QStringLiteral("line 2: the text is not UTF-8");
    QTest::newRow("surrogate") << QByteArray("a\n\xED\xA0\x80\n") << QStringLiteral("line 2: the text is not UTF-8");
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\n\xF4\x90\x80\x80\n") << QStringLiteral("line 2: the text is not UTF-8");
    QTest::newRow("NUL byte") << QByteArray("a\r\nb\0c\n", 7) << QStringLiteral("line 2: a NUL byte");
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFEn\0a\0", 6) << QStringLiteral("line 1: the file is UTF-16");
}

void TestCsv::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const auto table = Csv::parse(data);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().startsWith(error), qPrintable(table.error()));
}

void TestCsv::outOfRangeFieldsAreEmpty()
{
    const auto table = Csv::parse("a,b\n1\n");
    QVERIFY(table.ok());
    QCOMPARE(table->fieldCount(1), 1);
    QVERIFY(table->field(1, 1).isEmpty());
    QVERIFY(table->field(1, -1).isEmpty());
    QVERIFY(table->field(7, 0).isEmpty());
    QCOMPARE(table->line(7), 0);
}

void TestCsv::blankRecords()
{
    const auto table = Csv::parse("a,b\n\n,\n\"\",\"\"\n1,\n");
    QVERIFY(table.ok());
    QVERIFY(!table->isBlank(0));
    QVERIFY(table->isBlank(1));
    QVERIFY(table->isBlank(2));
    QVERIFY(table->isBlank(3));
    QVERIFY(!table->isBlank(4));
}

void TestCsv::writesOnlyNeededQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("Lviv") << QByteArray("Lviv");
    QTest::newRow("non-ASCII stays UTF-8") << QStringLiteral("Çorlu") << QByteArray("\xC3\x87orlu");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a, b") << QByteArray("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("5\" screen") << QByteArray("\"5\"\" screen\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    // A reader guesses the separator from the first line: semicolons and tabs must not count.
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("\"a\tb\"");
    QTest::newRow("Excel's separator line") << QStringLiteral("sep=;") << QByteArray("\"sep=;\"");
    QTest::newRow("injection-like text is written as it is")
        << QStringLiteral("Robert'); DROP TABLE city;--") << QByteArray("\"Robert'); DROP TABLE city;--\"");
}

void TestCsv::writesOnlyNeededQuotes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(Csv::Writer::field(text), field);
}

void TestCsv::roundTrip()
{
    const Records records{{"name", "organisation", "note"},
                          {QStringLiteral("São Paulo"), "City Hall, \"SVMA\"", "two\nlines"},
                          {QStringLiteral("Çorlu"), "", " padded "},
                          {"", "", ""},
                          {"Robert'); DROP TABLE city;--", "a;b", "\r\n"}};
    Csv::Writer writer;
    for (const QStringList &record : records)
        writer.addRecord(record);
    QVERIFY(writer.data().startsWith("\xEF\xBB\xBF"));
    QVERIFY(writer.data().endsWith("\r\n"));
    const auto table = Csv::parse(writer.data());
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(recordsOf(table.value()), records);

    // Found by fuzz_csv: a first record that looks like another separator or like Excel's
    // "sep=" line, and a field that begins with a byte order mark.
    const QList<Records> tricky{{{"a;b;c", "d"}, {"e", "f"}},
                                {{"x\ty\tz"}, {"w"}},
                                {{"sep=;"}, {"a;b"}},
                                {{QStringLiteral("\uFEFF\uFEFF "), QStringLiteral("\uFEFFx")}}};
    for (const Records &first : tricky) {
        Csv::Writer w;
        for (const QStringList &record : first)
            w.addRecord(record);
        const auto read = Csv::parse(w.data());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(recordsOf(read.value()), first);
    }

    Csv::Writer single;
    single.addRecord({QString()}); // would be a blank line without quotes
    QCOMPARE(single.data(), QByteArray("\xEF\xBB\xBF\"\"\r\n"));
    QCOMPARE(recordsOf(Csv::parse(single.data()).value()), Records{{""}});
}

void TestCsv::seedFilesParse()
{
    const QDir dir(QStringLiteral(C2C_CSV_DATA));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")});
    QVERIFY(files.size() >= 5);
    int broken = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto table = Csv::parse(file.readAll());
        // Files named broken-* are refused; all others read.
        QCOMPARE(table.ok(), !name.startsWith(QLatin1String("broken-")));
        broken += !table.ok();
    }
    QVERIFY(broken >= 2);
}

// Cutting a file anywhere (a partial download, a fuzzer's mutation) gives a table or an error,
// never a crash: every prefix of a file full of quotes, line breaks and multi-byte letters.
void TestCsv::everyPrefixOfAFileIsSafe()
{
    const QByteArray data("\xEF\xBB\xBFname;note\r\n\"S\xC3\xA3o\";\"a\"\"b\r\nc\"\r\n\xC3\x87orlu;\r\n;\"\"\n");
    for (qsizetype size = 0; size <= data.size(); ++size) {
        const auto table = Csv::parse(QByteArrayView(data.constData(), size));
        if (table) {
            for (qsizetype r = 0; r < table->recordCount(); ++r)
                QVERIFY(table->line(r) >= 1);
        } else {
            QVERIFY(table.error().startsWith(QLatin1String("line ")));
        }
    }
}

void TestCsv::hundredThousandRows()
{
    QByteArray data("name,role,organisation,city,country,email\r\n");
    for (int i = 0; i < 100000; ++i)
        data += "Person " + QByteArray::number(i) + ",expert,\"Office, " + QByteArray::number(i % 97)
                + "\",Lviv,UA,person" + QByteArray::number(i) + "@example.org\r\n";
    QElapsedTimer timer;
    timer.start();
    const auto table = Csv::parse(data);
    const qint64 ms = timer.elapsed();
    QVERIFY(table.ok());
    QCOMPARE(table->recordCount(), 100001);
    QCOMPARE(table->text(100000, 2), QStringLiteral("Office, %1").arg(99999 % 97));
    QCOMPARE(table->line(100000), 100001);
    qInfo("parsed 100,000 rows (%lld bytes) in %lld ms", qint64(data.size()), ms);
    QVERIFY2(ms < 5000, "far too slow even for a Debug build");
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
