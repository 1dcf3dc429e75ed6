#include "EditFixture.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/CityTableModel.h"
#include "itemmodels/PersonTableModel.h"
#include "itemmodels/SessionTableModel.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// Each paged area's pages, in the order the area opens in, come from an index in that order:
// a page that sorts the whole table first costs the UI thread a fifth of a second on a large
// programme (BENCHMARKS.md). SQLite's plan says which: "USE TEMP B-TREE FOR ORDER BY". And each
// later page starts in that index where the previous one ended.
class TestPagePlans : public QObject
{
    Q_OBJECT
private slots:
    void pagesFollowAnIndex_data();
    void pagesFollowAnIndex();
};

namespace {

QString planOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("error: ") + q.lastError().text();
    // The plan does not depend on the values: every placeholder is left NULL.
    static const QRegularExpression placeholder(QStringLiteral(":[a-z_][a-z0-9_]*"));
    for (auto it = placeholder.globalMatch(sql); it.hasNext();)
        q.bindValue(it.next().captured(), QVariant());
    if (!q.exec())
        return QStringLiteral("error: ") + q.lastError().text();
    // The outer query's steps only: a subquery sorting a row's few cities is no full sort.
    QStringList steps;
    while (q.next()) {
        if (q.value(1).toInt() == 0)
            steps << q.value(3).toString();
    }
    return steps.join(u'\n');
}

using Factory = std::function<std::unique_ptr<PagedTableModel>(EditFixture &)>;

} // namespace

void TestPagePlans::pagesFollowAnIndex_data()
{
    QTest::addColumn<Factory>("make");
    QTest::addColumn<int>("column"); // the order the area opens in
    QTest::addColumn<QString>("filter");
    const Factory people = [](EditFixture &f) {
        return std::make_unique<PersonTableModel>(f.connection(), &f.notifier);
    };
    const Factory cities = [](EditFixture &f) {
        return std::make_unique<CityTableModel>(f.connection(), &f.notifier);
    };
    const Factory sessions = [](EditFixture &f) {
        return std::make_unique<SessionTableModel>(f.connection(), &f.notifier);
    };
    const Factory actions = [](EditFixture &f) {
        return std::make_unique<ActionTableModel>(f.connection(), &f.notifier, QDate(2026, 11, 26));
    };
    QTest::newRow("people") << people << 0 << QString();
    QTest::newRow("people, filtered") << people << 0 << QStringLiteral("ana");
    QTest::newRow("cities") << cities << 0 << QString();
    QTest::newRow("sessions") << sessions << int(SessionTableModel::Start) << QString();
    QTest::newRow("actions") << actions << int(ActionTableModel::Due) << QString();
}

void TestPagePlans::pagesFollowAnIndex()
{
    QFETCH(Factory, make);
    QFETCH(int, column);
    QFETCH(QString, filter);
    EditFixture f;
    std::unique_ptr<PagedTableModel> model = make(f);
    if (!filter.isEmpty())
        model->setFilterText(filter);
    // Both ways round: a click on the header turns the order.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model->sort(column, order);
        for (const bool afterKey : {false, true}) {
            const QString plan = planOf(f.connection(), model->pageSql(afterKey));
            QVERIFY2(!plan.startsWith(QLatin1String("error")), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
            // A later page starts where the last one ended: a range on the index, not a scan
            // from its beginning that grows with every page.
            if (afterKey) {
                static const QRegularExpression range(QStringLiteral("^SEARCH \\S+ USING (COVERING )?INDEX \\S+ \\(.*[<>]\\?\\)"));
                QVERIFY2(range.match(plan.section(u'\n', 0, 0)).hasMatch(), qPrintable(plan));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPagePlans)
#include "tst_pageplans.moc"
