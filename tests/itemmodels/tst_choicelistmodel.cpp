#include "EditFixture.h"
#include "core/TextKey.h"
#include "itemmodels/ChoiceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QStringList labels(const QAbstractItemModel &model)
{
    return ModelTest::column(model, 0);
}

// Labels in the order a person reading them expects: accents and case do not move a name.
bool inFoldedOrder(const QStringList &list)
{
    for (int i = 1; i < list.size(); ++i) {
        if (TextKey::fold(list.at(i - 1)) > TextKey::fold(list.at(i))) {
            qWarning("%s sorts before %s", qPrintable(list.at(i - 1)), qPrintable(list.at(i)));
            return false;
        }
    }
    return true;
}

void checkRoundTrip(const ChoiceListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.idAt(row);
        QCOMPARE(model.rowOfId(id), row);
        QCOMPARE(model.index(row).data(ChoiceListModel::IdRole).toLongLong(), id);
    }
}

} // namespace

class tst_ChoiceListModel : public QObject
{
    Q_OBJECT

private slots:
    void themes();
    void countries();
    void citiesWithNoneEntry();
    void citiesWithoutNoneEntry();
    void facilitators();
    void setChoicesReplacesTheList();
};

void tst_ChoiceListModel::themes()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    std::unique_ptr<ChoiceListModel> model(ChoiceListModel::themes(f.connection(), nullptr));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(labels(*model),
             (QStringList{QStringLiteral("Energy & Infrastructure"),
                          QStringLiteral("Urban Resilience & Nature-Based Solutions"),
                          QStringLiteral("Cooling & Heat Management"),
                          QStringLiteral("Sustainable Mobility")}));
    QCOMPARE(ModelTest::column(*model, 0, ChoiceListModel::CodeRole),
             (QStringList{QStringLiteral("E"), QStringLiteral("R"), QStringLiteral("C"),
                          QStringLiteral("M")}));
    QCOMPARE(ModelTest::column(*model, 0, Qt::EditRole), labels(*model));
    for (const QString &code :
         {QStringLiteral("E"), QStringLiteral("R"), QStringLiteral("C"), QStringLiteral("M")}) {
        const int row = model->rowOfId(f.themeId(code));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row).data(ChoiceListModel::CodeRole).toString(), code);
    }
    checkRoundTrip(*model);
    QVERIFY(model->idAt(0) != 0); // no "none" entry unless asked for
    QCOMPARE(model->idAt(4), 0);
    QCOMPARE(model->idAt(-1), 0);
    QCOMPARE(model->rowOfId(0), -1);
    QVERIFY(!model->index(0).data(Qt::ToolTipRole).isValid());
}

void tst_ChoiceListModel::countries()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    std::unique_ptr<ChoiceListModel> model(ChoiceListModel::countries(f.connection(), nullptr));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(),
             f.db.scalar(QStringLiteral("SELECT count(*) FROM country")).toInt());
    QVERIFY(model->rowCount() > 240);
    QVERIFY(inFoldedOrder(labels(*model)));
    QCOMPARE(labels(*model).first(), QStringLiteral("Afghanistan"));
    QCOMPARE(labels(*model).at(1), QStringLiteral("Åland Islands"));
    QCOMPARE(labels(*model).last(), QStringLiteral("Zimbabwe"));
    const int spain = model->rowOfId(f.countryId(QStringLiteral("ES")));
    QVERIFY(spain >= 0);
    QCOMPARE(model->index(spain).data().toString(), QStringLiteral("Spain"));
    QCOMPARE(model->index(spain).data(ChoiceListModel::CodeRole).toString(), QStringLiteral("ES"));
    const int turkiye = model->rowOfId(f.countryId(QStringLiteral("TR")));
    QCOMPARE(model->index(turkiye).data().toString(), QStringLiteral("Türkiye"));
    checkRoundTrip(*model);
}

void tst_ChoiceListModel::citiesWithNoneEntry()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString none = QStringLiteral("— none —");
    std::unique_ptr<ChoiceListModel> model(ChoiceListModel::cities(f.connection(), none, nullptr));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 52);
    QCOMPARE(model->idAt(0), 0);
    QCOMPARE(model->rowOfId(0), 0);
    QCOMPARE(model->index(0).data().toString(), none);
    QCOMPARE(model->index(0).data(ChoiceListModel::IdRole).toLongLong(), 0);
    QCOMPARE(model->index(0).data(ChoiceListModel::CodeRole).toString(), QString());

    QStringList cities = labels(*model).mid(1);
    QCOMPARE(cities.first(), QStringLiteral("Ablekuma (GH)"));
    QCOMPARE(cities.last(), QStringLiteral("Zhytomyr (UA)"));
    QVERIFY(inFoldedOrder(cities));
    const int corlu = model->rowOfId(f.cityId(QStringLiteral("Çorlu")));
    QCOMPARE(model->index(corlu).data().toString(), QStringLiteral("Çorlu (TR)"));
    QCOMPARE(model->index(corlu).data(ChoiceListModel::CodeRole).toString(), QStringLiteral("TR"));
    QCOMPARE(model->index(corlu - 1).data().toString(), QStringLiteral("Córdoba (AR)"));
    QCOMPARE(model->index(corlu + 1).data().toString(), QStringLiteral("Cuenca (EC)"));
    checkRoundTrip(*model);
    QCOMPARE(model->rowOfId(987654), -1);
}

void tst_ChoiceListModel::citiesWithoutNoneEntry()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    std::unique_ptr<ChoiceListModel> model(
        ChoiceListModel::cities(f.connection(), QString(), nullptr));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 51);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Ablekuma (GH)"));
    QCOMPARE(model->rowOfId(0), -1);
    QCOMPARE(model->idAt(0), f.cityId(QStringLiteral("Ablekuma")));
}

void tst_ChoiceListModel::facilitators()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString none = QStringLiteral("— none yet —");
    std::unique_ptr<ChoiceListModel> empty(
        ChoiceListModel::facilitators(f.connection(), none, nullptr));
    QAbstractItemModelTester emptyTester(empty.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(labels(*empty), QStringList{none});

    for (const auto &[name, role] :
         {std::pair{QStringLiteral("Zoé Martin"), QStringLiteral("facilitator")},
          std::pair{QStringLiteral("Émile Roux"), QStringLiteral("facilitator")},
          std::pair{QStringLiteral("Ana Pérez"), QStringLiteral("expert")}}) {
        PersonRecord p;
        p.name = name;
        p.role = role;
        QVERIFY(f.editor().addPerson(p).ok());
    }
    std::unique_ptr<ChoiceListModel> model(
        ChoiceListModel::facilitators(f.connection(), none, nullptr));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only facilitators, by name.
    QCOMPARE(labels(*model),
             (QStringList{none, QStringLiteral("Émile Roux"), QStringLiteral("Zoé Martin")}));
    QCOMPARE(model->idAt(0), 0);
    checkRoundTrip(*model);
}

void tst_ChoiceListModel::setChoicesReplacesTheList()
{
    ChoiceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setChoices({{7, QStringLiteral("Seven"), QStringLiteral("7")},
                      {9, QStringLiteral("Nine"), QStringLiteral("9")}},
                     QStringLiteral("None"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(labels(model), (QStringList{QStringLiteral("None"), QStringLiteral("Seven"),
                                         QStringLiteral("Nine")}));
    QCOMPARE(model.rowOfId(9), 2);
    QCOMPARE(model.index(1).data(ChoiceListModel::CodeRole).toString(), QStringLiteral("7"));
    model.setChoices({{5, QStringLiteral("Five"), QString()}});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(labels(model), QStringList{QStringLiteral("Five")});
    QCOMPARE(model.rowOfId(0), -1);
    QCOMPARE(model.rowOfId(7), -1);
}

QTEST_MAIN(tst_ChoiceListModel)
#include "tst_choicelistmodel.moc"
