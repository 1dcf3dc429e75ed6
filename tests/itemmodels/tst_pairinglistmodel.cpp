#include "EditFixture.h"
#include "itemmodels/PairingFilterProxy.h"
#include "itemmodels/PairingListModel.h"
#include "store/PairingStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Energy = QStringLiteral("Energy & Infrastructure");
const QString Resilience = QStringLiteral("Urban Resilience & Nature-Based Solutions");
const QString Cooling = QStringLiteral("Cooling & Heat Management");
const QString Mobility = QStringLiteral("Sustainable Mobility");

QStringList codes(const QAbstractItemModel &model)
{
    return ModelTest::column(model, PairingListModel::Code);
}

QStringList seededCodes()
{
    return {QStringLiteral("E-01"), QStringLiteral("E-02"), QStringLiteral("E-03"),
            QStringLiteral("E-04"), QStringLiteral("E-05"), QStringLiteral("E-06"),
            QStringLiteral("R-01"), QStringLiteral("R-02"), QStringLiteral("R-03"),
            QStringLiteral("R-04"), QStringLiteral("R-05"), QStringLiteral("R-06"),
            QStringLiteral("C-01"), QStringLiteral("C-02"), QStringLiteral("C-03"),
            QStringLiteral("M-01"), QStringLiteral("M-02"), QStringLiteral("M-03"),
            QStringLiteral("M-04")};
}

PairingRecord newPairing(EditFixture &f, const QString &code, const QString &themeCode,
                         const QString &challenge, const QStringList &cities)
{
    PairingRecord p;
    p.code = code;
    p.themeId = f.themeId(themeCode);
    p.challenge = challenge;
    for (const QString &city : cities)
        p.cityIds << f.cityId(city);
    return p;
}

// The source model and the proxy over it, both under the model tester.
struct Models
{
    explicit Models(EditFixture &f)
        : source(f.connection(), &f.notifier),
          sourceTester(&source, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        proxy.setSourceModel(&source);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    PairingListModel source;
    QAbstractItemModelTester sourceTester;
    PairingFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace

class tst_PairingListModel : public QObject
{
    Q_OBJECT

private slots:
    void seededRows();
    void headers();
    void themeFilter_data();
    void themeFilter();
    void search_data();
    void search();
    void themeAndSearchTogether();
    void proxySortsByCodeNumerically();
    void proxySortsByCities();
    void addAndDeleteThroughTheEditor();
    void editUpdatesTheRowAndTheFilter();
    void renamingAMemberCityUpdatesTheList();
    void rowsReadOnRequest();
};

void tst_PairingListModel::seededRows()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    const PairingListModel &model = m.source;
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(codes(model), seededCodes());

    const int e01 = model.rowOfId(f.pairingId(QStringLiteral("E-01")));
    QCOMPARE(e01, 0);
    QCOMPARE(model.index(e01, PairingListModel::Cities).data().toString(),
             QStringLiteral("Barranquilla (CO) · Córdoba (AR) · Quelimane (MZ) · Peñalolén (CL)"));
    QCOMPARE(model.index(e01, PairingListModel::Theme).data().toString(), Energy);
    QCOMPARE(model.index(e01, PairingListModel::Status).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(
        model.index(e01, PairingListModel::Code).data(Qt::ToolTipRole).toString(),
        QStringLiteral(
            "Installing and scaling up municipal-owned renewable energy and energy communities"));
    QCOMPARE(
        model.index(e01, PairingListModel::Cities).data(PairingListModel::ChallengeRole).toString(),
        QStringLiteral(
            "Installing and scaling up municipal-owned renewable energy and energy communities"));

    const qint64 e04Id = f.pairingId(QStringLiteral("E-04"));
    const int e04 = model.rowOfId(e04Id);
    QCOMPARE(e04, 3);
    QCOMPARE(model.idAt(e04), e04Id);
    QCOMPARE(model.index(e04, 0).data(PairingListModel::IdRole).toLongLong(), e04Id);
    QCOMPARE(model.index(e04, PairingListModel::Cities).data().toString(),
             QStringLiteral("Ann Arbor (US) · Lviv (UA)"));
    QCOMPARE(model.index(e04, 0).data(PairingListModel::ThemeRole).toString(), Energy);
    // The folded search key holds code, theme, challenge, cities and countries.
    const QString key = model.index(e04, 0).data(PairingListModel::SearchKeyRole).toString();
    QVERIFY2(key.startsWith(QStringLiteral("e-04 energy & infrastructure transitioning")),
             qPrintable(key));
    QVERIFY2(key.endsWith(QStringLiteral("ann arbor united states lviv ukraine")), qPrintable(key));

    QCOMPARE(model.index(15, PairingListModel::Cities).data().toString(),
             QStringLiteral("Baguio (PH) · Chefchaouen (MA) · Leh (IN) · Dhankuta (NP)"));
    QCOMPARE(model.idAt(19), 0);
    QCOMPARE(model.idAt(-1), 0);
    QCOMPARE(model.rowOfId(987654), -1);
    QCOMPARE(m.proxy.rowCount(), 19);
}

void tst_PairingListModel::headers()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingListModel model(f.connection(), &f.notifier);
    QStringList actual;
    for (int c = 0; c < model.columnCount(); ++c)
        actual << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(actual, (QStringList{QStringLiteral("Code"), QStringLiteral("Cities"),
                                  QStringLiteral("Theme"), QStringLiteral("Status")}));
}

void tst_PairingListModel::themeFilter_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = seededCodes();
    QTest::newRow("E") << Energy << all.mid(0, 6);
    QTest::newRow("R") << Resilience << all.mid(6, 6);
    QTest::newRow("C") << Cooling << all.mid(12, 3);
    QTest::newRow("M") << Mobility << all.mid(15, 4);
    QTest::newRow("every theme") << QString() << all;
    QTest::newRow("a code is not a theme name") << QStringLiteral("E") << QStringList();
}

void tst_PairingListModel::themeFilter()
{
    QFETCH(QString, theme);
    QFETCH(QStringList, expected);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setTheme(theme);
    QCOMPARE(m.proxy.rowCount(), int(expected.size()));
    QCOMPARE(codes(m.proxy), expected);
    // And back to every theme.
    m.proxy.setTheme(QString());
    QCOMPARE(m.proxy.rowCount(), 19);
}

void tst_PairingListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("valencia") << QStringLiteral("valencia") << QStringList{QStringLiteral("E-03")};
    QTest::newRow("VALÈNCIA") << QStringLiteral("VALÈNCIA") << QStringList{QStringLiteral("E-03")};
    QTest::newRow("corlu") << QStringLiteral("CORLU") << QStringList{QStringLiteral("E-02")};
    QTest::newRow("code") << QStringLiteral("r-05") << QStringList{QStringLiteral("R-05")};
    QTest::newRow("country") << QStringLiteral("Türkiye")
                             << QStringList{QStringLiteral("E-02"), QStringLiteral("E-03"),
                                            QStringLiteral("E-06"), QStringLiteral("C-03"),
                                            QStringLiteral("M-03"), QStringLiteral("M-04")};
    QTest::newRow("two words, both needed")
        << QStringLiteral("turkiye mobility")
        << QStringList{QStringLiteral("M-03"), QStringLiteral("M-04")};
    QTest::newRow("word order does not matter")
        << QStringLiteral("  Mobility   TÜRKIYE ")
        << QStringList{QStringLiteral("M-03"), QStringLiteral("M-04")};
    QTest::newRow("words in different pairings")
        << QStringLiteral("lviv zhytomyr") << QStringList();
    QTest::newRow("two cities of one pairing")
        << QStringLiteral("lviv ann") << QStringList{QStringLiteral("E-04")};
    QTest::newRow("challenge words")
        << QStringLiteral("heat pumps") << QStringList{QStringLiteral("E-04")};
    QTest::newRow("no such word") << QStringLiteral("atlantis") << QStringList();
    QTest::newRow("blank") << QStringLiteral("   ") << seededCodes();
}

void tst_PairingListModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setSearchText(text);
    QCOMPARE(codes(m.proxy), expected);
    m.proxy.setSearchText(QString());
    QCOMPARE(m.proxy.rowCount(), 19);
}

void tst_PairingListModel::themeAndSearchTogether()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setSearchText(QStringLiteral("turkiye"));
    QCOMPARE(m.proxy.rowCount(), 6);
    m.proxy.setTheme(Energy);
    QCOMPARE(codes(m.proxy),
             (QStringList{QStringLiteral("E-02"), QStringLiteral("E-03"), QStringLiteral("E-06")}));
    m.proxy.setTheme(Cooling);
    QCOMPARE(codes(m.proxy), QStringList{QStringLiteral("C-03")});
    m.proxy.setSearchText(QStringLiteral("turkiye lviv"));
    QCOMPARE(m.proxy.rowCount(), 0);
}

void tst_PairingListModel::proxySortsByCodeNumerically()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    // Numeric mode: E-7 comes before E-10, which a plain string sort would put first.
    for (const QString &code : {QStringLiteral("E-10"), QStringLiteral("e-7")}) {
        const auto added = f.editor().addPairing(
            newPairing(f, code, QStringLiteral("E"), QStringLiteral("Testing order"),
                       {QStringLiteral("Lviv"), QStringLiteral("Leh")}));
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    m.proxy.sort(PairingListModel::Code, Qt::AscendingOrder);
    QStringList expected{QStringLiteral("C-01"), QStringLiteral("C-02"), QStringLiteral("C-03"),
                         QStringLiteral("E-01"), QStringLiteral("E-02"), QStringLiteral("E-03"),
                         QStringLiteral("E-04"), QStringLiteral("E-05"), QStringLiteral("E-06"),
                         QStringLiteral("e-7"),  QStringLiteral("E-10"), QStringLiteral("M-01"),
                         QStringLiteral("M-02"), QStringLiteral("M-03"), QStringLiteral("M-04"),
                         QStringLiteral("R-01"), QStringLiteral("R-02"), QStringLiteral("R-03"),
                         QStringLiteral("R-04"), QStringLiteral("R-05"), QStringLiteral("R-06")};
    QCOMPARE(codes(m.proxy), expected);
    m.proxy.sort(PairingListModel::Code, Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(codes(m.proxy), expected);
    // The source keeps its own order; rows added later come last.
    QCOMPARE(codes(m.source).mid(19), (QStringList{QStringLiteral("E-10"), QStringLiteral("e-7")}));
}

void tst_PairingListModel::proxySortsByCities()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setTheme(Mobility);
    m.proxy.sort(PairingListModel::Cities, Qt::AscendingOrder);
    // Baguio, Gaziantep, Kisumu, Poti.
    QCOMPARE(codes(m.proxy), (QStringList{QStringLiteral("M-01"), QStringLiteral("M-04"),
                                          QStringLiteral("M-03"), QStringLiteral("M-02")}));
    m.proxy.sort(PairingListModel::Cities, Qt::DescendingOrder);
    QCOMPARE(codes(m.proxy), (QStringList{QStringLiteral("M-02"), QStringLiteral("M-03"),
                                          QStringLiteral("M-04"), QStringLiteral("M-01")}));
}

void tst_PairingListModel::addAndDeleteThroughTheEditor()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setTheme(Mobility);
    QCOMPARE(m.proxy.rowCount(), 4);

    QSignalSpy inserted(&m.source, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m.source, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m.source, &QAbstractItemModel::modelReset);

    const auto added =
        f.editor().addPairing(newPairing(f, QStringLiteral("M-05"), QStringLiteral("M"),
                                         QStringLiteral("Bus rapid transit in valleys"),
                                         {QStringLiteral("Leh"), QStringLiteral("València")}));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 19);
    QCOMPARE(inserted.first().at(2).toInt(), 19);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m.source.rowCount(), 20);
    QCOMPARE(m.source.rowOfId(added.value()), 19);
    QCOMPARE(m.source.index(19, PairingListModel::Cities).data().toString(),
             QStringLiteral("Leh (IN) · València (ES)"));
    QCOMPARE(m.proxy.rowCount(), 5); // the filter takes the new row in
    QVERIFY(codes(m.proxy).contains(QStringLiteral("M-05")));

    // A pairing of another theme goes into the source, not through the filter.
    const auto energy =
        f.editor().addPairing(newPairing(f, QStringLiteral("E-07"), QStringLiteral("E"),
                                         QStringLiteral("Solar roofs"), {QStringLiteral("Leh")}));
    QVERIFY2(energy.ok(), qPrintable(energy.error()));
    QCOMPARE(m.source.rowCount(), 21);
    QCOMPARE(m.proxy.rowCount(), 5);

    // Deleting removes exactly that row.
    const Status s = f.editor().deletePairing(added.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 19);
    QCOMPARE(removed.first().at(2).toInt(), 19);
    QCOMPARE(m.source.rowCount(), 20);
    QCOMPARE(m.source.rowOfId(added.value()), -1);
    QCOMPARE(m.proxy.rowCount(), 4);

    // Undo brings it back, with the same id and members.
    f.undoStack.undo();
    QCOMPARE(m.source.rowCount(), 21);
    const int back = m.source.rowOfId(added.value());
    QVERIFY(back >= 0);
    QCOMPARE(m.source.index(back, PairingListModel::Code).data().toString(),
             QStringLiteral("M-05"));
    QCOMPARE(m.source.index(back, PairingListModel::Cities).data().toString(),
             QStringLiteral("Leh (IN) · València (ES)"));
    QCOMPARE(m.proxy.rowCount(), 5);
    QCOMPARE(reset.count(), 0);
}

void tst_PairingListModel::editUpdatesTheRowAndTheFilter()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setSearchText(QStringLiteral("heat pumps"));
    QCOMPARE(codes(m.proxy), QStringList{QStringLiteral("E-04")});

    const qint64 id = f.pairingId(QStringLiteral("E-04"));
    const int row = m.source.rowOfId(id);
    auto record = PairingStore(f.connection(), f.db.clock()).fetch(id);
    QVERIFY(record.ok());
    record->challenge = QStringLiteral("District heating from waste heat");
    record->status = QStringLiteral("completed");
    record->cityIds.removeLast(); // Lviv leaves

    QSignalSpy changed(&m.source, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m.source, &QAbstractItemModel::modelReset);
    const Status s = f.editor().editPairing(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), m.source.index(row, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             m.source.index(row, PairingListModel::ColumnCount - 1));
    QCOMPARE(m.source.index(row, PairingListModel::Status).data().toString(),
             QStringLiteral("Completed"));
    QCOMPARE(m.source.index(row, PairingListModel::Cities).data().toString(),
             QStringLiteral("Ann Arbor (US)"));
    QCOMPARE(m.proxy.rowCount(), 0); // no more heat pumps

    m.proxy.setSearchText(QStringLiteral("waste heat"));
    QCOMPARE(codes(m.proxy), QStringList{QStringLiteral("E-04")});

    f.undoStack.undo();
    QCOMPARE(m.source.index(row, PairingListModel::Cities).data().toString(),
             QStringLiteral("Ann Arbor (US) · Lviv (UA)"));
    QCOMPARE(m.proxy.rowCount(), 0);
}

void tst_PairingListModel::renamingAMemberCityUpdatesTheList()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    Models m(f);
    m.proxy.setSearchText(QStringLiteral("lwow"));
    QCOMPARE(m.proxy.rowCount(), 0);

    CityRecord lviv = f.city(f.cityId(QStringLiteral("Lviv")));
    lviv.name = QStringLiteral("Lwów");
    QSignalSpy reset(&m.source, &QAbstractItemModel::modelReset);
    const Status s = f.editor().editCity(lviv);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m.source.rowCount(), 19);
    const int row = m.source.rowOfId(f.pairingId(QStringLiteral("E-04")));
    QCOMPARE(m.source.index(row, PairingListModel::Cities).data().toString(),
             QStringLiteral("Ann Arbor (US) · Lwów (UA)"));
    QCOMPARE(codes(m.proxy), QStringList{QStringLiteral("E-04")});

    f.undoStack.undo();
    QCOMPARE(m.source.index(row, PairingListModel::Cities).data().toString(),
             QStringLiteral("Ann Arbor (US) · Lviv (UA)"));
    QCOMPARE(m.proxy.rowCount(), 0);
}

// A page reads the rows on a worker: the model asks for them, takes them when handed over, and
// asks again when a pairing changes while a read is under way (the read may predate the change).
void tst_PairingListModel::rowsReadOnRequest()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingListModel model(f.connection(), &f.notifier, nullptr, PairingListModel::Load::OnRequest);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy requested(&model, &PairingListModel::readRequested);
    QSignalSpy loaded(&model, &PairingListModel::loaded);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoaded());
    QCOMPARE(requested.count(), 0); // nothing is read until the page asks

    model.reload();
    QCOMPARE(requested.count(), 1);
    QVERIFY(model.isReading());
    QCOMPARE(model.rowCount(), 0);

    const auto added = f.editor().addPairing(newPairing(f, QStringLiteral("M-05"), QStringLiteral("M"),
                                                        QStringLiteral("Bus rapid transit in valleys"),
                                                        {QStringLiteral("Leh"), QStringLiteral("València")}));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(model.rowCount(), 0);

    model.setRows(PairingListModel::readRows(f.connection()));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.isLoaded());
    QVERIFY(!model.isReading());
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.index(model.rowOfId(added.value()), PairingListModel::Cities).data().toString(),
             QStringLiteral("Leh (IN) · València (ES)"));

    // Once shown, an edit changes its row at once, with no read of all rows.
    PairingRecord edited = PairingStore(f.connection(), f.db.clock()).fetch(added.value()).value();
    edited.challenge = QStringLiteral("Cable cars up the valley");
    QVERIFY(f.editor().editPairing(edited));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(model.index(model.rowOfId(added.value()), 0).data(PairingListModel::ChallengeRole).toString(),
             edited.challenge);

    // A failed read says why and shows nothing rather than stale rows.
    model.reload();
    model.setRows(Status::failure(QStringLiteral("disk I/O error")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lastError(), QStringLiteral("disk I/O error"));
}

QTEST_MAIN(tst_PairingListModel)
#include "tst_pairinglistmodel.moc"
