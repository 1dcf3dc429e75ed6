#include "EditFixture.h"
#include "core/TextKey.h"
#include "database/WriteTransaction.h"
#include "itemmodels/CityTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using ModelTest::fetchAll;

namespace {

constexpr int PageSize = PagedTableModel::PageSize;

// One city as the model sorts it: every sort key the tests use, and the id that breaks ties.
struct CityKeys
{
    qint64 id = 0;
    QByteArray searchKey; // UTF-8, so that byte order is SQLite's BINARY order
    QByteArray countryName;
    qint64 population = -1; // unknown sorts as -1
};

QList<CityKeys> allCityKeys(const EditFixture &f)
{
    QSqlQuery q(f.connection());
    q.exec(QStringLiteral("SELECT c.id, c.search_key, co.name, c.population FROM city c"
                          " JOIN country co ON co.id = c.country_id"));
    QList<CityKeys> keys;
    while (q.next())
        keys.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8(),
                     q.value(2).toString().toUtf8(),
                     q.value(3).isNull() ? -1 : q.value(3).toLongLong()});
    return keys;
}

// The order the model must show, computed here in C++ from the documented rule: the column's
// key, then the id, both in the chosen direction.
QList<qint64> expectedOrder(const EditFixture &f, int column, Qt::SortOrder order,
                            const QString &filter)
{
    QList<CityKeys> keys = allCityKeys(f);
    const QByteArray folded = TextKey::fold(filter).toUtf8();
    keys.erase(std::remove_if(keys.begin(), keys.end(),
                              [&](const CityKeys &k) { return !k.searchKey.contains(folded); }),
               keys.end());
    auto less = [column](const CityKeys &a, const CityKeys &b) {
        switch (column) {
        case CityTableModel::Population:
            return std::tie(a.population, a.id) < std::tie(b.population, b.id);
        case CityTableModel::Country:
            return std::tie(a.countryName, a.id) < std::tie(b.countryName, b.id);
        default:
            return std::tie(a.searchKey, a.id) < std::tie(b.searchKey, b.id);
        }
    };
    std::sort(keys.begin(), keys.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(keys.begin(), keys.end());
    QList<qint64> ids;
    for (const CityKeys &k : keys)
        ids << k.id;
    return ids;
}

// Inserts `count` cities in one transaction, in a shuffled order so that ids and names do not
// run in step, with few distinct countries and populations so that many sort keys are equal.
Status insertPagingCities(EditFixture &f, int count)
{
    static const QStringList countries{QStringLiteral("ES"), QStringLiteral("PT"),
                                       QStringLiteral("TR"), QStringLiteral("UA")};
    static const QStringList zones{QStringLiteral("Europe/Madrid"), QStringLiteral("Europe/Lisbon"),
                                   QStringLiteral("Europe/Istanbul"),
                                   QStringLiteral("Europe/Kyiv")};
    static const QList<std::optional<qint64>> populations{std::nullopt, 75000, 75000, 120000,
                                                          40000};
    QList<qint64> countryIds;
    for (const QString &code : countries)
        countryIds << f.countryId(code);

    WriteTransaction transaction(f.connection());
    if (!transaction.begun())
        return transaction.begun();
    CityStore store(f.connection(), f.db.clock());
    for (int k = 0; k < count; ++k) {
        const int i = int((qint64(k) * 37) % count) + 1; // 37 is prime to every count used here
        CityRecord city;
        city.name = QStringLiteral("Paging %1").arg(i, 4, 10, QLatin1Char('0'));
        city.countryId = countryIds.at(i % 4);
        city.timeZone = zones.at(i % 4);
        city.population = populations.at(i % 5);
        if (auto inserted = store.insert(city); !inserted)
            return inserted.status();
    }
    return transaction.commit();
}

QSet<qint64> idSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

QStringList sortedNames(const CityTableModel &model)
{
    QStringList names = ModelTest::column(model, CityTableModel::Name);
    names.sort();
    return names;
}

} // namespace

class tst_CityTableModel : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndFetchesTheSeededCities();
    void headers();
    void seededRowShowsUnknownFactsAsUnknown();
    void sortByName();
    void sortByPopulationPutsUnknownFirstAscendingAndLastDescending();
    void sortByCountryBreaksTiesById();
    void sortByEligibilityAgreesWithTheVerdict();
    void paging_data();
    void paging();
    void editingTheSortKeyOfAFetchedRowKeepsPagingConsistent();
    void filterIsAccentAndCaseInsensitive_data();
    void filterIsAccentAndCaseInsensitive();
    void filterMatchesSpecialCharactersLiterally_data();
    void filterMatchesSpecialCharactersLiterally();
    void editUpdatesTheRowWithoutReset();
    void renameUpdatesInPlaceOrMovesTheRow();
    void addShowsTheNewCityInSortOrder();
    void deleteRemovesTheRowAndUndoBringsItBack();
    void eligibilityColumn_data();
    void eligibilityColumn();
};

void tst_CityTableModel::startsEmptyAndFetchesTheSeededCities()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    // Lazy: nothing is read until a view (or the tester) asks for more.
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.matchingCount(), 51);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(idSet(ModelTest::ids(model, PagedTableModel::IdRole)).size(), 51);
    // Children of a row: none, in a table.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
}

void tst_CityTableModel::headers()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    const QStringList expected{QStringLiteral("City"),
                               QStringLiteral("Country"),
                               QStringLiteral("Population"),
                               QStringLiteral("GCoM signatory"),
                               QStringLiteral("Climate plan"),
                               QStringLiteral("Time zone"),
                               QStringLiteral("Cohort eligibility")};
    QStringList actual;
    for (int c = 0; c < model.columnCount(); ++c)
        actual << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(actual, expected);
    QVERIFY(!model.headerData(CityTableModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_CityTableModel::seededRowShowsUnknownFactsAsUnknown()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    const qint64 id = f.cityId(QStringLiteral("València"));
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.idAt(row), id);
    QCOMPARE(model.index(row, CityTableModel::Name).data(PagedTableModel::IdRole).toLongLong(), id);
    QCOMPARE(model.index(row, CityTableModel::Name).data().toString(), QStringLiteral("València"));
    QCOMPARE(model.index(row, CityTableModel::Country).data().toString(),
             QStringLiteral("Spain (ES)"));
    QCOMPARE(model.index(row, CityTableModel::Population).data().toString(),
             QStringLiteral("Unknown"));
    QCOMPARE(model.index(row, CityTableModel::Gcom).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.index(row, CityTableModel::Plan).data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(model.index(row, CityTableModel::TimeZone).data().toString(),
             QStringLiteral("Europe/Madrid"));
    QCOMPARE(model.index(row, CityTableModel::Eligible).data().toString(),
             QStringLiteral("Unknown"));
    QCOMPARE(
        model.index(row, CityTableModel::Eligible).data(Qt::ToolTipRole).toString(),
        QStringLiteral(
            "Eligibility unknown (unknown: population, GCoM signature, city-wide climate plan)"));
    QVERIFY(
        model.index(row, CityTableModel::Population).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(row, CityTableModel::Name).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(row, CityTableModel::Population).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.cityAt(row).name, QStringLiteral("València"));
    QVERIFY(!model.cityAt(row).population.has_value());
    QCOMPARE(model.cityAt(-1).id, 0);
    QCOMPARE(model.idAt(model.rowCount()), 0);
    QCOMPARE(model.rowOfId(987654), -1);
}

void tst_CityTableModel::sortByName()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    // Sorted by the folded name: "cordoba" < "corlu" < "cuenca".
    QStringList asc = ModelTest::column(model, CityTableModel::Name);
    QCOMPARE(asc.mid(0, 5), (QStringList{QStringLiteral("Ablekuma"), QStringLiteral("Ann Arbor"),
                                         QStringLiteral("Baguio"), QStringLiteral("Balikpapan"),
                                         QStringLiteral("Bandirma")}));
    const int cordoba = int(asc.indexOf(QStringLiteral("Córdoba")));
    QCOMPARE(asc.mid(cordoba, 3), (QStringList{QStringLiteral("Córdoba"), QStringLiteral("Çorlu"),
                                               QStringLiteral("Cuenca")}));
    QCOMPARE(asc.constLast(), QStringLiteral("Zhytomyr"));
    for (int i = 1; i < asc.size(); ++i)
        QVERIFY2(TextKey::fold(asc.at(i - 1)) < TextKey::fold(asc.at(i)), qPrintable(asc.at(i)));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CityTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    fetchAll(model);
    QStringList desc = ModelTest::column(model, CityTableModel::Name);
    std::reverse(desc.begin(), desc.end());
    QCOMPARE(desc, asc);

    // Sorting again the same way does nothing.
    model.sort(CityTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    // Out-of-range columns are ignored.
    model.sort(CityTableModel::ColumnCount, Qt::AscendingOrder);
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
}

void tst_CityTableModel::sortByPopulationPutsUnknownFirstAscendingAndLastDescending()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QList<std::pair<QString, qint64>> known{{QStringLiteral("València"), 800000},
                                                  {QStringLiteral("Çorlu"), 40000},
                                                  {QStringLiteral("Leh"), 30000},
                                                  {QStringLiteral("Lviv"), 720000}};
    for (const auto &[name, population] : known) {
        CityRecord city = f.city(f.cityId(name));
        city.population = population;
        const Status s = f.editor().editCity(city);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }

    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CityTableModel::Population, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 51);
    const QStringList asc = ModelTest::column(model, CityTableModel::Name);
    // 47 unknown populations first, in id order, then the known ones from small to large.
    QCOMPARE(asc.mid(47), (QStringList{QStringLiteral("Leh"), QStringLiteral("Çorlu"),
                                       QStringLiteral("Lviv"), QStringLiteral("València")}));
    QCOMPARE(ModelTest::column(model, CityTableModel::Population).mid(0, 47),
             QStringList(47, QStringLiteral("Unknown")));
    QCOMPARE(model.index(47, CityTableModel::Population).data().toString(),
             QLocale().toString(qint64(30000)));
    const QList<qint64> ascIds = ModelTest::ids(model, PagedTableModel::IdRole);
    QVERIFY(std::is_sorted(ascIds.begin(), ascIds.begin() + 47));
    QCOMPARE(ascIds, expectedOrder(f, CityTableModel::Population, Qt::AscendingOrder, QString()));

    model.sort(CityTableModel::Population, Qt::DescendingOrder);
    fetchAll(model);
    const QStringList desc = ModelTest::column(model, CityTableModel::Name);
    QCOMPARE(desc.mid(0, 4), (QStringList{QStringLiteral("València"), QStringLiteral("Lviv"),
                                          QStringLiteral("Çorlu"), QStringLiteral("Leh")}));
    QList<qint64> descIds = ModelTest::ids(model, PagedTableModel::IdRole);
    std::reverse(descIds.begin(), descIds.end());
    QCOMPARE(descIds, ascIds);
}

void tst_CityTableModel::sortByCountryBreaksTiesById()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CityTableModel::Country, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole),
             expectedOrder(f, CityTableModel::Country, Qt::AscendingOrder, QString()));
    const QStringList countries = ModelTest::column(model, CityTableModel::Country);
    QCOMPARE(countries.first(), QStringLiteral("Argentina (AR)"));
    // The six Turkish cities come in one block, in the order they were seeded.
    const int first = int(countries.indexOf(QStringLiteral("Türkiye (TR)")));
    QCOMPARE(ModelTest::column(model, CityTableModel::Name).mid(first, 6),
             (QStringList{QStringLiteral("Çorlu"), QStringLiteral("Istanbul"),
                          QStringLiteral("Bandirma"), QStringLiteral("Yenisehir"),
                          QStringLiteral("Mersin"), QStringLiteral("Gaziantep")}));
}

void tst_CityTableModel::sortByEligibilityAgreesWithTheVerdict()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    auto setFacts = [&](const QString &name, std::optional<qint64> population,
                        std::optional<bool> gcom, std::optional<bool> citywide) {
        CityRecord city = f.city(f.cityId(name));
        city.population = population;
        city.gcomSignatory = gcom;
        city.planCitywide = citywide;
        return f.editor().editCity(city);
    };
    QVERIFY(setFacts(QStringLiteral("València"), 800000, true, true).ok());           // eligible
    QVERIFY(setFacts(QStringLiteral("Lviv"), 720000, true, false).ok());              // not: plan
    QVERIFY(setFacts(QStringLiteral("Leh"), 30000, std::nullopt, std::nullopt).ok()); // not: size
    QVERIFY(setFacts(QStringLiteral("Braga"), 190000, std::nullopt, true).ok());      // unknown
    QVERIFY(setFacts(QStringLiteral("Cascais"), std::nullopt, false, true).ok());     // not: GCoM

    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CityTableModel::Eligible, Qt::AscendingOrder);
    fetchAll(model);
    const QStringList verdicts = ModelTest::column(model, CityTableModel::Eligible);
    QStringList expected = QStringList(3, QStringLiteral("Not eligible"));
    expected << QStringList(47, QStringLiteral("Unknown")) << QStringLiteral("Eligible");
    QCOMPARE(verdicts, expected);
    // Within a verdict, in id (seed) order.
    QCOMPARE(
        ModelTest::column(model, CityTableModel::Name).mid(0, 3),
        (QStringList{QStringLiteral("Lviv"), QStringLiteral("Cascais"), QStringLiteral("Leh")}));
    QCOMPARE(ModelTest::column(model, CityTableModel::Name).constLast(),
             QStringLiteral("València"));
}

void tst_CityTableModel::paging_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");

    QTest::newRow("name asc, 500 rows")
        << 449 << int(CityTableModel::Name) << Qt::AscendingOrder << QString();
    QTest::newRow("name desc, 600 rows = whole pages")
        << 549 << int(CityTableModel::Name) << Qt::DescendingOrder << QString();
    QTest::newRow("population asc, equal keys")
        << 449 << int(CityTableModel::Population) << Qt::AscendingOrder << QString();
    QTest::newRow("population desc, equal keys")
        << 549 << int(CityTableModel::Population) << Qt::DescendingOrder << QString();
    QTest::newRow("country asc, equal keys")
        << 449 << int(CityTableModel::Country) << Qt::AscendingOrder << QString();
    QTest::newRow("country desc, equal keys")
        << 449 << int(CityTableModel::Country) << Qt::DescendingOrder << QString();
    QTest::newRow("population asc, filtered")
        << 549 << int(CityTableModel::Population) << Qt::AscendingOrder << QStringLiteral("PAGING");
    QTest::newRow("country desc, filtered by zone")
        << 549 << int(CityTableModel::Country) << Qt::DescendingOrder << QStringLiteral("europe/");
}

void tst_CityTableModel::paging()
{
    QFETCH(int, extra);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);

    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Status inserted = insertPagingCities(f, extra);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), 51 + extra);

    const QList<qint64> expected = expectedOrder(f, column, order, filter);
    QVERIFY(expected.size() > 2 * PageSize);

    CityTableModel model(f.connection(), &f.notifier);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setFilterText(filter);
    model.sort(column, order);
    if (model.rowCount() == 0)
        model.fetchMore(QModelIndex());
    // One page at a time.
    QCOMPARE(model.rowCount(), PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.matchingCount(), int(expected.size()));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError().isEmpty());

    // Every later page came as one insertion right after the previous one, of a full page but
    // the last; none was empty.
    int next = inserts.isEmpty() || inserts.first().at(1).toInt() != 0 ? PageSize : 0;
    for (const QList<QVariant> &args : inserts) {
        const int first = args.at(1).toInt();
        const int last = args.at(2).toInt();
        QCOMPARE(first, next);
        QVERIFY(last >= first);
        if (last + 1 < model.rowCount())
            QCOMPARE(last - first + 1, PageSize);
        next = last + 1;
    }
    QCOMPARE(next, model.rowCount());

    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.rowCount(), model.matchingCount());
    const QList<qint64> ids = ModelTest::ids(model, PagedTableModel::IdRole);
    QCOMPARE(idSet(ids).size(), ids.size()); // no duplicates
    QCOMPARE(ids, expected);                 // and in order across every page boundary
}

void tst_CityTableModel::editingTheSortKeyOfAFetchedRowKeepsPagingConsistent()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    // 1100 cities: more than the tester fetches on its own (two pages each time it runs).
    const Status inserted = insertPagingCities(f, 1049);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));

    CityTableModel model(f.connection(), &f.notifier);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), PageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore(QModelIndex()));

    // Rename the last fetched row so that it now sorts first: the next page must still start
    // where the fetched rows end, and the renamed city must show once.
    const int fetched = model.rowCount();
    const qint64 movedId = model.idAt(fetched - 1);
    CityRecord moved = f.city(movedId);
    moved.name = QStringLiteral("AAA moved to the top");
    Status s = f.editor().editCity(moved);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(model.rowCount() >= fetched); // the view keeps what it had fetched
    QCOMPARE(model.idAt(0), movedId);

    // And one in the middle so that it now sorts after every fetched row.
    const qint64 laterId = model.idAt(10);
    CityRecord later = f.city(laterId);
    later.name = QStringLiteral("Zzz moved to the end");
    s = f.editor().editCity(later);
    QVERIFY2(s.ok(), qPrintable(s.error()));

    // And the last fetched row, so that it sorts after rows not fetched yet: it still sorts
    // after its fetched neighbour, but the next page must not start after its new name.
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(model.rowCount() < 1100);
    const qint64 boundaryId = model.idAt(model.rowCount() - 1);
    QVERIFY(boundaryId != laterId && boundaryId != movedId);
    CityRecord boundary = f.city(boundaryId);
    boundary.name = QStringLiteral("Zz moved from the page boundary");
    s = f.editor().editCity(boundary);
    QVERIFY2(s.ok(), qPrintable(s.error()));

    fetchAll(model);
    const QList<qint64> ids = ModelTest::ids(model, PagedTableModel::IdRole);
    QCOMPARE(idSet(ids).size(), ids.size());
    QCOMPARE(model.rowCount(), 1100);
    QCOMPARE(ids, expectedOrder(f, CityTableModel::Name, Qt::AscendingOrder, QString()));
    QCOMPARE(ids.first(), movedId);
    QCOMPARE(ids.mid(1098), (QList<qint64>{boundaryId, laterId}));
}

void tst_CityTableModel::filterIsAccentAndCaseInsensitive_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("valencia") << QStringLiteral("valencia")
                              << QStringList{QStringLiteral("València")};
    QTest::newRow("VALÈNCIA") << QStringLiteral("VALÈNCIA")
                              << QStringList{QStringLiteral("València")};
    QTest::newRow("CORLU") << QStringLiteral("CORLU") << QStringList{QStringLiteral("Çorlu")};
    QTest::newRow("çorlu, spaces around")
        << QStringLiteral("  çorlu ") << QStringList{QStringLiteral("Çorlu")};
    QTest::newRow("penalolen") << QStringLiteral("penalolen")
                               << QStringList{QStringLiteral("Peñalolén")};
    QTest::newRow("potosi") << QStringLiteral("potosi")
                            << QStringList{QStringLiteral("San Luis Potosí")};
    QTest::newRow("country name") << QStringLiteral("TURKIYE")
                                  << QStringList{
                                         QStringLiteral("Bandirma"),  QStringLiteral("Gaziantep"),
                                         QStringLiteral("Istanbul"),  QStringLiteral("Mersin"),
                                         QStringLiteral("Yenisehir"), QStringLiteral("Çorlu")};
    QTest::newRow("time zone") << QStringLiteral("asia/kathmandu")
                               << QStringList{QStringLiteral("Belauri"), QStringLiteral("Dhankuta"),
                                              QStringLiteral("Nagarjun"),
                                              QStringLiteral("Tilottama")};
    QTest::newRow("no match") << QStringLiteral("atlantis") << QStringList();
}

void tst_CityTableModel::filterIsAccentAndCaseInsensitive()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(filter);
    QCOMPARE(model.filterText(), filter);
    fetchAll(model);
    QCOMPARE(sortedNames(model), names);
    QCOMPARE(model.matchingCount(), int(names.size()));

    model.setFilterText(QString());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 51);
}

void tst_CityTableModel::filterMatchesSpecialCharactersLiterally_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    const QString obrien = QStringLiteral("O'Brien 100%_x");
    const QString backslash = QStringLiteral("Back\\slash");
    QTest::newRow("%") << QStringLiteral("%") << QStringList{obrien};
    QTest::newRow("100%") << QStringLiteral("100%") << QStringList{obrien};
    QTest::newRow("100%_x") << QStringLiteral("100%_x") << QStringList{obrien};
    QTest::newRow("0%_x") << QStringLiteral("0%_X") << QStringList{obrien};
    QTest::newRow("'") << QStringLiteral("'") << QStringList{obrien};
    QTest::newRow("o'brien") << QStringLiteral("o'brien") << QStringList{obrien};
    QTest::newRow("quote injection") << QStringLiteral("' OR 1=1 --") << QStringList();
    QTest::newRow("\\") << QStringLiteral("\\") << QStringList{backslash};
    QTest::newRow("k\\s") << QStringLiteral("k\\s") << QStringList{backslash};
    QTest::newRow("\\%") << QStringLiteral("\\%") << QStringList();
    // A literal underscore: in O'Brien's name and in the zones America/Sao_Paulo,
    // America/Mexico_City and America/New_York.
    QTest::newRow("_") << QStringLiteral("_")
                       << QStringList{QStringLiteral("Belo Horizonte"),
                                      QStringLiteral("Miami-Dade"),
                                      obrien,
                                      QStringLiteral("Porto Alegre"),
                                      QStringLiteral("Rio de Janeiro"),
                                      QStringLiteral("San Luis Potosí")};
    QTest::newRow("%_") << QStringLiteral("%_") << QStringList{obrien};
}

void tst_CityTableModel::filterMatchesSpecialCharactersLiterally()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    for (const CityRecord &city : {f.newCity(QStringLiteral("O'Brien 100%_x"), QStringLiteral("IE"),
                                             QStringLiteral("Europe/Dublin")),
                                   f.newCity(QStringLiteral("Back\\slash"), QStringLiteral("ES"),
                                             QStringLiteral("Europe/Madrid")),
                                   // Decoys that the same text would match as LIKE wildcards.
                                   f.newCity(QStringLiteral("Decoy 1000 ax"), QStringLiteral("ES"),
                                             QStringLiteral("Europe/Madrid")),
                                   f.newCity(QStringLiteral("Obrien"), QStringLiteral("ES"),
                                             QStringLiteral("Europe/Madrid"))}) {
        const auto added = f.editor().addCity(city);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(filter);
    fetchAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(sortedNames(model), names);
    QCOMPARE(model.matchingCount(), int(names.size()));
}

void tst_CityTableModel::editUpdatesTheRowWithoutReset()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    const qint64 id = f.cityId(QStringLiteral("València"));
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Sorted by name, so a new population does not move the row.
    CityRecord city = f.city(id);
    city.population = 800000;
    city.gcomSignatory = true;
    city.planType = QStringLiteral("SECAP");
    city.planCitywide = true;
    const Status s = f.editor().editCity(city);
    QVERIFY2(s.ok(), qPrintable(s.error()));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             model.index(row, CityTableModel::ColumnCount - 1));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowOfId(id), row);
    QCOMPARE(model.index(row, CityTableModel::Population).data().toString(),
             QLocale().toString(qint64(800000)));
    QCOMPARE(model.index(row, CityTableModel::Gcom).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(row, CityTableModel::Plan).data().toString(),
             QStringLiteral("SECAP, whole city"));
    QCOMPARE(model.index(row, CityTableModel::Eligible).data().toString(),
             QStringLiteral("Eligible"));
    QVERIFY(!model.index(row, CityTableModel::Population).data(Qt::FontRole).isValid());
    QCOMPARE(model.cityAt(row).population, std::optional<qint64>(800000));

    // Undo puts the unknowns back, again in place.
    f.undoStack.undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowOfId(id), row);
    QCOMPARE(model.index(row, CityTableModel::Population).data().toString(),
             QStringLiteral("Unknown"));
    QCOMPARE(model.index(row, CityTableModel::Eligible).data().toString(),
             QStringLiteral("Unknown"));

    // An edit of a city the model has not fetched (filtered out) changes nothing in it.
    model.setFilterText(QStringLiteral("lviv"));
    QCOMPARE(model.rowCount(), 1);
    changed.clear();
    f.undoStack.redo();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void tst_CityTableModel::renameUpdatesInPlaceOrMovesTheRow()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    const qint64 id = f.cityId(QStringLiteral("València"));
    const int row = model.rowOfId(id);
    QCOMPARE(model.index(row + 1, CityTableModel::Name).data().toString(),
             QStringLiteral("Varanasi"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Still between Tilottama and Varanasi: changed in place.
    CityRecord city = f.city(id);
    city.name = QStringLiteral("València del Cid");
    Status s = f.editor().editCity(city);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOfId(id), row);
    QCOMPARE(model.index(row, CityTableModel::Name).data().toString(),
             QStringLiteral("València del Cid"));

    // Now it sorts first: the row moves, and every row stays once and in order.
    city.name = QStringLiteral("Aaa València");
    s = f.editor().editCity(city);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOfId(id), 0);
    QCOMPARE(model.index(0, CityTableModel::Name).data().toString(),
             QStringLiteral("Aaa València"));
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole),
             expectedOrder(f, CityTableModel::Name, Qt::AscendingOrder, QString()));

    // And undo puts it back in its place.
    f.undoStack.undo();
    QCOMPARE(model.rowOfId(id), row);
    QCOMPARE(ModelTest::ids(model, PagedTableModel::IdRole),
             expectedOrder(f, CityTableModel::Name, Qt::AscendingOrder, QString()));
}

void tst_CityTableModel::addShowsTheNewCityInSortOrder()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 51);

    const auto added = f.editor().addCity(f.newCity(QStringLiteral("Aachen"), QStringLiteral("DE"),
                                                    QStringLiteral("Europe/Berlin"), 250000));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 52);
    QCOMPARE(model.rowOfId(added.value()), 0); // "aachen" sorts before "ablekuma"
    QCOMPARE(model.index(0, CityTableModel::Name).data().toString(), QStringLiteral("Aachen"));
    QCOMPARE(model.index(0, CityTableModel::Country).data().toString(),
             QStringLiteral("Germany (DE)"));
    QCOMPARE(model.index(1, CityTableModel::Name).data().toString(), QStringLiteral("Ablekuma"));

    // Undoing the add removes the row.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    f.undoStack.undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOfId(added.value()), -1);
}

void tst_CityTableModel::deleteRemovesTheRowAndUndoBringsItBack()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    // Seeded cities belong to pairings and cannot be deleted; add one that can.
    const auto added = f.editor().addCity(f.newCity(QStringLiteral("Kraków"), QStringLiteral("PL"),
                                                    QStringLiteral("Europe/Warsaw"), 800000));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const qint64 id = added.value();

    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 52);
    const int row = model.rowOfId(id);
    QVERIFY(row > 0);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Status s = f.editor().deleteCity(id);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    QCOMPARE(removed.first().at(2).toInt(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOfId(id), -1);

    f.undoStack.undo();
    fetchAll(model);
    QCOMPARE(model.rowCount(), 52);
    QCOMPARE(model.rowOfId(id), row); // same id, same place
    QCOMPARE(model.index(row, CityTableModel::Name).data().toString(), QStringLiteral("Kraków"));
    QCOMPARE(model.index(row, CityTableModel::Population).data().toString(),
             QLocale().toString(qint64(800000)));

    f.undoStack.redo();
    QCOMPARE(model.rowCount(), 51);
    QCOMPARE(model.rowOfId(id), -1);

    // A city in a pairing is refused, and the model keeps its row.
    removed.clear();
    s = f.editor().deleteCity(f.cityId(QStringLiteral("Lviv")));
    QVERIFY(!s.ok());
    QCOMPARE(removed.count(), 0);
    QVERIFY(model.rowOfId(f.cityId(QStringLiteral("Lviv"))) >= 0);
}

void tst_CityTableModel::eligibilityColumn_data()
{
    QTest::addColumn<std::optional<qint64>>("population");
    QTest::addColumn<std::optional<bool>>("gcom");
    QTest::addColumn<std::optional<bool>>("citywide");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<bool>("italic");

    const QLocale locale;
    QTest::newRow("40000: too small")
        << std::optional<qint64>(40000) << std::optional<bool>(true) << std::optional<bool>(true)
        << QStringLiteral("Not eligible")
        << QStringLiteral("Not eligible: population %1 is under %2")
               .arg(locale.toString(qint64(40000)), locale.toString(qint64(50000)))
        << false;
    QTest::newRow("40000, rest unknown: still not eligible")
        << std::optional<qint64>(40000) << std::optional<bool>() << std::optional<bool>()
        << QStringLiteral("Not eligible")
        << QStringLiteral("Not eligible: population %1 is under %2")
               .arg(locale.toString(qint64(40000)), locale.toString(qint64(50000)))
        << false;
    QTest::newRow("50000: eligible")
        << std::optional<qint64>(50000) << std::optional<bool>(true) << std::optional<bool>(true)
        << QStringLiteral("Eligible") << QStringLiteral("Eligible") << false;
    QTest::newRow("gcom unknown") << std::optional<qint64>(90000) << std::optional<bool>()
                                  << std::optional<bool>(true) << QStringLiteral("Unknown")
                                  << QStringLiteral("Eligibility unknown (unknown: GCoM signature)")
                                  << true;
}

void tst_CityTableModel::eligibilityColumn()
{
    QFETCH(std::optional<qint64>, population);
    QFETCH(std::optional<bool>, gcom);
    QFETCH(std::optional<bool>, citywide);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);
    QFETCH(bool, italic);

    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    CityTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    CityRecord city = f.newCity(QStringLiteral("Smalltown"), QStringLiteral("PT"),
                                QStringLiteral("Europe/Lisbon"), population);
    city.gcomSignatory = gcom;
    city.planCitywide = citywide;
    const auto added = f.editor().addCity(city);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    fetchAll(model);
    const int row = model.rowOfId(added.value());
    QVERIFY(row >= 0);
    const QModelIndex cell = model.index(row, CityTableModel::Eligible);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(cell.data(Qt::FontRole).isValid() && cell.data(Qt::FontRole).value<QFont>().italic(),
             italic);
}

QTEST_MAIN(tst_CityTableModel)
#include "tst_citytablemodel.moc"
