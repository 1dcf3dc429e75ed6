// The rows of an import preview as a table, under QAbstractItemModelTester.
#include "TestDatabase.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray People = "name;role;city;email\n"
                          "Ann Lee;expert;Lviv;ann@example.org\n"
                          "Bad Mail;expert;Lviv;bob@\n"
                          "\n"
                          "\"Two\nLines\";wizard;Atlantis;two@example.org\n"
                          "Çorlu Person;observer;Çorlu;\n";
} // namespace

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndRows();
    void verdicts();
    void problemsOnly();
    void emptyAndBrokenFiles();
};

void TestImportPreviewModel::columnsAndRows()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setPreview(DirectoryImport::preview(db.connection(), DirectoryKind::People, People));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), ImportPreviewModel::FirstFileColumn + 4);
    QCOMPARE(model.headerData(ImportPreviewModel::Line, Qt::Horizontal).toString(), QStringLiteral("Line"));
    QCOMPARE(model.headerData(ImportPreviewModel::Verdict, Qt::Horizontal).toString(), QStringLiteral("Verdict"));
    QCOMPARE(model.headerData(ImportPreviewModel::FirstFileColumn + 3, Qt::Horizontal).toString(), QStringLiteral("email"));
    QCOMPARE(model.index(2, ImportPreviewModel::Line).data().toInt(), 5); // the blank line 4 is skipped
    QCOMPARE(model.index(3, ImportPreviewModel::Line).data().toInt(), 7);
    QCOMPARE(model.index(2, ImportPreviewModel::FirstFileColumn).data().toString(), QStringLiteral("Two\nLines"));
    QCOMPARE(model.index(3, ImportPreviewModel::FirstFileColumn).data().toString(), QStringLiteral("Çorlu Person"));
    QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
    QVERIFY(!model.index(0, 0).flags().testFlag(Qt::ItemIsEditable));
}

void TestImportPreviewModel::verdicts()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(DirectoryImport::preview(db.connection(), DirectoryKind::People, People));
    const auto verdict = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ImportPreviewModel::Verdict).data(role);
    };
    QCOMPARE(verdict(0).toString(), QStringLiteral("OK"));
    QCOMPARE(verdict(0, ImportPreviewModel::ProblemRole).toBool(), false);
    QVERIFY(!verdict(0, Qt::FontRole).isValid());
    QCOMPARE(verdict(1).toString(), QStringLiteral("email: “bob@” is not an e-mail address."));
    QCOMPARE(verdict(1, ImportPreviewModel::ProblemRole).toBool(), true);
    QVERIFY(verdict(1, Qt::FontRole).value<QFont>().bold());
    // Every problem of a row: one line each in the tool tip.
    QCOMPARE(verdict(2, Qt::ToolTipRole).toString().split(u'\n').size(), 2);
    QVERIFY(verdict(2).toString().startsWith(QStringLiteral("role: unknown role “wizard”")));
    QVERIFY(verdict(2).toString().contains(QStringLiteral("; city: no city “Atlantis”")));
    // The problem role holds for every cell of the row, so that views can mark all of it.
    QCOMPARE(model.index(1, ImportPreviewModel::FirstFileColumn).data(ImportPreviewModel::ProblemRole).toBool(), true);
}

void TestImportPreviewModel::problemsOnly()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(DirectoryImport::preview(db.connection(), DirectoryKind::People, People));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setProblemsOnly(true);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.previewRow(0), 1);
    QCOMPARE(model.previewRow(1), 2);
    QCOMPARE(model.index(1, ImportPreviewModel::Line).data().toInt(), 5);
    model.setProblemsOnly(true); // no change, no reset
    QCOMPARE(resets.size(), 1);
    model.setProblemsOnly(false);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.previewRow(3), 3);
}

void TestImportPreviewModel::emptyAndBrokenFiles()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ImportPreviewModel::FirstFileColumn));
    model.setPreview(DirectoryImport::preview(db.connection(), DirectoryKind::People, "name,role\n\"open\n"));
    QCOMPARE(model.rowCount(), 0);
    model.setProblemsOnly(true);
    QCOMPARE(model.rowCount(), 0);
    model.setPreview(DirectoryImport::preview(db.connection(), DirectoryKind::People, "name,role\n"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), ImportPreviewModel::FirstFileColumn + 2);
}

QTEST_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
