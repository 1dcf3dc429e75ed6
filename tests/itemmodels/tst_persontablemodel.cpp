#include "EditFixture.h"
#include "database/WriteTransaction.h"
#include "itemmodels/PersonTableModel.h"
#include "store/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using ModelTest::fetchAll;

namespace {

constexpr int PageSize = PagedTableModel::PageSize;

PersonRecord person(const QString &name, const QString &role, std::optional<qint64> cityId,
                    const QString &organisation = QString(), const QString &email = QString())
{
    PersonRecord p;
    p.name = name;
    p.role = role;
    p.cityId = cityId;
    p.organisation = organisation;
    p.email = email;
    return p;
}

// Many people with the very same name (so the same sort key), some with a city, in one
// transaction: keyset paging has to break every tie by id.
Status insertNamesakes(EditFixture &f, int count)
{
    const qint64 lviv = f.cityId(QStringLiteral("Lviv"));
    const qint64 leh = f.cityId(QStringLiteral("Leh"));
    WriteTransaction transaction(f.connection());
    if (!transaction.begun())
        return transaction.begun();
    PersonStore store(f.connection(), f.db.clock());
    for (int i = 0; i < count; ++i) {
        const std::optional<qint64> city =
            i % 3 == 0 ? std::nullopt : std::optional<qint64>(i % 3 == 1 ? lviv : leh);
        PersonRecord p =
            person(QStringLiteral("Sam Same"),
                   i % 4 == 0 ? QStringLiteral("observer") : QStringLiteral("expert"), city);
        if (auto inserted = store.insert(p); !inserted)
            return inserted.status();
    }
    return transaction.commit();
}

// The expected order by a column's key then id, computed here from the rows themselves.
QList<qint64> expectedOrder(const EditFixture &f, int column, Qt::SortOrder order)
{
    struct Keys
    {
        qint64 id;
        QByteArray key;
    };
    QSqlQuery q(f.connection());
    q.exec(QStringLiteral(
        "SELECT p.id, p.search_key, p.role, COALESCE(c.name, ''), COALESCE(p.email, '')"
        " FROM person p LEFT JOIN city c ON c.id = p.city_id"));
    QList<Keys> rows;
    const int keyColumn = column == PersonTableModel::Role    ? 2
                          : column == PersonTableModel::City  ? 3
                          : column == PersonTableModel::Email ? 4
                                                              : 1;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(keyColumn).toString().toUtf8()});
    std::sort(rows.begin(), rows.end(), [](const Keys &a, const Keys &b) {
        return std::tie(a.key, a.id) < std::tie(b.key, b.id);
    });
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const Keys &k : rows)
        ids << k.id;
    return ids;
}

} // namespace

class tst_PersonTableModel : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void headers();
    void addedPeopleShowJoinedCityAndRoleLabel();
    void editUpdatesTheRowWithoutReset();
    void renameMovesTheRowToItsSortedPlace();
    void renamingTheCityUpdatesTheCityColumn();
    void deleteRemovesTheRowAndUndoBringsItBack();
    void filter_data();
    void filter();
    void sortByCityPutsPeopleWithoutCityFirst();
    void pagingThroughNamesakes_data();
    void pagingThroughNamesakes();
};

void tst_PersonTableModel::startsEmpty()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PersonTableModel model(f.connection(), &f.notifier);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.matchingCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError().isEmpty());
}

void tst_PersonTableModel::headers()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PersonTableModel model(f.connection(), &f.notifier);
    QStringList actual;
    for (int c = 0; c < model.columnCount(); ++c)
        actual << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(actual, (QStringList{QStringLiteral("Name"), QStringLiteral("Role"),
                                  QStringLiteral("Organisation"), QStringLiteral("City"),
                                  QStringLiteral("E-mail")}));
}

void tst_PersonTableModel::addedPeopleShowJoinedCityAndRoleLabel()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);

    const auto ben = f.editor().addPerson(
        person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"), std::nullopt));
    QVERIFY2(ben.ok(), qPrintable(ben.error()));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1);

    const auto ana = f.editor().addPerson(person(
        QStringLiteral("Ana Pérez"), QStringLiteral("expert"), f.cityId(QStringLiteral("València")),
        QStringLiteral("Ajuntament"), QStringLiteral("ana@example.org")));
    QVERIFY2(ana.ok(), qPrintable(ana.error()));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.matchingCount(), 2);

    // Sorted by name: Ana before Ben.
    QCOMPARE(model.idAt(0), ana.value());
    QCOMPARE(model.idAt(1), ben.value());
    QCOMPARE(model.index(0, PersonTableModel::Name).data(PagedTableModel::IdRole).toLongLong(),
             ana.value());
    QCOMPARE(model.index(0, PersonTableModel::Name).data().toString(), QStringLiteral("Ana Pérez"));
    QCOMPARE(model.index(0, PersonTableModel::Role).data().toString(), QStringLiteral("Expert"));
    QCOMPARE(model.index(0, PersonTableModel::Organisation).data().toString(),
             QStringLiteral("Ajuntament"));
    QCOMPARE(model.index(0, PersonTableModel::City).data().toString(), QStringLiteral("València"));
    QCOMPARE(model.index(0, PersonTableModel::Email).data().toString(),
             QStringLiteral("ana@example.org"));
    QCOMPARE(model.index(1, PersonTableModel::Name).data().toString(),
             QStringLiteral("Ben Okafor"));
    QCOMPARE(model.index(1, PersonTableModel::Role).data().toString(), QStringLiteral("Observer"));
    QCOMPARE(model.index(1, PersonTableModel::Organisation).data().toString(), QString());
    QCOMPARE(model.index(1, PersonTableModel::City).data().toString(), QString());
    QCOMPARE(model.index(1, PersonTableModel::Email).data().toString(), QString());
    QVERIFY(!model.index(0, PersonTableModel::Name).data(Qt::ToolTipRole).isValid());
}

void tst_PersonTableModel::editUpdatesTheRowWithoutReset()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto ana =
        f.editor().addPerson(person(QStringLiteral("Ana Pérez"), QStringLiteral("expert"),
                                    f.cityId(QStringLiteral("València"))));
    const auto ben = f.editor().addPerson(
        person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"), std::nullopt));
    QVERIFY(ana.ok() && ben.ok());

    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Role and city are not part of the name sort key: the row changes in place.
    auto record = PersonStore(f.connection(), f.db.clock()).fetch(ben.value());
    QVERIFY(record.ok());
    record->role = QStringLiteral("facilitator");
    record->cityId = f.cityId(QStringLiteral("Lviv"));
    const Status s = f.editor().editPerson(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.first().at(1).value<QModelIndex>(),
             model.index(1, PersonTableModel::ColumnCount - 1));
    QCOMPARE(model.index(1, PersonTableModel::Role).data().toString(),
             QStringLiteral("Facilitator"));
    QCOMPARE(model.index(1, PersonTableModel::City).data().toString(), QStringLiteral("Lviv"));

    f.undoStack.undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1, PersonTableModel::Role).data().toString(), QStringLiteral("Observer"));
    QCOMPARE(model.index(1, PersonTableModel::City).data().toString(), QString());
}

void tst_PersonTableModel::renameMovesTheRowToItsSortedPlace()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto ana = f.editor().addPerson(
        person(QStringLiteral("Ana Pérez"), QStringLiteral("expert"), std::nullopt));
    const auto ben = f.editor().addPerson(
        person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"), std::nullopt));
    QVERIFY(ana.ok() && ben.ok());
    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.idAt(0), ana.value());

    auto record = PersonStore(f.connection(), f.db.clock()).fetch(ana.value());
    QVERIFY(record.ok());
    record->name = QStringLiteral("Zoé Pérez");
    const Status s = f.editor().editPerson(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name),
             (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Zoé Pérez")}));
}

void tst_PersonTableModel::renamingTheCityUpdatesTheCityColumn()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 valencia = f.cityId(QStringLiteral("València"));
    const auto ana = f.editor().addPerson(
        person(QStringLiteral("Ana Pérez"), QStringLiteral("expert"), valencia));
    const auto ben =
        f.editor().addPerson(person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"),
                                    f.cityId(QStringLiteral("Lviv"))));
    QVERIFY(ana.ok() && ben.ok());

    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.index(0, PersonTableModel::City).data().toString(), QStringLiteral("València"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CityRecord city = f.city(valencia);
    city.name = QStringLiteral("València del Cid");
    const Status s = f.editor().editCity(city);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(reset.count(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOfId(ana.value()), PersonTableModel::City).data().toString(),
             QStringLiteral("València del Cid"));
    QCOMPARE(model.index(model.rowOfId(ben.value()), PersonTableModel::City).data().toString(),
             QStringLiteral("Lviv"));

    f.undoStack.undo();
    fetchAll(model);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(model.rowOfId(ana.value()), PersonTableModel::City).data().toString(),
             QStringLiteral("València"));
}

void tst_PersonTableModel::deleteRemovesTheRowAndUndoBringsItBack()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const auto ana = f.editor().addPerson(
        person(QStringLiteral("Ana Pérez"), QStringLiteral("expert"), std::nullopt));
    const auto ben = f.editor().addPerson(
        person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"), std::nullopt));
    const auto cai = f.editor().addPerson(
        person(QStringLiteral("Cai Lun"), QStringLiteral("facilitator"), std::nullopt));
    QVERIFY(ana.ok() && ben.ok() && cai.ok());
    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowOfId(ben.value()), 1);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Status s = f.editor().deletePerson(ben.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name),
             (QStringList{QStringLiteral("Ana Pérez"), QStringLiteral("Cai Lun")}));

    f.undoStack.undo();
    fetchAll(model);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name),
             (QStringList{QStringLiteral("Ana Pérez"), QStringLiteral("Ben Okafor"),
                          QStringLiteral("Cai Lun")}));
    QCOMPARE(model.idAt(1), ben.value()); // back with the same id
    QCOMPARE(model.index(1, PersonTableModel::Role).data().toString(), QStringLiteral("Observer"));
}

void tst_PersonTableModel::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("perez") << QStringLiteral("perez") << QStringList{QStringLiteral("Ana Pérez")};
    QTest::newRow("PÉREZ") << QStringLiteral("PÉREZ") << QStringList{QStringLiteral("Ana Pérez")};
    QTest::newRow("organisation") << QStringLiteral("ajuntament")
                                  << QStringList{QStringLiteral("Ana Pérez")};
    QTest::newRow("e-mail") << QStringLiteral("@utm.example")
                            << QStringList{QStringLiteral("Ben Okafor")};
    QTest::newRow("dotless i") << QStringLiteral("yildiz")
                               << QStringList{QStringLiteral("Ayşe Yıldız")};
    QTest::newRow("%") << QStringLiteral("%") << QStringList();
    QTest::newRow("city is not searched") << QStringLiteral("lviv") << QStringList();
    QTest::newRow("all") << QString()
                         << QStringList{QStringLiteral("Ana Pérez"), QStringLiteral("Ayşe Yıldız"),
                                        QStringLiteral("Ben Okafor")};
}

void tst_PersonTableModel::filter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(
        f.editor()
            .addPerson(person(QStringLiteral("Ana Pérez"), QStringLiteral("expert"),
                              f.cityId(QStringLiteral("València")), QStringLiteral("Ajuntament")))
            .ok());
    QVERIFY(f.editor()
                .addPerson(person(QStringLiteral("Ben Okafor"), QStringLiteral("observer"),
                                  f.cityId(QStringLiteral("Lviv")), QString(),
                                  QStringLiteral("ben@utm.example")))
                .ok());
    QVERIFY(
        f.editor()
            .addPerson(person(QStringLiteral("Ayşe Yıldız"), QStringLiteral("city_representative"),
                              f.cityId(QStringLiteral("Mersin"))))
            .ok());
    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(filter);
    fetchAll(model);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name), names);
    QCOMPARE(model.matchingCount(), int(names.size()));
}

void tst_PersonTableModel::sortByCityPutsPeopleWithoutCityFirst()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(f.editor()
                .addPerson(person(QStringLiteral("Ana"), QStringLiteral("expert"),
                                  f.cityId(QStringLiteral("València"))))
                .ok());
    QVERIFY(f.editor()
                .addPerson(person(QStringLiteral("Ben"), QStringLiteral("expert"), std::nullopt))
                .ok());
    QVERIFY(f.editor()
                .addPerson(person(QStringLiteral("Cai"), QStringLiteral("expert"),
                                  f.cityId(QStringLiteral("Ablekuma"))))
                .ok());
    QVERIFY(f.editor()
                .addPerson(person(QStringLiteral("Dee"), QStringLiteral("expert"), std::nullopt))
                .ok());
    PersonTableModel model(f.connection(), &f.notifier);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(PersonTableModel::City, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name),
             (QStringList{QStringLiteral("Ben"), QStringLiteral("Dee"), QStringLiteral("Cai"),
                          QStringLiteral("Ana")}));
    model.sort(PersonTableModel::City, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(ModelTest::column(model, PersonTableModel::Name),
             (QStringList{QStringLiteral("Ana"), QStringLiteral("Cai"), QStringLiteral("Dee"),
                          QStringLiteral("Ben")}));
}

void tst_PersonTableModel::pagingThroughNamesakes_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name asc") << int(PersonTableModel::Name) << Qt::AscendingOrder;
    QTest::newRow("name desc") << int(PersonTableModel::Name) << Qt::DescendingOrder;
    QTest::newRow("role asc") << int(PersonTableModel::Role) << Qt::AscendingOrder;
    QTest::newRow("city desc") << int(PersonTableModel::City) << Qt::DescendingOrder;
    QTest::newRow("e-mail asc (all empty)") << int(PersonTableModel::Email) << Qt::AscendingOrder;
}

void tst_PersonTableModel::pagingThroughNamesakes()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Status inserted = insertNamesakes(f, 2 * PageSize + 50);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));

    PersonTableModel model(f.connection(), &f.notifier);
    model.sort(column, order);
    if (model.rowCount() == 0)
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2 * PageSize + 50);
    QCOMPARE(model.matchingCount(), 2 * PageSize + 50);
    const QList<qint64> ids = ModelTest::ids(model, PagedTableModel::IdRole);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
    if (column == PersonTableModel::Email) {
        // Every key is equal: pure id order.
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    }
    QCOMPARE(ids, expectedOrder(f, column, order));
}

QTEST_MAIN(tst_PersonTableModel)
#include "tst_persontablemodel.moc"
